import { parseTarget } from "../../domain/parseTarget";
import { parseNumber } from "../../domain/parseNumber";
import { cellOf, type ColumnRule } from "../ColumnRule";

/**
 * A target with a number that no form of evaluation-rules §1 reads (`每年降低0.5个百分点以上`,
 * `1:1.2以上`, `>7、力争…`): loaded as words, so each year waits for a reviewer's 人工评估 and a
 * typed value is not checked against it. A trial found such rows loaded without a word; said,
 * unless a rule before has said what the target is (a change from the baseline, a 年均 column…).
 * A target of words alone (`保持稳定`, `持续提升`, `完成市下达任务`) is the same for the engine, and a trial's
 * went unsaid: said too, with the baseline (`baseline`, when a number) for a person who reads it as a bound.
 */
/** a target a higher body sets (`完成市下达任务`, `完成省分解目标`): its number is that body's, not the baseline */
const ASSIGNED = /下达|分解/u;

export const wordsTarget: ColumnRule = (d) => {
  if ([...d.said].some((c) => c.startsWith("target-"))) return;
  const t = parseTarget(d.target, d.unit === "%");
  if (t.kind !== "text") return;
  if (/[0-9０-９]/.test(d.target)) {
    d.report("target-words", { target: d.target });
    return;
  }
  const base = parseNumber(d.baseline ?? cellOf(d, d.header.baselineCol));
  if (ASSIGNED.test(d.target)) d.report("target-words", { target: d.target.trim(), words: true, assigned: true });
  else d.report("target-words", { target: d.target.trim(), words: true, baseline: base === null ? null : String(base) });
};
