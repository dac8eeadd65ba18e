/** 约束性 / 预期性 as tables write them in the 属性 column (the one home of these words for the importer). */
export const ATTRIBUTES: Readonly<Record<string, "约束性" | "预期性">> = { 约束性: "约束性", 约束: "约束性", 约束性指标: "约束性", 预期性: "预期性", 预期: "预期性", 预期性指标: "预期性" };
