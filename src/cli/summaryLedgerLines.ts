import { receivedDateAsked } from "../cycle/receivedDateAsked";
import { EXPLAINED_MISSING_WORDS } from "../cycle/EXPLAINED_MISSING_WORDS";
import { isExplainedIncomplete } from "../cycle/isExplainedIncomplete";
import { BLANK_WORDS } from "../cycle/BLANK_WORDS";
import { blankGroups } from "../cycle/blankGroups";
import { englishCount } from "../domain/englishCount";
import { missingWords } from "../cycle/missingWords";
import { isIncomplete } from "../cycle/isIncomplete";
import { isAcceptedIncomplete } from "../cycle/isAcceptedIncomplete";
import { toPutRight } from "../cycle/toPutRight";
import { BLOCKER_WORDS, blockerCounts } from "../cycle/BLOCKER_WORDS";
import { chaseOf } from "../cycle/chaseOf";
import type { LedgerState, UnitFacts } from "../cycle/UnitFacts";
import type { UnusableFile } from "../cycle/UnusableFile";
import { unusableFileLines } from "../cycle/unusableFileLines";
import type { MergedFile } from "../cycle/mergedFiles";
import { UNASSESSED_WORDS } from "../cycle/UNASSESSED_WORDS";
import { RECEIVED_WORDS } from "../cycle/RECEIVED_WORDS";
import type { Lang } from "./fileMessages";
import { notSentLines } from "./notSentLines";
import { unitsNamed } from "./unitsNamed";
import { cycleMessage } from "./cycleMessages";
import { mergedFileLine } from "./mergedFileLine";

/**
 * `summary`'s lines on the 报送台账 (issue 18.2), in `lang`, one home for `summary --ledger` (summaryText) and the pane's
 * 汇总所选文件 with a ledger chosen: the counts by state (the words of its sheet), with the files received but counted
 * 未报 (blank, unusable, elsewhere); the units not sent to chase as of `asOf` (ISO date, "" when none is known; chaseOf's
 * `not_sent`, as the sheet's 催报 list) and those whose deadline is not yet near; the returns received after their deadline and
 * those whose received date is not known (receivedDate); the units outside the ledger; each
 * workbook holding other units' returns (`merged`); each unit whose file came but cannot be summed, with why and what to
 * do (`fileLines`: false where the caller names those files already, the pane's files passed over); then the units to
 * complete, correct, explain, and those accepted with rows 未填报, 待人工评估 or errors held. `ledger` null (no ledger): no
 * lines. `filesSaid`: the files said on a unit's line, not to be said again among the files passed over. A file received
 * but counted 未报 (blank, unusable, in a subfolder not read) that the 催报 line names with why is only counted on the counts
 * line (其中 3 份按未报，见催报), not named there too, nor a unit only in a summary or merged into another's workbook (counted
 * 未报, not received): each unit said once, on the terminal as in the pane (trial37c F7, sessions 38, 39).
 */
export function summaryLedgerLines(ledger: readonly UnitFacts[] | null, lang: Lang, o: { skipped?: readonly UnusableFile[]; merged?: readonly MergedFile[]; asOf?: string; fileLines?: boolean } = {}): { lines: string[]; filesSaid: Set<string | undefined> } {
  const en = lang === "en";
  const { skipped = [], merged = [], asOf = "", fileLines = true } = o;
  // the units to chase, by name: every unit the sheet's 催报 list marks 催报 (chaseOf not_sent, the one rule; trial37c F1:
  // the line named only the units that sent nothing, the sheet four), first those that sent nothing (the sheet says how
  // late), then those whose file came, each with why (blank, cannot be summed, elsewhere; its own line says what to do)
  const chased = (ledger ?? []).filter((x) => chaseOf(x, asOf).includes("not_sent"));
  // the counts are of the units expected: a unit outside the ledger (or --units) is summed and named on a line of its own
  const expected = ledger?.filter((x) => !x.unlisted) ?? [];
  const count = (st: LedgerState): number => expected.filter((x) => x.state === st).length;
  // a unit only in a summary sent no return of its own: not counted received
  const received = expected.filter((x) => x.file !== undefined && x.unusable !== "in_summary").length;
  // a return whose cover names no unit is said on its own line (covers), not as a unit outside the list
  const unlisted = (ledger ?? []).filter((x) => x.unlisted && x.file !== x.unit).map((x) => x.unit);
  // a unit whose return sits in a subfolder not read, or only in a summary, is said on that line (grouped), not one line each
  const elsewhereReason = (x: UnitFacts): boolean => x.unusable === "in_subfolder" || x.unusable === "in_summary";
  const unusable = ledger?.filter((x) => x.unusable && !elsewhereReason(x)) ?? [];
  // the files received but counted 未报 (blank, cannot be summed, in a subfolder not read): those the 催报 line names
  // with why are only counted here (trial37c F7: the terminal named 缙云县 three times; session 39: a unit in a subfolder,
  // only in a summary or merged into another's workbook still twice), the rest (a blank return not yet due) named here,
  // as no other line names them
  const countedUnsent = [...expected.filter((x) => x.blank), ...unusable, ...expected.filter((x) => x.unusable === "in_subfolder")];
  const onChaseLine = countedUnsent.filter((x) => chased.includes(x)).length;
  const unchased = (ledger ?? []).filter((x) => !chased.includes(x));
  const blanks = blankGroups(expected.filter((x) => !chased.includes(x)), (x) => x.blank).map((g) => ({ words: BLANK_WORDS[lang][g.blank], units: g.items.map((x) => x.unit) }));
  const unusableNamed = unusable.filter((x) => !chased.includes(x));
  const elsewhere = (reason: "in_subfolder" | "in_summary"): string[] => unchased.filter((x) => x.unusable === reason).map((x) => x.unit);
  const inMerged = unchased.filter((x) => x.mergedIn && x.state === "未报");
  const sep = en ? ", " : "、";
  // a line naming many units names the first few and counts them all, the 报送台账 sheet listing each (trial39c F8)
  const named = (items: readonly string[]): string => unitsNamed(items, lang, "ledger");
  // the files received but counted not sent (blank, unusable) named here: in Chinese after the counts by state, in
  // English beside "received", so the counts after add up (summary_ledger)
  const why = [...blanks.map((g) => cycleMessage("summary_blank_unsent", { n: g.units.length, words: g.words, units: g.units.join(sep) }, lang)),
    ...(unusableNamed.length ? [cycleMessage("summary_unusable_unsent", { n: unusableNamed.length, units: unusableNamed.map((x) => x.unit).join(sep) }, lang)] : [])];
  // units counted not sent for where their return is (a subfolder, a summary, merged into another's workbook), named here
  // only when the 催报 line does not name them (chaseOf chases them whatever the deadline, so as a rule it does)
  const placed = [...(["in_subfolder", "in_summary"] as const).map((r) => [r, elsewhere(r)] as const), ["merged", inMerged.map((x) => x.unit)] as const];
  const chasedElsewhere = placed.filter(([, units]) => units.length).map(([where, units]) => cycleMessage("summary_elsewhere_unsent", { where, n: units.length, units: units.join(sep) }, lang)).join("");
  const byState = cycleMessage("summary_ledger_states", { unsent: count("未报"), sent: count("已报"), returned: count("退回"), accepted: count("通过") }, lang);
  const states = ledger ? [cycleMessage("summary_ledger", { expected: expected.length, received, counted: countedUnsent.length, chased: onChaseLine, states: byState, why: why.join(en ? "; " : ""), elsewhere: chasedElsewhere }, lang)] : [];
  // the year of the file a unit sent instead, when it was another year's (its own line says what to do)
  const own = (x: UnitFacts): number | undefined => (x.unusable === "other_year" ? skipped.find((f) => f.file === x.file && f.unit === x.unit)?.years?.own : undefined);
  states.push(...notSentLines(ledger ?? [], asOf, lang, own));
  // received after the deadline, and received with no date to tell (receivedDate; the sheet's 收到日期 and 催报 list say the same)
  // each unit with its own days, the latest first (trial43b F5: units grouped by one day read as all equally late); many
  // named as far as they fit, the rest counted as the other lines count them (session 41); the day each came is the sheet's
  const late = (ledger ?? []).filter((x) => x.late).sort((a, b) => (b.late ?? 0) - (a.late ?? 0));
  const lateWords = (x: UnitFacts): string => `${x.unit} ${en ? englishCount(x.late ?? 0, "day") : `${x.late ?? 0} 天`}`;
  if (late.length) states.push(cycleMessage("summary_late", { n: late.length, units: named(late.map(lateWords)), saved: late.some((x) => x.receivedFrom === "saved") ? 1 : 0 }, lang));
  const undated = (ledger ?? []).filter(receivedDateAsked);
  if (undated.length) states.push(cycleMessage("summary_undated", { units: named(undated.map((x) => `${x.unit}${en ? ` (${RECEIVED_WORDS.en.why(x)})` : `（${RECEIVED_WORDS.zh.why(x)}）`}`)) }, lang));
  if (unlisted.length) states.push(cycleMessage("summary_unlisted", { n: unlisted.length, units: unlisted.join(en ? ", " : "、"), task: "summary" }, lang));
  // their returns came as sheets of another unit's workbook: chased to send their own, once per workbook
  states.push(...merged.map((m) => mergedFileLine(m, "summary", ledger !== null, lang)));
  // it did send: chased for what is wrong with the file, not as late
  // the file passed over itself where it is known: a unit's versions not told apart are all named
  // several units' returns of a plan that has ended: the way forward said once after their lines (unusableFileLines)
  if (fileLines) states.push(...unusableFileLines(unusable.flatMap((x) => (x.unusable ? [skipped.find((f) => f.file === x.file && f.unit === x.unit) ?? { file: x.file ?? "", reason: x.unusable, unit: x.unit, message: "" }] : [])), "summary", lang));
  const incomplete = (ledger ?? []).filter(isIncomplete);
  if (incomplete.length) states.push(cycleMessage("summary_to_complete", { units: named(incomplete.map((x) => `${x.unit} ${missingWords(x, lang)}`)) }, lang));
  // errors and lags without a 说明 to chase, by unit, as the ledger's 错误数 and 未说明的滞后 count them (toPutRight)
  // each unit's errors named in check's words (BLOCKER_WORDS, its sheets left to the 问题清单), not as 数据异常等 (trial34 C3)
  const toFix = (ledger ?? []).map((x) => {
    const put = toPutRight(x);
    return { unit: x.unit, ...put, what: put.blockers ? BLOCKER_WORDS[lang](blockerCounts(put.blockers, lang, false)) : "", unreviewedLock: x.lock === "已锁定（未经审核）" };
  });
  const toCorrect = toFix.filter((x) => x.errors > 0);
  if (toCorrect.length) states.push(cycleMessage("summary_to_correct", { units: named(toCorrect.map((x) => cycleMessage("summary_unit_errors", { unit: x.unit, errors: x.errors, what: x.what }, lang))) }, lang));
  // changed since the lock: for the reviewer to accept or send back, as check and lock ask, not sent to the unit (trial38 F4)
  const toRecheck = toFix.filter((x) => x.changed.length > 0);
  if (toRecheck.length) states.push(cycleMessage("summary_to_recheck", { units: named(toRecheck.map((x) => cycleMessage("summary_unit_changed", { unit: x.unit, n: x.changed.length, cells: x.changed.join(sep) }, lang))) }, lang));
  const toExplain = toFix.filter((x) => x.lags > 0);
  // a return locked without review is still chased for its 说明 (its lock accepted none), said so: it is locked (trial40 F1)
  if (toExplain.length) states.push(cycleMessage("summary_to_explain", { units: named(toExplain.map((x) => cycleMessage("summary_unit_lags", { unit: x.unit, lags: x.lags, unreviewed: x.unreviewedLock ? 1 : 0 }, lang))) }, lang));
  // accepted (通过) with rows 未填报: not chased to complete a return that is locked, but named
  const accepted = (ledger ?? []).filter(isAcceptedIncomplete);
  if (accepted.length) {
    const locked = (x: UnitFacts): boolean => x.lock === "已锁定";
    states.push(cycleMessage("summary_accepted_incomplete", { units: named(accepted.map((x) => (en
      ? `${x.unit} ${x.missing} of ${x.rows}${locked(x) ? " (locked)" : ""}`
      : `${x.unit} ${x.missing} 项（共 ${x.rows} 项${locked(x) ? "，已锁定" : ""}）`))) }, lang));
  }
  // 通过 with rows still 待人工评估 (indicators and list rows; lock --accept-unassessed): the report keeps them 未能评估
  const unassessed = (ledger ?? []).filter((x) => x.unassessed);
  if (unassessed.length) states.push(cycleMessage("summary_unassessed", { n: unassessed.reduce((n, x) => n + (x.unassessed ?? 0), 0), units: named(unassessed.map((x) => UNASSESSED_WORDS[lang].unit(x.unit, x.unassessed ?? 0))) }, lang));
  // accepted on the 审核 sheet, but lock refuses it: not 通过 until sent back or corrected
  const held = (ledger ?? []).filter((x) => x.held);
  if (held.length) states.push(cycleMessage("summary_held", { units: named(held.map((x) => `${x.unit}${en ? ` (${englishCount(x.held ?? 0, "error")})` : ` ${x.held} 处错误`}`)) }, lang));
  const explained = (ledger ?? []).filter((x) => x.explainedByReviewer);
  if (explained.length) states.push(cycleMessage("summary_explained", { units: named(explained.map((x) => `${x.unit} ${x.explainedByReviewer}${en ? "" : " 项"}`)) }, lang));
  // rows left blank with their reason written (§6a): not chased to be filled in, said on their own line
  const explainedBlank = (ledger ?? []).filter((x) => (x.state === "已报" || x.state === "退回") && x.explainedMissing);
  if (explainedBlank.length) states.push(cycleMessage("summary_missing_explained", { units: named(explainedBlank.map((x) => EXPLAINED_MISSING_WORDS[lang].unit(x.unit, x.explainedMissing ?? 0, isExplainedIncomplete(x)))) }, lang));
  return { lines: states, filesSaid: new Set(unusable.map((x) => x.file)) };
}
