import type { Lang } from "./describeIssue";
import type { Issue, IssueCode } from "./Issue";

/**
 * What is wrong with an invalid value (§2), in one short phrase, where a list names the value as
 * typed beside it (rollover's list of carried values): the full message is check's (describeIssue),
 * too long for a line per cell. Codes not listed read as "not a valid number".
 */
const PHRASES: Record<Lang, Partial<Record<IssueCode, string>>> = {
  zh: {
    not_a_number: "不是数值",
    text_number: "数字存为文本，公式无法读取",
    bound_value: "填的是范围，不是确切数值",
    formula_error: "公式错误值",
    formula_uncalculated: "公式未计算",
    not_finite: "不是有限数值",
    value_too_large: "数值过大",
    percent_out_of_range: "超出 0–100",
    percent_fraction: "疑似填成小数（应乘以 100）",
    permille_out_of_range: "超出 0–1000",
    negative: "不应为负数",
    age_out_of_range: "超出 0–120",
    years_out_of_range: "超出 0–30",
    percent_typed: "百分比格式，存为小数",
  },
  en: {
    not_a_number: "not a number",
    text_number: "a number stored as text, which formulas cannot read",
    bound_value: "a range, not an exact value",
    formula_error: "a formula error",
    formula_uncalculated: "a formula never calculated",
    not_finite: "not a finite number",
    value_too_large: "too large",
    percent_out_of_range: "outside 0–100",
    percent_fraction: "a fraction? (multiply by 100)",
    permille_out_of_range: "outside 0–1000",
    negative: "cannot be negative",
    age_out_of_range: "outside 0–120",
    years_out_of_range: "outside 0–30",
    percent_typed: "in a percent style, stored as a fraction",
  },
};

const OTHER: Record<Lang, string> = { zh: "不是有效数值", en: "not a valid number" };

/** not_a_number told apart by its params (checkActual): a date, 暂无数据, an approximate figure. */
const NOT_A_NUMBER: Record<Lang, Record<"date" | "noData" | "approximate", string>> = {
  zh: { date: "是日期，不是数值", noData: "表示暂无数据：应空着，在说明中写明", approximate: "是约数，不是确切数值" },
  en: { date: "a date, not a number", noData: "stands for no figure: leave it empty and say why in 说明", approximate: "an approximate figure, not an exact value" },
};

/**
 * The phrase for an invalid value: `code` is §2's, `params` the issue's (a date's `dateSerial` or
 * `typedDate`, `noData`, `approximate` say which kind of not_a_number it is).
 */
export function invalidPhrase(code: IssueCode, lang: Lang, params?: Issue["params"]): string {
  if (code === "not_a_number" && params) {
    if (params["dateSerial"] !== undefined || params["typedDate"]) return NOT_A_NUMBER[lang].date;
    if (params["noData"]) return NOT_A_NUMBER[lang].noData;
    if (params["approximate"]) return NOT_A_NUMBER[lang].approximate;
  }
  return PHRASES[lang][code] ?? OTHER[lang];
}
