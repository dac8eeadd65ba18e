import { fallAtEnd } from "../../domain/directionWords";
import { parseTarget } from "../../domain/parseTarget";
import type { ColumnRule } from "../ColumnRule";

// the minus a plan writes before a total: ASCII, the Unicode minus, full-width, and dashes a PDF gives for it
const MINUS = /[-−－–]/;
// the name's last bracketed group (its unit), where a fall word goes before it
const LAST_GROUP = /([（(][^（()）]*[)）])\s*$/;

/**
 * A five-year total written negative (`〔−100〕`, `[-5]`, `［－5］`, or a 累计 column's `-100`) for a
 * reduction: evaluation-rules §1 reads 〔N〕 as the sum of each year's own amount, met once the sum
 * reaches N, so a negative N is met by nothing done (the yearly amounts a county types, −20, −25…, are
 * taken: a plan's own negative number opens its row to negatives, unitBounds). Kept as written (the rules are
 * not changed) and said once, with the fix plans use: the name says the fall (…减少, …降低) and the
 * total is positive (单位GDP能源消耗降低〔13.5〕). Runs after cumulativeTarget, so a 累计 column's
 * total is seen too; levelIncrease passes a total that is not positive by.
 */
export const negativeTotal: ColumnRule = (d) => {
  const t = parseTarget(d.target);
  if (t.kind !== "cumulative" || !(t.value < 0)) return;
  const named = fallAtEnd(d.name) !== null;
  d.report("target-negative-total", {
    target: d.target,
    total: String(-t.value),
    positive: d.target.replace(MINUS, ""),
    // the name with 减少 before its unit, null when it already ends in a fall word
    name: named ? null : LAST_GROUP.test(d.name) ? d.name.replace(LAST_GROUP, "减少$1") : `${d.name}减少`,
  });
};
