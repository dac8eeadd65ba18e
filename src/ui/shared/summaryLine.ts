import { joinList, t, type Lang } from "./i18n";
import type { WriteOutcome } from "./summaryActions";

/**
 * The pane's line after 生成汇总, 生成评估 (or 汇总所选文件) wrote its sheets: 已更新 when it replaced
 * its own unchanged earlier ones, else 已生成, then one sentence on any sheet that held a planned
 * name and was left alone, and why (edited since / not ours), then what `summary` says of the returns
 * summed (a cover without its 填报单位, a return sent back blank), in `lang`.
 */
export function summaryLine(out: Extract<WriteOutcome, { ok: true }>, lang: Lang): string {
  const sheets = joinList(lang, out.sheets);
  const head = out.replaced ? t(lang, "msg.summaryReplaced", { sheets }) : t(lang, "msg.summarized", { sheets });
  const quote = (s: string): string => (lang === "en" ? `"${s}"` : `「${s}」`);
  const kept = (why: "edited" | "not_ours", key: "msg.summaryKeptEdited" | "msg.summaryKeptNotOurs"): string[] => {
    const names = (out.kept ?? []).filter((k) => k.why === why).map((k) => quote(k.sheet));
    return names.length ? [t(lang, key, { sheets: joinList(lang, names) })] : [];
  };
  // each already a sentence (ended): what `summary` says of the returns summed (WriteOutcome.said)
  // then summary's totals (and versions), as it prints them (WriteOutcome.totals)
  const rest = [...kept("edited", "msg.summaryKeptEdited"), ...kept("not_ours", "msg.summaryKeptNotOurs"), ...(out.totals ? [out.totals(lang)] : []), ...(out.said ? [out.said(lang)] : [])];
  return rest.length ? `${head}${lang === "en" ? ". " : "。"}${rest.join(lang === "en" ? " " : "")}` : head;
}
