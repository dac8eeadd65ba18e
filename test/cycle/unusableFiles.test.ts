import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { UNUSABLE_EN, UNUSABLE_ZH, type UnusableReason } from "../../src/domain/UnusableReason";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { oleFile } from "../support/oleFile";

/**
 * A manager's trial: a unit that did send a file was chased as late because its file could not be
 * used (the data copied into a new workbook, an .xls, a .csv, a damaged file), and one .xls in the
 * folder stopped the whole summary. Now, for a folder, each such file is named with why and what to
 * do, the unit its name names is received-but-unusable (未报, chased for that reason, not 已逾期), and
 * the readable returns are summed (exit 0). A file named on its own is refused as before.
 */
const dir = mkdtempSync(join(tmpdir(), "unusable-files-"));
const zs = findTemplate("zhoushan-2021-2025") as Template;
const sent = join(dir, "下发");
const got = join(dir, "收到");
const ledger = join(got, "报送台账.xlsx");
const copied = join(got, "岱山县2023.xlsx");
const xls = join(got, "普陀区报表.xls");
const csv = join(got, "嵊泗县.csv");
const damaged = join(got, "六横镇2023.xlsx");
const unnamed = join(got, "新建 Microsoft Excel 工作表.xlsx");

beforeAll(async () => {
  const r = await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区,岱山县,嵊泗县,六横镇,金塘镇,桃花镇", "--deadline", "2024-01-31", "--out-dir", sent);
  expect(r.code).toBe(0);
  mkdirSync(got);
  copyFileSync(join(sent, "报送台账.xlsx"), ledger);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(sent, "2023-定海区.xlsx"));
  expect(fillInputs(wb, sampleReturn(zs, 2023).filter((e) => typeof e.value === "number"))).toEqual([]);
  await wb.xlsx.writeFile(join(got, "2023-定海区.xlsx"));
  // 岱山县 copied its figures into a new workbook: the add-in's hidden sheets are gone
  const copy = new ExcelJS.Workbook();
  copy.addWorksheet("封面").getCell("A1").value = "填报单位：岱山县";
  await copy.xlsx.writeFile(copied);
  writeFileSync(xls, oleFile(["Workbook", "\u0005SummaryInformation"]));
  writeFileSync(csv, "指标,2023\n地区生产总值,1234\n");
  writeFileSync(damaged, "PK\u0003\u0004 cut short");
  // a copy under a name that names no unit: its cover (copied with it) still says 填报单位 金塘镇
  const other = new ExcelJS.Workbook();
  const cover = other.addWorksheet("填报说明");
  cover.getCell("A1").value = "规划指标填报 · 填报说明";
  cover.getCell("A4").value = "填报单位";
  cover.getCell("C4").value = "金塘镇";
  await other.xlsx.writeFile(unnamed);
}, 60000);

describe("summary of a folder with files that cannot be used", () => {
  let json: { skipped: Array<{ file: string; reason: string; unit?: string }>; ledger: Array<{ unit: string; state: string; file?: string; unusable?: string }>; units: unknown[] };
  let text: string[];
  let sheet: string[];
  beforeAll(async () => {
    const out = join(dir, "汇总.xlsx");
    const t = await cli("summary", got, "--ledger", ledger, "--out", out, "--as-of", "2024-02-05");
    expect([t.code, t.err]).toEqual([0, ""]);
    text = t.out.trim().split("\n");
    const j = await cli("summary", got, "--ledger", ledger, "--json", "--as-of", "2024-02-05");
    expect(j.code).toBe(0);
    json = JSON.parse(j.out) as typeof json;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    sheet = [];
    book.getWorksheet("报送台账")!.eachRow((row) => sheet.push((row.values as unknown[]).slice(1).map((v) => (v && typeof v === "object" && "result" in v ? String(v.result) : String(v ?? ""))).join("|")));
  }, 60000);

  test("the readable return is summed and the counts agree: 应报 7, 收到 6 files of which 5 unusable", () => {
    expect(text[0]).toBe(`已生成汇总 ${join(dir, "汇总.xlsx")}（1 份，2023 年度；另有 5 个文件未汇总，逐个列在下面和「问题清单」表中）`);
    expect(json.units).toHaveLength(1);
    expect(text).toContain("报送台账：应报 7，收到 6 份（其中 5 份按未报，见催报）；未报 6  已报 1  退回 0  通过 0");
    expect(sheet).toContain("应报 7，收到 6 份（其中收到的文件无法汇总 5 份，按未报）：未报 6，已报 1，退回 0，通过 0");
    // a unit that sent nothing is still chased as late; those whose file cannot be summed with why, as the sheet chases them
    expect(text).toContain("未报，请催报：桃花镇、普陀区（收到的文件无法汇总）、岱山县（收到的文件无法汇总）、嵊泗县（收到的文件无法汇总）、六横镇（收到的文件无法汇总）、金塘镇（收到的文件无法汇总）");
    expect(sheet.some((l) => l.startsWith("|桃花镇|催报|已逾期 5 天"))).toBe(true);
    // the ledger in the folder is the --ledger: neither summed nor named
    expect(json.skipped.map((s) => s.file)).not.toContain(ledger);
  });

  test.each<[string, string, UnusableReason]>([
    ["岱山县", copied, "not_return"],
    ["普陀区", xls, "old_xls"],
    ["嵊泗县", csv, "csv"],
    ["六横镇", damaged, "damaged"],
    ["金塘镇", unnamed, "not_return"],
  ])("%s sent %s (%s): received, 未报, chased for that reason in the sheet, the text and --json", (unit, file, reason) => {
    expect(json.skipped).toContainEqual({ file, reason, unit });
    expect(json.ledger.find((x) => x.unit === unit)).toMatchObject({ state: "未报", file, unusable: reason });
    expect(text).toContain(`${unit}：${UNUSABLE_ZH[reason]}：${file}`);
    expect(sheet.some((l) => l.startsWith(`|${unit}|催报|${UNUSABLE_ZH[reason]}`))).toBe(true);
    expect(sheet.some((l) => l.includes(`|${unit}（收到的文件无法汇总）|未报|`))).toBe(true);
  });

  test("--lang en says the same in English", async () => {
    const r = await cli("summary", got, "--ledger", ledger, "--json", "--as-of", "2024-02-05", "--lang", "en");
    expect(r.code).toBe(0);
    const t = await cli("summary", got, "--ledger", ledger, "--out", join(dir, "en.xlsx"), "--as-of", "2024-02-05", "--lang", "en");
    expect(t.out).toContain(`普陀区: ${UNUSABLE_EN.old_xls}: ${xls}`);
    expect(t.out).toContain("Not sent, to be chased: 桃花镇, 普陀区 (the file received cannot be summed), 岱山县 (the file received cannot be summed)");
  }, 60000);
});

describe("files named on their own are refused as before", () => {
  // with --json, stdout carries check's error object for the file (one JSON line, the stderr line as its message)
  test.each<[string, () => string[], number, RegExp, string]>([
    [".xls", () => [join(got, "2023-定海区.xlsx"), xls], 2, /普陀区报表\.xls：是旧版 \.xls 格式/, "普陀区报表.xls"],
    [".csv", () => [join(got, "2023-定海区.xlsx"), csv], 2, /嵊泗县\.csv：是 CSV 文本文件.*请用下发的原表（\.xlsx）重新填写/, "嵊泗县.csv"],
    ["a copy in a new workbook", () => [join(got, "2023-定海区.xlsx"), copied], 2, /岱山县2023\.xlsx：不是本工具下发的填报表/, "岱山县2023.xlsx"],
  ])("%s", async (_name, args, code, message, file) => {
    const r = await cli("summary", ...args(), "--json");
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
    const lines = r.out.trim().split("\n");
    expect(lines).toHaveLength(1);
    const o = JSON.parse(lines[0]!) as { file: string; error: { code: string; message: string } };
    expect(o.file.endsWith(file)).toBe(true);
    expect(o.error.message).toMatch(message);
  });
});

// a trial: 船寮镇's .csv beside its summed .xlsx was said as 船寮镇：收到的文件无法汇总; the file
// alone is passed over, and the line says the unit's other return was used
describe("a unit's unusable file beside its return that was used", () => {
  const both = join(dir, "两份");
  const csv2 = join(both, "2023-定海区-指标.csv");
  beforeAll(() => {
    mkdirSync(both);
    copyFileSync(join(got, "2023-定海区.xlsx"), join(both, "2023-定海区.xlsx"));
    writeFileSync(csv2, "指标,2023\n地区生产总值,1234\n");
  });
  test.each<[string, string[], string]>([
    ["summary", ["summary", both, "--out", join(dir, "两份汇总.xlsx"), "--force"], `未汇总：${csv2}（是 CSV 文本，只有数值，不能还原为填报）；定海区已按其另一份填报汇总`],
    ["summary in English", ["summary", both, "--out", join(dir, "两份汇总-en.xlsx"), "--force", "--lang", "en"], `Not summed: ${csv2} (CSV text: values only, it cannot be made a return again); 定海区's other return was summed`],
    ["rollover", ["rollover", both, "--year", "2024", "--out-dir", join(dir, "两份2024"), "--force"], `未换年度：${csv2}（是 CSV 文本，只有数值，不能还原为填报）；定海区已按其另一份填报换年度`],
  ])("%s", async (_, args, line) => {
    const r = await cli(...args);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines).toContain(line);
    expect(lines.some((l) => l.startsWith("定海区：收到的文件无法"))).toBe(false);
  });
});
