import { planDecimals } from "../../src/domain/planDecimals";

// a number the report derives (forecast, yearly change) is written to the plan's own precision,
// at least two significant digits (evaluation-rules §6, our reading; a trial's 28649.77元, 0.0075)
test.each<[string, number, string[], number]>([
  ["whole-number plan, a large number", 28649.77, ["25000", "33000"], 0],
  ["a plan with one decimal", 74.64, ["71.5", "≥80"], 1],
  ["the target's three decimals", 0.0163, ["0.030", "<0.020"], 3],
  ["two significant digits beyond the plan's", 0.0075, ["1.85", "<1.75"], 4],
  ["a small whole-number plan, a number below 10", 2.675, ["45", "≤38"], 1],
  ["a number below 1 in a whole-number plan", 0.43, ["3", "5"], 2],
  ["words and slashes count no decimals", 12.34, ["/", "6左右", "[100]"], 0],
  ["zero", 0, ["1.85"], 2],
  ["never past 10 decimals", 1e-14, [], 10],
])("%s", (_d, value, plan, decimals) => {
  expect(planDecimals(value, plan)).toBe(decimals);
});
