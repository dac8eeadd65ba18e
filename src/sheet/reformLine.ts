import { oneLine } from "./oneLine";
import type { ReformEvaluationRow } from "./EvaluationReport";

const PROBLEM: Record<string, string> = {
  reform_no_evidence: "进展状态为已完成，但未附佐证材料",
  reform_state_invalid: "进展状态应为 未启动/推进中/已完成 之一",
  reform_no_lead: "未填写牵头单位",
};

/**
 * A reform's line in the report's 改革事项 section (evaluation-rules §5): its group (reformGroup),
 * the state as typed where it is not the group's own word, and the evidence as entered:
 * "教共体建设（县教育局）：数据异常（填写「基本完成」：进展状态应为 未启动/推进中/已完成 之一）；佐证：城乡教共体覆盖率98%。"
 */
export function reformLine(rf: ReformEvaluationRow): string {
  const head = `${oneLine(rf.name)}（${rf.leadUnit || "牵头单位未填"}）：`;
  const typed = rf.state.trim();
  let what: string;
  if (rf.group === "数据异常") {
    const why = rf.problems.map((c) => PROBLEM[c] ?? c).join("；");
    what = `数据异常（${typed && typed !== "已完成" ? `填写「${typed}」：` : ""}${why}）`;
  } else if (rf.group === "推进中" || rf.group === "未启动") what = `${rf.group}（待人工评估）`;
  else what = rf.group;
  const evidence = rf.evidence.trim();
  return `${head}${what}${evidence ? `；佐证：${evidence}` : ""}。`;
}
