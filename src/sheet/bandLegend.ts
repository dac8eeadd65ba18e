import type { LagBands } from "../domain/LagBands";
import type { Status } from "../domain/Status";
import type { Template } from "../templates/TemplateSchema";

/**
 * The cover legend's words for on_track / lagging / severe when the workbook's indicator
 * templates set their own 亮灯 bands (the project's evaluation-rules §7); null keeps the
 * rules' own words (no bands, or the defaults). Templates with different bands are named
 * as such, so a legend never states a rule a sheet does not apply.
 */
export function bandLegend(status: Status, templates: readonly Template[]): string | null {
  if (status !== "on_track" && status !== "lagging" && status !== "severe") return null;
  const own = templates.flatMap((t) => (t.kind === "indicators" && t.bands ? [t.bands] : []));
  if (!own.length) return null;
  const key = (b: LagBands): string => `${b.form}:${b.lagging}:${b.severe}`;
  const plain = templates.some((t) => t.kind === "indicators" && !t.bands);
  if (new Set(own.map(key)).size > 1 || plain) return `${status === "on_track" ? "未达标，" : ""}按各模板设定的亮灯规则判断${status === "severe" ? "；项目或改革逾期未完成" : ""}`;
  const b = own[0] as LagBands;
  // short enough for one line of the cover's legend cell (projects keep s and s/2: evaluation-rules §7)
  if (b.form === "points") {
    if (status === "on_track") return `未达标，但进度不低于序时进度减 ${b.lagging} 个百分点（本单位规则）`;
    if (status === "lagging") return `进度低于序时进度 ${b.lagging}–${b.severe} 个百分点；或无法计算进度而未达标`;
    return `进度低于序时进度 ${b.severe} 个百分点以上，或倒退；项目或改革逾期未完成`;
  }
  if (status === "on_track") return `未达标，但进度不低于序时进度的 ${b.lagging}%（本单位规则）`;
  if (status === "lagging") return `进度低于序时进度的 ${b.lagging}%，不低于其 ${b.severe}%；或无法计算进度`;
  return `进度低于序时进度的 ${b.severe}%，或倒退；项目或改革逾期未完成`;
}
