import { parseTarget } from "../../domain/parseTarget";
import type { ColumnRule } from "../ColumnRule";
import { annualValue, annualWord } from "./cumulativeTarget";

/**
 * A 累计 value that is not the target (a target beside it) is kept in the indicator's note: `累计：〔18〕`;
 * a bare value in a `年均/累计` column by what it is, a yearly average (`年均增长：7左右`), unless it is the total in round
 * brackets (`累计：(6)`, roundTotal); a dash (`—`, `/`) says nothing and is not. Kept exactly when cumulativeTarget said
 * so (cumulativeBeside, said as target-and-cumulative unless it is the target less the baseline): not by the text, as a
 * target `60` holds a total `6` and was left without it.
 */
export const cumulativeNote: ColumnRule = (d) => {
  if (d.cumulative === "" || parseTarget(d.cumulative).kind === "none") return;
  if (d.cumulativeBeside) {
    const label = d.header.columns.find((c) => c.kind === "cumulative")?.label ?? "";
    d.add.note = `${annualValue(d, label) ? annualWord(label) : "累计"}：${d.cumulative}`;
  }
};
