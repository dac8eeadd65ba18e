/**
 * Session 47: the 审核 sheet wrote 当年值, 基期, 目标 and 序时应达 as text cells, so a reviewer could not sort, sum or
 * compare them, and Excel marked each "number stored as text". Now a plain figure is a number cell whose format shows it
 * as written (3.76 in 0.00, 0.60 in 0.00, a typed 63.31% in 0.00% as the return shows it, evaluation-rules §2a), and text
 * stays text (≥50, [15], /, 约100, a running total, a value typed as text in the return). What review reads back from its
 * own sheet still agrees: run again, decisions stand, no generated column is taken for the person's edit, a changed
 * value's decimals are the new value's even where the person coloured the cell, and a copy LibreOffice saved reads so too.
 */
import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { convert } from "../support/libreoffice";
import { sampleWorkbook } from "../support/sampleWorkbook";
import { setNumFmt } from "../../src/hosts/xlsx/setNumFmt";
import { KEPT_EDITS, REVIEW_MARK, REVIEW_STATES } from "../../src/sheet/reviewSheet";
import { FIRST_DATA_ROW, HEADER_ROW, KEY_ROW } from "../../src/sheet/keys";

const dir = mkdtempSync(join(tmpdir(), "review-figures-"));

/** Our 审核 sheet of a file: each cell by its row's 位置 and its column's key, and the headers. */
async function reviewSheet(f: string): Promise<{ cell: (at: string, key: string) => ExcelJS.Cell; headers: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  const ws = wb.worksheets.find((w) => w.getCell(KEY_ROW, 1).value === REVIEW_MARK)!;
  const cols = new Map<string, number>();
  ws.getRow(KEY_ROW).eachCell((c, n) => { if (typeof c.value === "string") cols.set(n === 1 ? "sheet" : c.value, n); });
  const rows = new Map<string, number>();
  for (let r = FIRST_DATA_ROW; r <= ws.rowCount; r++) rows.set(String(ws.getCell(r, cols.get("cell")!).value ?? ""), r);
  const headers: string[] = [];
  ws.getRow(HEADER_ROW).eachCell((c) => headers.push(String(c.value)));
  return { cell: (at, key) => ws.getCell(rows.get(at)!, cols.get(key)!), headers };
}

/** A cell as the test reads it: its value's type, the value, its number format (General for none). */
const typed = (c: ExcelJS.Cell): [string, unknown, string] => [typeof c.value, c.value, c.numFmt || "General"];

/** Sets cells of a file's sheets (by a name's part) and, on our 审核 sheet, decisions and fills, as a person does in Excel. */
async function edit(f: string, cells: Array<[string, string, ExcelJS.CellValue]>, decide: Array<[string, string]> = [], fill: string[] = [], format: Array<[string, string]> = []): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  for (const [sheet, at, v] of cells) wb.worksheets.find((w) => w.name.includes(sheet))!.getCell(at).value = v;
  const ws = wb.worksheets.find((w) => w.getCell(KEY_ROW, 1).value === REVIEW_MARK)!;
  const col = (k: string): number => { let n = 0; ws.getRow(KEY_ROW).eachCell((c, i) => { if (c.value === k) n = i; }); return n; };
  const row = (at: string): number => { for (let r = FIRST_DATA_ROW; r <= ws.rowCount; r++) if (ws.getCell(r, col("cell")).value === at) return r; throw new Error(at); };
  for (const [at, d] of decide) { ws.getCell(row(at), col("decision")).value = d; ws.getCell(row(at), col("reviewer")).value = "王审核"; }
  for (const at of fill) ws.getCell(row(at), col("value")).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC000" } };
  for (const [at, numFmt] of format) setNumFmt(ws.getCell(row(at), col("value")), numFmt);
  await wb.xlsx.writeFile(f);
}

const first = join(dir, "first.xlsx");
beforeAll(async () => {
  const { wb, ws } = sampleWorkbook("zhoushan-2021-2025", 2023, "舟山市");
  ws.getCell("K5").value = "3.70"; // typed as text: 数据异常 in the return, text here too
  ws.getCell("K13").value = 0.6331; // 63.31% typed into a % row (§2a): the return shows 63.31%
  setNumFmt(ws.getCell("K13"), "0.00%");
  writeFileSync(first, Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer));
  expect((await cli("review", first)).code).toBe(0);
}, 60000);

describe("a figure is a number cell showing it as the return does; text stays text", () => {
  test.each<[string, string, string, [string, unknown, string]]>([
    ["a value with two decimals", "K7", "value", ["number", 14.94, "0.00"]],
    ["a whole value", "K4", "value", ["number", 50, "0"]],
    ["a baseline", "K5", "baseline", ["number", 2.02, "0.00"]],
    ["a bare target", "K5", "target", ["number", 4.5, "0.0"]],
    ["a target written 3.0 keeps its decimal", "K26", "target", ["number", 3, "0.0"]],
    ["序时应达", "K5", "due", ["number", 3.51, "0.00"]],
    ["a running total's 序时应达", "K16", "due", ["number", 9, "0"]],
    ["a typed percentage, as the return shows it (§2a)", "K13", "value", ["number", 0.6331, "0.00%"]],
    ["a value typed as text in the return", "K5", "value", ["string", "3.70", "@"]],
    ["a target with its condition", "K4", "target", ["string", "≥50", "@"]],
    ["a five-year total", "K16", "target", ["string", "[15]", "@"]],
    ["no baseline", "K4", "baseline", ["string", "/", "@"]],
    ["an approximation", "K10", "value", ["string", "约100", "@"]],
    ["a running total", "K16", "value", ["string", "累计 8.4（2023 年 4.2）", "@"]],
  ])("%s (%s %s)", async (_why, at, key, expected) => {
    const c = typed((await reviewSheet(first)).cell(at, key));
    // our text cells carry no Text format in the file (General): compare the type and value, and the format of a number
    expect(expected[0] === "string" ? c.slice(0, 2) : c).toEqual(expected[0] === "string" ? expected.slice(0, 2) : expected);
  });
});

describe("review again reads its own sheet back", () => {
  const again = join(dir, "again.xlsx");
  beforeAll(async () => {
    copyFileSync(first, again);
    // decided on K7, K9 and K15; K7 (coloured by the reviewer) and K15 then get values of fewer decimals, K5 a number;
    // K24's 92.6 shown with two decimals by the reviewer (Excel's 增加小数位数): no edit of the figure
    await edit(again, [], [["K7", "通过"], ["K9", "通过"], ["K15", "通过"]], ["K7"], [["K24", "0.00"]]);
    expect((await cli("review", again)).code).toBe(0);
    await edit(again, [["表2", "K7", 15], ["表2", "K15", 11], ["表2", "K5", 4]]);
    expect((await cli("review", again)).code).toBe(0);
    expect((await cli("review", again)).code).toBe(0);
  }, 60000);
  test.each<[string, string, string, unknown]>([
    ["a decision on an unchanged figure stands", "K9", "review", REVIEW_STATES.valid],
    ["a changed figure is 待复核, old → new", "K7", "change", "14.94 → 15"],
    ["its decimals are the new value's, though the reviewer coloured the cell", "K7", "value", ["number", 15, "0"]],
    ["and the colour stays", "K7", "fill", "FFFFC000"],
    ["an uncoloured changed figure likewise", "K15", "value", ["number", 11, "0"]],
    ["a value no longer text is a number", "K5", "value", ["number", 4, "0"]],
    ["a figure shown with other decimals by the reviewer is written again as written", "K24", "value", ["number", 92.6, "0.0"]],
  ])("%s", async (_why, at, key, expected) => {
    const s = await reviewSheet(again);
    const c = s.cell(at, key === "fill" ? "value" : key);
    expect(key === "fill" ? (c.fill as ExcelJS.FillPattern).fgColor?.argb : key === "value" ? typed(c) : c.value).toEqual(expected);
  });
  test("no generated figure is taken for the person's edit", async () => {
    expect((await reviewSheet(again)).headers).not.toContain(KEPT_EDITS);
  });

  describe("a copy LibreOffice saved, reviewed again", () => {
    let saved = "";
    beforeAll(async () => {
      saved = convert([again], "xlsx", join(dir, "lo"))[0]!;
      expect((await cli("review", saved)).code).toBe(0);
    }, 180000);
    test.each<[string, string, string, unknown]>([
      ["a decision stands", "K9", "review", REVIEW_STATES.valid],
      ["a changed row is still 待复核", "K7", "review", REVIEW_STATES.stale],
      ["a figure is a number", "K7", "value", ["number", 15, "0"]],
      ["two decimals still", "K5", "baseline", ["number", 2.02, "0.00"]],
      ["a typed percentage still", "K13", "value", ["number", 0.6331, "0.00%"]],
    ])("%s", async (_why, at, key, expected) => {
      const c = (await reviewSheet(saved)).cell(at, key);
      expect(key === "review" ? c.value : typed(c)).toEqual(expected);
    });
    test("no generated figure is taken for the person's edit", async () => {
      expect((await reviewSheet(saved)).headers).not.toContain(KEPT_EDITS);
    });
  });
});
