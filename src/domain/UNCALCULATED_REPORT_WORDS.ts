import { englishCount } from "./englishCount";

/**
 * What a return's formulas with no result come to, said once in its paragraph where check said them once for their sheet
 * (formulas_uncalculated: nothing on it was calculated): the year's rows not graded (`invalid`), the earlier years' values
 * out of the trend and forecast (`earlier`), and what to ask of the unit, in place of a clause a cell.
 */
interface Uncalculated {
  year: number;
  invalid: number;
  earlier: number;
}

const zhWhat = (p: Uncalculated): string => [p.invalid ? `${p.year} 年 ${p.invalid} 项按数据异常计，未予评估` : "", p.earlier ? `以前年度 ${p.earlier} 个数值未计入趋势与预测` : ""].filter(Boolean).join("；");
const enWhat = (p: Uncalculated): string => [p.invalid ? `${englishCount(p.invalid, "row")} of ${p.year} not graded (invalid data)` : "", p.earlier ? `${englishCount(p.earlier, "value")} of earlier years left out of the trend and forecast` : ""].filter(Boolean).join("; ");

export const UNCALCULATED_REPORT_WORDS = {
  zh: (p: Uncalculated): string => `本表的公式都没有计算结果（文件由脚本或其他程序写入，没有在 Excel、WPS 或 LibreOffice 中打开保存过），数值未知：${zhWhat(p)}。请填报单位在 Excel、WPS 或 LibreOffice 中打开并保存后重新报送。`,
  en: (p: Uncalculated): string => `No formula of this return has a result (the file was written by a script or another program and never opened and saved in Excel, WPS or LibreOffice), so its values are unknown: ${enWhat(p)}. Ask the unit to open and save it in Excel, WPS or LibreOffice and send it again. `,
} as const;
