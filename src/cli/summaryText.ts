import { COVER_WORDS } from "../domain/COVER_WORDS";
import { blankUnitsText } from "./blankUnitsText";
import { summaryTotalsLine } from "./summaryTotalsLine";
import { englishCount } from "../domain/englishCount";
import { resubmissionLine } from "./resubmissionLine";
import type { Resubmission } from "../cycle/versionsSheet";
import type { MisnamedReturn } from "../cycle/misnamedReturns";
import type { UnitFacts } from "../cycle/UnitFacts";
import { summaryLedgerLines } from "./summaryLedgerLines";
import { fileCount, isUnitFile, type UnusableFile } from "../cycle/UnusableFile";
import { runningTotals } from "../sheet/runningTotals";
import { cumulativeDoubts } from "../sheet/cumulativeDoubts";
import { toVerifyLine } from "../sheet/toVerifyLine";
import { projectsLeftOutLines } from "../sheet/projectsLeftOutLines";
import type { SummaryFigures } from "../sheet/summarize";
import type { Lang } from "./fileMessages";
import { unusableFileLines } from "../cycle/unusableFileLines";
import type { MergedFile } from "../cycle/mergedFiles";
import { writtenInChinese } from "./writtenInChinese";
import { namedApart } from "../sheet/namedApart";

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
    ? (en ? `Summary written to ${out} (${facts}; ${writtenInChinese("the workbook")})` : `已生成汇总 ${out}（${facts}）`)
    : (en ? `Summary (${facts}); no workbook written: add --out 汇总.xlsx to write one` : `汇总（${facts}）；未生成工作簿，加 --out 汇总.xlsx 即可生成`);
  // a count holding values the report will not grade says how many (statusCountsText, as check's totals line)
  const totals = summaryTotalsLine(f, lang);
  const versions = resubmissions.map((x) => resubmissionLine(x, lang));
  // the 报送台账's lines (summaryLedgerLines, the pane's too)
  const { lines: states, filesSaid: said } = summaryLedgerLines(ledger, lang, { skipped, merged, asOf });
  // each file passed over, with the reader's own line (why, and how to make an .xlsx of it)
  // a unit's file already said on its unit's line above is not said twice
  const others = [...unusableFileLines(skipped.filter((x) => !said.has(x.file)), "summary", lang, ledger === null), ...subfolders];
  const crossed = misnamed.map((m) => (en
    ? `Check ${m.file}: its name is ${m.named}'s, the 填报单位 on its 填报说明 sheet (the cover) is ${m.unit}; ${m.passedOver ? `not summed (${m.unit} sent its own)` : `summed as ${m.unit}'s return`}, not as ${m.named}'s`
    : `请核实 ${m.file}：文件名是${m.named}的，${COVER_WORDS.zh.sheet}的填报单位却是${m.unit}；${m.passedOver ? `${m.unit}另有填报，此文件未汇总` : `已按${m.unit}的填报汇总`}，未计入${m.named}`));
  const running = runningTotals(f);
  const units = [...new Set(running.map((x) => x.unit))];
  const runningLine = units.length === 0 ? [] : [en
    ? `Perhaps running totals in cumulative rows (each year takes its own amount; the report grades them cautiously, and not at all in the plan's last year where the two readings disagree), to be verified: ${units.map((u) => `${u} ${running.filter((x) => x.unit === u).map((x) => `${namedApart(x)} (${x.cell}: ${x.total}${x.amount === undefined ? ", the whole period's target" : `, ${x.amount} for the year?`})`).join(", ")}`).join("; ")}`
    : `累计指标疑似填了累计数（每年只填当年新增量；评估报告按较低的读法评估，期末两种读法结论不同的不予评估），请核实：${units.map((u) => `${u} ${running.filter((x) => x.unit === u).map((x) => `${namedApart(x)}（${x.cell}：${x.total}${x.amount === undefined ? "，等于规划期累计目标" : `，当年应为 ${x.amount}？`}）`).join("、")}`).join("；")}`];
  // a level typed or a year far beyond the pace: check warns, the report does not grade it (§3, §6)
  const doubts = cumulativeDoubts(f);
  const doubtUnits = [...new Set(doubts.map((x) => x.unit))];
  const what = (x: (typeof doubts)[number]): string => (x.code === "level_typed" ? (en ? "the year's level?" : "疑似填了水平值") : en ? "far beyond the yearly pace" : "远超按年平均进度");
  const doubtLine = doubtUnits.length === 0 ? [] : [en
    ? `cumulative rows with a value to verify (each year takes its own amount; the report does not grade them): ${doubtUnits.map((u) => `${u} ${doubts.filter((x) => x.unit === u).map((x) => `${namedApart(x)} (${x.cell}: ${x.year ? `${x.year} ` : ""}${x.value}, ${what(x)}${x.amount === undefined ? "" : `, ${x.amount} for the year?`})`).join(", ")}`).join("; ")}`
    : `累计指标疑似填了水平值或远超按年平均进度（每年只填当年新增量；评估报告未予评估），请核实：${doubtUnits.map((u) => `${u} ${doubts.filter((x) => x.unit === u).map((x) => `${namedApart(x)}（${x.cell}：${x.year ? `${x.year} 年 ` : ""}${x.value}，${what(x)}${x.amount === undefined ? "" : `，当年应为 ${x.amount}？`}）`).join("、")}`).join("；")}`];
  const verify = toVerifyLine(f, lang);
  // projects counted but out of the investment sums (万元 typed, 数据异常): said as the 汇总 sheet says them (§4, our reading)
  const leftOut = projectsLeftOutLines(f.projects, lang, "sums");
  return [head, ...covers, totals, ...(verify ? [verify] : []), ...leftOut, ...runningLine, ...doubtLine, ...versions, ...states, ...crossed, ...others].map((l) => l + "\n").join("");
}
