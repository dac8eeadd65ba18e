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
])("%s", (_d, value, unit, shown) => {
  expect(withUnit(value, unit)).toBe(shown);
});
