import { parseTarget } from "../../domain/parseTarget";
import type { ColumnRule } from "../ColumnRule";

/** A 累计 value that is not the target (a target beside it) is kept in the indicator's note: `累计：〔18〕`; a dash (`—`, `/`) says nothing and is not. */
export const cumulativeNote: ColumnRule = (d) => {
  if (d.cumulative === "" || parseTarget(d.cumulative).kind === "none") return;
  if (d.target !== d.cumulative && !d.target.includes(d.cumulative)) d.add.note = `累计：${d.cumulative}`;
};
