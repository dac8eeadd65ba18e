import { cellText } from "../domain/CellValue";
import type { Template } from "../templates/TemplateSchema";
import { COVER_NAME } from "./coverSheet";
import { gridCell, type GridSheet, type GridWorkbook } from "./Grid";
import { KEY_ROW, parseTemplateMark } from "./keys";
import { sheetName } from "./sheetName";

/** A second sheet of one template in a workbook (Excel's 移动或复制, a draft kept beside the return): `sheet` is not read, `of` is. */
export interface SheetCopy {
  sheet: string;
  of: string;
}

/**
 * Which sheet of a workbook is the return of each template (by the template id its A2 mark
 * names): the one named as the template's sheet is planned (buildWorkbookPlan's names) when there
 * is one, else the first in workbook order. Every other sheet with the same mark is a `copies`
 * entry, never read: `check`, `summary`, `report`, `review`, `lock` and `rollover` all take the
 * sheet chosen here, so a draft copy is neither counted twice nor taken for the return.
 * `planned`: template id → the sheet name planned for it (plannedSheetNames, or a roll-over's plan);
 * a mark of no template there keeps the first sheet.
 */
export function returnSheets(g: GridWorkbook, planned: ReadonlyMap<string, string>): { chosen: Map<string, GridSheet>; copies: SheetCopy[] } {
  const byId = new Map<string, GridSheet[]>();
  for (const s of g.sheets) {
    const id = parseTemplateMark(cellText(gridCell(s, KEY_ROW, 1)));
    if (id !== null) byId.set(id, [...(byId.get(id) ?? []), s]);
  }
  const chosen = new Map<string, GridSheet>();
  const copies: SheetCopy[] = [];
  for (const [id, sheets] of byId) {
    const name = planned.get(id);
    const pick = sheets.find((s) => s.name === name) ?? sheets[0];
    if (!pick) continue;
    chosen.set(id, pick);
    for (const s of sheets) if (s !== pick) copies.push({ sheet: s.name, of: pick.name });
  }
  return { chosen, copies };
}

/** Template id → the name buildWorkbookPlan gives its sheet (`templates` in the metadata's order: a name taken makes the next one (2)). */
export function plannedSheetNames(templates: readonly Template[]): Map<string, string> {
  const planned = new Map<string, string>();
  const taken = new Set([COVER_NAME]);
  for (const t of templates) {
    const name = sheetName(t, taken);
    taken.add(name);
    if (!planned.has(t.id)) planned.set(t.id, name);
  }
  return planned;
}
