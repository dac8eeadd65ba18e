import { cycleMessage } from "../../src/cli/cycleMessages";
import { paneSentences } from "../../src/ui/shared/paneSentences";

/**
 * paneSentences: the pane's 生成评估 line ran the sheet name into the summary (trial36 tp F3:
 * "已生成：评估 规划确定主要指标 6 项…", "Added: 评估 The plan sets…"); each part now ends before the next begins.
 */
describe("paneSentences", () => {
  test.each<[string, Array<string | null | undefined>, string, string]>([
    ["a head with no end mark, then what was found", ["已生成：评估", "规划确定主要指标 6 项。"], "zh", "已生成：评估。规划确定主要指标 6 项。"],
    ["the same in English", ["Added: 评估", "The plan sets 6 main indicators."], "en", "Added: 评估. The plan sets 6 main indicators."],
    ["a head already a sentence: no second mark", ["已生成：评估(2)。原有的「评估」生成后已有改动，保留原样、未覆盖。", "规划确定主要指标 6 项。"], "zh", "已生成：评估(2)。原有的「评估」生成后已有改动，保留原样、未覆盖。规划确定主要指标 6 项。"],
    ["English already ended", ["Added: 评估(2). Kept as it is.", "The plan sets 6."], "en", "Added: 评估(2). Kept as it is. The plan sets 6."],
    ["empty parts left out, the last ended too", ["已生成：评估", "", null, undefined], "zh", "已生成：评估。"],
    ["three parts", ["Added: 评估", "The plan sets 6.", "Note: changed since it was locked."], "en", "Added: 评估. The plan sets 6. Note: changed since it was locked."],
  ])("%s", (_why, parts, lang, line) => {
    expect(paneSentences(parts, lang as "zh" | "en")).toBe(line);
  });

  /**
   * Session 39: the pane joined its lines three ways. paneSentences left the last part unended and took a semicolon as an
   * end; paneLines ended a line at ；, "甲；。"; summaryActions' own joiner added 。 after every line, 「。。」 after one
   * already ended. One joiner now: a part ending a sentence keeps its mark, one leading on (a colon, a semicolon) goes
   * straight on into the next, any other is ended; never a mark doubled, never one missing.
   */
  test.each<[string, "zh" | "en", string, string, string]>([
    ["。", "zh", "甲。", "甲。乙。", "乙。甲。"],
    ["；", "zh", "甲；", "甲；乙。", "乙。甲；"],
    ["：", "zh", "甲：", "甲：乙。", "乙。甲："],
    ["！", "zh", "甲！", "甲！乙。", "乙。甲！"],
    ["？", "zh", "甲？", "甲？乙。", "乙。甲？"],
    ["）", "zh", "（甲）", "（甲）。乙。", "乙。（甲）。"],
    ["」", "zh", "现为「3」", "现为「3」。乙。", "乙。现为「3」。"],
    [".", "en", "a.", "A. B.", "B. A."],
    [":", "en", "a:", "A: b.", "B. A:"],
    ["!", "en", "a!", "A! B.", "B. A!"],
    ["?", "en", "a?", "A? B.", "B. A?"],
    [";", "en", "a;", "A; b.", "B. A;"],
    [")", "en", "(a)", "(a). B.", "B. (a)."],
  ])("a line ending in %s (%s): first, then last", (_end, lang, line, first, last) => {
    const next = lang === "en" ? "b" : "乙";
    expect(paneSentences([line, next], lang)).toBe(first);
    expect(paneSentences([next, line], lang)).toBe(last);
  });
});

/**
 * paneSentences over `report`'s lines (was paneLines): 评估所选文件 says `report`'s lines as one line of sentences; the note on a return changed since its lock is a
 * head ending in a colon with each change on an indented line after it, and the pane read "评估按现在的值：。 江城市…!K12 …"
 * ("evaluated as it is now:. 江城市…", trial38b F2). The head now goes straight on into the change it names.
 */
describe("paneSentences over report's lines", () => {
  const head = (l: "zh" | "en", n = 1): string => cycleMessage("report_locked_changes", { unit: "东城区", n }, l);
  const change = (l: "zh" | "en", cell = "K12", was = "326", now = "330"): string => cycleMessage("locked_change", { sheet: "指标", cell, name: "参保人数", was, now }, l);
  test.each<[string, "zh" | "en", string[], string]>([
    ["a locked return changed once", "zh", ["评估 1 份填报（2023 年度）", head("zh"), change("zh")],
      "评估 1 份填报（2023 年度）。注意：东城区的填报已锁定，锁定后又被改动 1 处，未重新审核锁定，评估按现在的值：指标!K12 参保人数 锁定时为「326」，现为「330」。"],
    ["the same in English", "en", ["Evaluated 1 return, year 2023", head("en"), change("en")],
      "Evaluated 1 return, year 2023. Note: 东城区's return was locked and 1 cell changed since, not reviewed and locked again; evaluated as it is now: 指标!K12 参保人数 \"326\" when locked, now \"330\"."],
    ["two changes: the second its own sentence", "zh", [head("zh", 2), change("zh"), change("zh", "K13", "1", "2")],
      "注意：东城区的填报已锁定，锁定后又被改动 2 处，未重新审核锁定，评估按现在的值：指标!K12 参保人数 锁定时为「326」，现为「330」。指标!K13 参保人数 锁定时为「1」，现为「2」。"],
    ["lines already ended keep their mark; empty lines left out; English begun with a capital", "en", ["check a.xlsx: 甲.", "", "not evaluated"], "Check a.xlsx: 甲. Not evaluated."],
  ])("%s", (_why, lang, lines, line) => {
    expect(paneSentences(lines, lang)).toBe(line);
  });
});
