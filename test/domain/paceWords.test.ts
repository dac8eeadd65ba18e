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
])("%s", (_, unit, cumulative, needed, achieved, words) => {
  expect(paceWords({ unit, cumulative, pace: { needed, achieved } })).toBe(words);
});

// English: a pace of nothing is said once, without "a year" after it
test.each<[string, number | null, number | null, string]>([
  ["no change so far", 1.2, 0, " (needs a rise of 1.2 万人 a year, so far no change)"],
  ["a rise both ways", 1.2, 0.8, " (needs a rise of 1.2 万人 a year, so far a rise of 0.8 万人 a year)"],
])("en: %s", (_, needed, achieved, words) => {
  expect(paceWords({ unit: "万人", cumulative: false, pace: { needed, achieved } }, "en")).toBe(words);
});
