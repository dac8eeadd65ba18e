import ExcelJS from "exceljs";
import JSZip from "jszip";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { readLedgerBook } from "../../src/cycle/ledgerBook";
import { unusableWhy, unusableText, type UnusableReason } from "../../src/domain/UnusableReason";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { oleFile } from "../support/oleFile";

/**
 * `report --ledger` and `rollover` of a folder meet what `summary` meets (a manager's trial): a
 * unit's file that cannot be used (its data copied into a new workbook, an .xls, a .csv). `report`
 * said such a unit 未报送 (as if it never sent) and one .xls stopped the whole report (exit 2);
 * `rollover` stopped on any such file. Now both take the readable returns, name each file once with
 * why and the unit it belongs to, say the unit sent a file that cannot be used, and exit 0; files
 * named on their own are refused as before.
 */
const dir = mkdtempSync(join(tmpdir(), "unusable-in-folder-"));
const zs = findTemplate("zhoushan-2021-2025") as Template;
const sent = join(dir, "下发");
const got = join(dir, "收到");
const ledger = join(got, "报送台账.xlsx");
const xls = join(got, "2023-建湖县.xls");
const copied = join(got, "岱山县2023.xlsx");
const csv = join(got, "嵊泗县.csv");
const stray = join(got, "附件.xls");
const UNITS = ["定海区", "普陀区", "岱山县", "嵊泗县", "六横镇", "建湖县"];

beforeAll(async () => {
  const d = await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", UNITS.join(","), "--deadline", "2024-01-31", "--out-dir", sent);
  expect(d.code).toBe(0);
  mkdirSync(got);
  copyFileSync(join(sent, "报送台账.xlsx"), ledger);
  for (const [unit, shift] of [["定海区", 0], ["普陀区", 0.5]] as const) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(sent, `2023-${unit}.xlsx`));
    expect(fillInputs(wb, sampleReturn(zs, 2023).filter((e) => typeof e.value === "number").map((e) => ({ ...e, value: (e.value as number) + shift })))).toEqual([]);
    await wb.xlsx.writeFile(join(got, `2023-${unit}.xlsx`));
  }
  writeFileSync(xls, oleFile(["Workbook", "\u0005SummaryInformation"]));
  writeFileSync(stray, oleFile(["Workbook"]));
  writeFileSync(csv, "指标,2023\n地区生产总值,1234\n");
  // 岱山县 copied its figures into a new workbook: the add-in's hidden sheets are gone
  const copy = new ExcelJS.Workbook();
  copy.addWorksheet("封面").getCell("A1").value = "填报单位：岱山县";
  await copy.xlsx.writeFile(copied);
}, 60000);

const BAD: Array<[string, string, UnusableReason]> = [["建湖县", xls, "old_xls"], ["岱山县", copied, "not_return"], ["嵊泗县", csv, "csv"]];

describe("report --ledger of a folder with files that cannot be used", () => {
  interface Doc { text: string; unreported?: string[]; unusable?: Array<{ unit: string; file: string; reason: string }>; skipped?: Array<{ file: string; reason: string; unit?: string }> }
  let json: Doc;
  let text: string[];
  let docx = "";
  let grid: string[] = [];
  beforeAll(async () => {
    const j = await cli("report", got, "--ledger", ledger, "--json");
    expect([j.code, j.err]).toEqual([0, ""]);
    json = JSON.parse(j.out) as Doc;
    const t = await cli("report", got, "--ledger", ledger, "--out", join(dir, "评估.docx"));
    expect([t.code, t.err]).toEqual([0, ""]);
    text = t.out.trim().split("\n");
    const xml = await (await JSZip.loadAsync(readFileSync(join(dir, "评估.docx")))).file("word/document.xml")?.async("string") ?? "";
    docx = xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
    const x = await cli("report", got, "--ledger", ledger, "--out", join(dir, "评估.xlsx"));
    expect(x.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, "评估.xlsx"));
    book.eachSheet((s) => s.eachRow((row) => grid.push((row.values as unknown[]).slice(1).map((v) => String(v ?? "")).join("|"))));
    grid = grid.filter((l) => l !== "");
  }, 120000);

  test("the readable returns are evaluated; only the unit that sent nothing is 未报送", () => {
    expect(text[0]).toBe(`已生成评估报告 ${join(dir, "评估.docx")}（2 份，2023 年度）`);
    expect(json.unreported).toEqual(["六横镇"]);
    expect(json.text.split("\n").map((l) => /^【(.+?)】/.exec(l)?.[1])).toEqual(UNITS);
    expect(text).toContain("【六横镇】未报送。");
  });

  test.each(BAD)("%s sent %s (%s): said so in the text, --json, the .docx and the .xlsx, not 未报送", (unit, file, reason) => {
    const said = `【${unit}】${unusableText(reason, "zh", "report", false)}。`;
    expect(text).toContain(said);
    expect(json.text).toContain(said);
    expect(text).not.toContain(`【${unit}】未报送。`);
    // the file named once, with its unit, why and what to do
    expect(text.filter((l) => l.includes(file))).toEqual([`${unit}：${unusableText(reason, "zh", "report")}：${file}`]);
    expect(json.skipped).toContainEqual({ file, reason, unit });
    expect(json.unusable).toContainEqual({ unit, file, reason });
    expect(docx).toContain(`${unit}（文件无法评估）`);
    expect(docx).toContain(`${unit}：${unusableText(reason, "zh", "report", false)}。`);
    expect(docx).not.toContain(`${unit}（未报送）`);
    expect(grid.some((l) => l.includes(`${unit}（文件无法评估）`))).toBe(true);
    expect(grid.some((l) => l.includes(`${unit}：${unusableText(reason, "zh", "report", false)}。`))).toBe(true);
  });

  test("an .xls whose name names no unit: named once with the reader's line, no unit", () => {
    expect(json.skipped).toContainEqual({ file: stray, reason: "old_xls" });
    expect(text.filter((l) => l.includes(stray))).toEqual([expect.stringMatching(/^未评估：.*附件\.xls：是旧版 \.xls 格式/)]);
  });

  test("--lang en", async () => {
    const r = await cli("report", got, "--ledger", ledger, "--json", "--lang", "en");
    const t = await cli("report", got, "--ledger", ledger, "--out", join(dir, "en.docx"), "--lang", "en");
    expect([r.code, t.code]).toEqual([0, 0]);
    expect(t.out).toContain(`[建湖县] The file received cannot be evaluated (an old .xls workbook).`);
    expect(t.out).toContain(`建湖县: ${unusableText("old_xls", "en", "report")}: ${xls}`);
  }, 60000);
});

describe("rollover of a folder with files that cannot be used", () => {
  const out = join(dir, "下发2024");
  let r: { code: number; out: string; err: string };
  beforeAll(async () => {
    // --out-dir with a trailing slash, as typed: the hints join paths (a trial printed 下发2025//2025-单位.xlsx)
    r = await cli("rollover", got, "--year", "2024", "--out-dir", `${out}/`, "--deadline", "2025-01-31");
  }, 60000);

  test("the readable returns are rolled over, exit 0", () => {
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(readdirSync(out).sort()).toEqual(["2024-定海区.xlsx", "2024-普陀区.xlsx", "报送台账.xlsx"]);
  });

  test.each(BAD)("%s's %s (%s): one line with its unit, why and what to do", (unit, file, reason) => {
    expect(r.out.split("\n").filter((l) => l.includes(file))).toEqual([`${unit}：${unusableText(reason, "zh", "rollover")}：${file}`]);
  });

  test("the new ledger names every unit of the old one in its order, why each has no new file under 备注", async () => {
    const book = readLedgerBook(await readXlsxZip(readFileSync(join(out, "报送台账.xlsx"))));
    const why = (reason: UnusableReason): string => `收到的文件无法换年度（${unusableWhy(reason, "zh")}），未生成文件`;
    expect(book?.units.map((u) => [u.unit, u.file, u.note ?? ""])).toEqual([
      ["定海区", "2024-定海区.xlsx", ""], ["普陀区", "2024-普陀区.xlsx", ""], ["岱山县", "2024-岱山县.xlsx", why("not_return")],
      ["嵊泗县", "2024-嵊泗县.xlsx", why("csv")], ["六横镇", "2024-六横镇.xlsx", "今年未报送，未生成文件"], ["建湖县", "2024-建湖县.xlsx", why("old_xls")],
    ]);
    const lines = r.out.trim().split("\n");
    // each unit's latest return named as the source (trial35 M3: a blank form from distribute loses its earlier years)
    expect(lines.slice(-6)).toEqual([
      "注意：岱山县、嵊泗县、六横镇、建湖县 未生成 2024 年度的填报（六横镇 今年未报送；岱山县、嵊泗县、建湖县 收到的文件无法换年度，见上），新台账仍列出（备注写明原因）：请用各单位最近一次的填报换年度（以前各年的数值一并带入；不要用 distribute 下发空表，那样以前各年的数值全部丢失），新文件直接写入 " + out + "/：",
      // a file that is no return (.xls, a copy, a .csv) is no source: the unit's latest return is, as for one that sent nothing
      // with the run's --deadline (trial39a F4)
      ...["岱山县", "嵊泗县", "六横镇", "建湖县"].map((unit) => `  ${unit}：rollover "${unit}最近一次的填报" --year 2024 --deadline 2025-01-31 --out ${join(out, `2024-${unit}.xlsx`)}`),
      `从未报送过填报的单位才下发空表：distribute zhoushan-2021-2025 --year 2024 --units "单位名称" --deadline 2025-01-31 --out-dir ${out}-补发，再把生成的填报移入 ${out}/（不要用补发的报送台账替换新台账）`,
    ]);
    expect(r.out).not.toContain("//");
  });

  test.each<[string, () => string[], number, RegExp]>([
    ["an .xls named on its own is refused, nothing written", () => [join(got, "2023-定海区.xlsx"), xls], 2, /2023-建湖县\.xls：是旧版 \.xls 格式/],
    ["a copy in a new workbook named on its own", () => [join(got, "2023-定海区.xlsx"), copied], 2, /岱山县2023\.xlsx：不是本工具下发的填报表/],
  ])("%s", async (_name, args, code, message) => {
    const to = join(dir, `拒绝-${code}-${args().length}-${_name.length}`);
    const x = await cli("rollover", ...args(), "--year", "2024", "--out-dir", to);
    expect(x.code).toBe(code);
    expect(x.err).toMatch(message);
    expect(existsSync(to)).toBe(false);
  });

  test("a folder holding no usable return: each file named, refused as summary refuses it (exit 1)", async () => {
    const bad = join(dir, "全坏");
    mkdirSync(bad);
    copyFileSync(xls, join(bad, "2023-建湖县.xls"));
    copyFileSync(csv, join(bad, "嵊泗县.csv"));
    const to = join(dir, "全坏2024");
    const x = await cli("rollover", bad, "--year", "2024", "--out-dir", to);
    expect(x.code).toBe(1);
    expect(x.err).toContain(`未换年度：${join(bad, "2023-建湖县.xls")}：是旧版 .xls 格式`);
    expect(x.err).toContain(`${bad}：其中没有规划指标填报工作簿，未生成任何文件`);
    expect(existsSync(to)).toBe(false);
  });
});
