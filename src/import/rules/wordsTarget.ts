import { parseTarget } from "../../domain/parseTarget";
import type { ColumnRule } from "../ColumnRule";

/**
 * A target with a number that no form of evaluation-rules §1 reads (`每年降低0.5个百分点以上`,
 * `1:1.2以上`, `>7、力争…`): loaded as words, so each year waits for a reviewer's 人工评估 and a
 * typed value is not checked against it. A trial found such rows loaded without a word; said,
 * unless a rule before has said what the target is (a change from the baseline, a 年均 column…).
 */
export const wordsTarget: ColumnRule = (d) => {
  if (!/[0-9０-９]/.test(d.target) || [...d.said].some((c) => c.startsWith("target-"))) return;
  const t = parseTarget(d.target, d.unit === "%");
  if (t.kind !== "text") return;
  d.report("target-words", { target: d.target });
};
