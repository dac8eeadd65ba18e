import { parseTarget } from "../../domain/parseTarget";
import type { ColumnRule } from "../ColumnRule";

/**
 * A row whose target is written as no target (`—`, `/`: evaluation-rules §1) and that has no yearly target
 * either: every year is 不适用 (§3), the values typed are not graded. A trial's `邮政快递网点总数（万个） | — | —`
 * loaded so without a word; said, with what to write if the plan has a target. An empty cell is said where
 * the row is read (value-empty), a target a rule before took from another column by that rule.
 */
export const noTarget: ColumnRule = (d) => {
  const written = d.target.trim();
  if (written === "" || parseTarget(written).kind !== "none") return;
  if ([...d.said].some((c) => c.startsWith("target-") || c === "value-empty" || c === "yearly-no-target")) return;
  if (Object.values(d.add.yearlyTargets ?? {}).some((t) => parseTarget(t).kind !== "none")) return;
  d.report("target-none", { target: written });
};
