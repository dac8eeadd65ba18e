import JSZip from "jszip";
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readLedgerBook } from "../../src/cycle/ledgerBook";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { cli } from "../support/cli";

/**
 * Trial 32: a Word document renamed 2023-北湖县.xlsx. `check` said 不是 .xlsx 文件（是 Word 文档（.docx）），but summary,
 * report and rollover over the folder, and rollover's new ledger 备注, said 不是 .xlsx 格式，如 .ods、.xlsb、.et — a guess at a
 * spreadsheet format — and told the manager to save it as .xlsx. The kind the reader found is said everywhere in check's words
 * (fileKindWords); a file no spreadsheet program can save as .xlsx is to be filled in again in the distributed form.
 */
const dir = mkdtempSync(join(tmpdir(), "file-kind-"));
const sent = join(dir, "下发");
const got = join(dir, "收到");
const ledger = join(sent, "报送台账.xlsx");
const file = (unit: string): string => join(got, `2023-${unit}.xlsx`);
let runs: Record<"summary" | "report" | "rollover" | "summaryEn", string> = { summary: "", report: "", rollover: "", summaryEn: "" };
let json: { skipped: Array<{ unit?: string; reason: string; kind?: string }> } = { skipped: [] };
let notes = new Map<string, string>();

beforeAll(async () => {
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区,岱山县,嵊泗县", "--deadline", "2024-01-31", "--out-dir", sent)).code).toBe(0);
  mkdirSync(got);
  copyFileSync(join(sent, "2023-定海区.xlsx"), file("定海区"));
  // a Word document, a PDF and an OpenDocument spreadsheet, each renamed .xlsx
  const docx = new JSZip();
  docx.file("word/document.xml", "<w:document/>");
  writeFileSync(file("普陀区"), await docx.generateAsync({ type: "nodebuffer" }));
  writeFileSync(file("岱山县"), Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj\n"));
  const ods = new JSZip();
  ods.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
  ods.file("content.xml", "<office:document-content/>");
  writeFileSync(file("嵊泗县"), await ods.generateAsync({ type: "nodebuffer" }));
  const out = join(dir, "下发2024");
  const [s, r, ro, se, sj] = [
    await cli("summary", got, "--ledger", ledger),
    await cli("report", got, "--ledger", ledger, "--out", join(dir, "评估报告.docx")),
    await cli("rollover", got, "--year", "2024", "--out-dir", out, "--ledger", ledger),
    await cli("summary", got, "--ledger", ledger, "--lang", "en"),
    await cli("summary", got, "--ledger", ledger, "--json"),
  ];
  runs = { summary: s.out, report: r.out, rollover: ro.out, summaryEn: se.out };
  json = JSON.parse(sj.out) as typeof json;
  notes = new Map((readLedgerBook(await readXlsxZip(readFileSync(join(out, "报送台账.xlsx"))))?.units ?? []).map((u) => [u.unit, u.note ?? ""]));
}, 120000);

test.each<[string, string, string, string, string]>([
  ["普陀区", "docx", "是 Word 文档（.docx），不是 .xlsx 文件", "请用下发的原表重填", "a Word document (.docx), not an .xlsx file); ask for it again in the distributed file"],
  ["岱山县", "pdf", "是 PDF 文件，不是 .xlsx 文件", "请用下发的原表重填", "a PDF file, not an .xlsx file); ask for it again in the distributed file"],
  // a spreadsheet of another format can be saved as .xlsx
  ["嵊泗县", "ods", "是 OpenDocument 表格（.ods），不是 .xlsx 文件", "请另存为 .xlsx 后再", "an OpenDocument spreadsheet (.ods), not an .xlsx file); save it as .xlsx and summarise again"],
])("%s's %s: said as check says the kind, in summary, report, rollover, its ledger's 备注 and --json", async (unit, kind, why, fix, en) => {
  expect(runs.summary.split("\n")).toContain(`${unit}：收到的文件无法汇总（${why}），${fix}${fix.endsWith("再") ? "汇总" : ""}：${file(unit)}`);
  expect(runs.report.split("\n")).toContain(`${unit}：收到的文件无法评估（${why}），${fix}${fix.endsWith("再") ? "评估" : ""}：${file(unit)}`);
  expect(runs.rollover.split("\n")).toContain(`${unit}：收到的文件无法换年度（${why}），${fix}${fix.endsWith("再") ? "换年度" : ""}：${file(unit)}`);
  expect(runs.summaryEn.split("\n")).toContain(`${unit}: the file received cannot be summed (${en}: ${file(unit)}`);
  expect(notes.get(unit)).toBe(`收到的文件无法换年度（${why}），未生成文件`);
  expect(json.skipped.find((x) => x.unit === unit)).toMatchObject({ reason: "other_format", kind });
  // check names the same kind (fileKindWords: one home)
  const c = await cli("check", file(unit));
  expect(c.out + c.err).toContain(why.split("，")[0]);
}, 60000);

// the summary's 报送台账 sheet chases each such unit with the same words (its 催报 line said 不是 .xlsx 格式，如 .ods…)
test.each<[string, string]>([
  ["普陀区", "收到的文件无法汇总（是 Word 文档（.docx），不是 .xlsx 文件），请用下发的原表重填"],
  ["岱山县", "收到的文件无法汇总（是 PDF 文件，不是 .xlsx 文件），请用下发的原表重填"],
  ["嵊泗县", "收到的文件无法汇总（是 OpenDocument 表格（.ods），不是 .xlsx 文件），请另存为 .xlsx 后再汇总"],
])("the 报送台账 sheet's 催报 line for %s", async (unit, words) => {
  const out = join(dir, "汇总.xlsx");
  if (!existsSync(out)) expect((await cli("summary", got, "--ledger", ledger, "--out", out)).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const rows: string[][] = [];
  wb.getWorksheet("报送台账")?.eachRow((row) => { rows.push(Array.from(row.values as unknown[], (v) => String(v ?? ""))); });
  expect(rows.filter((r) => r.includes(unit)).map((r) => r.find((c) => c.startsWith("收到的文件无法汇总（")))).toContain(words);
}, 60000);
