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

describe("flagFacts: a reform row names no unit", () => {
  it("reform", () => {
    expect(flagFacts({ ...item("已完成"), kind: "reform" }, "en")[0]).toBe("Value: 已完成");
  });
});

// trial41d F7: a project's line read 「填报值：45000万元 · 目标：49.07」, no unit, and its 总投资 called 目标
describe("flagFacts: a project row names its unit, and its 总投资 as such, with the unit", () => {
  const project = (target: string): Parameters<typeof flagFacts>[0] => ({ ...item("45000万元"), kind: "project", unit: "亿元", target });
  it.each([
    ["zh", "49.07", ["填报值（亿元）：45000万元", "总投资：49.07 亿元"]],
    // session 43: the English read "Value (亿元)" where every English project message says 100m yuan (ENGLISH_TERMS)
    ["en", "49.07", ["Value (100m yuan): 45000万元", "Total investment: 49.07 (100m yuan)"]],
    ["zh", "", ["填报值（亿元）：45000万元", "总投资：—"]],
    ["en", "", ["Value (100m yuan): 45000万元", "Total investment: —"]],
  ] as const)("%s, 总投资 %j", (lang, target, expected) => {
    expect(flagFacts(project(target), lang)).toEqual(expected);
  });
  // an indicator's 亿元 is the plan's own unit, kept as written in English too (as check's 'expected a number (亿元 ≥ 0)')
  it.each([
    ["zh", "填报值（亿元）：53"],
    ["en", "Value (亿元): 53"],
  ] as const)("an indicator in 亿元 (%s)", (lang, expected) => {
    expect(flagFacts({ ...item("53"), unit: "亿元" }, lang)[0]).toBe(expected);
  });
});
