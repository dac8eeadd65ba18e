import { cellText } from "../domain/CellValue";
import type { GridSheet } from "./Grid";
import { KEY_ROW } from "./keys";

/** The 1-based column of a template sheet whose hidden key-row cell is `key` (`assess`, `review`), or undefined where there is none. */
export function keyColumn(s: GridSheet, key: string): number | undefined {
  return (s.rows[KEY_ROW - 1] ?? []).findIndex((v) => cellText(v) === key) + 1 || undefined;
}
