import { withUnit } from "../../src/domain/evaluationText";

// the report writes a value with its unit once, whether the value came as a number or as typed
test.each<[string, string, string, string]>([
  ["a number and its unit", "95", "%", "95%"],
  ["a value shown as typed, with its % already (95% typed into a % row)", "95%", "%", "95%"],
  ["a count", "5.2", "万人", "5.2万人"],
  ["a value already carrying 万人", "5.2万人", "万人", "5.2万人"],
  ["a ratio has none", "2.1", "比", "2.1"],
  ["nothing entered", "", "%", ""],
  ["no unit", "12", "", "12"],
  // text typed in the cell is quoted as typed: the unit, or a piece of it, may be in it already
  ["12万 typed in a 万人次 row", "12万", "万人次", "12万"],
  ["约3.2 typed in a % row", "约3.2", "%", "约3.2"],
  ["a negative number", "-0.5", "%", "-0.5%"],
  ["thousands separators", "12,420", "元", "12,420元"],
])("%s", (_d, value, unit, shown) => {
  expect(withUnit(value, unit)).toBe(shown);
});
