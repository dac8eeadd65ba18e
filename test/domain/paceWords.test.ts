import { paceWords } from "../../src/domain/evaluationText";

// the pace in the 评估报告's 预警 lines (evaluation-rules §6): the unit as reviews say it
test.each<[string, string, boolean, number | null, number | null, string]>([
  ["a % row in 个百分点", "%", false, 0.34, 0.15, "（需年均提高 0.34 个百分点，此前年均提高 0.15 个百分点）"],
  ["a ‰ row in 个千分点", "‰", false, -0.2, -0.1, "（需年均降低 0.2 个千分点，此前年均降低 0.1 个千分点）"],
  ["a ratio names no unit", "比", false, -0.05, 0, "（需年均降低 0.05，此前年均无变化）"],
  ["no change so far", "万人", false, 1.2, 0, "（需年均提高 1.2 万人，此前年均无变化）"],
  ["a count", "万人", false, 1.2, 0.8, "（需年均提高 1.2 万人，此前年均提高 0.8 万人）"],
  ["a cumulative target says 完成", "万人", true, 3, 2.5, "（需年均完成 3 万人，此前年均完成 2.5 万人）"],
  ["no pace needed", "%", false, null, 0.1, ""],
  // a plan's unit column writes a dash for none (城乡居民收入比 —): no unit, never "提高 0.43 —"
  ["a dash for the unit names none", "—", false, -0.03, -0.0075, "（需年均降低 0.03，此前年均降低 0.0075）"],
  ["a hyphen, a slash, 无: none", "无", false, 0.43, 0.042, "（需年均提高 0.43，此前年均提高 0.042）"],
])("%s", (_, unit, cumulative, needed, achieved, words) => {
  expect(paceWords({ unit, cumulative, pace: { needed, achieved } })).toBe(words);
});

// with the plan's numbers, the paces are written to their precision (planDecimals: at least two significant digits)
test.each<[string, string[], number, number, string]>([
  ["whole numbers (25000 → 33000): 5280, 930", ["25000", "33000"], 5280, 930.4, "（需年均提高 5280 元，此前年均提高 930 元）"],
  ["one decimal (71.5 → ≥80): 6.7, 1.3", ["71.5", "≥80"], 6.7, 1.325, "（需年均提高 6.7 元，此前年均提高 1.3 元）"],
  ["two significant digits below the plan's decimals (1.85 → <1.75)", ["1.85", "<1.75"], -0.03, -0.00751, "（需年均降低 0.03 元，此前年均降低 0.0075 元）"],
])("plan's precision: %s", (_, plan, needed, achieved, words) => {
  expect(paceWords({ unit: "元", cumulative: false, pace: { needed, achieved, plan } })).toBe(words);
});

// English: a pace of nothing is said once, without "a year" after it
test.each<[string, number | null, number | null, string]>([
  ["no change so far", 1.2, 0, " (needs a rise of 1.2 万人 a year, so far no change)"],
  ["a rise both ways", 1.2, 0.8, " (needs a rise of 1.2 万人 a year, so far a rise of 0.8 万人 a year)"],
])("en: %s", (_, needed, achieved, words) => {
  expect(paceWords({ unit: "万人", cumulative: false, pace: { needed, achieved } }, "en")).toBe(words);
});

// §6: paces are never signed numbers. trial40a: a cumulative 下降率 row, 2.0 then -2.1, read 「此前年均完成 -0.05 个百分点」
test.each<[string, string, number, number, "zh" | "en", string]>([
  ["a cumulative total gone backwards", "%", 3.4, -0.05, "zh", "（需年均完成 3.4 个百分点，此前年均倒退 0.05 个百分点）"],
  ["in English", "%", 3.4, -0.05, "en", " (needs 3.4 percentage points a year, so far a loss of 0.05 percentage points a year)"],
  ["a count row", "万吨", 0.3, -0.1, "zh", "（需年均完成 0.3 万吨，此前年均倒退 0.1 万吨）"],
])("a cumulative pace below 0 is said as 倒退 with its size: %s", (_, unit, needed, achieved, lang, words) => {
  expect(paceWords({ unit, cumulative: true, pace: { needed, achieved, plan: ["〔10〕"] } }, lang)).toBe(words);
});
