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
    ["empty parts left out, the last as it is", ["已生成：评估", "", null, undefined], "zh", "已生成：评估"],
    ["three parts", ["Added: 评估", "The plan sets 6.", "Note: changed since it was locked."], "en", "Added: 评估. The plan sets 6. Note: changed since it was locked."],
  ])("%s", (_why, parts, lang, line) => {
    expect(paneSentences(parts, lang as "zh" | "en")).toBe(line);
  });
});
