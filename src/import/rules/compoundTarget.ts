import { parseTarget } from "../../domain/parseTarget";
import type { ColumnRule } from "../ColumnRule";

/**
 * A compound target (`港口货物吞吐量 | 万吨 | 5200 | 6500/7000`, evaluation-rules §1 compound) on a row whose
 * name lists no such parts, so compoundSplit left it whole: the engine reads it as parts and asks a person
 * for every year (compound_target, 待人工评估), and a typed value is not checked against it. trial32p found
 * such a row loaded without a word while `达到5A级` beside it was said (target-words); said the same way,
 * with what to do: name the parts (`甲/乙`, which compoundSplit splits), split the row, or keep one value.
 */
export const compoundTarget: ColumnRule = (d) => {
  if ([...d.said].some((c) => c.startsWith("target-"))) return;
  const t = parseTarget(d.target, d.unit === "%");
  if (t.kind !== "compound") return;
  d.report("target-compound", { target: d.target.trim(), parts: d.target.split(/[/／]/).map((s) => s.trim()) });
};
