import { oneLine } from "./oneLine";
import type { ReformEvaluationRow } from "./EvaluationReport";
import { LIST_LINE_WORDS } from "./LIST_LINE_WORDS";

const PROBLEM: Record<string, string> = {
  reform_no_evidence: "进展状态为已完成，但未附佐证材料",
  reform_state_invalid: "进展状态应为 未启动/推进中/已完成 之一",
  reform_no_lead: "未填写牵头单位",
};

/**
 * A reform's line in the report's 改革事项 section (evaluation-rules §5): its group (reformGroup),
 * the state as typed where it is not the group's own word, and the evidence as entered:
 * "教共体建设（县教育局）：数据异常（填写「基本完成」：进展状态应为 未启动/推进中/已完成 之一）；佐证：城乡教共体覆盖率98%。";
 * 推进中 / 未启动 say 待人工评估 until the reviewer's 审核结论 (通过, 已说明) concludes them (`reviewed`: 经审核确认), as
 * the list has no 人工评估 column (§5, our reading; trial40c F9); the 说明 ends the line: "…：未启动（经审核确认）；说明：因资金未到位暂缓。"
 */
export function reformLine(rf: ReformEvaluationRow): string {
  const head = `${oneLine(rf.name)}（${rf.leadUnit || "牵头单位未填"}）：`;
  const typed = rf.state.trim();
  let what: string;
  if (rf.group === "数据异常") {
    const why = rf.problems.map((c) => PROBLEM[c] ?? c).join("；");
    what = `数据异常（${typed && typed !== "已完成" ? `填写「${typed}」：` : ""}${why}）`;
  } else if (rf.group === "推进中" || rf.group === "未启动") what = `${rf.group}（${rf.reviewed ? LIST_LINE_WORDS.reviewed : "待人工评估"}）`;
  // a 完成时限 passed (§5, our reading): 逾期 said with the state typed and the deadline, as a project's line says its end year
  else if (rf.group === "逾期未完成") what = `逾期未完成（${typed || "推进中"}，完成时限 ${rf.deadline ?? ""}）`;
  else if (rf.group === "已完成" && rf.late) what = `已完成（晚于完成时限 ${rf.deadline ?? ""}，逾期完成）`;
  else what = rf.group;
  const evidence = rf.evidence.trim();
  return `${head}${what}${evidence ? `；佐证：${evidence}` : ""}${LIST_LINE_WORDS.note(rf.note)}。`;
}
