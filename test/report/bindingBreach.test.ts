import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { returnParagraph } from "../../src/sheet/returnParagraph";
import { evaluationSheet } from "../../src/sheet/evaluationSheets";
import { warningSection } from "../../src/sheet/warningSection";
import { reportJson } from "../../src/cli/reportJson";
import { docxText } from "../support/docxText";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * A binding target not met in Y that no trend can be forecast for (the baseline already met it:
 * 森林火灾受害率 ≤0.9 from 0.5, 1.0 in 2023) is a 预警, listed first with the binding 预计难以完成
 * rows, saying why, in the paragraph, the Word report, the 评估 sheet, the JSON and the counts
 * (our reading of §6; a fresh user's trial found it only in the 滞后 list).
 */
const fire: RowFacts = { name: "森林火灾受害率", attribute: "约束性", unit: "‰", baseline: "0.5", target: "≤0.9", values: { 2021: 0.6, 2022: 0.8, 2023: 1.0 }, domain: "应急能力" };
const shelter: RowFacts = { name: "应急避难场所覆盖率", attribute: "约束性", unit: "%", baseline: "85", target: "≥80", values: { 2021: 82, 2022: 80, 2023: 78 }, domain: "防灾减灾" };
const deaths: RowFacts = { name: "生产安全事故死亡人数", attribute: "约束性", unit: "人", baseline: "45", target: "≤38", values: { 2021: 44, 2022: 44, 2023: 43 }, domain: "安全生产" };
const quake: RowFacts = { name: "年均每百万人口因自然灾害死亡率", attribute: "预期性", unit: "人/百万人", baseline: "0.8", target: "<1", values: { 2021: 0.9, 2022: 1.1, 2023: 1.2 }, domain: "防灾减灾" };
const words: RowFacts = { name: "基层应急管理体系", attribute: "约束性", unit: "", baseline: "/", target: "全覆盖", values: {}, assessment: "lagging", domain: "应急能力" };

describe("a binding target not met in Y, with no forecast, is a 预警 (our reading of §6)", () => {
  test.each([
    ["a ceiling the baseline met, broken in Y", fire,
      "【预警】森林火灾受害率（约束性）：2023 年为 1‰，已突破约束性目标 ≤0.9‰（基期已达到目标，无趋势可预测）",
      "森林火灾受害率（2023 年 1‰，已突破约束性目标 ≤0.9‰）"],
    ["a floor the baseline met, fallen below in Y", shelter,
      "【预警】应急避难场所覆盖率（约束性）：2023 年为 78%，已低于约束性目标 ≥80%（基期已达到目标，无趋势可预测）",
      "应急避难场所覆盖率（2023 年 78%，已低于约束性目标 ≥80%）"],
    ["a words-only target a reviewer found lagging", words,
      "【预警】基层应急管理体系（约束性）：人工评估为滞后，目标 全覆盖",
      "基层应急管理体系（人工评估为滞后，目标 全覆盖）"],
  ] as const)("%s", async (_why, row, line, item) => {
    const ret = returnOf("东港区", [deaths, quake, row], 2023);
    const lines = warningSection(ret).lines;
    // first, before the binding 预计难以完成 row (生产安全事故死亡人数)
    expect(lines[0]).toBe(line);
    expect(lines[1]).toMatch(/^【预警】生产安全事故死亡人数/);
    // a 预期性 row that is not met and has no forecast stays in the 滞后 list only
    expect(lines.join("\n")).not.toContain("年均每百万人口");
    expect(ret.text).toContain(`另有约束性指标 1 项 2023 年未达到目标，无趋势可预测：${item}。`);
    const c = combineEvaluations([ret, returnOf("海城区", [deaths], 2023)]);
    if (!c.ok) throw new Error("not combined");
    const text = await docxText(c.report);
    expect(text).toContain(`1. ${line}`);
    // the county table's 预警 column counts it with the 预计难以完成 one
    const cells = text.split("\n");
    const at = cells.indexOf("各填报单位评估结果汇总");
    const head = cells.slice(at + 1, at + 9);
    const row0 = cells.slice(at + 9, at + 17);
    expect(row0[0]).toBe("东港区");
    expect(row0[head.indexOf("预警")]).toBe("2");
    // the 评估 sheet's 预警 text and the JSON say the same
    expect(String(evaluationSheet(ret, "评估").cells.find((x) => x.address === "B3")?.value)).toContain(`1. ${line}`);
    const json = reportJson(c.report) as { items: Array<{ unit: string; name: string; warning: string | null }> };
    expect(json.items.filter((i) => i.unit === "东港区").map((i) => i.warning)).toEqual(["forecast", null, "breached"]);
  });

  test("in English too", () => {
    const ret = returnOf("东港区", [fire], 2023);
    expect(warningSection(ret, "en").lines).toEqual(["[WARNING] 森林火灾受害率 (binding): 1‰ in 2023, above the binding target ≤0.9‰ (the baseline already met it; no trend to forecast)"]);
    expect(returnParagraph(ret, "en")).toContain("A further 1 binding indicator is not met in 2023, with no trend to forecast: 森林火灾受害率 (1‰ in 2023, above the binding target ≤0.9‰).");
  });
});
