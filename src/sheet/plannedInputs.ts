import { parseA1 } from "./a1";
import { FIRST_DATA_ROW, KEY_ROW, parseTemplateMark } from "./keys";
import type { PlannedSheet } from "./SheetPlan";

/** One input cell of a planned template sheet: its row id and column key, and where it is (1-based row and column). */
export interface PlannedInput {
  id: string;
  key: string;
  row: number;
  col: number;
}

/**
 * The template id of a planned sheet (A2's template mark) and its input cells (style input or inputText, on a
 * row with an id) as (row id, column key, row, column); null for a sheet without a template mark (the cover,
 * the metadata sheet). What carriedInputs finds the carried values by, and where the pane's roll-over writes. Pure.
 */
export function plannedInputs(s: PlannedSheet): { template: string; cells: PlannedInput[] } | null {
  const at = new Map<string, PlannedSheet["cells"][number]>();
  for (const c of s.cells) at.set(c.address, c);
  const template = parseTemplateMark(at.get(`A${KEY_ROW}`)?.value);
  if (template === null) return null;
  const keyOf = new Map<number, string>();
  const idOf = new Map<number, string>();
  for (const c of s.cells) {
    const at = parseA1(c.address);
    if (at && at.row === KEY_ROW && typeof c.value === "string") keyOf.set(at.col, c.value);
  }
  const idCol = [...keyOf].find(([, k]) => k === "id")?.[0];
  const cells: PlannedInput[] = [];
  const inputs: Array<{ row: number; col: number }> = [];
  for (const c of s.cells) {
    const at = parseA1(c.address);
    if (!at) continue;
    const { row, col } = at;
    if (col === idCol && row >= FIRST_DATA_ROW && typeof c.value === "string") idOf.set(row, c.value);
    if (row >= FIRST_DATA_ROW && (c.style === "input" || c.style === "inputText")) inputs.push({ row, col });
  }
  for (const { row, col } of inputs) {
    const id = idOf.get(row);
    const key = keyOf.get(col);
    if (id !== undefined && key !== undefined) cells.push({ id, key, row, col });
  }
  return { template, cells };
}
