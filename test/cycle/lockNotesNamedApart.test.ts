/**
 * trial46b F4, F5, on lock's notes (lockNotes; `lock`'s 注意 and 另：…, check's and the pane's outlook alike):
 * - F5: 41 项未填报，其中 1 项已说明原因（L10…、L11…、L12… 等 41 项） named the first rows, none of them the explained one
 *   (L19), so L10 read as explained. The explained rows are now named in their own brackets after their count, the
 *   others after M 项未说明原因 (M not explained). On the old code the explained row, not among the first, was not
 *   named after 已说明原因（ and the line had no 项未说明原因.
 * - F4: the pane's 审核 list said 待审核 46 beside 待人工评估 1 where lock said 47 行待审核: a row still 待人工评估 is one
 *   of the 待审核 (the 审核 sheet's 复核状态 says so), now named apart inside lock's count (其中 1 行待人工评估：第 N 行 …).
 *   On the old code lock's line did not say it.
 */
import { at, LOCKABLE, returnFile, run, tpl, years } from "../support/trialReturn";
import { cli } from "../support/cli";

const REASON = "省统计局2024年数据尚未发布，待发布后补报";
const INDICATORS = "indicators" in tpl ? tpl.indicators : [];
const nameOf = (id: string): string => INDICATORS.find((i) => i.id === id)?.name ?? id;
const esc = (s: string): string => s.replace(/[()（）.*+?[\]]/g, "\\$&");

describe("lock's notes name the explained 未填报 rows apart, and the 待人工评估 among the 待审核 (trial46b)", () => {
  test.each<[string, "zh" | "en", RegExp, RegExp]>([
    ["zh", "zh", /其中 1 项已说明原因（[^（）]*!L\d+ NAME：未填报（已说明：REASON）），\d+ 项未说明原因（/, /，\d+ 项未说明原因（[^；]*FIRST/],
    ["en", "en", /: 1 explained in 说明 \([^;]*!L\d+ NAME: not filled in \(explained: REASON\)\), \d+ not explained \(/, /, \d+ not explained \([^)]*FIRST/],
  ])("the explained row is the one named explained (%s)", async (_d, lang, explained, others) => {
    // r02's the first blank row; r14's (the last) 说明 says why it is blank
    const f = await returnFile([...LOCKABLE, at("r14", "note", REASON)]);
    const r = await cli("lock", f, "--lang", lang);
    expect([r.code, r.err]).toEqual([0, ""]);
    const note = r.out.split("\n").find((l) => l.startsWith(lang === "en" ? "Note: " : "注意："))!;
    expect(note).toMatch(new RegExp(explained.source.replace("NAME", esc(nameOf("r14"))).replace("REASON", esc(REASON))));
    const first = INDICATORS.find((i) => i.id !== "r14" && note.includes(i.name) && !["r01", "r06", "r13"].includes(i.id));
    expect(first).toBeDefined();
    expect(note).toMatch(new RegExp(others.source.replace("FIRST", esc(first!.name))));
  }, 60000);

  test.each<[string, "zh" | "en", string]>([
    ["zh", "zh", "；其中 1 行待人工评估：第 ROW 行 NAME）"],
    ["en", "en", "; 1 of them is also 待人工评估 (to assess): row ROW NAME)"],
  ])("a row 待审核 and 待人工评估 is counted among the 待审核 and named apart (%s)", async (_d, lang, said) => {
    // r13 (a words target) reported in words, its 人工评估 left blank: 待人工评估; reviewed, nothing decided
    const f = await returnFile([...years("r01", 93, 93.8, 94.6, 95.5), at("r13", "in:2024", "河长制考核全省第3名")]);
    await run("review", f);
    const r = await cli("lock", f, "--lang", lang);
    const also = r.err.split("\n").find((l) => /^(另：|Also: )/.test(l)) ?? "";
    const row = (also.match(new RegExp(`(?:第|row) (\\d+)(?: 行)? ${esc(nameOf("r13"))}`))?.[1] ?? "");
    expect(row).not.toBe("");
    expect(also).toContain(said.replace("ROW", String(row)).replace("NAME", nameOf("r13")));
  }, 60000);
});
