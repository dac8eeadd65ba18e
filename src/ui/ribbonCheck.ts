import { STATUS_CODES, type Status } from "../domain/Status";
import type { CheckItem, CheckReport } from "../sheet/CheckReport";
import type { GridWorkbook } from "../sheet/Grid";
import type { CheckDialogData, DialogFlag } from "./CheckDialogData";
import type { OfficeActions } from "./shared/OfficeActions";
import { flagFacts } from "./shared/flagFacts";
import { flagCell, sortFlags } from "./shared/sortFlags";

type Check = (grid: GridWorkbook) => { ok: true; report: CheckReport } | { ok: false; message: string };

/** What a flag says in a line: the pane's facts (value, target, progress against 序时), then its first issue. */
function line(item: CheckItem, lang: "zh" | "en"): string {
  const issue = item.issues[0];
  return [...flagFacts(item, lang), ...(issue ? [lang === "en" ? issue.messageEn : issue.message] : [])].join(" · ");
}

/**
 * The ribbon's 校验: reads the workbook, runs the same check as the task pane, selects the
 * most urgent flag's cell (lagging, severe and invalid first, binding first) and returns what
 * the result dialog shows. Reads in one sync, then one more to select; writes nothing.
 */
export async function ribbonCheck(actions: OfficeActions, check: Check): Promise<CheckDialogData> {
  const out = check(await actions.readGrid());
  if (!out.ok) return { kind: "error", title: "check", message: out.message };
  const r = out.report;
  const flags: DialogFlag[] = sortFlags(r.items).flatMap((g) => g.flags).map((item) => ({
    sheet: item.sheet, cell: flagCell(item, r.year), name: item.name, status: item.status,
    binding: item.attribute === "约束性", text: line(item, "zh"), textEn: line(item, "en"),
  }));
  const first = flags[0];
  if (first) await actions.select(first.sheet, first.cell);
  const counts = STATUS_CODES.map((s: Status) => r.counts[s]);
  return { kind: "check", year: r.year, unit: r.reportingUnit, counts, flags, problems: r.problems };
}
