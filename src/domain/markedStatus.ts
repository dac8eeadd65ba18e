import { BINDING } from "./BINDING";
import { ENGLISH_TERMS } from "./ENGLISH_TERMS";
import { STATUS_LABELS, STATUS_LABELS_EN, type Status } from "./Status";

/**
 * A row's status as the lists name it, a binding (约束性) row's marked after it: `严重滞后（约束性）`,
 * `Severely lagging (binding)`; 预期性 rows and rows without a 属性 carry none. One home for check's table and the
 * summary's 问题清单 (session 44: its 状态 read 严重滞后 where check read 严重滞后（约束性）), so a manager scanning
 * either picks out the rows the plan binds (trial42a F5). A project past its planned end year (`overdue`, overdueEnd) is
 * marked so: `严重滞后（逾期）`, `Severely lagging (overdue)` (trial47a F5: the summary's 滞后与逾期项目 table read 严重滞后 alone
 * beside 97.8%, where check said 逾期 in its 问题 only).
 */
export function markedStatus(status: Status, attribute: string | undefined, lang: "zh" | "en", overdue = false): string {
  const label = (lang === "zh" ? STATUS_LABELS : STATUS_LABELS_EN)[status];
  if (overdue) return lang === "zh" ? `${label}（逾期）` : `${label} (overdue)`;
  if (attribute !== BINDING) return label;
  return lang === "zh" ? `${label}（${BINDING}）` : `${label} (${ENGLISH_TERMS.约束性})`;
}
