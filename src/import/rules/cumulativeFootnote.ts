import { parseTarget } from "../../domain/parseTarget";
import type { ColumnRule } from "../ColumnRule";

/**
 * A footnote saying the row's figures are five-year totals (`②减排量为五年累计值`, `*为规划期累计数`); a note
 * explaining the brackets (`〔〕内为五年累计数`) speaks of bracketed targets, not of its row, and is not one.
 */
const TOTAL_NOTE = /(五年|规划期内?|期间|期内)累计|累计(值|数|量|总[量数和])/;
const BRACKETS_EXPLAINED = /[〔[［【(（]\s*[〕\]］】)）]/;

/**
 * A row the table's footnote calls a five-year total (the note its mark points to, kept by nameMark or valueMark)
 * whose target is a bare number or a floor (`0.52`, `≥50`) is a cumulative target (evaluation-rules §1): written
 * `〔0.52〕`, so each year's cell takes that year's own amount and the years add up. trial33: 主要污染物重点工程减排量
 * ②, its 其中 parts 0.52, 0.03 … under `②减排量为五年累计值`, loaded as points, left every county 滞后 and warned
 * 2021's 0.1 as a slip of 0.52. Said either way (`target-cumulative-note`, to check): a target that is no
 * such number (words, a cap, 左右) is kept as written (`written` null), for a person to write the total.
 */
export const cumulativeFootnote: ColumnRule = (d) => {
  const note = d.add.note ?? "";
  if (!TOTAL_NOTE.test(note) || BRACKETS_EXPLAINED.test(note)) return;
  // a 累计 column already gave the row its total (cumulativeTarget said so)
  if (d.said.has("target-from-cumulative") || d.cumulativeBeside || d.said.has("target-from-annual")) return;
  const target = d.target.trim();
  const kind = parseTarget(target).kind;
  if (kind === "cumulative" || kind === "none") return;
  const written = (kind === "point" || kind === "floor") && parseTarget(`〔${target}〕`).kind === "cumulative" ? `〔${target}〕` : null;
  d.report("target-cumulative-note", { target, written, note });
  if (written !== null) d.target = written;
};
