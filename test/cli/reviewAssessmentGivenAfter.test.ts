/**
 * Trial C problem 1: the reviewer decided 通过 on a 待人工评估 row and then gave its 人工评估 in
 * the indicator sheet (the row became 已达标, the 审核 row 已消除). The town rebuilt its file from
 * its own copy: the assessment is gone, the row holds again exactly what the decision was made on.
 * The decision rested on the assessment, so `review --replaces` marks the row 待复核 (as `diff`
 * lists the change), keeps the mark on later runs, and only a new decision (or the assessment
 * given again) clears it; a decision made on the new file itself needs no mark.
 */
import { readFileSync } from "node:fs";
import { reviewTally } from "../../src/cycle/reviewTally";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { checkGrid } from "../../src/sheet/checkGrid";
import { FIRST_DATA_ROW } from "../../src/sheet/keys";
import { at, decide, edit, KEY, returnFile, reviewRows, run, V1, V2 } from "../support/trialReturn";

const WITHOUT = V1.filter((e) => !(e.id === "r13" && e.key === "assess"));
const GIVE_AGAIN = "人工评估 Q16：已达标 → （空）（请在指标表重新填写）";
const d = { reviewer: "王审核", date: new Date(Date.UTC(2025, 1, 10)) };

/** v1 reviewed: 通过 on r13 while 待人工评估, then its 人工评估 given (已达标) and reviewed again; v2 without it. */
async function decidedThenAssessed(): Promise<{ v1: string; v2: string }> {
  const v1 = await returnFile(WITHOUT);
  await run("review", v1);
  await decide(v1, { [KEY("r13")]: { decision: "通过", comment: "河长制考核全省第3名", ...d } });
  await edit(v1, [at("r13", "assess", "已达标")]);
  await run("review", v1);
  return { v1, v2: await returnFile(V2) };
}

describe("a 人工评估 given after the decision and left out of the resubmission (trial C 1)", () => {
  test.each<[string, (v1: string, v2: string) => Promise<void>, string, string]>([
    ["review --replaces: 待复核, asking for the assessment again", async (v1, v2) => { await run("review", v2, "--replaces", v1); }, "待复核", GIVE_AGAIN],
    ["a later review without --replaces keeps the mark", async (v1, v2) => { await run("review", v2, "--replaces", v1); await run("review", v2); }, "待复核", GIVE_AGAIN],
    ["--replaces run again on the marked file keeps it", async (v1, v2) => { await run("review", v2, "--replaces", v1); await run("review", v2, "--replaces", v1); }, "待复核", GIVE_AGAIN],
    ["the reviewer decides again: 有效", async (v1, v2) => {
      await run("review", v2, "--replaces", v1);
      await decide(v2, { [KEY("r13")]: { comment: "复核：按上版人工评估认定" } });
      await run("review", v2);
      await run("review", v2, "--replaces", v1);
      // the change the decision was made again on stays beside it, no longer asking for the assessment (trial44a F7)
    }, "有效", "（上次审核时 → 重新审核时）人工评估 Q16：已达标 → （空）"],
    // given again, the GIVE_AGAIN mark is gone; but the decision was made before any 人工评估, and a row graded by its
    // 人工评估 stays listed until a decision confirms it (trial35 X1: the column is open to the filer), so 待复核 names it
    ["the assessment given again in the new file: no give-again mark, the conclusion to confirm", async (v1, v2) => { await edit(v2, [at("r13", "assess", "已达标")]); await run("review", v2, "--replaces", v1); }, "待复核", "人工评估 Q16：（空） → 已达标"],
  ])("%s", async (_, act, state, change) => {
    const { v1, v2 } = await decidedThenAssessed();
    await act(v1, v2);
    expect((await reviewRows(v2)).get(KEY("r13"))).toMatchObject({ decision: "通过", review: state, change });
  }, 90000);

  test("the ledger and lock read the mark (reviewTally): the row is 待复核 there too", async () => {
    const { v1, v2 } = await decidedThenAssessed();
    await run("review", v2, "--replaces", v1);
    const grid = await readXlsxZip(readFileSync(v2));
    const r = checkGrid(grid);
    if (!r.ok) throw new Error("v2 does not check");
    const t = reviewTally(grid, r.report);
    const row = [...(await reviewRows(v2)).keys()].indexOf(KEY("r13")) + FIRST_DATA_ROW;
    expect(t.staleRows).toContain(row);
  }, 90000);
});
