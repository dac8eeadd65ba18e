import { joinList, t, type Lang } from "./i18n";
import type { KeptSheet } from "../../sheet/ownSheetPlace";
import type { WriteOutcome } from "./summaryActions";

/** Why a sheet holding a planned name was kept, the sentence saying it, in the order said. */
const WHY_KEPT: ReadonlyArray<[KeptSheet["why"], Parameters<typeof t>[1]]> = [
  ["edited", "msg.summaryKeptEdited"], ["with_edited", "msg.summaryKeptWithEdited"], ["this_workbook", "msg.summaryKeptThisWorkbook"],
  ["chosen_files", "msg.summaryKeptChosenFiles"], ["other_files", "msg.summaryKeptOtherFiles"], ["earlier_version", "msg.summaryKeptEarlier"],
  ["not_ours", "msg.summaryKeptNotOurs"],
];

/**
 * The pane's line after 生成汇总, 生成评估 (or 汇总所选文件) wrote its sheets: 已更新 when it replaced
 * its own unchanged earlier ones, else 已生成, then one sentence on any sheet that held a planned
 * name and was left alone, and why (edited since, kept with one edited, a summary of another source, not ours), then what `summary` says of the returns
 * summed (a cover without its 填报单位, a return sent back blank), in `lang`.
 */
export function summaryLine(out: Extract<WriteOutcome, { ok: true }>, lang: Lang): string {
  const sheets = joinList(lang, out.sheets);
  const head = out.replaced ? t(lang, "msg.summaryReplaced", { sheets, n: out.sheets.length }) : t(lang, "msg.summarized", { sheets });
  const quote = (s: string): string => (lang === "en" ? `"${s}"` : `「${s}」`);
  // one sentence for each reason, naming only the sheets it holds for (trial33p: 问题清单 was said edited with 汇总)
  const kept = WHY_KEPT.flatMap(([why, key]) => {
    const names = (out.kept ?? []).filter((k) => k.why === why).map((k) => quote(k.sheet));
    return names.length ? [t(lang, key, { sheets: joinList(lang, names), n: names.length })] : [];
  });
  // each already a sentence (ended): what `summary` says of the returns summed (WriteOutcome.said)
  // then summary's totals (and versions), as it prints them (WriteOutcome.totals)
  const rest = [...kept, ...(out.totals ? [out.totals(lang)] : []), ...(out.said ? [out.said(lang)] : [])];
  return rest.length ? `${head}${lang === "en" ? ". " : "。"}${rest.join(lang === "en" ? " " : "")}` : head;
}
