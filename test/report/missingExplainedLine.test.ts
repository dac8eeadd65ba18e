import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { docxText } from "../support/docxText";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * trial31: a row left blank with its reason in 说明 (as check advises for 暂无) read in the report's domain
 * section "城镇调查失业率（预期性）：未能评估（未填报）。", the reason only in the 附表. The line now gives it
 * after 未能评估（未填报）, cut as the report quotes a 说明 (evaluation-rules §6a, our reading); a blank row
 * with no 说明, and a row with a value and a 说明, read as before. On the old code no line said 已说明.
 */
const row = (values: RowFacts["values"]): RowFacts => ({ name: "城镇调查失业率", attribute: "预期性", unit: "%", baseline: "4.5", target: "<5", values, domain: "民生福祉" });
const LONG = "统计局尚未发布2023年调查失业率，预计于次年三月随统计公报一并发布，届时补填本行数值并报送更正后的填报表";

describe("the report's line for a 未填报 row with a 说明 gives the reason", () => {
  test.each<[string, RowFacts["values"], string, string | null]>([
    ["blank, explained", { 2023: null }, "统计局尚未发布2023年调查失业率", "城镇调查失业率（预期性）：未能评估（未填报），已说明：统计局尚未发布2023年调查失业率。"],
    ["blank, a long 说明 cut at 40 characters", { 2023: null }, LONG, `城镇调查失业率（预期性）：未能评估（未填报），已说明：${[...LONG].slice(0, 39).join("")}…。`],
    ["blank, no 说明: as before", { 2023: null }, "", "城镇调查失业率（预期性）：未能评估（未填报）。"],
    ["a value with a 说明: not 未填报, no 已说明", { 2021: 4.6, 2022: 4.7, 2023: 4.8 }, "口径调整", null],
  ])("%s", async (_why, values, note, line) => {
    const ret = returnOf("青田县", [row(values)], 2023);
    ret.items[0] = { ...ret.items[0]!, note };
    const c = combineEvaluations([ret]);
    if (!c.ok) throw new Error("not combined");
    const text = await docxText(c.report);
    if (line) expect(text).toContain(`\n${line}\n`);
    else expect(text).not.toContain("已说明：");
  });
});
