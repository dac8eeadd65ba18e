import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import { returnParagraph } from "../../src/sheet/returnParagraph";
import { warningSection } from "../../src/sheet/warningSection";
import { docxText } from "../support/docxText";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * A words-only target a reviewer assessed (人工评估 = 符合序时进度, 已达标, 滞后) is graded; the report
 * says the assessment, or the words entered, never 未填报 beside its grade (a fresh user's trial:
 * "基层应急管理体系（约束性）：基本符合预期，2023 年 未填报。").
 */
const words = (more: Partial<RowFacts>): RowFacts => ({ name: "基层应急管理体系", attribute: "约束性", unit: "", baseline: "/", target: "全覆盖", values: {}, domain: "应急能力", ...more });

describe("a qualitative row a reviewer assessed says the assessment (our reading)", () => {
  test.each([
    ["2023, 符合序时进度, nothing typed", 2023, words({ assessment: "on_track" }), "基层应急管理体系（约束性）：基本符合预期，人工评估为符合序时进度。", "—", "人工评估为符合序时进度"],
    ["2025 (Y = T), 已达标, nothing typed", 2025, words({ assessment: "met" }), "基层应急管理体系（约束性）：已实现，人工评估为已达标。", "—", "人工评估为已达标"],
    ["2025, words typed in the year's cell: the words", 2025, words({ assessment: "met", values: { 2025: "已全覆盖" } }), "基层应急管理体系（约束性）：已实现，2025 年已全覆盖。", "已全覆盖", "人工评估为已达标"],
    // a trial: at T a reviewer's 符合序时进度 was listed among 未完成; 序时进度 at T is the whole target
    ["2025 (Y = T), 符合序时进度: the target reached, 已实现", 2025, words({ assessment: "on_track" }), "基层应急管理体系（约束性）：已实现，人工评估为符合序时进度。", "—", "人工评估为符合序时进度"],
    ["2025, 滞后: 未完成, with the assessment", 2025, words({ assessment: "lagging" }), "基层应急管理体系（约束性）：未完成，人工评估为滞后。", "—", "人工评估为滞后"],
  ] as const)("%s", async (_why, year, row, line, actual, remark) => {
    const ret = returnOf("海城区", [row], year);
    const c = combineEvaluations([ret]);
    if (!c.ok) throw new Error("not combined");
    const text = await docxText(c.report);
    expect(text).toContain(`\n${line}\n`);
    expect(text).not.toContain("未填报");
    const cols = evaluationColumns(ret.items[0]!, 1, year);
    expect([cols[6], cols[12]]).toEqual([actual, remark]);
  });

  test.each([["zh", "已实现 1 项，未完成 0 项"], ["en", "achieved 1, not achieved 0"]] as const)("at the plan's end, 符合序时进度 is counted achieved, not among 未完成 (%s)", (lang, counts) => {
    const text = returnParagraph(returnOf("海城区", [words({ assessment: "on_track" })], 2025), lang);
    expect(text).toContain(counts);
    expect(text).not.toMatch(/未完成的|Not achieved:/);
  });

  test.each([
    ["zh", "基层应急管理体系（人工评估为滞后，目标 全覆盖）", "【约束性未完成】基层应急管理体系（约束性）：规划期末（2025 年）未完成，人工评估为滞后，目标 全覆盖"],
    ["en", "基层应急管理体系 (assessed as lagging, target 全覆盖)", "[BINDING, NOT ACHIEVED] 基层应急管理体系 (binding): not achieved at the end of the plan period (2025), assessed as lagging, target 全覆盖"],
  ] as const)("at the plan's end, not achieved by the reviewer's word: the paragraph and the 预警 line say it (%s)", (lang, item, warning) => {
    const ret = returnOf("海城区", [words({ assessment: "lagging" })], 2025);
    expect(returnParagraph(ret, lang)).toContain(item);
    expect(warningSection(ret, lang).lines).toEqual([warning]);
  });
});
