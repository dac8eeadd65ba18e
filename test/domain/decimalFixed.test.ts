import { decimalFixed } from "../../src/domain/decimalFixed";
import { fmtNumber } from "../../src/domain/fmtNumber";
import { paceNumber } from "../../src/domain/evaluationText";

// a shown figure is rounded as the decimal it stands for, half away from zero (trial27b: a forecast
// of 79.49999999999997, the least-squares 79.5, printed 79 beside --json's 79.5)
test.each<[string, number, number, string]>([
  ["a binary x.4999… that is a decimal x.5 rounds up", 79.49999999999997, 0, "80"],
  ["the same to one decimal", 79.49999999999997, 1, "79.5"],
  ["a binary x.5000…1 the same way", 16.500000000000007, 0, "17"],
  ["1.005 to two decimals (toFixed gives 1.00)", 1.005, 2, "1.01"],
  ["2.675 to two decimals (toFixed gives 2.67)", 2.675, 2, "2.68"],
  ["a negative half away from zero", -2.5, 0, "-3"],
  ["a negative that rounds to zero is 0, never -0", -0.0001, 2, "0.00"],
  ["fewer digits than asked: padded", 0.02, 3, "0.020"],
  ["a small number to four decimals", 0.01987, 4, "0.0199"],
  ["a large number to whole numbers", 28649.77, 0, "28650"],
  ["noise beyond 12 significant digits is dropped first", 1.1 * 3, 3, "3.300"],
])("%s", (_why, value, decimals, shown) => {
  expect(decimalFixed(value, decimals)).toBe(shown);
});

// the other shown figures that round to a number of decimals go through it (each of these read one less on Number#toFixed)
test.each<[string, () => string, string]>([
  ["fmtNumber's two decimals", () => fmtNumber(1.005), "1.01"],
  ["fmtNumber's negative two decimals, half away from zero", () => fmtNumber(-1.005), "-1.01"],
  ["a pace of 0.145 against a whole-number plan: two significant digits", () => paceNumber(["79", "≥80"])(0.145), "0.15"],
  ["a pace of 1.115 against a two-decimal plan", () => paceNumber(["1.85", "<1.75"])(1.115), "1.12"],
])("%s", (_why, shown, expected) => {
  expect(shown()).toBe(expected);
});
