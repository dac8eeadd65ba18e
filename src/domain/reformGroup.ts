import type { Status } from "./Status";

/**
 * What a reform counts as in the report and the summary (evaluation-rules §5): by its status, not
 * by the words typed. `met` (已完成 with evidence) → 已完成; `manual` → its state, 推进中 or 未启动;
 * `missing` → 未填报; `severe` (a 完成时限 passed, not 已完成: §5, our reading) → 逾期未完成; `invalid` (已完成 without evidence, a state not of the list, no lead unit) →
 * 数据异常, whatever was typed (a trial's summary counted 已完成 without evidence as 已完成).
 */
export type ReformGroup = "已完成" | "逾期未完成" | "推进中" | "未启动" | "未填报" | "数据异常";

/** The groups in the order they are counted and shown. */
export const REFORM_GROUPS: readonly ReformGroup[] = ["已完成", "逾期未完成", "推进中", "未启动", "未填报", "数据异常"];

export const REFORM_GROUPS_EN: Readonly<Record<ReformGroup, string>> = {
  已完成: "Completed", 逾期未完成: "Overdue", 推进中: "In progress", 未启动: "Not started", 未填报: "Not reported", 数据异常: "Invalid data",
};

/** The group of a reform with check's `status` and the state as entered. */
export function reformGroup(status: Status, state: string): ReformGroup {
  if (status === "met") return "已完成";
  if (status === "missing") return "未填报";
  if (status === "severe") return "逾期未完成";
  if (status === "manual") return state.trim() === "未启动" ? "未启动" : "推进中";
  return "数据异常";
}
