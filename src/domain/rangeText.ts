import type { Lang } from "./describeIssue";

/**
 * Two numbers as a range: 2.7–3.3 with an en dash, as the band of a 左右 target is said everywhere; where an end is
 * negative, in words (-2.2 至 -1.8, -2.2 to -1.8), since a dash beside a minus reads as neither (a `-2左右` target's band
 * read 「-2.2–-1.8」). The one home of how the band's ends are joined (evaluation-rules §3, our reading).
 */
export function rangeText(low: string | number, high: string | number, lang: Lang): string {
  const [l, h] = [String(low), String(high)];
  if (!l.startsWith("-") && !h.startsWith("-")) return `${l}–${h}`;
  return lang === "zh" ? `${l} 至 ${h}` : `${l} to ${h}`;
}
