/** fu10 issue 10: the 审核 sheet's 位置 (and its link) is the cell the problem is in, another year's too. */
import { KEY, returnFile, reviewRows, run, V1 } from "../support/trialReturn";

describe("the 审核 sheet's 位置 is the cell the problem is in (fu10 issue 10)", () => {
  let rows = new Map<string, Record<string, string>>();
  beforeAll(async () => {
    const f = await returnFile(V1);
    await run("review", f);
    rows = await reviewRows(f);
  }, 60000);

  test.each<[string, string, string]>([
    ["a 2023 value typed as text", "r04", "K7"],
    ["a value typed in the 2025 column", "r08", "M11"],
    ["a lagging row without a 说明: the value, not the 说明", "r09", "L12"],
    ["a row without problems", "r01", "L4"],
  ])("%s (%s): %s", (_, id, cell) => {
    expect(rows.get(KEY(id))?.["cell"]).toBe(cell);
  });
});
