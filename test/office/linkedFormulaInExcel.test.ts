import { readWorkbookGrid } from "../../src/hosts/office/readWorkbookGrid";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { checkGrid } from "../../src/sheet/checkGrid";
import { inKey, KEY_ROW } from "../../src/sheet/keys";
import { lockedCheck } from "../../src/ui/shared/lockedCheck";
import { sampleWorkbook } from "../support/sampleWorkbook";
import { openFileInFake } from "./openFileInFake";

/**
 * dev45d: a value cell whose formula links to another workbook is check's warning `linked_formula` (trial43b F2), but
 * the pane's reader gave no formula text (GridSheet.formulaTexts), so its 校验 said nothing of it. From ExcelApi 1.9 the
 * reader now reads the formulas of the value columns where getSpecialCells says one holds a formula (readValueFormulas),
 * and the pane's check (lockedCheck) says the line `check` says of the same file, from the same rule (linkedValues).
 * Below ExcelApi 1.9 Excel cannot say where a value column's formulas are, and nothing is read or said. On the old code
 * the pane had no such issue.
 */
const ID = "zhoushan-2021-2025";
const ROW = "zs21-01";

/** The return with `formula` (saved result 1098.6) in ROW's 2023 cell, as a file's bytes, and that cell. */
async function withFormula(formula: string): Promise<{ bytes: Uint8Array; cell: string }> {
  const { wb, ws } = sampleWorkbook(ID, 2023, "定海区");
  let col = 0, idCol = 0, row = 0;
  ws.getRow(KEY_ROW).eachCell((c, i) => { if (c.value === inKey(2023)) col = i; if (c.value === "id") idCol = i; });
  ws.eachRow((r, i) => { if (r.getCell(idCol).value === ROW) row = i; });
  const cell = ws.getCell(row, col);
  cell.value = { formula, result: 1098.6 };
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), cell: cell.address };
}

type Said = { code: string; severity: string; cell?: string; message: string; messageEn: string } | null;
const linked = (items: ReadonlyArray<{ id: string; issues: ReadonlyArray<{ code: string; severity: string; cell?: string; message: string; messageEn: string }> }>): Said => {
  const i = items.find((x) => x.id === ROW)?.issues.find((x) => x.code === "linked_formula");
  return i ? { code: i.code, severity: i.severity, ...(i.cell === undefined ? {} : { cell: i.cell }), message: i.message, messageEn: i.messageEn } : null;
};

test.each<[string, string, number, boolean]>([
  // why, the formula, the host's ExcelApi minor version, whether the pane says it
  ["the workbook's name in the formula", "'[县统计快报2025.xlsx]Sheet1'!$C$5", 9, true],
  ["a path and a calculation", "'D:\\统计\\[财政决算.xlsx]收入'!B7/10000", 9, true],
  ["a formula of the return's own is no link", "1000+98.6", 9, false],
  ["below ExcelApi 1.9 a value column's formulas are not known", "'[县统计快报2025.xlsx]Sheet1'!$C$5", 8, false],
])("%s: the pane's 校验 says what check says", async (_why, formula, minor, said) => {
  const { bytes, cell } = await withFormula(formula);
  const cli = checkGrid(await readXlsxZip(bytes));
  if (!cli.ok) throw new Error(cli.message);
  const fx = await openFileInFake(bytes);
  fx.maxMinor = minor;
  const pane = lockedCheck(await readWorkbookGrid(fx.context, { isSetSupported: fx.isSetSupported }), { check: true });
  if (!pane.ok) throw new Error(pane.message);
  const expected = linked(cli.report.items);
  // the CLI says it of every case but the return's own formula
  expect(expected?.cell ?? null).toBe(formula === "1000+98.6" ? null : cell);
  expect(linked(pane.report.items)).toEqual(said ? expected : null);
});

/** The syncs the pane's reader takes on the return as sampleWorkbook makes it, nothing typed (ExcelApi 1.9). */
async function plainSyncs(): Promise<number> {
  const { wb } = sampleWorkbook(ID, 2023, "定海区");
  const fx = await openFileInFake(new Uint8Array(await wb.xlsx.writeBuffer()));
  fx.maxMinor = 9;
  const before = fx.syncs;
  await readWorkbookGrid(fx.context, { isSetSupported: fx.isSetSupported });
  return fx.syncs - before;
}

test("an ordinary return: no sync more than before for the value columns", async () => {
  const plain = await plainSyncs();
  const { bytes } = await withFormula("'[县统计快报2025.xlsx]Sheet1'!$C$5");
  const linkedFx = await openFileInFake(bytes);
  linkedFx.maxMinor = 9;
  const start = linkedFx.syncs;
  await readWorkbookGrid(linkedFx.context, { isSetSupported: linkedFx.isSetSupported });
  expect(linkedFx.syncs - start).toBe(plain + 1);
});

/**
 * A return with both a linked value and a cell showing an error (a LibreOffice-saved `=#DIV/0!`): the two
 * conditional reads (the value columns' formulas, the error formulas' text) share one sync (readFormulaTexts), so
 * the pane's first 校验 stays within the two syncs a 5,000-indicator action is held to (issue 19) plus that one.
 */
test("a linked value and an error formula together: one sync more, not two", async () => {
  const plain = await plainSyncs();
  const { bytes } = await withFormula("'[县统计快报2025.xlsx]Sheet1'!$C$5");
  const both = await openFileInFake(bytes);
  both.maxMinor = 9;
  const sheet = both.sheets.find((s) => s.name !== "填报说明" && !s.name.startsWith("_"));
  if (!sheet) throw new Error("no indicator sheet");
  // the error cell, as LibreOffice saves a typed #DIV/0!: a formula that is only the error value
  const cell = sheet.cell(9, 12); // 1-based: rows[8][11]
  cell.formula = "=#DIV/0!";
  cell.error = "#DIV/0!";
  const start = both.syncs;
  const grid = await readWorkbookGrid(both.context, { isSetSupported: both.isSetSupported });
  expect(both.syncs - start).toBe(plain + 1);
  // read as the error value itself (queueErrorFormulas ran), not as a formula's error
  expect(grid.sheets.find((s) => s.name === sheet.name)?.rows[8]?.[11]).toEqual({ type: "error", code: "#DIV/0!" });
  const pane = lockedCheck(grid, { check: true });
  if (!pane.ok) throw new Error(pane.message);
  expect(linked(pane.report.items)).not.toBeNull();
});
