import { joinList, t, type Lang } from "./i18n";
import { paneSentences } from "./paneSentences";
import type { WriteOutcome } from "./summaryActions";
import type { KeptSheet } from "../../sheet/ownSheetPlace";

/** Why a sheet holding a planned name was kept, the sentence saying it, in the order said. */
const WHY_KEPT: ReadonlyArray<[KeptSheet["why"], Parameters<typeof t>[1]]> = [
  ["edited", "msg.summaryKeptEdited"], ["with_edited", "msg.summaryKeptWithEdited"], ["this_workbook", "msg.summaryKeptThisWorkbook"],
  ["chosen_files", "msg.summaryKeptChosenFiles"], ["other_files", "msg.summaryKeptOtherFiles"], ["earlier_version", "msg.summaryKeptEarlier"],
  ["not_ours", "msg.summaryKeptNotOurs"],
];

/** The reasons said of an evaluation otherwise (its own button named, not 生成汇总's). */
const EVALUATION_KEPT = new Map<KeptSheet["why"], Parameters<typeof t>[1]>([
  ["this_workbook", "msg.evaluationKeptThisWorkbook"], ["chosen_files", "msg.evaluationKeptChosenFiles"], ["other_files", "msg.evaluationKeptOtherFiles"],
]);

/**
 * The pane's line after 生成汇总, 生成评估 (or 汇总所选文件) wrote its sheets: 已更新 when it replaced
 * its own unchanged earlier ones, then the sheets of that set dropped (汇总范围 no longer needed) and that a
 * change of format alone is not seen (the mark hashes values: ownSheetMark); else 已生成, then one sentence
 * for each reason a sheet that held a planned name was left alone (edited since, made with one edited or
 * deleted since, a summary of another source, its source unknown, not ours), naming only the sheets it holds
 * for, so that 汇总(2) is explained; then what `summary` says of the returns summed (a cover without its
 * 填报单位, a return sent back blank), in `lang`; each sentence ended, the head too (paneSentences).
 */
export function summaryLine(out: Extract<WriteOutcome, { ok: true }>, lang: Lang): string {
  // the sheets as the outcome says them where it does (评估所选文件's 评估-单位 sheets counted: evaluationSheetsNamed)
  const sheets = out.sheetsSaid?.(lang) ?? joinList(lang, out.sheets);
  const head = out.replaced ? t(lang, "msg.summaryReplaced", { sheets, n: out.sheets.length }) : t(lang, "msg.summarized", { sheets });
  const quote = (s: string): string => (lang === "en" ? `"${s}"` : `「${s}」`);
  const named = (list: readonly string[]): string => joinList(lang, list.map(quote));
  // one sentence for each reason, naming only the sheets it holds for (trial33p: 问题清单 was said edited with 汇总)
  // an evaluation kept for its source is said as one (评估所选文件 beside 生成评估's), with the same reasons
  const kept = (out.evaluation ? WHY_KEPT.map(([why, key]) => [why, EVALUATION_KEPT.get(why) ?? key] as const) : WHY_KEPT).flatMap(([why, key]) => {
    const names = (out.kept ?? []).filter((k) => k.why === why).map((k) => k.sheet);
    return names.length ? [t(lang, key, { sheets: named(names), n: names.length })] : [];
  });
  const replaced = out.replaced ? [...(out.dropped?.length ? [t(lang, "msg.summaryDropped", { sheets: named(out.dropped), n: out.dropped.length })] : []), t(lang, "msg.summaryFormatNotSeen")] : [];
  // each already a sentence (ended): what `summary` says of the returns summed (WriteOutcome.said)
  // then summary's totals (and versions), as it prints them (WriteOutcome.totals)
  const rest = [...replaced, ...kept, ...(out.totals ? [out.totals(lang)] : []), ...(out.said ? [out.said(lang)] : [])];
  // ended as the pane's other result lines are (paneSentences): 已生成：汇总、问题清单 alone had no end mark
  return paneSentences([head, ...rest], lang);
}
