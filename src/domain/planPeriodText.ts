import { planSpanText } from "./planSpanText";

/**
 * A plan's period as planners write it: the years after the baseline up to the target year, with
 * the baseline named ("2021–2025 年（基期 2020 年）" for a 十四五 plan whose template reads
 * baselineYear 2020, targetYear 2025; "2024 年（基期 2023 年）" for a one-year list). Reporting
 * years run from the baseline year to the target year (the baseline year is accepted, issue 14).
 */
export function planPeriodText(baselineYear: number, targetYear: number, lang: "zh" | "en"): string {
  const span = planSpanText(baselineYear, targetYear, lang);
  return lang === "en" ? `${span} (baseline ${baselineYear})` : `${span}（基期 ${baselineYear} 年）`;
}
