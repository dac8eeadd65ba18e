import { parseTarget } from "../../domain/parseTarget";
import { targetValue } from "../../domain/Target";
import { targetRemark } from "../../domain/targetRemark";
import { cellOf, type ColumnRule } from "../ColumnRule";

/**
 * A baseline written in words (`正增长`, `全覆盖`; a number, a dash or an empty cell is none of these):
 * kept as written, so the engine has no baseline value and judges each year without a trajectory
 * (evaluation-rules §3, no baseline). Said, as a target in words is (wordsTarget). A baseline written as a
 * bound or 左右 (`＞85`, `70左右`) is measured from its number (§3): said too, a trial's went unsaid. So is
 * one with a remark in brackets that leaves its number (`41.8（2019年）`), read as that number.
 */
export const wordsBaseline: ColumnRule = (d) => {
  const value = cellOf(d, d.header.baselineCol).trim();
  if (value === "") return;
  const b = parseTarget(value, d.unit === "%");
  // a remark that leaves the number (`41.8（2019年）`, trial33's 卫生健康 table): read past, said (evaluation-rules §1)
  const remarked = targetRemark(value);
  const read = targetValue(b);
  if (b.kind === "text") d.report("baseline-words", { value });
  else if (remarked && read !== null) d.report("baseline-remark", { value, read: String(read), remark: remarked.remark, kind: remarked.kind });
  // a bound or 左右 as the baseline (`＞85`, `70左右`): the engine measures from its number, not an exact value; said
  else if (b.kind === "floor" || b.kind === "ceiling" || b.kind === "approximate") d.report("baseline-bound", { value, read: String(b.value) });
};
