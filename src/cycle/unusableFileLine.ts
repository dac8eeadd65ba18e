import type { UnusableFile } from "./UnusableFile";
import { unusableFix, unusableText, unusableWhy, type UnusableTask } from "../domain/UnusableReason";
import type { Lang } from "../domain/describeIssue";
import { summaryCoversWords } from "../sheet/summaryCoversWords";
import { PASSED_OVER_WORDS } from "./PASSED_OVER_WORDS";

const NOT_DONE_ZH = PASSED_OVER_WORDS.zh.not;
const NOT_DONE_EN = PASSED_OVER_WORDS.en.not;
const USED_ZH = PASSED_OVER_WORDS.zh.used;
const USED_EN = PASSED_OVER_WORDS.en.used;
const THIS_EN = PASSED_OVER_WORDS.en.run;

/**
 * The one line `summary`, `report` and `rollover` print for a file of a folder they passed over
 * (`task`: what was not done with it), in `lang`: a unit's file that cannot be used, by its unit,
 * why and what to do, and the file (普陀区：收到的文件无法评估（是旧版 .xls 格式），请…：收到/普陀区.xls);
 * one whose unit is not known, with the reader's or the check's own line (the file, why, what to
 * do); one beside its unit's return that was used, by the file and why, and that the unit's other
 * return was used (未汇总：收到/2024-船寮镇.csv（是 CSV 文本…）；船寮镇已按其另一份填报汇总);
 * a stray return of another plan period from a unit not expected (`unlisted`), by the file, why and that it is
 * not used (未汇总：收到/2025-定海区.xlsx（是「…」的 2025 年度填报表…）；定海区不在应报单位之中，已结束的规划的填报不汇总),
 * or, no units given, that it is not part of this summary (未汇总：收到/2026-东城区.xlsx（…不含 2025 年）；另一规划期的填报不属于本次汇总，东城区不计为未报、不催报);
 * the 报送台账, a summary and a workbook that is no return, by what they are; a lock file by the reader's line on it.
 * `endedSaidOnce`: an ended plan's next steps are said once elsewhere (rollover's rolled_none_ended, or unusableFileLines'
 * line after several units' such returns), so a return of an ended plan (or, rollover's closing lines giving its unit's
 * step, a return on another plan) gets the fact alone (岱山区：收到的文件无法换年度（是「…」的 2025 年度填报表，…不含 2026 年）：收到/岱山.xlsx).
 */
export function unusableFileLine(x: UnusableFile, task: UnusableTask, lang: Lang, endedSaidOnce = false): string {
  const en = lang === "en";
  // a return of a plan that has ended, its next steps said once after the lines (a folder rollover of an ended plan's
  // returns: trial42d F5 gave the same ~200 characters on every file's line and again at the end): the fact alone
  // (the same for a running plan's return of a unit whose step rollover's closing lines give: rolled_why_other_plan)
  const fix = !(endedSaidOnce && ((x.reason === "outside_plan" && x.period !== undefined && x.period.year > x.period.to) || x.reason === "other_plan"));
  const not = (en ? NOT_DONE_EN : NOT_DONE_ZH)[task];
  if (x.reason === "ledger") return en ? `${not} (the 报送台账 ledger): ${x.file}` : `${not}（报送台账）：${x.file}`;
  if (x.reason === "summary" && x.covers?.length) return coveredLine(x, x.covers, x.wanted ?? [], task, lang);
  if (x.reason === "summary") return en ? `${not} (a summary): ${x.file}` : `${not}（汇总表）：${x.file}`;
  // a lock file: the reader's line, the one every command gives (which program, the workbook to use instead), whatever unit its name names
  if (x.reason === "lock_file") return en ? `${not}: ${x.message}` : `${not}：${x.message}`;
  // its unit's other file was used: this file alone is passed over, never the unit's return
  if (x.unit !== undefined && x.unitUsed) {
    const why = unusableWhy(x.reason, lang, x);
    return en ? `${not}: ${x.file} (${why}); ${x.unit}'s other return was ${USED_EN[task]}` : `${not}：${x.file}（${why}）；${x.unit}已按其另一份填报${USED_ZH[task]}`;
  }
  // a stray return of another plan period from a unit not expected: the file said as such, no form to fill in asked of the unit
  if (x.unit !== undefined && x.unlisted) {
    const why = unusableWhy(x.reason, lang, x);
    const ended = x.period !== undefined && x.period.year > x.period.to;
    // no units given: the unit's only returns are of another period, so it is not part of this summary (nor chased)
    if (x.unlisted === "no_list") return en
      ? `${not}: ${x.file} (${why}); ${ended ? "a return of a plan that has ended" : "a return of another plan period"} is not part of ${THIS_EN[task]}: ${x.unit} is not counted as not sent, nor chased`
      : `${not}：${x.file}（${why}）；${ended ? "已结束的规划的填报" : "另一规划期的填报"}不属于本次${USED_ZH[task]}，${x.unit}不计为未报、不催报`;
    return en
      ? `${not}: ${x.file} (${why}); ${x.unit} is not among the units expected, and ${ended ? "a return of a plan that has ended" : "a return of another plan period"} is not ${USED_EN[task]}`
      : `${not}：${x.file}（${why}）；${x.unit}不在应报单位之中，${ended ? "已结束的规划的填报" : "另一规划期的填报"}不${USED_ZH[task]}`;
  }
  // a unit's versions not told apart: one line naming them all
  const files = [x.file, ...(x.others ?? [])].join(en ? ", " : "、");
  if (x.unit !== undefined) return en ? `${x.unit}: ${unusableText(x.reason, lang, task, fix, x)}: ${files}` : `${x.unit}：${unusableText(x.reason, lang, task, fix, x)}：${files}`;
  if (x.reason === "other_year" || x.reason === "other_plan" || x.reason === "other_version" || x.reason === "outside_plan") return en ? `${not}: ${x.file}: ${unusableText(x.reason, lang, task, fix, x)}` : `${not}：${x.file}：${unusableText(x.reason, lang, task, fix, x)}`;
  // an archive already extracted: said so, not 请解压
  if (x.reason === "archive" && x.archive?.extracted !== undefined) return en ? `${not}: ${x.file} (${unusableWhy(x.reason, lang, x)}): ${unusableFix(x.reason, lang, task, x)}` : `${not}：${x.file}（${unusableWhy(x.reason, lang, x)}）：${unusableFix(x.reason, lang, task, x)}`;
  if (x.reason === "not_return") return en ? `${not} (not a return): ${x.file}` : `${not}（不是规划指标填报工作簿）：${x.file}`;
  return en ? `${not}: ${x.message}` : `${not}：${x.message}`;
}

/**
 * A summary workbook among the returns, with the units it covers: a summary cannot be summed (evaluated)
 * again, so the units' own returns are wanted; those without one used (`wanted`) are named.
 */
function coveredLine(x: UnusableFile, covers: readonly string[], wanted: readonly string[], task: UnusableTask, lang: Lang): string {
  const not = (lang === "en" ? NOT_DONE_EN : NOT_DONE_ZH)[task];
  if (lang === "en") {
    const need = wanted.length ? `; the returns of ${wanted.join(", ")} themselves are needed (ask for them, or ask the office that summed them to pass them on)` : "; each of them sent its own file";
    return `${not} (a summary): ${x.file} ${summaryCoversWords(covers, "en")}; a summary cannot be ${USED_EN[task]} again${need}`;
  }
  const need = wanted.length ? `：需要${wanted.join("、")}各自的填报，请其报送（或请汇总的单位转报各单位的填报文件）` : "；各单位已报送自己的文件";
  return `${not}（汇总表）：${x.file} ${summaryCoversWords(covers, "zh")}；汇总表不能再${USED_ZH[task]}${need}`;
}
