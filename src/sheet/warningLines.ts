import { BINDING, bindingFirst, fmtNumber, paceWords } from "../domain/evaluationText";
import type { ReturnEvaluation } from "./EvaluationReport";

/**
 * The 预警 lines (evaluation-rules.md §6): every indicator 预计难以完成, binding (约束性) first —
 * those are the 预警, headed 【预警】 — each with its forecast, target, pace and 责任单位 where the
 * template has one.
 */
export function warningLines(r: ReturnEvaluation): string[] {
  return bindingFirst(r.items.filter((i) => i.graded.forecast.meets === false)).map((i) => {
    const f = i.graded.forecast.value;
    const head = i.attribute === BINDING ? "【预警】" : "";
    const owner = i.responsibleUnit ? `；责任单位：${i.responsibleUnit}` : "";
    const need = paceWords({ unit: i.unit, cumulative: i.graded.cumulative, pace: i.graded.pace });
    const u = i.unit === "%" ? "%" : i.unit;
    return `${head}${i.name}（${i.attribute ?? "未标属性"}）：按目前趋势预计 ${i.targetYear} 年为 ${f === null ? "—" : fmtNumber(f)}${u}，目标 ${i.target}${need}${owner}`;
  });
}
