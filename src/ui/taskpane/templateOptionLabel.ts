import { planSpanText } from "../../domain/planSpanText";
import { t, type Lang } from "../shared/i18n";
import type { TemplateSummary } from "./TemplateSummary";

/**
 * A 填报模板 option's label: the kind first (a 330 px pane cut 嵊泗's 项目清单 and 改革清单 off their one title, trial 25c),
 * the plan's span, so a year outside it is not chosen by mistake, then region and title, the baseline last: the span
 * before the title, which a 320 px pane cut it off after (trial46b F9). A plan pasted without a region
 * (PLACEHOLDER_NAMES.region, blank) leaves the region out rather than an empty place between two dots (trial35 TP5).
 */
export function templateOptionLabel(lang: Lang, x: TemplateSummary): string {
  const kind = t(lang, x.kind === "projects" ? "load.kind.projects" : x.kind === "reforms" ? "load.kind.reforms" : "load.kind.indicators");
  const span = planSpanText(x.baselineYear, x.targetYear, lang === "en" ? "en" : "zh");
  const said = { kind, span, title: x.title, baseline: x.baselineYear };
  return x.region.trim() === "" ? t(lang, "load.optionNoRegion", said) : t(lang, "load.option", { ...said, region: x.region });
}
