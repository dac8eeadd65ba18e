import { COVER_WORDS } from "../domain/COVER_WORDS";
import { EXPLAINED_MISSING_WORDS } from "../cycle/EXPLAINED_MISSING_WORDS";
import { isExplainedIncomplete } from "../cycle/isExplainedIncomplete";
import { blankUnitsText } from "./blankUnitsText";
import { summaryTotalsLine } from "./summaryTotalsLine";
import { BLANK_WORDS } from "../cycle/BLANK_WORDS";
import { blankGroups } from "../cycle/blankGroups";
import { englishCount } from "../domain/englishCount";
import { missingWords } from "../cycle/missingWords";
import { resubmissionLine } from "./resubmissionLine";
import type { Resubmission } from "../cycle/versionsSheet";
import type { MisnamedReturn } from "../cycle/misnamedReturns";
import { isIncomplete } from "../cycle/isIncomplete";
import { isAcceptedIncomplete } from "../cycle/isAcceptedIncomplete";
import { toPutRight } from "../cycle/toPutRight";
import { BLOCKER_WORDS, blockerCounts } from "../cycle/BLOCKER_WORDS";
import { chaseOf } from "../cycle/chaseOf";
import type { LedgerState, UnitFacts } from "../cycle/UnitFacts";
import { fileCount, isUnitFile, type UnusableFile } from "../cycle/UnusableFile";
import { runningTotals } from "../sheet/runningTotals";
import { cumulativeDoubts } from "../sheet/cumulativeDoubts";
import { toVerifyLine } from "../sheet/toVerifyLine";
import { projectsLeftOutLines } from "../sheet/projectsLeftOutLines";
import type { SummaryFigures } from "../sheet/summarize";
import type { Lang } from "./fileMessages";
import { unusableFileLine } from "../cycle/unusableFileLine";
import { cycleMessage } from "./cycleMessages";
import type { MergedFile } from "../cycle/mergedFiles";
import { mergedFileLine } from "./mergedFileLine";
import { UNASSESSED_WORDS } from "../cycle/UNASSESSED_WORDS";



/**
 * What `summary` prints, in `lang`: the file it wrote (`out`; "" when none was asked for), the number of returns and
 * the year; the totals by status; each unit that sent several versions (the latest counted,
 * issue 18.4); the 报送台账 counts by state when there is a ledger (the words of its sheet), and
 * the units not sent to chase as of `asOf` (ISO date, "" when none is known; chaseOf's `not_sent`,
 * as the sheet's 催报 list) and those not sent whose deadline is not yet near, the units that sent
 * a return with rows 未填报 to complete (isIncomplete), those with errors to
 * correct and lags to explain, by the ledger's counts (toPutRight), and those accepted with
 * such rows (isAcceptedIncomplete); each unit whose file came
 * but cannot be summed, with why and what to do; each file of a folder not summed (`skipped`: the
 * ledger, a summary, a unit's unusable file, with the reader's line); each return filed under another
 * unit's name (`misnamed`); each return that holds other units' returns merged into it (`merged`: said
 * after the 未报 list, those units not chased there as late but as merged); the cumulative rows that look like running totals, by unit (runningTotals:
 * the report grades them on the cautious reading, evaluation-rules §6), and those with a level typed or a year
 * far beyond the pace (cumulativeDoubts: not graded); the rows counted by status that the report does not grade
 * (toVerifyLine); the projects left out of the investment sums (projectsLeftOutLines). Lines end with "\n".
 */
export function summaryText(out: string, f: SummaryFigures, resubmissions: readonly Resubmission[], ledger: readonly UnitFacts[] | null, lang: Lang, skipped: readonly UnusableFile[] = [], misnamed: readonly MisnamedReturn[] = [], merged: readonly MergedFile[] = [], subfolders: readonly string[] = [], covers: readonly string[] = [], asOf = ""): string {
  const en = lang === "en";
  // a return without the year's values is one of the N received, named as the ledger names it (BLANK_WORDS), and 未报 there
  const blank = blankUnitsText(f.units, lang);
  // the files passed over, counted here and named one a line below (a folder of 51 such files scrolled the count away)
  const passed = fileCount(skipped.filter(isUnitFile));
  const notSummed = passed === 0 ? "" : en ? `; ${passed} other file${passed === 1 ? "" : "s"} not summed, each named below${out ? " and in 问题清单" : ""}` : `；另有 ${passed} 个文件未汇总，逐个列在下面${out ? "和「问题清单」表中" : ""}`;
  // a subfolder not read is said at once: a folder unzipped into a subfolder was summed without a word on it
  const sub = subfolders.length;
  const notRead = sub === 0 ? "" : en ? `; ${sub} subfolder${sub === 1 ? "" : "s"} not read, named below` : `；另有 ${sub} 个子文件夹未读取，列在下面`;
  const facts = en
    ? `${englishCount(f.units.length, "return")}, year ${f.year}${blank ? `; ${blank}` : ""}${notSummed}${notRead}`
    : `${f.units.length} 份，${f.year} 年度${blank ? `；其中${blank}` : ""}${notSummed}${notRead}`;
  // without --out (a manager's first look at a folder) the same lines, and how to write the workbook
  const head = out
    ? (en ? `Summary written to ${out} (${facts})` : `已生成汇总 ${out}（${facts}）`)
    : (en ? `Summary (${facts}); no workbook written: add --out 汇总.xlsx to write one` : `汇总（${facts}）；未生成工作簿，加 --out 汇总.xlsx 即可生成`);
  // a count holding values the report will not grade says how many (statusCountsText, as check's totals line)
  const totals = summaryTotalsLine(f, lang);
  const versions = resubmissions.map((x) => resubmissionLine(x, lang));
  // the counts are of the units expected: a unit outside the ledger (or --units) is summed and named on a line of its own
  const expected = ledger?.filter((x) => !x.unlisted) ?? [];
  const count = (st: LedgerState): number => expected.filter((x) => x.state === st).length;
  // a unit only in a summary sent no return of its own: not counted received
  const received = expected.filter((x) => x.file !== undefined && x.unusable !== "in_summary").length;
  // a return whose cover names no unit is said on its own line (covers), not as a unit outside the list
  const unlisted = (ledger ?? []).filter((x) => x.unlisted && x.file !== x.unit).map((x) => x.unit);
  const blanks = blankGroups(expected, (x) => x.blank).map((g) => ({ words: BLANK_WORDS[lang][g.blank], units: g.items.map((x) => x.unit) }));
  const blankCount = blanks.reduce((n, g) => n + g.units.length, 0);
  // a unit whose return sits in a subfolder not read, or only in a summary, is said on that line (grouped), not one line each
  const elsewhereReason = (x: UnitFacts): boolean => x.unusable === "in_subfolder" || x.unusable === "in_summary";
  const unusable = ledger?.filter((x) => x.unusable && !elsewhereReason(x)) ?? [];
  const elsewhere = (reason: "in_subfolder" | "in_summary"): string[] => ledger?.filter((x) => x.unusable === reason).map((x) => x.unit) ?? [];
  const inMerged = ledger?.filter((x) => x.mergedIn && x.state === "未报") ?? [];
  const sep = en ? ", " : "、";
  // the files received but counted not sent (blank, unusable): in Chinese after the counts by state, in
  // English beside "received", so the counts after add up (summary_ledger)
  const why = [...blanks.map((g) => cycleMessage("summary_blank_unsent", { n: g.units.length, words: g.words, units: g.units.join(sep) }, lang)),
    ...(unusable.length ? [cycleMessage("summary_unusable_unsent", { n: unusable.length, units: unusable.map((x) => x.unit).join(sep) }, lang)] : [])];
  // units counted not sent for where their return is (a subfolder, a summary, merged into another's workbook)
  const placed = [...(["in_subfolder", "in_summary"] as const).map((r) => [r, elsewhere(r)] as const), ["merged", inMerged.map((x) => x.unit)] as const];
  const chasedElsewhere = placed.filter(([, units]) => units.length).map(([where, units]) => cycleMessage("summary_elsewhere_unsent", { where, n: units.length, units: units.join(sep) }, lang)).join("");
  const byState = cycleMessage("summary_ledger_states", { unsent: count("未报"), sent: count("已报"), returned: count("退回"), accepted: count("通过") }, lang);
  const states = ledger ? [cycleMessage("summary_ledger", { expected: expected.length, received, counted: blankCount + unusable.length, states: byState, why: why.join(en ? "; " : ""), elsewhere: chasedElsewhere }, lang)] : [];
  // the units to chase, by name (the ledger sheet's 催报 says how late): none of their return came;
  // those whose deadline is not yet near are named apart, as the sheet does not chase them yet (chaseOf)
  const unsent = (ledger ?? []).filter((x) => x.state === "未报" && !x.blank && !x.unusable && !x.unlisted && !x.mergedIn);
  const due = unsent.filter((x) => chaseOf(x, asOf).includes("not_sent")).map((x) => x.unit);
  const notDue = unsent.filter((x) => !chaseOf(x, asOf).includes("not_sent")).map((x) => x.unit);
  if (due.length) states.push(cycleMessage("summary_not_sent", { units: due.join(sep) }, lang));
  if (notDue.length) states.push(cycleMessage("summary_not_due", { units: notDue.join(sep) }, lang));
  if (unlisted.length) states.push(cycleMessage("summary_unlisted", { n: unlisted.length, units: unlisted.join(en ? ", " : "、"), task: "summary" }, lang));
  // their returns came as sheets of another unit's workbook: chased to send their own, once per workbook
  states.push(...merged.map((m) => mergedFileLine(m, "summary", ledger !== null, lang)));
  // it did send: chased for what is wrong with the file, not as late
  // the file passed over itself where it is known: a unit's versions not told apart are all named
  for (const x of unusable) if (x.unusable) states.push(unusableFileLine(skipped.find((f) => f.file === x.file && f.unit === x.unit) ?? { file: x.file ?? "", reason: x.unusable, unit: x.unit, message: "" }, "summary", lang));
  const incomplete = (ledger ?? []).filter(isIncomplete);
  if (incomplete.length) states.push(cycleMessage("summary_to_complete", { units: incomplete.map((x) => `${x.unit} ${missingWords(x, lang)}`).join(sep) }, lang));
  // errors and lags without a 说明 to chase, by unit, as the ledger's 错误数 and 未说明的滞后 count them (toPutRight)
  // each unit's errors named in check's words (BLOCKER_WORDS, its sheets left to the 问题清单), not as 数据异常等 (trial34 C3)
  const toFix = (ledger ?? []).map((x) => ({ unit: x.unit, ...toPutRight(x), what: x.blockers ? BLOCKER_WORDS[lang](blockerCounts(x.blockers, lang, false)) : "" }));
  const toCorrect = toFix.filter((x) => x.errors > 0);
  if (toCorrect.length) states.push(cycleMessage("summary_to_correct", { units: toCorrect.map((x) => cycleMessage("summary_unit_errors", { unit: x.unit, errors: x.errors, what: x.what }, lang)).join(sep) }, lang));
  const toExplain = toFix.filter((x) => x.lags > 0);
  if (toExplain.length) states.push(cycleMessage("summary_to_explain", { units: toExplain.map((x) => cycleMessage("summary_unit_lags", { unit: x.unit, lags: x.lags }, lang)).join(sep) }, lang));
  // accepted (通过) with rows 未填报: not chased to complete a return that is locked, but named
  const accepted = (ledger ?? []).filter(isAcceptedIncomplete);
  if (accepted.length) {
    const locked = (x: UnitFacts): boolean => x.lock === "已锁定";
    states.push(cycleMessage("summary_accepted_incomplete", { units: accepted.map((x) => (en
      ? `${x.unit} ${x.missing} of ${x.rows}${locked(x) ? " (locked)" : ""}`
      : `${x.unit} ${x.missing} 项（共 ${x.rows} 项${locked(x) ? "，已锁定" : ""}）`)).join(en ? ", " : "、") }, lang));
  }
  // 通过 with indicators still 待人工评估 (lock --accept-unassessed): the report keeps them 未能评估
  const unassessed = (ledger ?? []).filter((x) => x.unassessed);
  if (unassessed.length) states.push(cycleMessage("summary_unassessed", { units: unassessed.map((x) => UNASSESSED_WORDS[lang].unit(x.unit, x.unassessed ?? 0)).join(en ? ", " : "、") }, lang));
  // accepted on the 审核 sheet, but lock refuses it: not 通过 until sent back or corrected
  const held = (ledger ?? []).filter((x) => x.held);
  if (held.length) states.push(cycleMessage("summary_held", { units: held.map((x) => `${x.unit}${en ? ` (${englishCount(x.held ?? 0, "error")})` : ` ${x.held} 处错误`}`).join(en ? ", " : "、") }, lang));
  const explained = (ledger ?? []).filter((x) => x.explainedByReviewer);
  if (explained.length) states.push(cycleMessage("summary_explained", { units: explained.map((x) => `${x.unit} ${x.explainedByReviewer}${en ? "" : " 项"}`).join(en ? ", " : "、") }, lang));
  // rows left blank with their reason written (§6a): not chased to be filled in, said on their own line
  const explainedBlank = (ledger ?? []).filter((x) => (x.state === "已报" || x.state === "退回") && x.explainedMissing);
  if (explainedBlank.length) states.push(cycleMessage("summary_missing_explained", { units: explainedBlank.map((x) => EXPLAINED_MISSING_WORDS[lang].unit(x.unit, x.explainedMissing ?? 0, isExplainedIncomplete(x))).join(en ? ", " : "、") }, lang));
  // each file passed over, with the reader's own line (why, and how to make an .xlsx of it)
  // a unit's file already said on its unit's line above is not said twice
  const said = new Set(unusable.map((x) => x.file));
  const others = [...skipped.filter((x) => !said.has(x.file)).map((x) => unusableFileLine(x, "summary", lang)), ...subfolders];
  const crossed = misnamed.map((m) => (en
    ? `Check ${m.file}: its name is ${m.named}'s, the 填报单位 on its 填报说明 sheet (the cover) is ${m.unit}; ${m.passedOver ? `not summed (${m.unit} sent its own)` : `summed as ${m.unit}'s return`}, not as ${m.named}'s`
    : `请核实 ${m.file}：文件名是${m.named}的，${COVER_WORDS.zh.sheet}的填报单位却是${m.unit}；${m.passedOver ? `${m.unit}另有填报，此文件未汇总` : `已按${m.unit}的填报汇总`}，未计入${m.named}`));
  const running = runningTotals(f);
  const units = [...new Set(running.map((x) => x.unit))];
  const runningLine = units.length === 0 ? [] : [en
    ? `Perhaps running totals in cumulative rows (each year takes its own amount; the report grades them cautiously, and not at all in the plan's last year where the two readings disagree), to be verified: ${units.map((u) => `${u} ${running.filter((x) => x.unit === u).map((x) => `${x.name} (${x.cell}: ${x.total}${x.amount === undefined ? ", the whole period's target" : `, ${x.amount} for the year?`})`).join(", ")}`).join("; ")}`
    : `累计指标疑似填了累计数（每年只填当年新增量；评估报告按较低的读法评估，期末两种读法结论不同的不予评估），请核实：${units.map((u) => `${u} ${running.filter((x) => x.unit === u).map((x) => `${x.name}（${x.cell}：${x.total}${x.amount === undefined ? "，等于规划期累计目标" : `，当年应为 ${x.amount}？`}）`).join("、")}`).join("；")}`];
  // a level typed or a year far beyond the pace: check warns, the report does not grade it (§3, §6)
  const doubts = cumulativeDoubts(f);
  const doubtUnits = [...new Set(doubts.map((x) => x.unit))];
  const what = (x: (typeof doubts)[number]): string => (x.code === "level_typed" ? (en ? "the year's level?" : "疑似填了水平值") : en ? "far beyond the yearly pace" : "远超按年平均进度");
  const doubtLine = doubtUnits.length === 0 ? [] : [en
    ? `cumulative rows with a value to verify (each year takes its own amount; the report does not grade them): ${doubtUnits.map((u) => `${u} ${doubts.filter((x) => x.unit === u).map((x) => `${x.name} (${x.cell}: ${x.year ? `${x.year} ` : ""}${x.value}, ${what(x)}${x.amount === undefined ? "" : `, ${x.amount} for the year?`})`).join(", ")}`).join("; ")}`
    : `累计指标疑似填了水平值或远超按年平均进度（每年只填当年新增量；评估报告未予评估），请核实：${doubtUnits.map((u) => `${u} ${doubts.filter((x) => x.unit === u).map((x) => `${x.name}（${x.cell}：${x.year ? `${x.year} 年 ` : ""}${x.value}，${what(x)}${x.amount === undefined ? "" : `，当年应为 ${x.amount}？`}）`).join("、")}`).join("；")}`];
  const verify = toVerifyLine(f, lang);
  // projects counted but out of the investment sums (万元 typed, 数据异常): said as the 汇总 sheet says them (§4, our reading)
  const leftOut = projectsLeftOutLines(f.projects, lang, "sums");
  return [head, ...covers, totals, ...(verify ? [verify] : []), ...leftOut, ...runningLine, ...doubtLine, ...versions, ...states, ...crossed, ...others].map((l) => l + "\n").join("");
}
