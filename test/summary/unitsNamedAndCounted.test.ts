import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { countyReturn } from "../support/countyReturn";

/**
 * trial27b: 东湖区 cleared its cover's 填报单位 and sent back the file distribute wrote for it (2026-东湖区.xlsx); summary
 * chased 东湖区 as not sent and summed the file as a made-up 单位3（2026-东湖区.xlsx）, the report had both [东湖区] 未报送 and
 * [2026-东湖区]; a unit on no list (西岭镇) counted as received and sent ("4 expected, 4 received; not sent 2  sent 4"); and
 * `--year 2027` over a folder of 2026 returns ended in 其中没有规划指标填报工作簿. Now the blank cover is said in one line and
 * the file taken as the unit distribute named it after (a renamed one stays no unit's, named); the ledger's counts are of the
 * units expected, the others named in one line; and the last line says there is no return of 2027.
 */
const dir = mkdtempSync(join(tmpdir(), "units-named-"));
const got = join(dir, "收到");
const zs = findTemplate("zhoushan-2021-2025") as Template;
const UNITS = ["定海区", "普陀区", "嵊泗县"];
const units = ["--units", UNITS.join(","), "--deadline", "2024-01-31", "--as-of", "2024-02-10"];
let en = "";
let zh = "";
let ledgerLine = "";
let json: { units: Array<{ unit: string; file: string }>; ledger: Array<{ unit: string; file?: string; state: string }> } = { units: [], ledger: [] };
let reportText = "";
let reportOut = "";

beforeAll(async () => {
  mkdirSync(got);
  // 定海区's distributed file, its cover's 填报单位 cleared; 普陀区's own; 岱山县 on no list; a renamed file with a blank cover
  await countyReturn(got, "2023-定海区.xlsx", "", 0, [zs]);
  await countyReturn(got, "2023-普陀区.xlsx", "普陀区", 0.05, [zs]);
  await countyReturn(got, "2023-岱山县.xlsx", "岱山县", -0.05, [zs]);
  await countyReturn(got, "改名.xlsx", "", 0.1, [zs]);
  en = (await cli("summary", got, ...units, "--lang", "en")).out;
  zh = (await cli("summary", got, ...units, "--out", join(dir, "汇总.xlsx"))).out;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "汇总.xlsx"));
  wb.getWorksheet("报送台账")!.eachRow((row) => { const v = String(row.getCell(1).value ?? ""); if (v.includes("应报")) ledgerLine = v; });
  json = JSON.parse((await cli("summary", got, ...units, "--json")).out) as typeof json;
  const r = await cli("report", got, "--units", UNITS.join(","), "--json");
  reportText = (JSON.parse(r.out) as { text: string }).text;
  reportOut = (await cli("report", got, "--units", UNITS.join(","), "--out", join(dir, "评估.docx"))).out;
}, 180_000);

describe("summary names and counts the units", () => {
  test.each<[string, () => string, string]>([
    ["en: the counts are of the units expected", () => en, "Ledger (报送台账): 3 expected, 2 received; not sent 1  sent 2  sent back 0  accepted 0"],
    ["zh: the counts are of the units expected", () => zh, "报送台账：应报 3，收到 2 份；未报 1  已报 2  退回 0  通过 0"],
    ["en: every unit the ledger marks 催报 is on the 催报 line, with why when its file came", () => en, "Not sent, to be chased: 嵊泗县"],
    ["zh: every unit the ledger marks 催报 is on the 催报 line, with why when its file came", () => zh, "未报，请催报：嵊泗县"],
    ["en: the blank cover taken by its distributed name", () => en, `${join(got, "2023-定海区.xlsx")}: the 填报单位 (reporting unit) on the 填报说明 sheet (C4) is blank; the file's name is the one distribute gave 定海区, so it is summed as 定海区's return; ask the unit to fill it in`],
    ["zh: the blank cover taken by its distributed name", () => zh, `${join(got, "2023-定海区.xlsx")}：「填报说明」表 C4 的填报单位是空的；文件名是下发给定海区的（distribute 的文件名），按定海区的填报汇总；请该单位在「填报说明」表 C4 补填填报单位`],
    ["en: a renamed blank cover is no unit's", () => en, `${join(got, "改名.xlsx")}: the reporting unit on sheet 填报说明 (C4) is blank; summed under its file name, as no unit's return; fill it in and summarise again`],
    ["zh: a renamed blank cover is no unit's", () => zh, `${join(got, "改名.xlsx")}：「填报说明」表 C4 的填报单位是空的，汇总时以文件名代称、不属于任何单位；请填写填报单位后再汇总`],
    ["en: the unit outside the list named", () => en, "1 unit not among the units expected (the ledger's or --units): its return summed too, not counted as expected or received: 岱山县"],
    ["zh: the unit outside the list named", () => zh, "另有 1 个单位不在应报单位（台账或 --units）之中，其填报已一并汇总，不计入应报和收到：岱山县"],
    ["report: the unit outside the list named", () => reportOut, "另有 1 个单位不在应报单位（台账或 --units）之中，其填报已一并评估：岱山县"],
  ])("%s", (_why, text, line) => {
    expect(text().split("\n")).toContain(line);
  });

  test("the 报送台账 sheet counts the units expected, then the others", () => {
    expect(ledgerLine).toContain("应报 3，收到 2 份：未报 1，已报 2，退回 0，通过 0；另有不在应报单位之中的 2 份，已一并汇总，列在后面");
  });

  test.each<[string, () => unknown, unknown]>([
    ["--json units[]: 定海区 by its name, not a made-up unit", () => json.units.find((u) => u.file.endsWith("2023-定海区.xlsx"))?.unit, "定海区"],
    ["--json ledger[]: 定海区 sent its file", () => json.ledger.find((u) => u.unit === "定海区")?.state, "已报"],
    ["--json ledger[]: 定海区's file", () => json.ledger.find((u) => u.unit === "定海区")?.file, join(got, "2023-定海区.xlsx")],
    ["report: 定海区 evaluated under its name", () => reportText.includes("【定海区】规划确定"), true],
    ["report: 定海区 not said 未报送", () => reportText.includes("【定海区】未报送"), false],
    ["report: no unit named after the file", () => reportText.includes("【2023-定海区】"), false],
  ])("%s", (_why, got, want) => {
    expect(got()).toEqual(want);
  });
});

test.each<[string, string]>([
  ["en", `${got}: holds no return of 2024 (the returns' 填报说明 sheets (their covers) give 2023, as above); nothing written. To use these returns, give --year 2023; for forms of 2024, roll them over with rollover`],
  ["zh", `${got}：其中没有 2024 年度的填报（各文件「填报说明」表的报告年份是 2023 年，见上），未生成任何文件；如要用这些填报，请加 --year 2023；如要 2024 年度的表，请用 rollover 换年度`],
])("%s: a folder of another year's returns holds no return of the year asked, not no workbook", async (lang, line) => {
  for (const task of ["summary", "report"]) {
    const r = await cli(task, got, "--year", "2024", "--lang", lang, ...(task === "report" ? ["--json"] : []));
    expect(r.code).not.toBe(0);
    expect(r.err.trim().split("\n").pop()).toBe(line);
  }
}, 120_000);
