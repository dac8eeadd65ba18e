import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import { importTable } from "../../src/import";
import { indicatorSpec } from "../../src/templates/indicatorSpec";

/**
 * Issue 15 form 6 end to end: the unit an import reads from brackets (亿亩, 万张, 公顷, 千克/人) is
 * the template's unit, and `check` uses it. The scale warning is evaluation-rules §2's: an amount
 * more than 1000× the baseline or target is warned (scale_suspect) and kept; the rule sets no
 * warning below 1000×, so 10000 against a floor of 10.75 亿亩 (930×) is judged as written, with the
 * project's §8f warning (far_from_plan: beyond 5× the plan's numbers) asking to check or explain it.
 */
const table = (name: string, baseline: string, target: string): string =>
  `某省“十四五”主要指标\n指标\t2020年\t2025年\t属性\n1\t${name}\t${baseline}\t${target}\t约束性\n`;

describe("an imported bracketed unit reaches the check (§2 scale rule)", () => {
  test.each<[string, string, string, string, number, string[]]>([
    ["耕地保有量(亿亩)", "亿亩", "10.2", "≥10.75", 10751, ["scale_suspect"]],
    ["耕地保有量(亿亩)", "亿亩", "10.2", "≥10.75", 10000, ["far_from_plan"]],
    ["耕地保有量(亿亩)", "亿亩", "10.2", "≥10.75", 10.8, []],
    ["养老床位总数(万张)", "万张", "1.2", "≥1.5", 15000, ["scale_suspect"]],
    ["湿地保有量(公顷)", "公顷", "500", "≥520", 520001, ["scale_suspect"]],
    ["人均粮食占有量(千克/人)", "千克/人", "400", "≥420", 420001, ["scale_suspect"]],
    ["粮食综合生产能力（亿斤）", "亿斤", "500", ">500", 500001, ["scale_suspect"]],
    ["生猪出栏量（万头）", "万头", "1100", "1200", 1200001, ["scale_suspect"]],
    ["粮食综合生产能力(亿吨)", "亿吨", "0.6", "≥0.65", -1, ["negative"]],
  ])("%s = %s: %s", (name, unit, baseline, target, value, codes) => {
    const r = importTable(table(name, baseline, target));
    if (!r.ok) throw new Error(r.message);
    const d = r.template.indicators[0];
    if (!d) throw new Error("no indicator");
    expect(d.unit).toBe(unit);
    const result = evaluateIndicator({ spec: indicatorSpec(r.template, d), year: 2025, actuals: { 2025: { type: "number", value } } });
    expect(result.issues.map((i) => i.code).filter((c) => c !== "direction_inferred")).toEqual(codes);
    expect(result.issues.some((i) => i.code === "unit_unknown" || i.code === "unit_inferred")).toBe(false);
  });
});
