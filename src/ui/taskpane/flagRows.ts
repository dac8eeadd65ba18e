import type { Status } from "../../domain/Status";
import type { CheckItem } from "../../sheet/CheckReport";
import { isExplainedMissing } from "../../domain/isExplainedMissing";
import { isFlagged } from "../../sheet/isFlagged";
import { sortFlags } from "../shared/sortFlags";
import { chipHolds } from "./chipHolds";

/** What the flag list shows: chips chosen (none = every flagged item) and 只看约束性. */
export interface FlagFilter {
  statuses: ReadonlySet<Status>;
  bindingOnly: boolean;
}

/** One line of the flag list: an item, or the 未填报 items of a sheet collapsed into one line. */
export type FlagRow =
  | { kind: "item"; item: CheckItem }
  | { kind: "missing"; sheet: string; items: CheckItem[] };

export interface FlagRowGroup {
  sheet: string;
  rows: FlagRow[];
}

/**
 * 未填报 with no error of its own, no warning about a value typed and no 说明: one line per sheet says more
 * than 33 lines of the same. A row left blank with its reason (isExplainedMissing, §6a) is listed on its own,
 * its 说明 shown; so is one whose check quotes a value typed in another of its cells (an earlier year's that
 * cannot be used, §8e; a later year's, §8d; a plan cell changed): check lists it, and a trial's 2024 pane hid
 * 「K9：2023 年的数值不能使用」 under 「9 项未填报」 until L9 was filled (trial34p Q1). A warning quoting nothing
 * (unit_inferred) stays folded; one asking for an earlier year's value still owed (earlier_year_owed: its 说明 stayed in that
 * year's return, session 46) does not: it names another cell to fill, as check lists it.
 */
function plainMissing(i: CheckItem): boolean {
  return i.status === "missing" && !isExplainedMissing(i) && i.issues.every((x) => x.severity !== "error" && (x.severity !== "warning" || (x.received === undefined && x.code !== "earlier_year_owed")));
}

/**
 * The flag list for a report (issue 16): sheets in report order, most urgent first (sortFlags);
 * with no chip chosen every flagged item, else the items of the chosen statuses (met included);
 * 只看约束性 keeps the binding rows. Plain 未填报 rows of a sheet collapse into one line unless
 * 未填报 is the chip chosen. `accepted`: the items (template|id) whose 通过 or 已说明 holds (ReviewTally.accepted), for sortFlags.
 */
export function flagRows(items: readonly CheckItem[], filter: FlagFilter, accepted: ReadonlySet<string> = new Set()): FlagRowGroup[] {
  // a row holding an error lock refuses is reached by the 数据异常 chip too (chipHolds), as it is listed with those rows
  const chosen = [...filter.statuses];
  const wanted = (i: CheckItem): boolean => (chosen.length === 0 ? isFlagged(i) : chosen.some((s) => chipHolds(i, s)))
    && (!filter.bindingOnly || i.attribute === "约束性");
  const groups = sortFlags(items, wanted, accepted);
  const expand = filter.statuses.size > 0 && filter.statuses.has("missing");
  return groups.map((g) => {
    const missing = expand ? [] : g.flags.filter(plainMissing);
    // a Set, not includes: a sheet of 5,000 empty rows would be 25 million comparisons
    const collapsed = new Set(missing);
    const rows: FlagRow[] = g.flags.filter((f) => !collapsed.has(f)).map((item) => ({ kind: "item", item }));
    if (missing.length > 0) rows.push({ kind: "missing", sheet: g.sheet, items: missing });
    return { sheet: g.sheet, rows };
  });
}
