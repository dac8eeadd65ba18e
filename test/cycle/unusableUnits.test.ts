import { coverUnitText } from "../../src/sheet/coverUnitText";
import { withUnits, type UnusableFile } from "../../src/cycle/UnusableFile";
import { unusableReason, unusableText, type UnusableReason } from "../../src/domain/UnusableReason";
import type { CellValue } from "../../src/domain/CellValue";
import type { GridWorkbook } from "../../src/sheet/Grid";

/** Which unit a file that cannot be summed came from, and why it cannot (test/cycle/unusableFiles.test.ts runs them through `summary`). */
const units = ["定海区", "舟山市定海区", "普陀区"];
const f = (file: string, reason: UnusableFile["reason"], cover?: string): UnusableFile => ({ file, reason, message: "", ...(cover ? { cover } : {}) });

test.each<[string, UnusableFile, string | undefined]>([
  ["the file name names a unit", f("收到/普陀区2024.xls", "old_xls"), "普陀区"],
  ["the longest name found", f("收到/舟山市定海区.xlsx", "not_return"), "舟山市定海区"],
  ["no name in the file name: the cover's 填报单位", f("收到/新建工作表.xlsx", "not_return", "普陀区"), "普陀区"],
  ["the file name before the cover", f("收到/定海区.xlsx", "not_return", "普陀区"), "定海区"],
  ["a cover naming no unit expected", f("收到/新建工作表.xlsx", "not_return", "某某局"), undefined],
  ["the ledger is nobody's file", f("收到/普陀区台账.xlsx", "ledger"), undefined],
  ["a summary is nobody's file", f("收到/普陀区汇总.xlsx", "summary"), undefined],
])("%s", (_name, file, unit) => {
  expect(withUnits([file], units, [])[0]?.unit).toBe(unit);
});

// a trial: 船寮镇's .csv beside its summed .xlsx was said as 船寮镇：收到的文件无法汇总
test.each<[string, string[], boolean]>([
  ["its unit's other file was used", ["普陀区"], true],
  ["its unit sent nothing usable", ["定海区"], false],
])("unitUsed: %s", (_name, used, marked) => {
  expect(withUnits([f("收到/2024-普陀区-指标.csv", "csv")], units, used)[0]?.unitUsed === true).toBe(marked);
});

test.each<[string, UnusableReason]>([
  ["not_plan_returns", "not_return"], ["empty_workbook", "empty_workbook"], ["old_xls", "old_xls"], ["other_package", "other_format"], ["not_zip", "other_format"], ["zip_method", "other_format"],
  ["csv_input", "csv"], ["encrypted", "encrypted"], ["ole_unknown", "encrypted"], ["empty_input", "empty"], ["empty_file", "empty"], ["damaged_zip", "damaged"], ["no_sheets", "damaged"], ["bad_meta", "damaged"], ["internal", "damaged"],
])("the reader's %s is %s", (cause, reason) => {
  expect(unusableReason(cause)).toBe(reason);
});

const text = (t: string): CellValue => (t === "" ? { type: "empty" } : { type: "string", text: t });
const grid = (rows: string[][]): GridWorkbook => ({ sheets: [{ name: "填报说明", visible: true, rows: rows.map((r) => r.map(text)) }] }) as unknown as GridWorkbook;
test.each<[string, string[][], string]>([
  ["our cover's layout (A4 label, C4 value)", [["标题"], ["plan-returns:cover"], ["规划名称", "", "某规划"], ["填报单位", "", "建湖县"]], "建湖县"],
  ["a label with a colon, the value next to it", [["填报单位：", "滨海县"]], "滨海县"],
  ["no 填报单位", [["单位", "万元"]], ""],
])("coverUnitText: %s", (_name, rows, unit) => {
  expect(coverUnitText(grid(rows))).toBe(unit);
});

// trial42b F4: a workbook zipped with bzip2 in a folder was 文件已损坏或不完整，请该单位重新发送: it is to be saved as .xlsx
test.each<["zh" | "en", string]>([
  ["zh", "收到的文件无法汇总（是用 bzip2、LZMA 等 Excel 不写的压缩方式压缩的工作簿，不是 .xlsx 文件），请另存为 .xlsx 后再汇总"],
  ["en", "the file received cannot be summed (a workbook compressed with bzip2, LZMA or another method Excel does not write, not an .xlsx file); save it as .xlsx and summarise again"],
])("a recompressed workbook in a folder (%s)", (lang, line) => {
  expect(unusableText(unusableReason("zip_method"), lang, "summary", true, { fileKind: "recompressed" })).toBe(line);
});
