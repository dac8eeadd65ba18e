import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * The 附表's 进度 beside 序时进度 (and the 分领域 line, which reads the same pair): a trial's
 * 优质园覆盖面 at 77.98 against 69.91 → 80 in 2024 is 79.98% of the way, due 80%, 滞后于预期, and
 * printed 80.0% beside 80.0%.
 */
const row = (values: RowFacts["values"]): RowFacts => ({ name: "优质园覆盖面（%）", attribute: "预期性", unit: "%", baseline: "69.91", target: "80", values });

describe("the 附表's 进度 and 序时进度 of a row behind schedule never read equal", () => {
  test.each([
    ["the trial's 77.98: more decimals", row({ 2021: 71.93, 2022: 73.95, 2023: 75.96, 2024: 77.98 }), ["79.98%", "80.00%", "滞后于预期"]],
    ["visibly behind: the usual decimal", row({ 2021: 71.93, 2022: 73.95, 2023: 75.96, 2024: 77.2 }), ["72.2%", "80.0%", "滞后于预期"]],
    ["on schedule at 80%: the usual decimal", row({ 2021: 71.93, 2022: 73.95, 2023: 75.96, 2024: 77.982 }), ["80.0%", "80.0%", "基本符合预期"]],
  ] as const)("%s", (_why, facts, shown) => {
    const ret = returnOf("柯城区", [facts], 2024);
    expect(evaluationColumns(ret.items[0]!, 1, 2024).slice(7, 10)).toEqual(shown);
  });
});
