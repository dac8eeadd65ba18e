import { COVER_WORDS } from "../domain/COVER_WORDS";
import { unusableText } from "../domain/UnusableReason";
import type { Lang } from "../domain/describeIssue";
import { MERGED_SHORT } from "../cycle/MERGED_SHORT";
import { BLANK_WORDS } from "../cycle/BLANK_WORDS";
import { blankGroups } from "../cycle/blankGroups";
import { blankUnsentText } from "../cycle/blankUnsentText";
import type { ReturnBlank } from "../cycle/UnitFacts";
import type { EvaluationReport, MergedIn } from "./EvaluationReport";

type ReportUnit = EvaluationReport["units"][number];

/**
 * How the report's tables (the .docx's and the 县区对比 sheet's) name the units listed that have no
 * return evaluated: beside the name in a header (`mark`), and in one note under the table (`note`):
 * 未报送 for a unit that sent nothing; for one whose file came but could not be used, that and why
 * (it did send: not 未报送); for one whose return came merged into another unit's workbook, that (`merged`,
 * as the summary's 报送台账 says it, MERGED_SHORT, with the file and the unit its cover names), not 未报送.
 * A unit whose return came without the year's values (`ret.blank`: 收到空表, 本年度未填) is graded, its rows 未能评估, but
 * summary counts it 未报: it is marked so beside its name (`name`) and in the note, in summary's words (BLANK_WORDS,
 * blankUnsentText; trial37b F9: the report listed 磐安县 as an ordinary row and its 未报送 line named only the files missing).
 */
export const ABSENT_UNIT_WORDS = {
  mark: (u: ReportUnit): string => (u.unusable ? "（文件无法评估）" : u.mergedIn ? `（${MERGED_SHORT}）` : "（未报送）"),
  /** The unit as a table names it: a unit with no return evaluated, or one received without the year's values, marked. */
  name: (u: ReportUnit): string => (!u.ret ? `${u.unit}${ABSENT_UNIT_WORDS.mark(u)}` : u.ret.blank ? `${u.unit}（${BLANK_WORDS.zh[u.ret.blank]}）` : u.unit),
  /**
   * A return's paragraph `body` (returnParagraph, or its `text`) as every report gives it, in `lang`: a return holding nothing
   * for its year (`ret.blank`) opens with how summary counts it, 收到空表，按未报。 / Sent back blank, counted as not sent.
   * (本年度未填 / with no values for the year alike); the one home for the opening, over one unit or several (the terminal,
   * `--json`'s `text`, the pane, the .docx and the 评估 sheet through writtenParagraph; session 39: a report of one return
   * left it out).
   */
  paragraph: (ret: { blank?: ReturnBlank | undefined }, body: string, lang: Lang): string => {
    if (!ret.blank) return body;
    const words = BLANK_WORDS[lang][ret.blank];
    return `${lang === "en" ? `${words.charAt(0).toUpperCase()}${words.slice(1)}, counted as not sent. ` : `${words}，按未报。`}${body}`;
  },
  note: (units: readonly ReportUnit[]): string => {
    const none = units.filter((u) => !u.ret && !u.unusable && !u.mergedIn).map((u) => u.unit);
    const bad = units.flatMap((u) => (!u.ret && u.unusable ? [`${u.unit}：${unusableText(u.unusable.reason, "zh", "report", false, u.unusable)}。`] : []));
    // the units of one merged workbook in one sentence
    const files = [...new Set(units.flatMap((u) => (!u.ret && !u.unusable && u.mergedIn ? [u.mergedIn.file] : [])))];
    const merged = files.map((file) => {
      const of = units.filter((u) => !u.ret && !u.unusable && u.mergedIn?.file === file);
      return `${of.map((u) => u.unit).join("、")}：${ABSENT_UNIT_WORDS.merged(of[0]?.mergedIn ?? { file, host: "" }, "zh")}`;
    });
    // received without the year's values: 未报 as summary says it, by kind (blankGroups, summary's order)
    const blanks = blankGroups(units.filter((u) => u.ret?.blank), (u) => u.ret?.blank).map((g) => `${blankUnsentText(BLANK_WORDS.zh[g.blank], g.items.map((u) => u.unit).join("、"))}。`);
    return `${none.length ? `未报送：${none.join("、")}。` : ""}${bad.join("")}${merged.join("")}${blanks.join("")}`;
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
