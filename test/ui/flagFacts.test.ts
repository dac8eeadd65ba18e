import { flagFacts } from "../../src/ui/shared/flagFacts";

const item = (value: string): Parameters<typeof flagFacts>[0] => ({ value, unit: "年", kind: "indicator", target: "16", expected: null, progress: null, status: "met" });

describe("flagFacts: the unit follows a number, never text that only looks like one", () => {
  it.each([
    ["a number", "12.5", "填报值：12.5 年"],
    ["text with spaces around it", " 12.5 ", "填报值： 12.5 "],
    ["text with a trailing space", "96 ", "填报值：96 "],
    ["text with a unit typed", "81.5岁", "填报值：81.5岁"],
    ["nothing", "", "填报值：（空）"],
  ])("%s", (_what, value, expected) => {
    expect(flagFacts(item(value), "zh")[0]).toBe(expected);
  });
});

describe("flagFacts: a dash in the unit column is no unit (unitText)", () => {
  it.each([
    ["an em dash", "—", "填报值：2.81"],
    ["a slash", "/", "填报值：2.81"],
    ["a unit", "万人", "填报值：2.81 万人"],
  ])("%s", (_what, unit, expected) => {
    expect(flagFacts({ ...item("2.81"), unit }, "zh")[0]).toBe(expected);
  });
});
