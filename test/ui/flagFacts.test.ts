import { flagFacts } from "../../src/ui/shared/flagFacts";

const item = (value: string): Parameters<typeof flagFacts>[0] => ({ value, unit: "年", kind: "indicator", target: "16", expected: null, progress: null, status: "met" });

describe("flagFacts: the value as typed, the unit in the label, for a number and text alike (trial32p)", () => {
  it.each([
    ["a number", "12.5", "填报值（年）：12.5"],
    ["text with spaces around it", " 12.5 ", "填报值（年）： 12.5 "],
    ["text with a trailing space", "96 ", "填报值（年）：96 "],
    ["text with a unit typed", "81.5岁", "填报值（年）：81.5岁"],
    ["nothing", "", "填报值（年）：（空）"],
  ])("%s", (_what, value, expected) => {
    expect(flagFacts(item(value), "zh")[0]).toBe(expected);
  });
});

describe("flagFacts: a dash in the unit column is no unit (unitText)", () => {
  it.each([
    ["an em dash", "—", "填报值：2.81"],
    ["a slash", "/", "填报值：2.81"],
    ["a unit", "万人", "填报值（万人）：2.81"],
    ["a symbol", "%", "填报值（%）：2.81"],
    ["a unit beginning with a digit", "1/10万", "填报值（1/10万）：2.81"],
  ])("%s", (_what, unit, expected) => {
    expect(flagFacts({ ...item("2.81"), unit }, "zh")[0]).toBe(expected);
  });
});

describe("flagFacts: a project or reform row names no unit", () => {
  it.each([["project"], ["reform"]] as const)("%s", (kind) => {
    expect(flagFacts({ ...item("已完成"), kind }, "en")[0]).toBe("Value: 已完成");
  });
});
