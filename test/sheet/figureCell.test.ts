import { cellAsText } from "../../src/domain/cellAsText";
import { figureCell } from "../../src/sheet/figureCell";
import { numberFormatKind, storedNumber } from "../../src/hosts/storedNumber";
import { str } from "../../src/domain/CellValue";
import type { GridSheet } from "../../src/sheet/Grid";
import { readDecisions, REVIEW_MARK } from "../../src/sheet/reviewSheet";

/**
 * A figure the 审核 sheet (and the 评估 sheet's 附表) shows as text becomes the number cell that shows that very text: the
 * decimals as written, a typed percentage in a percent style as the return shows it (evaluation-rules §2a); anything
 * else stays text.
 */
describe("figureCell: a plain figure as a number cell showing it as written", () => {
  test.each<[string, number, string]>([
    ["50", 50, "0"],
    ["3.76", 3.76, "0.00"],
    ["0.60", 0.6, "0.00"],
    ["3.0", 3, "0.0"],
    ["-1.5", -1.5, "0.0"],
    ["0.0164", 0.0164, "0.0000"],
    ["1417.15", 1417.15, "0.00"],
    [" 4.5 ", 4.5, "0.0"],
    ["95%", 0.95, "0%"],
    ["63.31%", 0.6331, "0.00%"],
    ["95.50%", 0.955, "0.00%"],
  ])("%s", (text, value, numFmt) => {
    const f = figureCell(text);
    expect(f).toEqual({ value, numFmt });
    // read back as a host reads it (the format's decimals), the cell says the text it was made from
    expect(cellAsText(storedNumber(f!.value, numberFormatKind(f!.numFmt)))).toBe(text.trim());
  });
});

describe("figureCell: anything else stays text", () => {
  test.each<[string, string]>([
    ["a target with its condition", "≥50"],
    ["a target about a figure", "5.5左右"],
    ["a five-year total", "[15]"],
    ["none", "/"],
    ["empty", ""],
    ["an approximation", "约100"],
    ["full-width digits", "４.２"],
    ["a leading zero (would show 7)", "007"],
    ["minus zero (would show 0)", "-0"],
    ["minus zero with decimals", "-0.00"],
    ["a running total", "累计 8.4（2023 年 4.2）"],
    ["a strict 序时应达", "<9"],
    ["an error value", "#DIV/0!"],
    ["more digits than a cell shows as written", "1234567890.123"],
    ["an exponent", "1e-7"],
    ["a plus sign", "+3"],
    ["grouped thousands", "1,234"],
  ])("%s: %s", (_why, text) => {
    expect(figureCell(text)).toBeNull();
  });
});

describe("readDecisions reads a figure back as its cell shows it (the text it was written from)", () => {
  // a kept row's shown columns are written again from what was read (an item gone from the report): 0.60 must stay 0.60
  test.each<[string, string]>([
    ["baseline", "0.60"],
    ["target", "3.0"],
    ["value", "63.31%"],
    ["due", "15.52"],
  ])("%s %s", (key, text) => {
    const f = figureCell(text)!;
    const keys = ["", "cell", "name", key, "key"];
    const sheet: GridSheet = {
      name: "审核", visible: true,
      rows: [[str("2023年度审核")], [str(REVIEW_MARK), ...keys.slice(1).map(str)], [str("工作表")], [str("表2"), str("K5"), str("指标"), storedNumber(f.value, numberFormatKind(f.numFmt)), str("t|r01|2023")]],
    };
    expect(readDecisions([sheet]).rows.get("t|r01|2023")?.shown[key]).toBe(text);
  });
});
