import type { PassedOver } from "../cycle/rolloverTargets";
import type { UnusableFile } from "../cycle/UnusableFile";
import { skippedJson } from "./skippedJson";
import { subfoldersJson } from "./subfolderLine";
import type { Subfolder } from "./workbookFiles";
import type { DeadlineNote } from "./deadlineNotes";
import type { ReturnBlank } from "../cycle/UnitFacts";
import type { HeldWorkbook } from "./workbookOver";
import type { ExplainedBlank } from "../cycle/explainedBlanks";

/**
 * One new return `rollover` wrote: the unit (its new cover's 填报单位; "" when the one-file form's cover has none), the
 * return rolled from (`file`, its reporting year `from`), the new file (`out`), how many cells were carried (`carried`:
 * values entered and the cover's fields, the count of the `已生成` line), the years between `from` and the new year never
 * received (`yearsSkipped`, rolled_years_skipped: only when there are any), `blank` when the return held nothing for its own
 * year (summary's `ledger[].blank`: "file" 收到空表, "year" 本年度未填; rolled_year_blank), `blankExplained` the rows it left blank for
 * that year with a reason in 说明, still blank in the new return (`[{sheet, cell, name, year, note}]`, note whole; rolled_explained_blank), `coverBlank` when the old cover named no
 * 填报单位 (the one-file form: the new one names none either; a folder's: the unit its file name names), and `lines`, what the
 * terminal says of it (in --lang: what was not carried, values to check…), the first being the `已生成` line.
 */
export interface RolledReturn {
  unit: string;
  file: string;
  from: number;
  out: string;
  carried: number;
  yearsSkipped?: number[];
  blank?: ReturnBlank;
  /** the rows left blank for `from` with a reason in 说明 (未填报（已说明）), still blank in the new return (rolled_explained_blank) */
  blankExplained?: ExplainedBlank[];
  coverBlank?: true;
  lines: string[];
}

/**
 * Why a unit of the new ledger has no new file (its 备注): it sent nothing, its file could not be used, its return is already
 * of the year, or its new file's place holds a workbook not to be written over (`other_workbook`: HeldTarget).
 */
export type UnrolledWhy = "not_sent" | "unusable" | "same_year" | "other_workbook" | "other_period" | "other_plan";

/**
 * A unit's return not rolled over because its new file (`out`, `Y-<unit>.xlsx` in --out-dir) holds another unit's return,
 * the 报送台账 or a summary (`workbook`: workbookOver), never written over, --force or not (roll_target_held).
 */
export interface HeldTarget { file: string; unit: string; out: string; workbook: HeldWorkbook }

/** What `rollover --json` is made from: what was written and every file passed over, as the terminal lines say them. */
export interface RolloverFacts {
  year: number;
  /** the template ids of the new returns */
  templates: string[];
  rolled: RolledReturn[];
  /** the old year's 报送台账 found among the files (never rolled over) */
  ledgers?: UnusableFile[];
  /** returns already of the year (roll_skipped_year) */
  sameYear?: Array<{ file: string; unit: string }>;
  /** returns whose cover names no 填报单位 and whose file name names no unit (roll_no_unit) */
  noUnit?: string[];
  /** returns whose new file's place holds a workbook not to be written over (roll_target_held) */
  held?: HeldTarget[];
  /** files that cannot be used, their units told (withUnits), as summary's `skipped` */
  unusable?: UnusableFile[];
  /** a unit's several returns: the one rolled over and the others (roll_versions) */
  versions?: PassedOver[];
  subfolders?: Subfolder[];
  /** the new 报送台账 (`--out-dir` only): written, or kept as it was (`kept`, then no `units`) */
  ledger?: { file: string; kept: boolean; units?: Array<{ unit: string; file: string; note?: string }> };
  /** the units of the new ledger without a new file, and why */
  unrolled?: Array<{ unit: string; why: UnrolledWhy }>;
  /** what is said of the new covers' 报送截止日期 (deadlineNotes): `no_deadline`, `deadline_early` */
  notes?: DeadlineNote[];
}

/**
 * `rollover --json`: one document, `{year, templates, rolled: [{unit, file, from, out, carried, yearsSkipped?, blank?,
 * blankExplained?, coverBlank?, lines}], skipped?, versions?, subfolders?, ledger?, unrolled?, notes?}`. `skipped` is summary's shape (skippedJson: `{file, reason,
 * unit?, …}`, reason an UnusableReason, `ledger` or `summary`) with three reasons of rollover's own: `same_year` (already a
 * return of the year, with `year`), `no_unit` (a cover without 填报单位 whose file name names no unit) and `other_workbook` (its
 * new file `out` holds `workbook`: `{kind: "return", unit}`, `{kind: "ledger"}` or `{kind: "summary"}`; HeldTarget); `versions`: `[{unit,
 * file, others, by?, laterYear}]` (the file rolled over, the unit's others passed over, by: replaced/saved/received);
 * `subfolders` as summary's; `ledger`: `{file, kept, units?: [{unit, file, note?}]}` (note: 备注, Chinese as the workbook
 * has it); `unrolled`: `[{unit, why}]`, why `not_sent`, `unusable`, `same_year`, `other_workbook`, `other_period` (its file a return of
 * another plan period, listed by the old ledger: this plan's form to be distributed, cycle/unrolledUnit) or `other_plan` (its
 * file a return on another plan still running, listed by the old ledger: its latest return on this plan to be rolled over); `notes`: `[{code, message}]`, what is said of
 * the new covers' 报送截止日期 (deadlineNotes: `no_deadline`, `deadline_early`; message in --lang). Lists only when they hold any.
 * Source: docs/cli-reference.md, rollover.
 */
export function rolloverJson(f: RolloverFacts): unknown {
  const skipped = [
    ...skippedJson(f.ledgers ?? []),
    ...(f.sameYear ?? []).map((x) => ({ file: x.file, reason: "same_year", ...(x.unit ? { unit: x.unit } : {}), year: f.year })),
    ...(f.noUnit ?? []).map((file) => ({ file, reason: "no_unit" })),
    ...(f.held ?? []).map((x) => ({ file: x.file, reason: "other_workbook", unit: x.unit, out: x.out, workbook: x.workbook })),
    ...skippedJson(f.unusable ?? []),
  ];
  const versions = (f.versions ?? []).map((v) => ({ unit: v.unit, file: v.file, others: v.others, ...(v.by ? { by: v.by } : {}), laterYear: v.laterYear }));
  return {
    year: f.year,
    templates: f.templates,
    rolled: f.rolled.map((r) => ({ unit: r.unit, file: r.file, from: r.from, out: r.out, carried: r.carried, ...(r.yearsSkipped?.length ? { yearsSkipped: r.yearsSkipped } : {}), ...(r.blank ? { blank: r.blank } : {}), ...(r.blankExplained?.length ? { blankExplained: r.blankExplained.map((x) => ({ ...x })) } : {}), ...(r.coverBlank ? { coverBlank: true } : {}), lines: r.lines })),
    ...(skipped.length ? { skipped } : {}),
    ...(versions.length ? { versions } : {}),
    ...(f.subfolders?.length ? { subfolders: subfoldersJson(f.subfolders) } : {}),
    ...(f.ledger ? { ledger: f.ledger } : {}),
    ...(f.unrolled?.length ? { unrolled: f.unrolled } : {}),
    ...(f.notes?.length ? { notes: f.notes.map(({ code, message }) => ({ code, message })) } : {}),
  };
}
