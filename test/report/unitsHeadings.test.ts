import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { countyGridSheet } from "../../src/sheet/evaluationSheets";
import { docxText } from "../support/docxText";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * trial34 F7: three towns' returns (城关镇、乔庄镇、木鱼镇) made a report headed 县区评估结果汇总 and 县区 × 指标评估等级.
 * The units of a report may be counties, towns or departments: its tables over several units name them 填报单位
 * (UNITS_HEADINGS), in the Word report and in the 县区对比 sheet's title (the sheet keeps its name: the pane finds it so).
 */
const row = (name: string, values: RowFacts["values"]): RowFacts => ({ name, attribute: "预期性", unit: "%", baseline: "50", target: "≥60", values, domain: "旅游发展" });
const rows = [row("游客满意度", { 2023: 58 }), row("星级农家乐占比", { 2023: 52 })];

describe("a report over several units names them 填报单位, never 县区", () => {
  test.each<[string, string[], string[]]>([
    // the units; the headings the .docx and the 县区对比 sheet must carry
    ["three towns", ["青川县城关镇", "乔庄镇", "木鱼镇"], ["各填报单位评估结果汇总", "填报单位 × 指标评估等级", "2023 年各填报单位规划指标评估等级对比"]],
    ["two departments", ["县文化和旅游局", "县统计局"], ["各填报单位评估结果汇总", "填报单位 × 指标评估等级", "2023 年各填报单位规划指标评估等级对比"]],
  ])("%s", async (_why, units, [table, grid, title]) => {
    const c = combineEvaluations(units.map((u) => returnOf(u, rows, 2023)), []);
    if (!c.ok) throw new Error("not combined");
    const lines = (await docxText(c.report)).split("\n");
    expect(lines).toContain(table);
    expect(lines).toContain(grid);
    const sheet = countyGridSheet(c.report);
    expect(sheet.name).toBe("县区对比");
    expect(sheet.cells.find((x) => x.address === "A1")?.value).toBe(title);
    // no heading or label of either says 县区 (the units' own names aside)
    const words = [...lines, ...sheet.cells.map((x) => (typeof x.value === "string" ? x.value : ""))].filter((x) => !units.some((u) => x.includes(u)));
    expect(words.filter((x) => x.includes("县区"))).toEqual([]);
  });
});
