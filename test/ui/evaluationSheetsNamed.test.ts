import { evaluationSheetsNamed } from "../../src/ui/shared/evaluationSheetsNamed";

/**
 * trial37b F6: 评估所选文件 over 27 returns began its line with 28 sheet names (已生成：县区对比、评估-东阳市、…), five
 * lines before the count. Up to 3 units' sheets are named; more are counted, the other sheets named.
 */
const units = (n: number, suffix = ""): string[] => Array.from({ length: n }, (_, i) => `评估-县${i + 1}${suffix}`);

test.each<[string, string[], "zh" | "en", string]>([
  ["one return's 评估", ["评估"], "zh", "评估"],
  ["3 units: each named", ["县区对比", ...units(3)], "zh", "县区对比、评估-县1、评估-县2、评估-县3"],
  ["3 units in English", ["县区对比", ...units(3)], "en", "县区对比, 评估-县1, 评估-县2, 评估-县3"],
  ["27 units: counted", ["县区对比", ...units(27)], "zh", "「县区对比」及 27 张「评估-单位」表"],
  ["27 units in English", ["县区对比", ...units(27)], "en", "\"县区对比\" and 27 \"评估-<unit>\" sheets"],
  ["beside a kept set: the free names", ["县区对比(2)", ...units(4, "(2)")], "zh", "「县区对比(2)」及 4 张「评估-单位」表"],
  ["a second unit of one name (评估5-…)", ["县区对比", ...units(4), "评估5-县1"], "zh", "「县区对比」及 5 张「评估-单位」表"],
  ["lists only: no 县区对比", units(5), "en", "5 \"评估-<unit>\" sheets"],
])("%s", (_why, sheets, lang, said) => {
  expect(evaluationSheetsNamed(sheets, lang)).toBe(said);
});
