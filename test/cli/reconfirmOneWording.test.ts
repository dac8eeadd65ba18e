/**
 * trial42a F3: how to confirm a 待复核 row was said two ways on one screen — lock's, check's and the pane outlook's
 * changed-since-lock line (lock_changed) said 已有结论的改一下审核日期, review's next step and the pane's hint said
 * 添上“已复核”即算复核. One wording now (RECONFIRM_WORDS.keep) in each of them.
 * trial42a F2: a row whose 审核意见 already read …；已复核 (the re-confirmation of the version before) became 待复核
 * again; lock and review asked for 已复核 in its 审核意见, what the reviewer saw done. The rows whose 审核意见
 * already holds it are now named, saying that word does not count for the change and is asked once more.
 */
import { cycleMessage } from "../../src/cli/cycleMessages";
import type { LockRefusal } from "../../src/cycle/lockRefusals";
import type { ReviewTally } from "../../src/cycle/reviewTally";
import type { CheckReport } from "../../src/sheet/CheckReport";
import { t } from "../../src/ui/shared/i18n";
import { lockOutlookLine } from "../../src/ui/shared/lockOutlookLine";
import { cli } from "../support/cli";
import { at, decide, edit, KEY, LOCKABLE, returnFile, reviewRows, run } from "../support/trialReturn";

const KEEP = {
  zh: "结论不变的，在该行的审核意见里添上“已复核”或改审核日期",
  en: "where the decision stands, add 已复核 (re-checked) to that row's 审核意见 (comment), or change its 审核日期 (review date)",
  pane: "where the decision stands, add re-checked (已复核) to that row's comment (审核意见), or change its review date (审核日期)",
} as const;
const HELD = {
  zh: "第 44 行审核意见里原有的“已复核”不算这次复核（看不出是在改动之后写的），请再添一次“已复核”或改审核日期",
  en: "row 44: the 已复核 (re-checked) already in the 审核意见 (comment) does not count for this change (nothing shows it was written after it): add it once more, or change the 审核日期 (review date)",
} as const;
const STALE = { file: "a.xlsx", sheet: "审核", n: 1, rows: "第 44 行 指标", shown: 1, unmarked: 0, returned: "", returnedN: 0 };
const CHANGED = { file: "a.xlsx", n: 1, rows: "表2!L29 指标", shown: 1, unmarked: 0 };
const NEXT = { sheet: "审核", n: 0, stale: 1, list: "通过 / 退回修改 / 已说明", file: "a.xlsx", sentBack: 0, refused: 0, returnedN: 0 };
const held = { rechecked: "44", recheckedN: 1 };

/** lock_errors alone reads the report: the other reasons carry what they say */
const REPORT = { items: [], problems: [], counts: { missing: 0 } } as unknown as CheckReport;
const TALLY = { reviewed: true, decided: 1, open: 0, openRows: [], accepted: [] } as unknown as ReviewTally;
const stale = (rechecked: number[]): LockRefusal => ({ code: "stale", n: 1, sheet: "审核", rows: [44], items: [{ sheet: "表2", cell: "L44", name: "指标", row: 44, marked: true }], unmarked: 0, returned: [], rechecked });
const changed = (rechecked: number[]): LockRefusal => ({ code: "changed", changes: [{ sheet: "表2", cell: "L44", name: "指标", was: "1", now: "2", field: "2024", row: 44, marked: true }], rechecked, sheet: "审核" });
const outlook = (x: LockRefusal, lang: "zh" | "en"): string => lockOutlookLine({ refusals: [x], report: REPORT, tally: TALLY }, lang).text;

describe("one way to confirm a 待复核 row, everywhere (trial42a F3)", () => {
  test.each<[string, "zh" | "en", () => string, string]>([
    ["lock's 待复核 refusal", "zh", () => cycleMessage("lock_stale", STALE, "zh"), KEEP.zh],
    ["lock's 待复核 refusal", "en", () => cycleMessage("lock_stale", STALE, "en"), KEEP.en],
    ["lock's and check's changed-since-lock refusal", "zh", () => cycleMessage("lock_changed", CHANGED, "zh"), KEEP.zh],
    ["lock's and check's changed-since-lock refusal", "en", () => cycleMessage("lock_changed", CHANGED, "en"), KEEP.en],
    ["review's next step", "zh", () => cycleMessage("review_next_decide", NEXT, "zh"), KEEP.zh],
    ["review's next step", "en", () => cycleMessage("review_next_decide", NEXT, "en"), KEEP.en],
    ["the pane's hint", "zh", () => t("zh", "summary.reviewHint"), KEEP.zh],
    ["the pane's hint", "en", () => t("en", "summary.reviewHint"), KEEP.pane],
    ["the pane's lock outlook, changed since the lock", "zh", () => outlook(changed([]), "zh"), KEEP.zh],
    ["the pane's lock outlook, 待复核", "en", () => outlook(stale([]), "en"), KEEP.en],
  ])("%s (%s)", (_name, _lang, say, keep) => {
    const line = say();
    expect({ has: line.includes(keep), line }).toEqual({ has: true, line });
    expect(line).not.toMatch(/改一下审核日期|即算复核|change its 审核日期, date|to confirm it\)/);
  });
});

describe("a 审核意见 that already holds 已复核 is said so, not asked for (trial42a F2)", () => {
  test.each<[string, "zh" | "en", (p: Record<string, string | number>) => string]>([
    ["lock's 待复核 refusal", "zh", (p) => cycleMessage("lock_stale", { ...STALE, ...p }, "zh")],
    ["lock's 待复核 refusal", "en", (p) => cycleMessage("lock_stale", { ...STALE, ...p }, "en")],
    ["lock's changed-since-lock refusal", "zh", (p) => cycleMessage("lock_changed", { ...CHANGED, ...p }, "zh")],
    ["lock's changed-since-lock refusal", "en", (p) => cycleMessage("lock_changed", { ...CHANGED, ...p }, "en")],
    ["review's next step", "zh", (p) => cycleMessage("review_next_decide", { ...NEXT, ...p }, "zh")],
    ["review's next step", "en", (p) => cycleMessage("review_next_decide", { ...NEXT, ...p }, "en")],
    ["the pane's lock outlook, 待复核", "zh", (p) => outlook(stale(p["recheckedN"] ? [44] : []), "zh")],
    ["the pane's lock outlook, changed since the lock", "en", (p) => outlook(changed(p["recheckedN"] ? [44] : []), "en")],
  ])("%s (%s): the row named where its 审核意见 holds 已复核, nothing said where not", (_name, lang, say) => {
    expect(say(held)).toContain(HELD[lang]);
    expect(say({})).not.toContain(lang === "en" ? "already in the" : "原有的“已复核”");
  });
});

describe("lock and review find the 已复核 already written (trial42a F2), and another 已复核 confirms the row", () => {
  const d = { reviewer: "王审核", date: new Date(Date.UTC(2025, 1, 10)) };
  /** a return reviewed, every flagged row decided 通过, r06's 审核意见 `comment`; then r06's 2024 value changed and review run */
  async function changedAfter(comment: string): Promise<string> {
    const f = await returnFile(LOCKABLE);
    await run("review", f);
    const open = [...(await reviewRows(f))].filter(([, r]) => r["review"] === "待审核").map(([k]) => k);
    await decide(f, Object.fromEntries(open.map((k) => [k, { decision: "通过", ...d, ...(k === KEY("r06") ? { comment } : {}) }])));
    await run("review", f);
    await edit(f, [at("r06", "in:2024", 0.5855)]);
    await run("review", f);
    return f;
  }

  test.each<[string, string, "zh" | "en", boolean]>([
    ["already re-checked once", "受旱属实；已复核", "zh", true],
    ["already re-checked once", "受旱属实；已复核", "en", true],
    ["never re-checked", "受旱属实", "zh", false],
  ])("%s (%s, %s): review and lock name the row only where its 审核意见 holds 已复核", async (_name, comment, lang, named) => {
    const f = await changedAfter(comment);
    expect((await reviewRows(f)).get(KEY("r06"))).toMatchObject({ decision: "通过", review: "待复核" });
    const review = await cli("review", f, "--lang", lang);
    const lock = await cli("lock", f, "--reviewer", "王审核", "--lang", lang);
    expect(lock.code).toBe(5);
    const says = lang === "en" ? /row \d+: the 已复核 \(re-checked\) already in the 审核意见 \(comment\) does not count for this change/ : /第 \d+ 行审核意见里原有的“已复核”不算这次复核/;
    expect([says.test(review.out), says.test(lock.err)]).toEqual([named, named]);
  }, 90000);

  it("已复核 added once more: 有效, and lock locks", async () => {
    const f = await changedAfter("受旱属实；已复核");
    await decide(f, { [KEY("r06")]: { comment: "受旱属实；已复核；已复核" } });
    await run("review", f);
    expect((await reviewRows(f)).get(KEY("r06"))).toMatchObject({ decision: "通过", review: "有效" });
    expect((await cli("lock", f, "--reviewer", "王审核")).code).toBe(0);
  }, 90000);
});
