import { explainWarnings } from "../../src/domain/explainWarnings";
import type { Issue } from "../../src/domain/Issue";

/**
 * A 说明 keeps a §8 warning (已说明) only when it gives a reason, as it does for a blank or a lagging row
 * (§6a, isReasonWritten): session 33 made 滞后指标须填写说明 ask so, while `/` still marked a jump 已说明 on the
 * same row, so one row was told both that it was explained and that it was not.
 */
describe("explainWarnings: a 说明 that gives a reason keeps a §8 warning", () => {
  const jump: Issue = { code: "value_jump", severity: "warning", params: { year: 2023, previous: 2022 } } as unknown as Issue;
  const error: Issue = { code: "not_a_number", severity: "error", params: {} } as unknown as Issue;
  test.each<[string, boolean]>([
    // on main: noted for each of these (any text counted)
    ["/", false],
    ["—", false],
    ["无", false],
    ["暂无。", false],
    ["N/A", false],
    // as before
    ["", false],
    ["   ", false],
    ["统计口径调整，2023年起含新区", true],
    ["新建污水厂投运", true],
  ])("说明 %j: the jump is kept (已说明) %s", (note, kept) => {
    const [j, e] = explainWarnings([jump, error], note);
    expect(j?.params).toEqual(kept ? { ...jump.params, noted: 1 } : jump.params);
    // an error is never kept by a 说明
    expect(e).toEqual(error);
  });
});
