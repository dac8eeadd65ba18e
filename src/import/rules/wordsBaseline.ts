import { parseTarget } from "../../domain/parseTarget";
import { cellOf, type ColumnRule } from "../ColumnRule";

/**
 * A baseline written in words (`正增长`, `全覆盖`; a number, a dash or an empty cell is none of these):
 * kept as written, so the engine has no baseline value and judges each year without a trajectory
 * (evaluation-rules §3, no baseline). Said, as a target in words is (wordsTarget).
 */
export const wordsBaseline: ColumnRule = (d) => {
  const value = cellOf(d, d.header.baselineCol).trim();
  if (value !== "" && parseTarget(value).kind === "text") d.report("baseline-words", { value });
};
