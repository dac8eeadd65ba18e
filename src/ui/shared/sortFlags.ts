import type { Status } from "../../domain/Status";
import type { CheckItem } from "../../sheet/CheckReport";
import { isFlagged } from "../../sheet/isFlagged";
import { isUngradedDoubt } from "../../domain/isUngradedDoubt";
import { valueToVerify } from "../../domain/valueToVerify";
import { listedStatus } from "./listedStatus";
import { acceptedDoubt } from "./acceptedDoubt";

/** Statuses that need action now, most urgent first. */
const URGENT: Status[] = ["severe", "invalid", "lagging"];
const OTHER_ORDER: Status[] = ["missing", "manual", "on_track", "met", "not_applicable"];

export interface FlagGroup {
  sheet: string;
  flags: CheckItem[];
}

/**
 * A row whose value the report does not grade (未能评估（数值待核实）: isUngradedDoubt, as the summary counts
 * it): its status (已达标 for a ≤ row typed 1/108 of the plan) rests on a value likely in another unit, so
 * it is urgent however it reads (evaluation-rules §6, §8f; a reviewer skimmed past one listed last). A doubt the reviewer
 * already accepted (acceptedDoubt: at the lock, or a 通过 / 已说明 in force, `accepted`) is not put first again (s43).
 */
function doubted(x: CheckItem, accepted: ReadonlySet<string>): boolean {
  if (x.kind !== "indicator") return false;
  // `ungraded`: the report's own decision where check carried it (ungradedDoubt: a 倒退 左右 value met by its band too, trial34)
  const carried = x.ungraded !== undefined && !x.issues.some((i) => i.code === x.ungraded && acceptedDoubt(x, i, accepted));
  return carried || isUngradedDoubt(valueToVerify(x.issues.filter((i) => !acceptedDoubt(x, i, accepted))));
}

function rank(s: Status): number {
  const u = URGENT.indexOf(s);
  return u >= 0 ? u : URGENT.length + OTHER_ORDER.indexOf(s);
}

/**
 * Flags grouped by sheet (sheets in report order): lagging / severe / invalid (listedStatus: a row holding
 * an error lock refuses too) and rows whose value is doubted (数值待核实) first, binding (约束性) before expected (预期性) within each, then by status,
 * then report order.
 * `keep` chooses the items (default: the flagged ones; the pane's chips may choose 已达标 too); `accepted` the items
 * (`template|id`) whose 通过 or 已说明 holds (ReviewTally.accepted), whose doubts are not urgent (acceptedDoubt).
 */
export function sortFlags(items: readonly CheckItem[], keep: (i: CheckItem) => boolean = isFlagged, accepted: ReadonlySet<string> = new Set()): FlagGroup[] {
  const groups = new Map<string, Array<{ item: CheckItem; i: number; status: Status; urgent: number }>>();
  items.forEach((item, i) => {
    if (!keep(item)) return;
    let g = groups.get(item.sheet);
    if (!g) groups.set(item.sheet, (g = []));
    // once per item, not per comparison: a 5,000-row sheet's issues read once
    const status = listedStatus(item);
    g.push({ item, i, status, urgent: URGENT.includes(status) || doubted(item, accepted) ? 0 : 1 });
  });
  const binding = (x: CheckItem): number => (x.attribute === "约束性" ? 0 : 1);
  return [...groups].map(([sheet, list]) => ({
    sheet,
    flags: list
      .sort((a, b) => a.urgent - b.urgent
        || binding(a.item) - binding(b.item)
        || rank(a.status) - rank(b.status)
        || a.i - b.i)
      .map((x) => x.item),
  }));
}

/**
 * The cell a click on a flag selects: the first issue on an input cell of the row, else the
 * reporting year's cell, else the first issue's cell (a note, …), else the status cell; A1 for a row
 * deleted from the return (withMissingRows: no cell of its own).
 */
export function flagCell(item: CheckItem, year: number): string {
  const inputs = new Set(Object.values(item.cells));
  return item.issues.find((x) => x.cell && inputs.has(x.cell))?.cell
    ?? item.cells[String(year)]
    ?? item.issues.find((x) => x.cell)?.cell
    ?? (item.statusCell || "A1");
}
