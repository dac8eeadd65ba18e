import { classifyUnit } from "../../src/domain/Unit";
import { unitText } from "../../src/domain/unitText";
import { withUnit } from "../../src/domain/evaluationText";

// a plan's unit column writes a dash (or 无) for a number with no unit: classified once, in Unit.ts,
// as a ratio, so check, sheet and report append nothing (a trial: "2.81—", "提高 0.43 —")
test.each<[string, string, string, string]>([
  ["an em dash", "—", "", "2.81"],
  ["a double em dash", "——", "", "2.81"],
  ["an en dash", "–", "", "2.81"],
  ["a hyphen", "-", "", "2.81"],
  ["a full-width hyphen", "－", "", "2.81"],
  ["a slash", "/", "", "2.81"],
  ["无", "无", "", "2.81"],
  ["比", "比", "", "2.81"],
  ["a unit", "万人次", "万人次", "2.81万人次"],
  ["a rate with a slash stays a unit", "人/亿元", "人/亿元", "2.81人/亿元"],
  ["no unit given", "", "", "2.81"],
])("%s", (_d, unit, text, shown) => {
  expect(unitText(unit)).toBe(text);
  expect(withUnit("2.81", unit)).toBe(shown);
  if (text === "" && unit !== "") expect(classifyUnit(unit)).toBe("ratio");
});
