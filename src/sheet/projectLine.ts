import { GRADE_LABELS } from "../domain/Grade";
import { isClosedProject } from "../domain/isClosedProject";
import { fmtNumber } from "../domain/fmtNumber";
import { notGradedReasonLabel } from "../domain/NotGradedReason";
import { oneLine } from "./oneLine";
import type { ProjectEvaluationRow } from "./EvaluationReport";
import { shareText } from "./evaluationColumns";
import { progressBeside } from "./progressBeside";
import { LIST_LINE_WORDS } from "./LIST_LINE_WORDS";


/**
 * A project's line in the report's 重大项目 section (Chinese, the report's language):
 * "名称（责任单位）：滞后于预期，投资完成率 27.8%，时间进度 100.0%，落后时间进度 72.2 个百分点。";
 * a closed one "已撤并（不再评估）；说明：并入城关镇城市更新项目"; one whose 累计完成投资 reads as 万元 (verify) 未能评估（数值待核实）
 * with the figure, one that reads as a date (2024.6) 未能评估（数值待核实）：…疑似填了日期, never a completion rate (evaluation-rules §4, our reading). The 说明 as entered ends the line
 * (；说明：受台风影响工期顺延), one past its end year reads 滞后于预期（逾期）：已超过计划完工年份 2023 年仍未完成，投资完成率 97.8%
 * (check's words), and a row 待人工评估 the reviewer concluded on (`reviewed`) reads 未能评估（总投资为「/」，经审核确认）.
 */
export function projectLine(pr: ProjectEvaluationRow): string {
  const head = `${oneLine(pr.name)}（${pr.owner || "责任单位未填"}）：`;
  if (pr.verify?.kind === "date") return `${head}未能评估（数值待核实）：累计完成投资「${pr.completed}」疑似填了日期，不是金额，未计入评估和投资合计。`;
  if (pr.verify) {
    return `${head}未能评估（数值待核实）：累计完成投资 ${pr.completed} 是总投资 ${pr.investment} 亿元的 ${pr.verify.times ?? ""} 倍，疑似按万元填写（应为 ${fmtNumber(pr.verify.suggestion ?? 0)} 亿元？），未计入评估和投资合计。`;
  }
  // its 说明 (并入城关镇城市更新项目) says where it went, as any other line's does (trial47d F3: left out)
  if (pr.status === "not_applicable" && isClosedProject(pr.state)) return `${head}${pr.state.trim()}（不再评估）${LIST_LINE_WORDS.note(pr.note)}。`;
  // a 滞后 project that would read on its line gets the decimals that tell them apart (66.666% beside 66.667%)
  const apart = progressBeside(pr);
  const [q, s] = apart ? [apart.progress, apart.expected] : [shareText(pr.progress), shareText(pr.expected)];
  // past its end year (逾期) the time share is held at 100%: check's words say how it stands, not a gap that reads as nearly on time
  const gap = pr.overdue !== undefined && pr.graded.grade === "behind"
    ? `（逾期）：已超过计划完工年份 ${pr.overdue} 年仍未完成，投资完成率 ${q}`
    : pr.graded.gapText ? `，投资完成率 ${q}，时间进度 ${s}，${pr.graded.gapText}` : "";
  // a row 待人工评估 (总投资 「/」) the reviewer concluded on by a 通过 or 已说明 (§4, §5, our reading; trial40c F9)
  const reason = pr.graded.reason === "manual" && pr.reviewed ? `总投资为「${pr.investment.trim()}」，${LIST_LINE_WORDS.reviewed}` : pr.graded.reason ? notGradedReasonLabel(pr.graded.reason) : "";
  const why = reason ? `（${reason}）` : "";
  return `${head}${GRADE_LABELS[pr.graded.grade]}${why}${gap}${LIST_LINE_WORDS.note(pr.note)}。`;
}
