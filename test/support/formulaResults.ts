import type { CellValue } from "../../src/domain/CellValue";
import { parseA1 } from "../../src/sheet/a1";
import type { GridSheet } from "../../src/sheet/Grid";

/**
 * A sheet's values as read from an .xlsx, each formula without a result (`report`'s 县区对比 counts: COUNTIF over a
 * county's column, SUM over a row) worked out from its text over the cells as Excel works it out: the pane writes those
 * results as numbers (an own sheet is replaced only while it reads back as written), so the two are compared by value.
 * A formula of another form throws.
 */
export function formulaResults(s: GridSheet): CellValue[][] {
  const rows = s.rows.map((r) => [...r]);
  const cols = [...new Set(rows.flatMap((r) => r.flatMap((v, c) => (v.type === "uncalculated" ? [c] : []))))];
  if (cols.length === 0) return rows;
  const texts = s.formulaTexts?.(cols) ?? [];
  const cell = (ref: string): { row: number; col: number } => parseA1(ref.split("$").join("")) ?? { row: 0, col: 0 };
  const range = (from: string, to: string): CellValue[] => {
    const a = cell(from);
    const b = cell(to);
    return rows.slice(a.row - 1, b.row).flatMap((r) => r.slice(a.col - 1, b.col));
  };
  rows.forEach((r, i) => r.forEach((v, c) => {
    if (v.type !== "uncalculated") return;
    const f = texts[i]?.[c]?.text ?? "";
    const countif = /^COUNTIF\(([$A-Z0-9]+):([$A-Z0-9]+),"([^"]*)"\)$/.exec(f);
    const sum = /^SUM\(([$A-Z0-9]+):([$A-Z0-9]+)\)$/.exec(f);
    if (countif) r[c] = { type: "number", value: range(countif[1]!, countif[2]!).filter((x) => x.type === "string" && x.text === countif[3]).length };
    else if (sum) r[c] = { type: "number", value: range(sum[1]!, sum[2]!).reduce((n, x) => n + (x.type === "number" ? x.value : 0), 0) };
    else throw new Error(`${s.name}!${i + 1}:${c + 1}: a formula not worked out here: ${f}`);
  }));
  return rows;
}
