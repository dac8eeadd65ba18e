import type { TieCause } from "../domain/TieCause";
import type { OwnWorkbookKind } from "./ownWorkbookKind";
import type { ArchiveContents, OtherYear, OutsidePlan, PlanVersionDetail, TooLargeSheet, UnusableReason } from "../domain/UnusableReason";

/**
 * A file of a folder given to `summary` that was not summed: one of the cycle's own workbooks
 * (`ledger`, `summary`: passed over), or a unit's file that cannot be used (`UnusableReason`), with
 * the unit its name names when it names one of the units expected or summed (`unit`), and the
 * reader's one line on it (`message`: the file, why, what to do).
 */
export interface UnusableFile {
  file: string;
  reason: UnusableReason | OwnWorkbookKind;
  message: string;
  /** the 填报单位 on its cover, when it could be read (a workbook that is no return) */
  cover?: string;
  unit?: string;
  /** the unit's other versions `file` could not be told from (reason `versions_tied`), named with it */
  others?: string[];
  /** reason `versions_tied`: what tied them (versionOrder's `cause`), said as the reason */
  tie?: TieCause;
  /** reason `other_year`: the file's own reporting year and the year summed */
  years?: OtherYear;
  /** reason `too_large`: the return's own sheet the reader named past a limit, and what to delete from it (sheetCut) */
  tooLarge?: TooLargeSheet;
  /** reason `other_format`: the kind of file the reader found (a Word document renamed .xlsx), in check's words (fileKindWords) */
  fileKind?: string;
  /** reason `archive`: its format and the spreadsheets a .zip holds */
  archive?: ArchiveContents;
  /** reasons `other_plan`, `other_version`: what differs from the plan version used */
  version?: PlanVersionDetail;
  /** reason `in_subfolder`: the subfolder not read, as typed; `in_summary`: the summary covering the unit */
  where?: string;
  /** reason `summary`: the units it summed (its 汇总范围), when they could be read (summaryScope) */
  covers?: string[];
  /** reason `summary`: of `covers`, the units with no return of their own used (summaryCovers) */
  wanted?: string[];
  /** reason `outside_plan`: the plan whose period does not hold the year, the file's year and the year used */
  period?: OutsidePlan;
  /** `unit` had another file that was used (summed, evaluated, rolled over): this one alone is passed over */
  unitUsed?: true;
  /**
   * reason `outside_plan`: a stray return of another plan period, said as such, never chased (the
   * unit was never sent the year's form to fill in): `not_listed`, `unit` is not among the units expected (the ledger's,
   * --units); `no_list`, none are given and every file of `unit` is of another plan period and another year (withUnits);
   * 问题清单 lists a `not_listed` file under no unit (unsummedUnit)
   */
  unlisted?: "not_listed" | "no_list";
}

/** Whether `x` is one of the cycle's own workbooks passed over (the 报送台账, a summary), not a unit's file that cannot be used. */
export function isOwnWorkbookFile<T extends Pick<UnusableFile, "reason">>(x: T): x is T & { reason: OwnWorkbookKind } {
  return x.reason === "ledger" || x.reason === "summary";
}

/** A unit's file that cannot be used (its reason a domain UnusableReason), as the ledger and report name it. */
export function isUnitFile<T extends Pick<UnusableFile, "reason">>(x: T): x is T & { reason: UnusableReason } {
  return !isOwnWorkbookFile(x);
}

/**
 * How many files `files` name: a unit's versions not told apart (`versions_tied`) are one entry naming them all
 * (`others`), counted as the files they are, as their line, --json's `skipped` and 问题清单 name them (a trial's
 * header said 另有 8 个文件未汇总 above nine files listed).
 */
export function fileCount(files: ReadonlyArray<{ others?: readonly string[] | undefined }>): number {
  return files.reduce((n, x) => n + 1 + (x.others?.length ?? 0), 0);
}

/**
 * The unit each unusable file names by its file name (the longest name found: 定海区 within
 * 舟山市定海区), else by the 填报单位 on its cover when that is one of them, of `units` (the
 * ledger's or --units, then the returns' 填报单位, and those of returns of another year). A unit's file that
 * could not be read tells the manager the unit did send something: it is chased with the reason,
 * not as late. The cycle's own workbooks name no unit. A unit of `used` (another of its files was
 * used) is marked `unitUsed`: a trial's lock copy or .csv beside 船寮镇's summed return was said as
 * 船寮镇：收到的文件无法汇总.
 * `listed`: the units expected (the ledger's or --units), when given: a file of another plan period (`outside_plan`) of a
 * unit not among them and not used is marked `unlisted` (a trial's 十四五 return of 定海区, left in the 2026 folder, was
 * told to fill in the 2026 form it was never sent, and listed as a unit in 问题清单). `null`: the command was given none
 * (summary and report without a ledger or --units): no unit is expected, so a unit not used whose every file here is of
 * another plan period and of another year than the one used (its 十五五 2026 return beside the 十四五 2025 ones summed) is
 * not part of the summary either: marked `unlisted` (`no_list`), not chased to fill in a form it never had (trial s36
 * N3: 东城区 was told to fill in a 2025 return). A form of an ended plan dated the year used stays chased: the unit meant
 * that year. Omitted (rollover, a subfolder's files): nothing is marked.
 */
export function withUnits(files: readonly UnusableFile[], units: readonly string[], used: readonly string[], listed: readonly string[] | null = []): UnusableFile[] {
  // a return of another year, plan or version is a real return: its 填报单位 is a unit even when no list names it
  const covers = files.flatMap((f) => ((f.reason === "other_year" || f.reason === "other_plan" || f.reason === "other_version" || f.reason === "outside_plan") && f.cover ? [f.cover] : []));
  const byLength = [...new Set([...units, ...covers].filter((u) => u !== ""))].sort((a, b) => b.length - a.length);
  const unitOf = (f: UnusableFile): string | undefined => {
    if (isOwnWorkbookFile(f)) return undefined;
    const name = (f.file.split(/[\\/]/).pop() ?? "").replace(/\.[^.]*$/, "");
    return byLength.find((u) => name.includes(u)) ?? byLength.find((u) => u === f.cover);
  };
  const named = files.map((f) => ({ f, unit: unitOf(f) }));
  // without a list: the units whose every file here is another plan period's return of another year
  const otherPeriodOnly = (unit: string): boolean => named.every((x) => x.unit !== unit || (x.f.reason === "outside_plan" && x.f.period !== undefined && x.f.period.own !== x.f.period.year));
  return named.map(({ f, unit }) => {
    if (unit === undefined) return f;
    const outside = f.reason === "outside_plan" && !used.includes(unit);
    const unlisted = !outside ? undefined : listed === null ? (otherPeriodOnly(unit) ? "no_list" as const : undefined) : listed.length > 0 && !listed.includes(unit) ? "not_listed" as const : undefined;
    return { ...f, unit, ...(used.includes(unit) ? { unitUsed: true as const } : {}), ...(unlisted ? { unlisted } : {}) };
  });
}
