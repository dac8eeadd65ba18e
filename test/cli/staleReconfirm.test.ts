/**
 * trial36 N1: the reviewer chose 通过 on a 待人工评估 row and gave its 人工评估 in the same save. The workbook keeps no
 * order of one save's edits, and the 人工评估 column is open to the filer too (trial35 X1), so `review` keeps the row
 * 待复核 (evaluation-rules §3, our reading). Typing the same 通过 again changes nothing; changing the row's 审核日期
 * confirms it. review's next step and lock's refusal now say so (they said only to choose a 审核结论).
 * Session 39 (trial F6): a reviewer who chose 通过 again on the day of the first decision had no truthful new 审核日期 to
 * type, and lock's refusal opened 请在这些行重新下结论, what was just done: both lines now give one step that always
 * changes the row, 已复核 added to its 审核意见, and lock's says why the same decision again is not seen.
 */
import { cli } from "../support/cli";
import { at, decide, edit, KEY, LOCKABLE, returnFile, reviewRows, run } from "../support/trialReturn";

const HINT = { zh: "结论不变的，在该行的审核意见里添上“已复核”或改审核日期", en: "where the decision stands, add 已复核 (re-checked) to that row's 审核意见 (comment), or change its 审核日期 (review date)" } as const;
const d = { reviewer: "王审核", date: new Date(Date.UTC(2025, 1, 10)) };

/** A return reviewed, every other flagged row decided 通过, then r13's 通过 and its 人工评估 (已达标) saved together. */
async function decidedWithAssessment(): Promise<string> {
  const f = await returnFile(LOCKABLE.filter((e) => !(e.id === "r13" && e.key === "assess")));
  await run("review", f);
  const open = [...(await reviewRows(f))].filter(([k, r]) => r["review"] === "待审核" && k !== KEY("r13")).map(([k]) => k);
  await decide(f, Object.fromEntries(open.map((k) => [k, { decision: "通过", ...d }])));
  await run("review", f);
  await decide(f, { [KEY("r13")]: { decision: "通过", ...d } });
  await edit(f, [at("r13", "assess", "已达标")]);
  return f;
}

describe("a decision and the 人工评估 saved together: 待复核, and the lines say how to confirm it", () => {
  test.each<["zh" | "en", RegExp, RegExp]>([
    ["zh", /^下一步：审核人员在「审核」表的“审核结论”列为 1 条待复核的记录逐条选择（通过 \/ 退回修改 \/ 已说明；结论不变的，在该行的审核意见里添上“已复核”或改审核日期）并保存/m,
      /须重新审核（review 只标出待复核，不会消除）：请复核该行：结论不变的，在该行的审核意见里添上“已复核”或改审核日期（结论要改的，改选结论即可；只重选同样的结论而审核日期不变，文件里看不出复核过），保存后再锁定$/m],
    ["en", /^Next: the reviewer chooses a 审核结论 \(通过 \/ 退回修改 \/ 已说明; where the decision stands, add 已复核 \(re-checked\) to that row's 审核意见 \(comment\), or change its 审核日期 \(review date\)\) for 1 row to review again on the "审核" sheet and saves/m,
      /never clears it: where the decision stands, add 已复核 \(re-checked\) to that row's 审核意见 \(comment\), or change its 审核日期 \(review date\); choose another decision where it changes \(the same decision chosen again with the same 审核日期 \(review date\) leaves no trace in the file\), save, and lock again$/m],
  ])("%s: review's next step and lock's refusal", async (lang, next, refusal) => {
    const f = await decidedWithAssessment();
    const r = await cli("review", f, "--lang", lang);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toMatch(next);
    expect((await reviewRows(f)).get(KEY("r13"))).toMatchObject({ decision: "通过", review: "待复核" });
    const lock = await cli("lock", f, "--reviewer", "王审核", "--lang", lang);
    expect(lock.code).toBe(5);
    expect(lock.err).toMatch(refusal);
    expect(r.out).toContain(HINT[lang]);
  }, 90000);

  // what the hint promises, and what it warns against
  test.each<[string, Record<string, unknown>, string, number]>([
    ["the same 通过 and 审核日期 typed again (re-decided the same day): still 待复核, lock refuses", { decision: "通过", ...d }, "待复核", 5],
    ["the row's 审核日期 changed: 有效", { date: new Date(Date.UTC(2025, 1, 11)) }, "有效", 0],
    ["已复核 added to the row's 审核意见, the same day: 有效, lock locks", { decision: "通过", ...d, comment: "已复核" }, "有效", 0],
  ])("%s", async (_, change, state, code) => {
    const f = await decidedWithAssessment();
    await run("review", f);
    await decide(f, { [KEY("r13")]: change as Record<string, Date | string> });
    await run("review", f);
    expect((await reviewRows(f)).get(KEY("r13"))).toMatchObject({ decision: "通过", review: state });
    expect((await cli("lock", f, "--reviewer", "王审核")).code).toBe(code);
  }, 90000);
});
