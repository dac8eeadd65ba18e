import { BINDING } from "./BINDING";
import { ENGLISH_TERMS } from "./ENGLISH_TERMS";
import { STATUS_LABELS, STATUS_LABELS_EN, type Status } from "./Status";

/**
 * A row's status as the lists name it, a binding (约束性) row's marked after it: `严重滞后（约束性）`,
 * `Severely lagging (binding)`; 预期性 rows and rows without a 属性 carry none. One home for check's table and the
 * summary's 问题清单 (session 44: its 状态 read 严重滞后 where check read 严重滞后（约束性）), so a manager scanning
 * either picks out the rows the plan binds (trial42a F5).
 */
export function markedStatus(status: Status, attribute: string | undefined, lang: "zh" | "en"): string {
  const label = (lang === "zh" ? STATUS_LABELS : STATUS_LABELS_EN)[status];
  if (attribute !== BINDING) return label;
  return lang === "zh" ? `${label}（${BINDING}）` : `${label} (${ENGLISH_TERMS.约束性})`;
}
