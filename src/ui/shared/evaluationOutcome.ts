import type { EvaluationReport } from "../../sheet/EvaluationReport";
import { returnParagraph } from "../../sheet/returnParagraph";
import type { Lang } from "./i18n";

/**
 * What 生成评估 found, after its 已生成 line (trial33 P6: the line said only 已生成：评估): the paragraph `report`
 * prints for the return (returnParagraph, one home: 未填报任何数值，未能评估 48 项; the grades counted; 预计到 2025 年难以完成
 * 2 项), in its brief form, each list by its count and most serious names, pointing to the sheet written (`sheet`,
 * 评估 or 评估(2)) that gives every row. "" when the report holds no return.
 */
export function evaluationOutcome(report: EvaluationReport, sheet: string, lang: Lang): string {
  const ret = report.returns[0];
  return ret ? returnParagraph(ret, lang, { section: sheet }) : "";
}
