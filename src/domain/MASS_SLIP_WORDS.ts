import { englishCount } from "./englishCount";

/**
 * What a return's numbers stored as text (massSlip) come to, said once for the return: how many (`count`; `all`, every
 * problem it has), what the tool did with them (`invalid`: the year's rows, counted 数据异常: no number of theirs summed or
 * graded; `earlier`: earlier years' values, left out of the trend and forecast, a cumulative row's total not summed), where to see each cell (`file`: plan-returns
 * check on it; absent where no command is at hand, the task pane) and what to ask of the unit. `summary`: a row of
 * 问题清单 (no end mark, as its other rows); `report`: a sentence of the return's paragraph.
 */
interface Slipped {
  count: number;
  all: boolean;
  year: number;
  invalid: number;
  earlier: number;
  file?: string | undefined;
}

const zhWhy = "（WPS 或脚本保存、从网页粘贴时常见），公式无法读取";
const enWhy = " (common where WPS or a script saved the file, or the values were pasted from a web page); formulas cannot read them";
/** what summary did with them: the year's rows counted 数据异常, no number of them used; the earlier years' not used either */
const zhSummed = (p: Slipped): string => [p.invalid ? `${p.year} 年 ${p.invalid} 项按数据异常计数，数值未采用` : "", p.earlier ? `以前年度 ${p.earlier} 个数值也未采用` : ""].filter(Boolean).join("；");
const enSummed = (p: Slipped): string => [p.invalid ? `${englishCount(p.invalid, "row")} of ${p.year} counted 数据异常 (invalid data), no number of them used` : "", p.earlier ? `${englishCount(p.earlier, "value")} of earlier years not used either` : ""].filter(Boolean).join("; ");
/** what the report did with them: the year's rows not graded (数据异常), the earlier years' out of the trend and forecast */
const zhGraded = (p: Slipped): string => [p.invalid ? `${p.year} 年 ${p.invalid} 项按数据异常计，未予评估` : "", p.earlier ? `以前年度 ${p.earlier} 个数值未计入趋势与预测` : ""].filter(Boolean).join("；");
const enGraded = (p: Slipped): string => [p.invalid ? `${englishCount(p.invalid, "row")} of ${p.year} not graded (invalid data)` : "", p.earlier ? `${englishCount(p.earlier, "value")} of earlier years left out of the trend and forecast` : ""].filter(Boolean).join("; ");

export const MASS_SLIP_WORDS = {
  zh: {
    summary: (p: Slipped): string => `${p.all ? "全部 " : ""}${p.count} 个数值以文本形式保存${zhWhy}${zhSummed(p) ? `：${zhSummed(p)}` : ""}；${p.file ? `逐个单元格见 plan-returns check ${p.file}；` : ""}请填报单位改为数值后重新报送`,
    report: (p: Slipped): string => `本表${p.all ? "全部 " : " "}${p.count} 个数值以文本形式保存${zhWhy}${zhGraded(p) ? `：${zhGraded(p)}` : ""}。${p.file ? `逐个单元格见 plan-returns check ${p.file}；` : ""}请填报单位改为数值后重新报送。`,
  },
  en: {
    summary: (p: Slipped): string => `${p.all ? "all " : ""}${englishCount(p.count, "value")} stored as text${enWhy}${enSummed(p) ? `: ${enSummed(p)}` : ""}; ${p.file ? `every cell: plan-returns check ${p.file}; ` : ""}ask the unit to store them as numbers and send the return again`,
    report: (p: Slipped): string => `${p.all ? "All " : ""}${englishCount(p.count, "value")} of this return ${p.count === 1 ? "is" : "are"} stored as text${enWhy}${enGraded(p) ? `: ${enGraded(p)}` : ""}. ${p.file ? `Every cell: plan-returns check ${p.file}. ` : ""}Ask the unit to store them as numbers and send the return again. `,
  },
} as const;
