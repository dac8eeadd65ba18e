import type { ColumnRule } from "../ColumnRule";

/** 完成情况 / 实际 columns: the results reported so far, by year (the column's year, else the target year). */
export const resultColumns: ColumnRule = (d) => {
  d.header.columns.forEach((c, j) => {
    const v = d.row.values[j] ?? "";
    if (c.kind === "result" && v !== "") d.add.results = { ...(d.add.results ?? {}), [String(c.year ?? d.header.targetYear ?? "")]: v };
  });
};
