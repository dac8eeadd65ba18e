import { unusableText } from "../domain/UnusableReason";
import type { EvaluationReport } from "./EvaluationReport";

type ReportUnit = EvaluationReport["units"][number];

/**
 * How the report's tables (the .docx's and the 县区对比 sheet's) name the units listed that have no
 * return evaluated: beside the name in a header (`mark`), and in one note under the table (`note`):
 * 未报送 for a unit that sent nothing; for one whose file came but could not be used, that and why
 * (it did send: not 未报送).
 */
export const ABSENT_UNIT_WORDS = {
  mark: (u: ReportUnit): string => (u.unusable ? "（文件无法评估）" : "（未报送）"),
  note: (units: readonly ReportUnit[]): string => {
    const none = units.filter((u) => !u.ret && !u.unusable).map((u) => u.unit);
    const bad = units.flatMap((u) => (!u.ret && u.unusable ? [`${u.unit}：${unusableText(u.unusable.reason, "zh", "report", false, u.unusable)}。`] : []));
    return `${none.length ? `未报送：${none.join("、")}。` : ""}${bad.join("")}`;
  },
};
