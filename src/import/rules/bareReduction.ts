import { fallAtEnd } from "../../domain/directionWords";
import { parseTarget } from "../../domain/parseTarget";
import { cellOf, type ColumnRule } from "../ColumnRule";

/**
 * A row whose name is a fall over the period (`单位地区生产总值能源消耗降低`, `PM2.5浓度下降`: fallAtEnd), with no
 * baseline and a bare number for its target (`— | 14.5`) in a plan of several years: the usual county way of
 * writing a five-year reduction, which §1 reads as a level unless written `〔14.5〕`. Neither reading is sure,
 * so it is asked, the target kept as written (`target-bare-reduction`, to check; evaluation-rules §1 and §3a,
 * our reading; trial40b F16: such rows were 滞后 every year with nothing said at import). Not where a note or
 * a 累计 column already made or said the total, nor in a yearly plan (its 下降3 is that year's fall).
 */
export const bareReduction: ColumnRule = (d) => {
  const { baselineYear, targetYear } = d.header;
  if (baselineYear === null || targetYear === null || targetYear - baselineYear < 2) return;
  if (fallAtEnd(d.detected.bareName) === null && fallAtEnd(d.name) === null) return;
  if (d.said.has("target-cumulative-note") || d.said.has("target-from-cumulative") || d.cumulativeBeside) return;
  const baseline = (d.baseline ?? cellOf(d, d.header.baselineCol)).trim();
  if (baseline !== "" && parseTarget(baseline).kind !== "none") return;
  const target = d.target.trim();
  if (parseTarget(target).kind !== "point") return;
  d.report("target-bare-reduction", { target, written: `〔${target}〕` });
};
