import { displayWidth } from "../../src/cli/displayWidth";
import { fitWidth } from "../../src/cli/fitWidth";

describe("fitWidth: the longest start of a text within terminal columns", () => {
  test.each([
    // [text, columns, start kept]
    ["abcdef", 3, "abc"],
    ["abc", 10, "abc"],
    ["城镇化率", 4, "城镇"],
    ["城镇化率", 5, "城镇"], // a CJK character never straddles the edge
    ["城镇化率", 1, ""],
    ["GDP增速", 4, "GDP"],
    ["GDP增速", 5, "GDP增"],
    ["（％）ab", 3, "（"],
    ["", 5, ""],
    ["a𝑥b", 2, "a𝑥"], // a character outside the BMP is one character, not two halves
  ])("%s in %i columns → %s", (text, columns, kept) => {
    const out = fitWidth(text, columns);
    expect(out).toBe(kept);
    expect(displayWidth(out)).toBeLessThanOrEqual(columns);
  });
});
