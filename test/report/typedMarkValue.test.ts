import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { docxText } from "../support/docxText";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * trial34 C7: a row with no target that year (不适用) whose cell was typed "/" read "未能评估（不适用），2023 年/。" in the
 * 分领域 line: a mark alone is neither a figure nor words, so it is said as typed (2023 年填“/”); figures and words as before.
 */
const row = (target: string, value: number | string): RowFacts => ({ name: "城市轨道交通运营里程（公里）", attribute: "预期性", unit: "公里", baseline: "—", target, values: { 2023: value } });

describe("the 分领域 line of a value typed as a mark", () => {
  test.each([
    ["“/” on a row with no target", row("—", "/"), "城市轨道交通运营里程（公里）（预期性）：未能评估（不适用），2023 年填“/”。"],
    ["“—” on a row with no target", row("—", "—"), "城市轨道交通运营里程（公里）（预期性）：未能评估（不适用），2023 年填“—”。"],
    ["a figure on a row with no target: as before", row("—", 12), "城市轨道交通运营里程（公里）（预期性）：未能评估（不适用），2023 年 12 公里。"],
  ] as const)("%s", async (_why, facts, line) => {
    const c = combineEvaluations([returnOf("城关镇", [facts], 2023)]);
    if (!c.ok) throw new Error("not combined");
    const text = await docxText(c.report);
    expect(text).toContain(line);
    expect(text).not.toMatch(/年[/—]。/);
  });
});
