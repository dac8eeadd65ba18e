import { num, str, type CellValue } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { planCellChanges } from "../../src/sheet/planCellChanges";

/**
 * trial28d F4: a 目标 or 基期值 typed over in the unprotected sheet (a 中期调整) is said on its cell,
 * since check keeps grading on the template; the writer's own text, or one read alike, is not.
 */
const shown = { unit: "岁", baseline: "3.0", target: "≥81.5" };
test.each<[string, "unit" | "baseline" | "target", CellValue, string | null]>([
  ["target revised", "target", str("≥81"), "目标「≥81」与模板「≥81.5」不一致，核对仍按模板的 ≥81.5；规划中期调整请用 rollover --from 新的规划表（见用户指南）"],
  ["baseline revised", "baseline", str("3.2"), "基期值「3.2」与模板「3.0」不一致，核对仍按模板的 3.0；规划中期调整请用 rollover --from 新的规划表（见用户指南）"],
  ["baseline typed as the number 3", "baseline", num(3), null],
  ["target as written", "target", str("≥81.5"), null],
  ["target with spaces and >=", "target", str(" >= 81.5 "), null],
  ["target cleared", "target", { type: "empty" }, "目标（空）与模板「≥81.5」不一致，核对仍按模板的 ≥81.5；规划中期调整请用 rollover --from 新的规划表（见用户指南）"],
  ["a formula never calculated", "target", { type: "uncalculated" }, null],
  ["unit changed", "unit", str("年"), "单位「年」与模板「岁」不一致，核对仍按模板的 岁；规划中期调整请用 rollover --from 新的规划表（见用户指南）"],
])("%s", (_label, field, value, message) => {
  const issues = planCellChanges(shown, [{ field, cell: "G11", value }], "表1", false);
  const bare = issues.map((i) => describeIssue({ ...i, sheet: undefined, cell: undefined } as never, "zh"));
  expect(bare[0] ?? null).toEqual(message);
  if (message) expect([issues[0]?.severity, issues[0]?.cell]).toEqual(["warning", "G11"]);
});
