import type { Lang } from "../domain/describeIssue";
import { EVALUATION_WORDS } from "../domain/evaluationWords";
import type { EvaluationReport } from "./EvaluationReport";
import { returnParagraph } from "./returnParagraph";
import { targetDifferenceLine } from "../cycle/targetDifferenceLine";
import { ABSENT_UNIT_WORDS } from "./absentUnitWords";

/**
 * The report's paragraph in `lang`, as combineEvaluations makes the Chinese one: one return's own
 * paragraph, or one per unit headed by its 填报单位 (a unit listed that sent nothing: 未报送; one whose file could not be used,
 * or whose return came merged into another unit's workbook: said so).
 */
export function reportParagraph(r: EvaluationReport, lang: Lang): string {
  // targets that differ between the returns: one line each after the paragraphs
  const differ = (r.targetsDiffer ?? []).map((d) => `\n${targetDifferenceLine(d, lang)}`).join("");
  if (lang === "zh") return r.text + differ;
  const only = r.units.length === 1 ? r.units[0]?.ret : undefined;
  if (only) return ABSENT_UNIT_WORDS.paragraph(only, returnParagraph(only, lang), lang) + differ;
  return r.units.map((u) => `[${u.unit}] ${u.ret ? ABSENT_UNIT_WORDS.paragraph(u.ret, returnParagraph(u.ret, lang), lang) : u.unusable ? EVALUATION_WORDS[lang].unusable(u.unusable.reason, u.unusable) : u.mergedIn ? ABSENT_UNIT_WORDS.merged(u.mergedIn, lang) : EVALUATION_WORDS[lang].unreported}`).join("\n") + differ;
}
