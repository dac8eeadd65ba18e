import type { ColumnRule } from "../ColumnRule";

/**
 * A number cell whose last digits may be a footnote's number a copy glued on (`15.74` for 15.7⁴, gluedValueMarks reads
 * the table): taken off where that is the plausible reading, the note kept in the indicator's note as valueMark keeps
 * it; said either way, with the other reading (`value-glued-mark`), so a person puts it right (trial45a F2).
 */
export const gluedValueMark: ColumnRule = (d) => {
  for (const g of d.gluedMarks) {
    if (g.line !== d.row.lines[0] || (d.row.values[g.column] ?? "").trim() !== g.value) continue;
    const column = d.header.columns[g.column];
    if (column === undefined) continue;
    if (g.taken) {
      d.row.values[g.column] = g.kept;
      const note = `${g.value}：${g.footnote}`;
      d.add.note = d.add.note === undefined ? note : `${d.add.note}；${note}`;
    }
    d.report("value-glued-mark", { value: g.value, kept: g.kept, mark: g.mark, column, footnote: g.footnote, taken: g.taken, year: g.year, decimals: g.decimals });
  }
};
