import { planPeriodText } from "../../templates/planPeriodText";
import { t, type Lang } from "../shared/i18n";
import type { TemplateSummary } from "./TemplateSummary";

/**
 * A 填报模板 option's label: the kind first (a 330 px pane cut 嵊泗's 项目清单 and 改革清单 off their one title, trial 25c),
 * region, title and the plan period, so a year outside it is not chosen by mistake. A plan pasted without a region
 * (PLACEHOLDER_NAMES.region, blank) leaves the region out rather than an empty place between two dots (trial35 TP5).
 */
export function templateOptionLabel(lang: Lang, x: TemplateSummary): string {
  const kind = t(lang, x.kind === "projects" ? "load.kind.projects" : x.kind === "reforms" ? "load.kind.reforms" : "load.kind.indicators");
  const period = planPeriodText(x.baselineYear, x.targetYear, lang === "en" ? "en" : "zh");
  return x.region.trim() === "" ? t(lang, "load.optionNoRegion", { kind, title: x.title, period }) : t(lang, "load.option", { kind, region: x.region, title: x.title, period });
}
