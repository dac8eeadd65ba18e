/**
 * A plan's reporting span alone, without its baseline: "2021–2025 年" ("2021–2025" in English) for baselineYear 2020 and
 * targetYear 2025, "2024 年" for a one-year list; planPeriodText adds the baseline to it. Short enough to lead a label a
 * 320 px pane cuts (trial46b F9: 填报模板's options lost the period after the title).
 */
export function planSpanText(baselineYear: number, targetYear: number, lang: "zh" | "en"): string {
  const first = Math.min(baselineYear + 1, targetYear);
  const span = first === targetYear ? `${targetYear}` : `${first}–${targetYear}`;
  return lang === "en" ? span : `${span} 年`;
}
