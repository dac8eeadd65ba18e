import { importTable } from "../../../src/import";

/** dashLookalike: a value cell of only `一` / `ー` / `─` (a dash printed, read back as a character) is `—`, said; others are left. */
const HEAD = "某省“十四五”农业农村现代化主要指标\n指标\t2020年基期值\t2025年目标值\t属性";

describe("dashLookalike", () => {
  test.each<[string, string, string, string, string[]]>([
    ["一 as the baseline", "粮食综合生产能力（亿吨）\t一\t>6.5\t约束性", "—", ">6.5", ["dash-lookalike"]],
    ["ー as the target", "某某率（%）\t60\tー\t预期性", "60", "—", ["dash-lookalike", "target-none"]],
    ["─ box line", "某某率（%）\t─\t64\t预期性", "—", "64", ["dash-lookalike"]],
    ["a real dash", "某某率（%）\t—\t64\t预期性", "—", "64", []],
    ["一 inside a word is left", "某某率（%）\t60\t全省一流\t预期性", "60", "全省一流", ["target-words"]],
  ])("%s", (_d, row, baseline, target, codes) => {
    const r = importTable(`${HEAD}\n${row}`);
    if (!r.ok) throw new Error(r.message);
    const d = r.template.indicators[0];
    expect([d?.baseline, d?.target]).toEqual([baseline, target]);
    expect(r.unread.map((u) => u.code)).toEqual(codes);
  });

  test("a dash look-alike in the 属性 column is not a value", () => {
    const r = importTable(`${HEAD}\n某某率（%）\t60\t64\t一`);
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.map((u) => u.code)).toEqual(["attribute-unknown", "direction-series-up"]);
  });
});
