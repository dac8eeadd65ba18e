import { riseAtEnd } from "../../domain/directionWords";
import { parseTarget } from "../../domain/parseTarget";
import type { ColumnRule } from "../ColumnRule";
import { targetGrowthColumn } from "../header";
import { cellOf } from "../ColumnRule";

/**
 * A yearly plan's growth column beside the amounts (肇庆 `2024年实际 | 2025年目标 | 增长%`, where most rows give
 * their target only as a growth rate, `规模以上工业增加值 | 亿元 | — | — | 6左右`). A row whose target cell is
 * empty takes the growth as its target: the indicator is the growth rate, named `…增长` (unless the name
 * ends in a rise already, or the row is in % already: 居民消费价格涨幅), unit %, and an amount baseline (亿元) is no baseline of a rate, so it is left
 * empty; said on the row. A row with an amount target keeps it and its growth goes into the note
 * (`增长%：5左右`), said too. A trial's table loaded five of seven rows with target “—” and exit 0.
 * Only the target year's growth column is read (an annual plan's `2023年预计完成 | 增长% | 2024年计划 |
 * 增长%`: the second; a trial's import took the first, last year's 5.8, for the plan's 6左右), and where
 * the header has several, the lines name it by the column it follows (`of`).
 */
export const growthTarget: ColumnRule = (d) => {
  const at = targetGrowthColumn(d.header);
  if (at < 0) return;
  const growth = cellOf(d, at).trim();
  if (parseTarget(growth).kind === "none") return;
  const label = d.header.columns[at]?.label ?? "";
  const several = d.header.columns.filter((c) => c.kind === "growth").length > 1;
  const of = several ? (d.header.columns[d.header.targetCol]?.label ?? "") : "";
  if (parseTarget(d.target).kind !== "none") {
    d.add.note = `${of}${label}：${growth}`;
    d.report("target-and-growth", { target: d.target, growth, label, of });
    return;
  }
  // a row in % already is a rate (居民消费价格涨幅 | % | — | — | 2左右): its name stays
  const bare = d.detected.bareName || d.name;
  const name = d.unit === "%" || riseAtEnd(bare) !== null ? d.name : `${bare}增长`;
  const written = cellOf(d, d.header.baselineCol).trim();
  const amount = parseTarget(written).kind !== "none";
  d.report("target-from-growth", { label, growth, name, unit: d.unit, baseline: amount ? written : "", of });
  d.name = name;
  d.unit = "%";
  if (amount) d.baseline = "";
  d.target = growth;
};
