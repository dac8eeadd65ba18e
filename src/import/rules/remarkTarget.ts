import { parseTarget } from "../../domain/parseTarget";
import { targetRemark } from "../../domain/targetRemark";
import type { ColumnRule } from "../ColumnRule";

/**
 * A target with a remark in brackets that leaves its number as it is (`≤33（2025年）`, `70以上（力争75）`,
 * evaluation-rules §1, our reading; domain/targetRemark): the engine judges by the target before the
 * brackets. Said, so that a person sees the remark is not judged, and can write the bracketed figure
 * when the plan means that one. A trial's 生态环境 table had such targets load as words without a number read.
 */
export const remarkTarget: ColumnRule = (d) => {
  if ([...d.said].some((c) => c.startsWith("target-"))) return;
  const remarked = targetRemark(d.target);
  if (!remarked) return;
  const t = parseTarget(d.target, d.unit === "%");
  if (t.kind === "text" || t.kind === "none") return;
  // another year's figure (`3.2（2022年3.0）`) is the plan's own aside: kept in the note, not lost
  if (remarked.kind === "interim") d.add.note = d.add.note === undefined ? remarked.remark : `${d.add.note}；${remarked.remark}`;
  d.report("target-remark", { target: d.target.trim(), reads: remarked.target, remark: remarked.remark, kind: remarked.kind });
};
