import { operatorJoined } from "../../src/domain/operatorWords";
import { importTable } from "../../src/import";

/**
 * trial47c F5: a web table's `≥ 86` kept its space, so the pane said 目标：≥ 86 beside 目标：>55. A bound's sign is joined to
 * its number (operatorWords.operatorJoined, the one home of the operator words), and the importer writes it so.
 */
describe("a bound's sign joined to its number", () => {
  test.each<[string, string]>([
    ["≥ 86", "≥86"],
    ["< 0.9", "<0.9"],
    ["＞ 55", "＞55"],
    [">=  90", ">=90"],
    ["≤ -2", "≤-2"],
    // as written
    ["≥86", "≥86"],
    ["86 以上", "86 以上"],
    ["保持 领先", "保持 领先"],
    ["≥ 全省平均", "≥ 全省平均"],
  ])("%s → %s", (written, joined) => {
    expect(operatorJoined(written)).toBe(joined);
  });

  test.each<[string, string, string]>([
    ["a web table's ≥ 86 (trial47c F5)", "≥ 86", "≥86"],
    ["a spaced ceiling", "< 0.9", "<0.9"],
    ["words keep their spaces", "≥ 全省平均", "≥ 全省平均"],
  ])("import: %s", (_why, written, target) => {
    const r = importTable(["某市“十四五”林业主要指标", "序号\t指标\t2020年\t2025年", `1\t草原综合植被盖度（%）\t85.2\t${written}`].join("\n"));
    if (!r.ok) throw new Error(r.message);
    if (r.template.kind !== "indicators") throw new Error(r.template.kind);
    expect(r.template.indicators[0]?.target).toBe(target);
  });
});
