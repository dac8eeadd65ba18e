/**
 * fu10 issue 3 (lost work): what `review v2 --replaces v1` records (待复核 and 原值 → 新值) stays
 * through a plain re-run of `review` until the reviewer decides on the row; a return is never
 * reviewed against itself.
 */
import { copyFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { cli } from "../support/cli";
import { decide, firstReview, KEY, returnFile, reviewRows, run, V1, V2 } from "../support/trialReturn";

describe("review --replaces: what it records stays until the reviewer looks at it (fu10 issue 3)", () => {
  const rows: Array<Map<string, Record<string, string>>> = [];
  let v2 = "";
  beforeAll(async () => {
    const f = await firstReview();
    v2 = f.v2;
    await run("review", v2, "--replaces", f.v1);
    rows.push(await reviewRows(v2));
    await run("review", v2); // nothing changed: a plain re-run, as the sheet itself asks
    rows.push(await reviewRows(v2));
    await run("review", v2, "--replaces", f.v1); // and the same resubmission again
    rows.push(await reviewRows(v2));
  }, 120000);

  test.each<[string, string, string, string | RegExp]>([
    // trial40a F7: a row nobody had decided on has no decision to re-confirm (待复核, 添上“已复核”): 待审核, the change said
    ["a value changed on a row nobody had decided on", "r07", "待审核", "4.62 → 4.65"],
    ["a row filled in over four years", "r11", "待复核", "2021年 I14：（空） → 70；2022年 J14：（空） → 75；2023年 K14：（空） → 80；2024年 L14：（空） → 85"],
    // trial40f F1: its 退回修改 answered, nothing left to flag: 已消除, as when the same file is fixed; trial41a F2: what
    // changed since the decision said all the same, so a number other than the one asked shows
    ["a value moved from the 2025 column to 2024", "r08", "已消除", "2024年 L11：（空） → 94；2025年 M11：94 → （空）"],
    ["a 2023 value typed as text, now a number", "r04", "待复核", "2023年 K7：「3.2」（文本） → 3.2"],
    ["a value and its 说明, never decided", "r09", "待审核", "2024年 L12：19.8 → 20.1；说明 P12：（空） → 再生水厂二期2025年投运后可达标"],
    ["a row unchanged keeps its decision", "r06", "有效", ""],
    ["a row unchanged and undecided", "r12", "", ""],
  ])("%s (%s): %s on every run", (_, id, state, change) => {
    for (const r of rows) {
      expect(r.get(KEY(id))?.["review"]).toBe(state);
      if (typeof change === "string") expect(r.get(KEY(id))?.["change"]).toBe(change);
      else expect(r.get(KEY(id))?.["change"]).toMatch(change);
    }
  });

  test("a 待复核 or 待审核 goes once the reviewer decides on the row; lock is refused until then", async () => {
    const f = join(dirname(v2), "v2-decided.xlsx");
    copyFileSync(v2, f);
    const refused = await cli("lock", f);
    expect(refused.code).toBe(5);
    expect(refused.err).toMatch(/待复核/);
    await decide(f, { [KEY("r07")]: { decision: "通过", reviewer: "王审核" } });
    await run("review", f);
    const after = await reviewRows(f);
    expect(after.get(KEY("r07"))).toMatchObject({ review: "有效", change: "", decision: "通过" });
    expect(after.get(KEY("r11"))).toMatchObject({ review: "待复核" });
  }, 60000);
});

describe("review --replaces refuses the version it would replace itself (fu10 issue 3)", () => {
  test.each<[string, (f: string) => string]>([
    ["the same file", (f) => f],
    ["a byte-identical copy", (f) => { const c = f.replace(/\.xlsx$/, "-copy.xlsx"); copyFileSync(f, c); return c; }],
  ])("%s: one line, exit 1, the file unchanged", async (_, other) => {
    const f = await returnFile(V1);
    const old = other(f);
    const before = readFileSync(f);
    for (const lang of ["zh", "en"] as const) {
      const r = await cli("review", f, "--replaces", old, "--lang", lang);
      expect(r.code).toBe(1);
      expect(r.out).toBe("");
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).toMatch(lang === "zh" ? /--replaces[^\n]*上一版/ : /--replaces[^\n]*earlier version/);
    }
    expect(readFileSync(f).equals(before)).toBe(true);
  }, 60000);
});

describe("review --replaces refuses a return of another year (fu-t2 item 3)", () => {
  // checked as of the new return's year, last year's return read as an earlier version of this one
  test.each<[string, number, number, RegExp]>([
    ["last year's return, zh", 2023, 2024, /^[^\n]+：--replaces 给出的 [^\n]+ 是 2023 年度的填报，这份是 2024 年度，未复核；--replaces 应为同一年度被替换的上一版$/],
    ["last year's return, en", 2023, 2024, /^[^\n]+: [^\n]+ given to --replaces is a return of 2023, this one of 2024; nothing reviewed; --replaces should be the earlier version of the same year this return replaces$/],
    ["next year's return, zh", 2025, 2024, /是 2025 年度的填报，这份是 2024 年度，未复核/],
  ])("%s: one line, exit 1, the file unchanged", async (name, oldYear, year, message) => {
    const f = await returnFile(V2, year);
    const old = await returnFile(V1, oldYear);
    const before = readFileSync(f);
    const r = await cli("review", f, "--replaces", old, "--lang", name.endsWith("en") ? "en" : "zh");
    expect([r.code, r.out]).toEqual([1, ""]);
    expect(r.err.replace(/^(错误：|Error: )/, "").trimEnd()).toMatch(message);
    expect(readFileSync(f).equals(before)).toBe(true);
  }, 60000);
});
