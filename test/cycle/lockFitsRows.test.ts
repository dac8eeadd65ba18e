/**
 * print18: a 说明 a script wrote (openpyxl sets the value only) or LibreOffice re-saved (ht="15")
 * stays in a one-line row, since LibreOffice never refits a row when it opens an .xlsx, and the
 * printed return showed two notes on top of each other. lock raises such a row to its text.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { sheetPartPath } from "../../src/hosts/xlsx/sheetPartPath";
import type { InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { checkGrid } from "../../src/sheet/checkGrid";
import { at, returnFile, run, years } from "../support/trialReturn";

const clean: InputEntry[] = [...years("r01", 93, 93.8, 94.6, 95.5), ...years("r06", 0.582, 0.583, 0.585, 0.586), at("r13", "assess", "已达标")];

/** r06's 说明 written as a script writes it, its row at `height` when given; the row's tag once locked. */
async function lockedRowTag(note: string, height?: number): Promise<string> {
  const f = await returnFile(clean);
  const checked = checkGrid(await readXlsxZip(readFileSync(f)));
  const item = checked.ok ? checked.report.items.find((i) => i.id === "r06") : undefined;
  if (!item?.noteCell) throw new Error("r06 has no 说明 cell");
  const row = Number(item.noteCell.replace(/^[A-Z]+/, ""));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  const ws = wb.getWorksheet(item.sheet);
  if (!ws) throw new Error(item.sheet);
  ws.getCell(item.noteCell).value = note;
  if (height !== undefined) ws.getRow(row).height = height;
  await wb.xlsx.writeFile(f);
  await run("lock", f, "--reviewer", "王审核");
  const zip = await JSZip.loadAsync(readFileSync(f));
  const part = sheetPartPath(await zip.file("xl/workbook.xml")!.async("string"), await zip.file("xl/_rels/workbook.xml.rels")!.async("string"), item.sheet);
  return new RegExp(`<row r="${row}"[^>]*>`).exec(await zip.file(part)!.async("string"))?.[0] ?? "";
}
const height = (tag: string): number => Number(/ ht="([\d.]+)"/.exec(tag)?.[1] ?? 15);

describe("lock makes a row tall enough to print the 说明 written in it", () => {
  test.each<[string, string, number | undefined, (h: number) => boolean]>([
    ["three lines a script wrote, no height", "签约人数统计口径调整，\n原按户籍人口计算，\n现按常住人口计算。", undefined, (h) => h >= 44],
    ["two lines LibreOffice re-saved at 15 pt", "第三方调查结果\n待省里反馈", 15, (h) => h >= 30],
    ["one long line wrapped by the column", "受干旱影响，部分灌区节水改造工程推迟至2025年完工，灌溉用水有效利用系数低于预期", undefined, (h) => h >= 30],
    ["a short word stays one line", "快报", undefined, (h) => h <= 15],
    ["a row a person made taller is never lowered", "第三方调查结果\n待省里反馈", 80, (h) => h === 80],
  ])("%s", async (_label, note, rowHeight, ok) => {
    const tag = await lockedRowTag(note, rowHeight);
    expect([tag, ok(height(tag))]).toEqual([tag, true]);
  }, 60000);
});
