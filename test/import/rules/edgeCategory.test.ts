import { joinEdgeCategories } from "../../../src/import/rules/edgeCategory";

const grid = (firsts: string[]): string[][] => firsts.map((f, i) => [f, String(i + 1), `指标${i + 1}`, "1", "2"]);

describe("edgeCategory: a category down the left edge, one character per line", () => {
  test.each<[string, string[], string[], Array<{ at: number; rows: number; word: string }>]>([
    ["one category", ["社", "会", "保", "障"], ["社会保障", "", "", ""], [{ at: 0, rows: 4, word: "社会保障" }]],
    ["a blank cell ends a category", ["康", "复", "", "教", "育"], ["康复", "", "", "教育", ""], [{ at: 0, rows: 2, word: "康复" }, { at: 3, rows: 2, word: "教育" }]],
    ["edge to edge, split at known words", ["就", "业", "教", "育"], ["就业", "", "教育", ""], [{ at: 0, rows: 2, word: "就业" }, { at: 2, rows: 2, word: "教育" }]],
    ["unknown words stay one", ["甲", "乙", "丙"], ["甲乙丙", "", ""], [{ at: 0, rows: 3, word: "甲乙丙" }]],
    ["a single character alone is left as it is", ["社", "", "会保障"], ["社", "", "会保障"], []],
  ])("%s", (_name, firsts, after, found) => {
    const g = grid(firsts);
    expect(joinEdgeCategories(g, 0)).toEqual(found);
    expect(g.map((r) => r[0])).toEqual(after);
  });
});
