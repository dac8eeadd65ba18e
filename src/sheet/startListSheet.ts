import { titleWithRegion } from "../templates/titleWithRegion";
import { HEADER_ROW, KEY_ROW, templateMark, TITLE_ROW } from "./keys";
import { SheetBuilder } from "./SheetBuilder";
import { titleFormula } from "./titleFormula";

/**
 * The shared head of project and reform sheets: columns, the title, the hidden key row that
 * identifies the sheet and its columns, and the header row. Hidden columns get their key as header.
 */
export function startListSheet(name: string, template: { id: string; title: string; region: string },
  headers: ReadonlyArray<readonly [string, string, number]>, hidden: readonly string[]): SheetBuilder {
  const b = new SheetBuilder(name, "template");
  for (const [k, , w] of headers) b.addColumn(k, w);
  for (const k of hidden) b.addColumn(k, 8, true);
  b.formula(TITLE_ROW, 1, titleFormula(titleWithRegion(template)), "title");
  b.sheet.merges.push(`A1:${b.letter("review")}1`);
  b.sheet.rowHeights[TITLE_ROW] = 30;
  for (const [key, col] of b.columnKeys()) b.value(KEY_ROW, col, col === 1 ? templateMark(template.id) : key, "hidden");
  b.sheet.hiddenRows.push(KEY_ROW);
  for (const [k, label] of headers) b.value(HEADER_ROW, b.col(k), label, "header");
  for (const k of hidden) b.value(HEADER_ROW, b.col(k), k, "hidden");
  b.sheet.rowHeights[HEADER_ROW] = 32;
  return b;
}
