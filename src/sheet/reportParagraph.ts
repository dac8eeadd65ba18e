import type { Lang } from "../domain/describeIssue";
import type { EvaluationReport } from "./EvaluationReport";
import { returnParagraph } from "./returnParagraph";

/**
 * The report's paragraph in `lang`, as combineEvaluations makes the Chinese one: one return's own
 * paragraph, or one per return headed by its 填报单位.
 */
export function reportParagraph(r: EvaluationReport, lang: Lang): string {
  if (lang === "zh") return r.text;
  const only = r.returns.length === 1 ? r.returns[0] : undefined;
  if (only) return returnParagraph(only, lang);
  return r.returns.map((ret) => `[${ret.unit}] ${returnParagraph(ret, lang)}`).join("\n");
}
