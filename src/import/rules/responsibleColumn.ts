import type { ColumnRule } from "../ColumnRule";

/**
 * The 责任单位 / 牵头单位 column: the indicator's responsible unit, named beside a 预警 in the report
 * (evaluation-rules §6). An empty cell leaves the indicator without one.
 */
export const responsibleColumn: ColumnRule = (d) => {
  d.header.columns.forEach((c, j) => {
    const v = (d.row.values[j] ?? "").trim();
    if (c.kind === "responsible" && v !== "") d.add.responsibleUnit = v;
  });
};
