import { COVER_WORDS } from "../domain/COVER_WORDS";
import { unusableText } from "../domain/UnusableReason";
import type { Lang } from "../domain/describeIssue";
import { MERGED_SHORT } from "../cycle/MERGED_SHORT";
import type { EvaluationReport, MergedIn } from "./EvaluationReport";

type ReportUnit = EvaluationReport["units"][number];

/**
 * How the report's tables (the .docx's and the 县区对比 sheet's) name the units listed that have no
 * return evaluated: beside the name in a header (`mark`), and in one note under the table (`note`):
 * 未报送 for a unit that sent nothing; for one whose file came but could not be used, that and why
 * (it did send: not 未报送); for one whose return came merged into another unit's workbook, that (`merged`,
 * as the summary's 报送台账 says it, MERGED_SHORT, with the file and the unit its cover names), not 未报送.
 */
export const ABSENT_UNIT_WORDS = {
  mark: (u: ReportUnit): string => (u.unusable ? "（文件无法评估）" : u.mergedIn ? `（${MERGED_SHORT}）` : "（未报送）"),
  note: (units: readonly ReportUnit[]): string => {
    const none = units.filter((u) => !u.ret && !u.unusable && !u.mergedIn).map((u) => u.unit);
    const bad = units.flatMap((u) => (!u.ret && u.unusable ? [`${u.unit}：${unusableText(u.unusable.reason, "zh", "report", false, u.unusable)}。`] : []));
    // the units of one merged workbook in one sentence
    const files = [...new Set(units.flatMap((u) => (!u.ret && !u.unusable && u.mergedIn ? [u.mergedIn.file] : [])))];
    const merged = files.map((file) => {
      const of = units.filter((u) => !u.ret && !u.unusable && u.mergedIn?.file === file);
      return `${of.map((u) => u.unit).join("、")}：${ABSENT_UNIT_WORDS.merged(of[0]?.mergedIn ?? { file, host: "" }, "zh")}`;
    });
    return `${none.length ? `未报送：${none.join("、")}。` : ""}${bad.join("")}${merged.join("")}`;
  },
  /**
   * Said of a unit whose return came merged into another unit's workbook, after its 【name】 (the paragraph,
   * the .docx's section), in `lang`: 填报合并在其他单位的文件中（各县合并.xlsx，「填报说明」表写着柯城区），未评估。
   */
  merged: (m: MergedIn, lang: Lang): string => {
    const name = m.file.split(/[\\/]/).pop() ?? m.file;
    return lang === "en"
      ? `Its return came merged into another unit's workbook (${name}, whose 填报说明 sheet (the cover) names ${m.host || "no unit"}); not evaluated.`
      : `${MERGED_SHORT}（${name}，${COVER_WORDS.zh.sheet}${m.host ? `写着${m.host}` : "未填填报单位"}），未评估。`;
  },
};
