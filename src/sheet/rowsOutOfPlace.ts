import { cellText } from "../domain/CellValue";
import { memo } from "../domain/memo";
import { normalizeText } from "../domain/normalizeText";
import { gridCell, type GridSheet } from "./Grid";

/** A row whose name cell no longer shows its id's name: the sheet row, its id, the name seen and the id's own. */
export interface RowNameSeen {
  row: number;
  id: string;
  seen: string;
  expected: string;
}

/**
 * Rows whose visible name is not their hidden id's (the id column is hidden, so a sort of the
 * visible columns alone, A4:S57, leaves the ids where they were while names and values move).
 * `moved`: the row shows the name of another row whose own row no longer shows it — rows that
 * changed places, whose values would be judged against another indicator. `renamed`: any other
 * difference (a name a person corrected, a name copied onto a second row): its values still
 * belong to its id. Names are compared as normalizeText reads them (spaces and line breaks
 * dropped, full- and half-width brackets alike) and with ：and : alike. Both lists are in row order.
 *
 * `labels`: the template's rows (rowLabels); `rowsById`: each id's sheet row (1-based);
 * `nameCol`: the 1-based column of the name cells.
 */
export function rowsOutOfPlace(s: GridSheet, nameCol: number, labels: ReadonlyArray<{ id: string; label: string }>, rowsById: ReadonlyMap<string, number>): { moved: RowNameSeen[]; renamed: RowNameSeen[] } {
  const { own, idsOf } = labelKeys(labels);
  const seen = new Map<string, { row: number; text: string; key: string }>();
  for (const { id } of labels) {
    const row = rowsById.get(id);
    if (row === undefined) continue;
    const text = cellText(gridCell(s, row, nameCol)).trim();
    seen.set(id, { row, text, key: rowNameKey(text) });
  }
  const moved: RowNameSeen[] = [];
  const renamed: RowNameSeen[] = [];
  for (const { id, label } of labels) {
    const at = seen.get(id);
    if (!at || at.key === own.get(id)) continue;
    // another row's name, and that row shows something else: the two changed places
    const other = (idsOf.get(at.key) ?? []).some((o) => o !== id && seen.get(o) !== undefined && seen.get(o)?.key !== own.get(o));
    (other ? moved : renamed).push({ row: at.row, id, seen: at.text, expected: label });
  }
  const byRow = (a: RowNameSeen, b: RowNameSeen): number => a.row - b.row;
  return { moved: moved.sort(byRow), renamed: renamed.sort(byRow) };
}

/** The template's side of the comparison: each id's own key and the ids under each key. */
interface LabelKeys {
  own: ReadonlyMap<string, string>;
  idsOf: ReadonlyMap<string, readonly string[]>;
}

// a folder of returns shares a few templates: their keys are made once per labels array
// (rowLabels gives one per template), and the names seen are nearly always those labels
const LABEL_KEYS = new WeakMap<ReadonlyArray<{ id: string; label: string }>, LabelKeys>();
const rowNameKey = memo(sameRowName);

function labelKeys(labels: ReadonlyArray<{ id: string; label: string }>): LabelKeys {
  let keys = LABEL_KEYS.get(labels);
  if (keys) return keys;
  const own = new Map<string, string>();
  const idsOf = new Map<string, string[]>();
  for (const { id, label } of labels) {
    const key = rowNameKey(label);
    own.set(id, key);
    const ids = idsOf.get(key);
    if (ids) ids.push(id);
    else idsOf.set(key, [id]);
  }
  LABEL_KEYS.set(labels, (keys = { own, idsOf }));
  return keys;
}

/** A row name as the rows are compared (normalizeText, ：and : alike): also the 审核 sheet's (reviewRowsOutOfPlace). */
export function sameRowName(name: string): string {
  return normalizeText(name).replace(/：/g, ":");
}
