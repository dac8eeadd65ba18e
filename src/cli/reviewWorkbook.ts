import { putOwnSheet } from "../hosts/xlsx/putOwnSheet";
import { StrictPackageError } from "../hosts/xlsx/StrictPackageError";
import { checkGrid } from "../sheet/checkGrid";
import { checkFailureText } from "./checkFailureText";
import { cycleMessage } from "./cycleMessages";
import { checkWithContext, type CheckContext } from "./checkInContext";
import type { CheckReport } from "../sheet/CheckReport";
import { REVIEW_SHEET, reviewCounts, type MovedColumn } from "../sheet/reviewSheet";
import { reviewCellOrigins } from "../sheet/reviewCellOrigins";
import { returnReview, type Resubmission } from "../cycle/returnReview";
import { sha256Text } from "./sha256Text";
import { describeWorkbookProblem } from "../sheet/describeWorkbookProblem";
import type { WorkbookProblem } from "../sheet/WorkbookProblem";
import { plannedReviewRows, reviewerVerdicts, type AcceptedWithError, type OpenRow } from "../cycle/reviewTally";
import type { LockRefusal } from "../cycle/lockRefusals";
import { lockReading } from "../cycle/lockReading";
import { unlistedDecisions } from "../cycle/unlistedDecisions";
import { readFile, realpath, stat } from "node:fs/promises";
import { gridOfBytes, loadWorkbookFile, tooLargeInput } from "./loadWorkbookFile";
import { resubmissionMessage } from "./resubmissionMessages";
import { replacedVersionMessage } from "./replacedVersionMessage";
import { replacedVersionProblem } from "../cycle/replacedVersionProblem";
import { resubmissionOf } from "../cycle/resubmissionOf";
import { readWithSnapshot, writeFileSafely, type WriteOptions, type Written } from "./writeFileSafely";
import { labelColon } from "../domain/labelColon";
import type { TypedReviewComment } from "../sheet/typedReviewComments";

export type ReviewOutcome =
  /** `accepted`: rows decided 通过 or 已说明 (in force) whose cell still has an error: lock will refuse the return */
  /** `unlisted`: 审核结论 cells holding a word outside the list (`审核!M42`, the word), each row counted as not decided */
  | { ok: true; report: CheckReport; sheet: string; /** our 审核 sheet was not there before */ created: boolean; rows: number; stale: number; /** rows nobody decided on yet (待审核) */ open: number; changedParts: string[]; accepted: AcceptedWithError[]; unlisted: Array<{ cell: string; word: string }>; /** the sheet's rows were sorted apart from their keys and re-keyed by what they show (review_rows_rekeyed) */ rekeyed?: WorkbookProblem; /** the person's own columns our columns displaced (X → Z), to be said */ moved: MovedColumn[]; /** the 退回修改 decisions in force on the sheet as written (reviewTally, the rule lock refuses by), in sheet order */ returned: OpenRow[]; /** the rows 待复核 on the sheet as written whose 审核结论 is 退回修改 (reviewTally's staleReturnedRows, as lock names them) */ staleReturned: number[]; /** the rows 待复核 on the sheet as written whose 审核意见 already holds 已复核 (reviewTally's rechecked, as lock names them) */ staleRechecked: number[]; /** what `lock` (no --accept-unassessed) would refuse the file as written for (lockRefusals, [] when it would lock), with the check it found them on; null when lock's own check of it fails */ lock: { report: CheckReport; refusals: LockRefusal[] } | null; /** the --out replaced, kept when it held something else (writeFileSafely) */ written: Written; /** the 审核意见 typed beside rows in their own sheets, taken into the 审核 sheet (returnReview), to be said */ takenComments: TypedReviewComment[] }
  /** `refused`: the file reads, but what it holds does not read back as the original once the 审核 sheet is written: exit EXIT.refused; neither it nor `unreadable`: the command line is wrong (`--replaces` names this file, a copy, another year), exit EXIT.usage */
  | { ok: false; message: string; unreadable: boolean; refused?: true };

export interface ReviewOptions {
  year?: number | undefined;
  /** replace an existing --out file (never the input) */
  force?: boolean;
  /** the previous version of this return (a resubmission): rows changed since are 待复核 with old → new until decided on, and its 审核 decisions are carried over when this file has none; this file itself (or a copy) is refused */
  replaces?: string | undefined;
  /** the rules, last year's and the city's return to check against (evaluation-rules §8), as `check` has them */
  context?: CheckContext;
  /** the files `context` was read from (--rules, --previous, --city): never written, as `file` and `replaces` are not */
  alsoRead?: string[];
  /** the language of a check's refusal (Chinese by default) */
  lang?: "zh" | "en";
  /** test hooks passed to the write (a change saved meanwhile, a failing disk) */
  write?: Pick<WriteOptions, "beforeCommit" | "io">;
}

/** The first of 审核, 审核(2), … not taken by another sheet (names compare case-insensitively, as in Excel). */
function freeName(taken: string[]): string {
  const t = new Set(taken.map((n) => n.toLowerCase()));
  let name = REVIEW_SHEET;
  for (let i = 2; t.has(name.toLowerCase()); i++) name = `${REVIEW_SHEET}(${i})`;
  return name;
}

/**
 * Adds or refreshes the 审核 sheet of a return by editing its package (putOwnSheet): every
 * other part stays byte for byte. Our earlier sheet is found by its mark and keeps its name;
 * a person's sheet called 审核 is kept and ours becomes 审核(2). Values are read with the same
 * reader as `check`. Written atomically (writeFileSafely): in place, it is refused if the file
 * changed since it was read; to `out`, an existing file needs `force` and the input never is
 * replaced. File problems throw FileProblem.
 */
export async function reviewWorkbook(file: string, out: string, opts: ReviewOptions = {}): Promise<ReviewOutcome> {
  const size = await stat(file).then((st) => st.size, () => 0);
  // in the --lang asked for, as every command says it (until this version Chinese whatever --lang said)
  const tooLarge = tooLargeInput(file, size, opts.lang);
  if (tooLarge) return { ok: false, unreadable: true, message: tooLarge.message };
  const { bytes, snapshot } = await readWithSnapshot(file);
  const loaded = await gridOfBytes(file, bytes, opts.lang);
  if (!loaded.ok) return { ok: false, unreadable: true, message: loaded.message };
  const r = opts.context ? checkWithContext(loaded.grid, opts.year, opts.context) : checkGrid(loaded.grid, opts.year);
  // a --previous/--city that does not fit is the command line's (exit 1), as check and summary say it
  if (!r.ok) return { ok: false, unreadable: r.reason !== "context", message: checkFailureText(file, r, opts.lang ?? "zh", loaded.grid) };
  let resubmission: Resubmission | undefined;
  if (opts.replaces !== undefined) {
    // the version replaced is another file: not this one, nor a byte-for-byte copy of it
    const say = (code: "replaces_same_file" | "replaces_same_bytes"): string => resubmissionMessage(code, { file, old: opts.replaces ?? "" }, opts.lang);
    const same = (await realpath(file)) === (await realpath(opts.replaces).catch(() => null));
    if (same) return { ok: false, unreadable: false, message: say("replaces_same_file") };
    const older = await readFile(opts.replaces).catch(() => null);
    if (older?.equals(bytes)) return { ok: false, unreadable: false, message: say("replaces_same_bytes") };
    const prev = await loadWorkbookFile(opts.replaces, opts.lang);
    if (!prev.ok) return { ok: false, unreadable: true, message: prev.message };
    // the old file is checked as of the new one's year below, which would read a 2023 return as a 2024 version: another
    // year's, another plan's or another unit's return is refused first (replacedVersionProblem, the pane's rule too)
    const pr = checkGrid(prev.grid, r.report.year, opts.context?.rules);
    const other = replacedVersionProblem({ grid: prev.grid, ...(pr.ok ? { report: pr.report } : {}) }, { grid: loaded.grid, report: r.report });
    if (other) return { ok: false, unreadable: false, message: replacedVersionMessage(other, file, opts.replaces, opts.lang) };
    if (!pr.ok) return { ok: false, unreadable: true, message: checkFailureText(opts.replaces, pr, opts.lang ?? "zh") };
    resubmission = resubmissionOf(prev.grid, pr.report);
    // the replaced version's decisions are what this one starts from: they must be read for the items they were given
    if (resubmission.replacedDecisions.placement?.code === "review_rows_out_of_place") return { ok: false, unreadable: false, refused: true, message: `${opts.replaces}${labelColon(opts.lang)}${describeWorkbookProblem(resubmission.replacedDecisions.placement, opts.lang ?? "zh")}` };
  }
  // the same rows as the pane's 生成审核表 (returnReview): a locked return edited since gets a row a change, 锁定时为「…」，现为「…」
  const { sheet, ours, placement, moved, takenComments } = returnReview(loaded.grid, r.report, sha256Text, resubmission);
  // rows sorted apart from their keys and not to be told apart: each decision would go to another item
  if (placement?.code === "review_rows_out_of_place") return { ok: false, unreadable: false, refused: true, message: `${file}${labelColon(opts.lang)}${describeWorkbookProblem(placement, opts.lang ?? "zh")}` };
  sheet.name = ours?.name ?? freeName(loaded.grid.sheets.map((s) => s.name));
  let put;
  try {
    // a fill or font the person put on a cell we rewrite is kept (reviewCellOrigins: the same row and column key)
    put = await putOwnSheet(bytes, sheet, ours ? { replace: ours.name, keepStyles: reviewCellOrigins(ours, sheet) } : {});
  } catch (e) {
    if (e instanceof StrictPackageError) return { ok: false, unreadable: true, message: cycleMessage("strict_package", { file }, opts.lang) };
    return { ok: false, unreadable: true, message: cycleMessage("review_write_failed", { file, detail: e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e) }, opts.lang) };
  }
  // the written package must read back with the same values everywhere but our sheet
  const back = await gridOfBytes(out, put.bytes);
  const same = (g: typeof loaded.grid): string => JSON.stringify(g.sheets.filter((s) => s.name !== put.name).map((s) => [s.name, s.rows]));
  if (!back.ok || same(back.grid) !== same(loaded.grid)) {
    return { ok: false, unreadable: false, refused: true, message: cycleMessage("review_readback", { file }, opts.lang) };
  }
  const inPlace = out === file || (await realpath(file)) === (await realpath(out).catch(() => null));
  const written = inPlace ? await writeFileSafely(file, put.bytes, { expected: snapshot, ...opts.write }) : await writeFileSafely(out, put.bytes, { force: opts.force ?? false, inputs: [file, ...(opts.replaces ? [opts.replaces] : []), ...(opts.alsoRead ?? [])], makeFolder: true, ...opts.write });
  const counts = reviewCounts(sheet);
  const planned = plannedReviewRows(sheet);
  const { acceptedWithErrors } = reviewerVerdicts(planned, r.report);
  const unlisted = unlistedDecisions(sheet, put.name);
  // lock's own reading of the return as written, by lock's own check (no rules, previous year or city: lock takes none):
  // what it would refuse for (lockRefusals, the one rule), and the 退回修改 in force that send the return back
  const checked = back.ok ? checkGrid(back.grid, opts.year) : null;
  const lock = back.ok && checked?.ok ? lockReading(back.grid, checked.report) : null;
  const returned = lock?.tally.returnedItems ?? [];
  const staleReturned = lock?.tally.staleReturnedRows ?? [];
  const staleRechecked = lock ? lock.tally.rechecked.filter((row) => lock.tally.staleRows.includes(row)) : [];
  return { ok: true, report: r.report, sheet: put.name, created: !ours, rows: counts.rows, stale: counts.stale, open: counts.open, changedParts: put.changed, accepted: acceptedWithErrors, unlisted, moved, returned, staleReturned, staleRechecked, lock: lock ? { report: lock.report, refusals: lock.refusals } : null, written, takenComments, ...(placement ? { rekeyed: placement } : {}) };
}
