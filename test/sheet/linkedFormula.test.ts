import JSZip from "jszip";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { checkGrid } from "../../src/sheet/checkGrid";
import { linkedWorkbook } from "../../src/sheet/linkedWorkbook";
import { inKey, KEY_ROW } from "../../src/sheet/keys";
import { sampleWorkbook } from "../support/sampleWorkbook";

/**
 * trial43b F2: a county's value cells held formulas linking to its statistics bureau's workbook
 * (`='[县统计快报2025.xlsx]Sheet1'!$C$5`, `=[1]Sheet1!D12` with an externalLink part, as Excel writes it), and check,
 * summary and report read the result the file saved without a word; once Excel updates the link the figure changes
 * or becomes #REF!. Each such cell is now a warning on its row (linked_formula), naming the workbook where the package
 * or the formula names it, the figure read and what to do; a formula of the return's own is not.
 */
const ID = "zhoushan-2021-2025";
const ROW = "zs21-01";

/** The return with `formula` (its saved result `result`) in ROW's 2023 cell, and `link` as the workbook's first externalLink's path. */
async function withFormula(formula: string, result: number, link?: string): Promise<{ bytes: Uint8Array; cell: string }> {
  const { wb, ws } = sampleWorkbook(ID, 2023, "定海区");
  let col = 0, idCol = 0, row = 0;
  ws.getRow(KEY_ROW).eachCell((c, i) => { if (c.value === inKey(2023)) col = i; if (c.value === "id") idCol = i; });
  ws.eachRow((r, i) => { if (r.getCell(idCol).value === ROW) row = i; });
  const cell = ws.getCell(row, col);
  cell.value = { formula, result };
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  if (link !== undefined) {
    const book = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", book.replace("</sheets>", "</sheets><externalReferences><externalReference r:id=\"rIdLink1\"/></externalReferences>"));
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", "<Relationship Id=\"rIdLink1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink\" Target=\"externalLinks/externalLink1.xml\"/></Relationships>"));
    zip.file("xl/externalLinks/externalLink1.xml", "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><externalBook r:id=\"rId1\"><sheetNames><sheetName val=\"Sheet1\"/></sheetNames></externalBook></externalLink>");
    zip.file("xl/externalLinks/_rels/externalLink1.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="${link}" TargetMode="External"/></Relationships>`);
  }
  return { bytes: await zip.generateAsync({ type: "uint8array" }), cell: cell.address };
}

const ASK = "在 Excel 中更新链接后此数可能改变，找不到该工作簿时变为 #REF!：请该单位复制本格后「选择性粘贴 → 数值」（只粘贴数值）再报送";
const ASK_EN = "once Excel updates the link the figure may change, or become #REF! where that workbook is not found: ask the unit to copy the cell and paste values only (Paste Special → Values), then send it again";

describe("a value cell whose formula links to another workbook is a warning on its cell", () => {
  test.each<[string, string, string | undefined, string | null, string | null]>([
    ["Excel's [1], the externalLink naming the file by URL", "[1]Sheet1!D12", "file:///D:/%E7%BB%9F%E8%AE%A1/%E5%8E%BF%E7%BB%9F%E8%AE%A1%E5%BF%AB%E6%8A%A52025.xlsx",
      `是引用其他工作簿「县统计快报2025.xlsx」的公式（=[1]Sheet1!D12），按文件中保存的结果 1098.6 读取；${ASK}`,
      `a formula linking to another workbook, "县统计快报2025.xlsx" ("=[1]Sheet1!D12"), read as the result saved in the file, 1098.6; ${ASK_EN}`],
    ["Excel's [1], the externalLink naming a Windows path", "[1]Sheet1!D12", "D:\\统计\\县统计快报2025.xlsx",
      `是引用其他工作簿「县统计快报2025.xlsx」的公式（=[1]Sheet1!D12），按文件中保存的结果 1098.6 读取；${ASK}`, null],
    ["[1] with no externalLink part: no name to give", "[1]Sheet1!D12", undefined,
      `是引用其他工作簿的公式（=[1]Sheet1!D12），按文件中保存的结果 1098.6 读取；${ASK}`,
      `a formula linking to another workbook ("=[1]Sheet1!D12"), read as the result saved in the file, 1098.6; ${ASK_EN}`],
    ["the file's name written in (openpyxl)", "'[县统计快报2025.xlsx]Sheet1'!$C$5", undefined,
      `是引用其他工作簿「县统计快报2025.xlsx」的公式（='[县统计快报2025.xlsx]Sheet1'!$C$5），按文件中保存的结果 1098.6 读取；${ASK}`, null],
    ["a path and a calculation", "'D:\\统计\\[财政决算.xlsx]收入'!B7/10000", undefined,
      `是引用其他工作簿「财政决算.xlsx」的公式（='D:\\统计\\[财政决算.xlsx]收入'!B7/10000），按文件中保存的结果 1098.6 读取；${ASK}`, null],
    ["a formula of the return's own is no link", "K5*1.05", undefined, null, null],
    ["a bracket in a string is no link", "IF(TRUE,1098.6,\"[注]x!\")", undefined, null, null],
  ])("%s", async (_name, formula, link, zh, en) => {
    const { bytes, cell } = await withFormula(formula, 1098.6, link);
    const r = checkGrid(await readXlsxZip(bytes));
    if (!r.ok) throw new Error(r.message);
    const item = r.report.items.find((i) => i.id === ROW)!;
    // the figure is still read, and graded, as the result saved
    expect(item.value).toBe("1098.6");
    const issue = item.issues.find((i) => i.code === "linked_formula");
    expect(issue ? [issue.severity, issue.cell, issue.message] : null).toEqual(zh === null ? null : ["warning", cell, `工作表「${item.sheet}」${cell}：${zh}`]);
    if (en !== null) expect(issue?.messageEn).toBe(`Sheet "${item.sheet}" ${cell}: ${en}`);
  });
});

describe("linkedWorkbook", () => {
  test.each<[string, readonly string[], { book: string } | null]>([
    ["[2]Sheet1!A1+[1]Sheet1!A1", ["a.xlsx", "b.xlsx"], { book: "b.xlsx" }],
    ["SUM([1]!收入)", ["a.xlsx"], { book: "a.xlsx" }],
    ["[a.xlsx]Sheet1!A1", [], { book: "a.xlsx" }],
    ["'D:\\统计\\a.xlsx'!收入", [], { book: "a.xlsx" }],
    ["'It''s [b.xlsx]S'!A1", [], { book: "b.xlsx" }],
    ["表1[数值]+[@数值]", [], null],
    ["SUM(表1[[#Headers],[数值]])", [], null],
    ["'第 2 表'!A1+Sheet2!B2", [], null],
    ["\"[a.xlsx]S!A1\"", [], null],
  ])("%s", (formula, books, expected) => {
    expect(linkedWorkbook(formula, books)).toEqual(expected);
  });
});
