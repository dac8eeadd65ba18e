/**
 * fu10 issue 6 (lost work): the reviewer's 人工评估 (the indicator sheet's assessment column) of
 * the first version is not in the resubmission: `review --replaces` marks the row 待复核 and
 * says the assessment must be given again, as it does for any other change the decision rested on.
 */
import { at, edit, firstReview, KEY, reviewRows, run } from "../support/trialReturn";

describe("the reviewer's 人工评估 and a resubmission (fu10 issue 6)", () => {
  test.each<[string, string | null, string, string]>([
    ["left out of the new version: 待复核, saying it must be given again", null, "待复核", "人工评估 Q16：已达标 → （空）（请在指标表重新填写）"],
    ["given again in the new version: the decision holds", "已达标", "有效", ""],
    ["another assessment in the new version: 待复核", "滞后", "待复核", "人工评估 Q16：已达标 → 滞后"],
  ])("%s", async (_, assess, state, change) => {
    const { v1, v2 } = await firstReview();
    if (assess !== null) await edit(v2, [at("r13", "assess", assess)]);
    await run("review", v2, "--replaces", v1);
    const row = (await reviewRows(v2)).get(KEY("r13"));
    expect(row).toMatchObject({ decision: "通过", review: state, change });
  }, 60000);
});
