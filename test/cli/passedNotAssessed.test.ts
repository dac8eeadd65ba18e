/**
 * trial36 T7: a first-time reviewer chose 通过 on the 审核 row of an indicator still 待人工评估 and took it for
 * enough; review and lock said only that 1 indicator was 待人工评估. The line for such a row now says it was decided
 * 通过, that 通过 fills in no 人工评估, and what to do: choose a conclusion (the list) in its 人工评估 cell (named),
 * run review, then 通过 again — and doing so lets lock lock. check says the same line (lockRefusalLine). A row
 * not decided 通过 keeps the plain line. The return is the trial plan's (test/support/trialReturn).
 */
import { cli } from "../support/cli";
import { at, decide, edit, KEY, LOCKABLE, returnFile, reviewRows, run } from "../support/trialReturn";

/** r13 (河长制工作, a words target) reported with no 人工评估: 待人工评估, its 人工评估 cell Q16 */
const UNASSESSED = LOCKABLE.filter((e) => !(e.id === "r13" && e.key === "assess")).concat(at("r13", "in:2024", "河长制考核全省第3名"));

/** A return reviewed, every row decided 通过 but r13, decided `r13` ("" leaves it 待审核). */
async function decided(r13: string): Promise<string> {
  const f = await returnFile(UNASSESSED);
  await run("review", f);
  const rows = await reviewRows(f);
  await decide(f, Object.fromEntries([...rows.keys()].map((k) => [k, { decision: k === KEY("r13") ? r13 : "通过", reviewer: "王审核" }])));
  return f;
}

const SAID = {
  zh: ["河长制工作（审核表中已选“通过”）", "审核表中的“通过”不会填写人工评估，请先在 ", "!Q16（该项的人工评估单元格）选择评估结论（已达标、符合序时进度、滞后、严重滞后或不适用）并保存，再运行 plan-returns review ", "然后在审核表中为该行复核“通过”（重新选一次同样的结论不算改动，结论不变的，在该行的审核意见里添上“已复核”或改审核日期）"],
  en: ["河长制工作 (decided 通过 on the review sheet)", "通过 on the review sheet does not fill in 人工评估, so first choose a conclusion (已达标, 符合序时进度, 滞后, 严重滞后 or 不适用) in ", "!Q16 (its 人工评估 (assessment) cell) and save, run plan-returns review ", "then confirm 通过 on its row of the review sheet (choosing 通过 again is no change: where the decision stands, add 已复核 (re-checked) to that row's 审核意见 (comment), or change its 审核日期 (review date))"],
};
const PLAIN = { zh: "请先在人工评估列选择评估结论（已达标、符合序时进度、滞后、严重滞后或不适用），保存后再锁定", en: "first choose a conclusion in the 人工评估 column (已达标, 符合序时进度, 滞后, 严重滞后 or 不适用), save, and lock again" };

describe("a 待人工评估 row decided 通过: review, lock and check say what to do", () => {
  test.each<["review" | "lock" | "check", "zh" | "en", string]>([
    ["review", "zh", "通过"], ["lock", "zh", "通过"], ["check", "zh", "通过"],
    ["review", "en", "通过"], ["lock", "en", "通过"], ["check", "en", "通过"],
    // not decided 通过: the plain line, no word of a 通过
    ["lock", "zh", ""], ["lock", "en", ""], ["check", "zh", ""],
  ])("%s (%s), r13 decided %p", async (command, lang, r13) => {
    const f = await decided(r13);
    const r = await cli(command, f, "--lang", lang);
    const said = r.out + r.err;
    expect(said).toContain(lang === "en" ? "河长制工作" : "有 1 项指标待人工评估");
    if (r13 === "通过") {
      for (const words of SAID[lang]) expect(said).toContain(words);
      expect(said).not.toContain(PLAIN[lang]);
    } else {
      expect(said).toContain(PLAIN[lang]);
      expect(said).not.toMatch(/已选“通过”|decided 通过 on the review sheet/);
    }
  }, 120000);
});

test("doing what the line says lets lock lock: the conclusion in Q16, review, then 通过 again", async () => {
  const f = await decided("通过");
  expect((await cli("lock", f)).code).toBe(5);
  await edit(f, [at("r13", "assess", "已达标")]);
  await run("review", f);
  expect((await reviewRows(f)).get(KEY("r13"))?.["review"]).toBe("待复核");
  await decide(f, { [KEY("r13")]: { decision: "通过", reviewer: "王审核", date: new Date(Date.UTC(2025, 1, 11)) } });
  const lock = await cli("lock", f, "--reviewer", "王审核");
  expect([lock.code, lock.err]).toEqual([0, ""]);
}, 120000);
