import type { ReturnEvaluation } from "../../src/sheet/EvaluationReport";
import { warningSection } from "../../src/sheet/warningSection";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * An unconfirmed 人工评估 (EvaluationRow.assessmentToConfirm; §3, our reading, trial35 X1) is said 待审核确认 in the
 * paragraph, the 分领域 line and the 附表's 说明, but the 预警 section's lines (a binding words target assessed 滞后 before
 * T; 期末未完成 at T) said it as settled (trial36). Now they say it too, zh and en; a confirmed one reads as before.
 */
const words: RowFacts = { name: "基层应急管理体系", attribute: "约束性", unit: "", baseline: "/", target: "全覆盖", values: {}, assessment: "lagging" };

function section(year: number, toConfirm: boolean, lang: "zh" | "en"): string {
  const ret: ReturnEvaluation = returnOf("东港区", [words], year);
  if (toConfirm) for (const i of ret.items) i.assessmentToConfirm = true;
  return warningSection(ret, lang).lines.join("\n");
}

test.each<[string, number, boolean, "zh" | "en", string]>([
  ["预警 before T, to confirm", 2023, true, "zh", "【预警】基层应急管理体系（约束性）：人工评估为滞后（待审核确认），目标 全覆盖"],
  ["预警 before T, to confirm", 2023, true, "en", "[WARNING] 基层应急管理体系 (binding): assessed as lagging (not yet confirmed by the reviewer), target 全覆盖"],
  ["预警 before T, confirmed", 2023, false, "zh", "【预警】基层应急管理体系（约束性）：人工评估为滞后，目标 全覆盖"],
  ["期末未完成 at T, to confirm", 2025, true, "zh", "【约束性未完成】基层应急管理体系（约束性）：规划期末（2025 年）未完成，人工评估为滞后（待审核确认），目标 全覆盖"],
  ["期末未完成 at T, to confirm", 2025, true, "en", "[BINDING, NOT ACHIEVED] 基层应急管理体系 (binding): not achieved at the end of the plan period (2025), assessed as lagging (not yet confirmed by the reviewer), target 全覆盖"],
  ["期末未完成 at T, confirmed", 2025, false, "zh", "【约束性未完成】基层应急管理体系（约束性）：规划期末（2025 年）未完成，人工评估为滞后，目标 全覆盖"],
])("%s: %i, to confirm %s (%s)", (_why, year, toConfirm, lang, line) => {
  expect(section(year, toConfirm, lang)).toBe(line);
});
