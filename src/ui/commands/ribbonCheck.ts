import type { LockState } from "../../cycle/applyLock";
import { describeIssue } from "../../domain/describeIssue";
import { STATUS_CODES, type Status } from "../../domain/Status";
import type { CheckItem, CheckReport } from "../../sheet/CheckReport";
import type { GridWorkbook } from "../../sheet/Grid";
import { describeWorkbookProblem } from "../../sheet/describeWorkbookProblem";
import { problemSeverity } from "../../sheet/problemSeverity";
import type { WorkbookProblem } from "../../sheet/WorkbookProblem";
import { openWorkbookProblemText } from "../shared/openWorkbookProblem";
import type { CheckDialogData, DialogFlag } from "../dialog/CheckDialogData";
import type { OfficeActions } from "../shared/OfficeActions";
import { flagFacts } from "../shared/flagFacts";
import { flagCell, sortFlags } from "../shared/sortFlags";
import { lockLine } from "../shared/lockLine";
import { labelColon } from "../../domain/labelColon";
import { valueCell } from "../../sheet/valueCell";

/** The pane's check with the lock applied (lockedCheck): a bare checkGrid would miss the changes since `lock`. */
type Check = (grid: GridWorkbook) => { ok: true; report: CheckReport; lock: LockState } | { ok: false; message: string; problem?: WorkbookProblem };

/**
 * A flag's issue without the sheet the dialog already shows once: the bare message when it is
 * about the flag's own cell, else prefixed with its cell (a lagging value asks for its 说明 in P7).
 */
function issueText(item: CheckItem, cell: string, lang: "zh" | "en"): string | null {
  const issue = item.issues[0];
  if (!issue) return null;
  if (issue.sheet !== undefined && issue.sheet !== item.sheet) return lang === "en" ? issue.messageEn : issue.message;
  const at = issue.cell;
  const bare = { ...issue };
  delete bare.sheet;
  delete bare.cell;
  const body = describeIssue(bare, lang);
  return at === undefined || at === cell ? body : `${at}${labelColon(lang)}${body}`;
}

/**
 * What a flag says in a line: the pane's facts (value, target, progress against 序时), then its first issue.
 * The facts are headed by the value's cell when the dialog's `cell` is another (a 2021 value I7 that cannot
 * be used is selected; the 15 shown is K7's, as `check` names it: trial29c F7).
 */
function line(item: CheckItem, cell: string, year: number, lang: "zh" | "en"): string {
  const issue = issueText(item, cell, lang);
  const at = valueCell(item, year);
  return [...(at && at !== cell ? [at] : []), ...flagFacts(item, lang), ...(issue === null ? [] : [issue])].join(" · ");
}

/**
 * The ribbon's 校验: reads the workbook, runs the same check as the task pane, selects the
 * most urgent flag's cell (lagging, severe and invalid first, binding first) and returns what
 * the result dialog shows. Reads in one sync, then one more to select; writes nothing.
 * Workbook problems (and a coded refusal) are written in `lang`, the dialog's language (pickLang).
 * A locked return changed since: each change a flag, and the pane's 校验 line for the lock
 * (lockLine: 已锁定（…），锁定后被改动 n 处) heads the problems, as `check` says it; so does the lock
 * record of another year (lockLine: 2023 年的锁定记录…不适用于 2024 年).
 */
export async function ribbonCheck(actions: OfficeActions, check: Check, lang: "zh" | "en" = "zh"): Promise<CheckDialogData> {
  const out = check(await actions.readGrid());
  // a blank workbook is told to load a template first, as in the pane (openWorkbookProblemText)
  if (!out.ok) return { kind: "error", title: "check", message: out.problem ? openWorkbookProblemText(out.problem, lang) : out.message };
  const r = out.report;
  const flags: DialogFlag[] = sortFlags(r.items).flatMap((g) => g.flags).map((item) => {
    const cell = flagCell(item, r.year);
    return { sheet: item.sheet, cell, name: item.name, status: item.status, binding: item.attribute === "约束性", text: line(item, cell, r.year, "zh"), textEn: line(item, cell, r.year, "en") };
  });
  const first = flags[0];
  if (first) await actions.select(first.sheet, first.cell);
  const counts = STATUS_CODES.map((s: Status) => r.counts[s]);
  // a record of another year is said too: the dialog would otherwise not tell why 已锁定 is gone
  const lock = (out.lock.locked && out.lock.changed > 0) || (!out.lock.locked && out.lock.otherYear) ? [lockLine(out.lock, lang)] : [];
  // a workbook problem weighs as its severity (problemSeverity): the dialog marks a warning 警告 in amber, an error 错误 in red;
  // values changed since the lock are an error, another year's record a warning
  const warned = [...(lock.length && !out.lock.locked ? [0] : []), ...r.problems.flatMap((p, i) => (problemSeverity(p) === "warning" ? [lock.length + i] : []))];
  return { kind: "check", year: r.year, unit: r.reportingUnit, counts, flags, problems: [...lock, ...r.problems.map((p) => describeWorkbookProblem(p, lang))], ...(warned.length ? { warned } : {}) };
}
