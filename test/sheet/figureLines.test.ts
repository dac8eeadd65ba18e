import { figureLines } from "../../src/sheet/figureLines";
import { wrappedLines } from "../../src/sheet/wrappedLines";

/**
 * A running total as a table cell holds it (a trial's 附表 printed 累计 / 8.1 / 7（2024 年 and
 * 17.5 / 8, a number broken from itself and from what qualifies it): on two lines, a no-break
 * space inside 累计 X and 2024 年, so a narrow column breaks it only before the year's amount.
 */
describe("figureLines", () => {
  test.each<[string, string]>([
    ["累计 8.17（2024 年 1.83）", "累计\u00a08.17\n（2024\u00a0年 1.83）"],
    ["累计 190.66（2024 年 38.52）", "累计\u00a0190.66\n（2024\u00a0年 38.52）"],
    ["累计 5（2024 年 未填）", "累计\u00a05\n（2024\u00a0年 未填）"],
    // a mark the 附表 adds after it stays on the second line
    ["累计 12（2024 年 12）（疑似累计数）", "累计\u00a012\n（2024\u00a0年 12）（疑似累计数）"],
    ["43.15", "43.15"],
    ["“95%”（数据异常，未采用）", "“95%”（数据异常，未采用）"],
    ["", ""],
  ])("%j", (shown, cell) => {
    expect(figureLines(shown)).toBe(cell);
  });
});

describe("wrappedLines keeps a number with what a no-break space or a bracket joins it to", () => {
  // 累计 and its number stay on one line where it fits, and are cut (not wrapped at the space) where
  // it does not, which is why a 当年值 column widens for them (shownWidth); the year's amount may go
  // to a line of its own
  test.each<[string, number, number]>([
    ["累计\u00a0180.82", 11, 1],
    ["累计 180.82", 10, 2],
    ["累计\u00a0180.82", 8, 3],
    ["（2024\u00a0年 45.92）", 16, 1],
    ["（2024\u00a0年 45.92）", 10, 2],
  ])("%j in a column %d wide: %d", (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });
});
