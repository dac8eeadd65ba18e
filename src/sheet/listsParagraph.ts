import { englishCount } from "../domain/englishCount";
import { isClosedProject } from "../domain/isClosedProject";
import type { Lang } from "../domain/describeIssue";
import { GRADE_CODES, GRADE_LABELS, GRADE_LABELS_EN } from "../domain/Grade";
import { NOT_GRADED_REASONS, notGradedReasonLabel } from "../domain/NotGradedReason";
import { REFORM_GROUPS, REFORM_GROUPS_EN } from "../domain/reformGroup";
import { oneLine } from "./oneLine";
import type { ReturnEvaluation } from "./EvaluationReport";

/**
 * The counts of a return's project and reform lists, in `lang`: the opening of a report on a
 * workbook with no indicator list (which read "规划确定主要指标 0 项…"), and the docx's lines under 总体评估.
 * "重大项目 9 个，按投资完成率对照时间进度：提前实现 1 个，滞后于预期 3 个，未能评估 4 个（其中数据异常 3 个，数值待核实 1 个）；另有已撤并或已转型 1 个，不再评估。"
 * "改革事项 5 项：推进中 1 项，未填报 1 项，数据异常 3 项。" Empty when the return has neither.
 */
export function listsParagraph(ret: Pick<ReturnEvaluation, "projects" | "reforms">, lang: Lang = "zh"): string {
  const zh = lang === "zh";
  const parts: string[] = [];
  const ps = ret.projects;
  if (ps.length > 0) {
    const closed = ps.filter((x) => x.status === "not_applicable" && isClosedProject(x.state));
    // a closed project is said once, after the others (另有已撤并…), not also among the 未能评估 (trial47d F2)
    const grades = GRADE_CODES.map((g) => [g, ps.filter((x) => x.graded.grade === g && !closed.includes(x)).length] as const).filter(([, c]) => c > 0);
    const notGraded = ps.filter((x) => x.graded.grade === "not_graded" && !closed.includes(x));
    const why = NOT_GRADED_REASONS.map((r) => [r, notGraded.filter((x) => x.graded.reason === r).length] as const).filter(([, c]) => c > 0);
    const reasons = [...why.map(([r, c]) => (zh ? `${notGradedReasonLabel(r)} ${c} 个` : `${notGradedReasonLabel(r, "en").toLowerCase()} ${c}`)),
      ];
    const closedPart = closed.length > 0 ? (zh ? `；另有已撤并或已转型 ${closed.length} 个，不再评估` : `; ${closed.length} closed or transformed, no longer evaluated`) : "";
    // of those behind, the ones past their end year (逾期), as each project's line says it
    const overdue = ps.filter((x) => x.graded.grade === "behind" && x.overdue !== undefined).length;
    const ofThem = (g: string): string => (g !== "behind" || overdue === 0 ? "" : zh ? `（其中逾期 ${overdue} 个）` : ` (${overdue} overdue)`);
    const counted = grades.map(([g, c]) => (zh ? `${GRADE_LABELS[g]} ${c} 个${ofThem(g)}` : `${GRADE_LABELS_EN[g].toLowerCase()} ${c}${ofThem(g)}`));
    // the closed ones after the counts, not in brackets: they are none of them, and a bracket after 逾期's read （…）（另有…）
    parts.push(zh
      ? `重大项目 ${ps.length} 个，按投资完成率对照时间进度：${counted.join("，")}${reasons.length ? `（其中${reasons.join("，")}）` : ""}${closedPart}。`
      : `${englishCount(ps.length, "major project")}; investment progress against time: ${counted.join(", ")}${reasons.length ? ` (of these: ${reasons.join(", ")})` : ""}${closedPart}.`);
    // a 万元 slip and a date typed (completedDoubt) are told apart: the one has a likely figure, the other none
    const verify = ps.filter((x) => x.verify?.kind === "scale");
    if (verify.length > 0) {
      parts.push(zh
        ? `${verify.map((x) => oneLine(x.name)).join("、")}的累计完成投资疑似按万元填写，数值待核实，未计入评估。`
        : `Investment completed for ${verify.map((x) => oneLine(x.name)).join(", ")} looks entered in 10k yuan: to be verified, not evaluated.`);
    }
    const dated = ps.filter((x) => x.verify?.kind === "date");
    if (dated.length > 0) {
      parts.push(zh
        ? `${dated.map((x) => oneLine(x.name)).join("、")}的累计完成投资疑似填了日期，数值待核实，未计入评估。`
        : `Investment completed for ${dated.map((x) => oneLine(x.name)).join(", ")} looks like a date: to be verified, not evaluated.`);
    }
  }
  const rs = ret.reforms;
  if (rs.length > 0) {
    const groups = REFORM_GROUPS.map((g) => [g, rs.filter((x) => x.group === g).length] as const).filter(([, c]) => c > 0);
    parts.push(zh
      ? `改革事项 ${rs.length} 项：${groups.map(([g, c]) => `${g} ${c} 项`).join("，")}。`
      : `${englishCount(rs.length, "reform")}: ${groups.map(([g, c]) => `${REFORM_GROUPS_EN[g].toLowerCase()} ${c}`).join(", ")}.`);
  }
  return parts.join(zh ? "" : " ");
}
