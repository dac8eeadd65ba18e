import { summaryLedgerLines } from "../../src/cli/summaryLedgerLines";
import type { UnitFacts } from "../../src/cycle/UnitFacts";

/**
 * Session 38: `summary --ledger` named a return received but counted 未报 three times: the head line (其中遂昌县本年度未填),
 * the counts line (（本年度未填，按未报：遂昌县）) and the 催报 line (遂昌县（本年度未填）). The pane left the counts line's
 * names out (trial37c F7); the terminal now does too: a unit the 催报 line names with why is only counted beside 收到
 * (received), so 收到 4 still reads against 未报 4; a blank return not yet due (not on the 催报 line) is still named there.
 */
const facts = (unit: string, state: UnitFacts["state"], more: Partial<UnitFacts> = {}): UnitFacts => ({
  unit, deadline: "2024-01-31", state, errors: 0, unexplainedLags: 0, missing: 0, rows: 18, lock: "", versions: 1, changes: 0, ...more,
});
const LEDGER = [
  facts("甲", "未报", { file: "2023-甲.xlsx", blank: "file" }),
  facts("乙", "未报", { file: "2023-乙.xlsx", blank: "year" }),
  facts("丙", "未报", { file: "丙.csv", unusable: "csv" }),
  facts("丁", "未报"),
  facts("戊", "已报", { file: "2023-戊.xlsx" }),
];

describe("the counts line names no unit the 催报 line names with why", () => {
  test.each<[string, "zh" | "en", string, string, string]>([
    ["after the deadline", "zh", "2024-02-01",
      "报送台账：应报 5，收到 4 份（其中 3 份按未报，见催报）；未报 4  已报 1  退回 0  通过 0",
      "未报，请催报：丁、甲（收到空表）、乙（本年度未填）、丙（收到的文件无法汇总）"],
    ["after the deadline", "en", "2024-02-01",
      "Ledger (报送台账): 5 expected, 4 received (3 of them counted as not sent, named below among those to be chased); not sent 4  sent 1  sent back 0  accepted 0",
      "Not sent, to be chased: 丁, 甲 (sent back blank), 乙 (with no values for the year), 丙 (the file received cannot be summed)"],
    // the blank returns are not chased yet (their deadline not near): named on the counts line, the file that cannot be summed counted
    ["before the deadline", "zh", "2024-01-01",
      "报送台账：应报 5，收到 4 份（其中 1 份按未报，见催报）；未报 4  已报 1  退回 0  通过 0（本年度未填，按未报：乙）（收到空表，按未报：甲）",
      "未报，请催报：丙（收到的文件无法汇总）"],
    ["before the deadline", "en", "2024-01-01",
      "Ledger (报送台账): 5 expected, 4 received (3 of them counted as not sent: 1 named below among those to be chased; 1 file with no values for the year, from 乙; 1 file sent back blank, from 甲); not sent 4  sent 1  sent back 0  accepted 0",
      "Not sent, to be chased: 丙 (the file received cannot be summed)"],
  ])("%s (%s)", (_, lang, asOf, counts, chased) => {
    const { lines } = summaryLedgerLines(LEDGER, lang, { asOf, fileLines: false });
    expect(lines[0]).toBe(counts);
    expect(lines[1]).toBe(chased);
  });
});

/**
 * Session 39: a unit whose return sat in a subfolder not read, only in a summary workbook, or merged into another unit's
 * workbook was still named on the counts line ((在未读取的子文件夹中，按未报：乙)) and on the 催报 line; a return in a
 * subfolder, received, was not counted among those counted 未报 (收到 3 份（其中 1 份…）, 未报 3). Each now named once,
 * on the 催报 line with where its return is; the counts line counts the one received.
 */
describe("a unit whose return is elsewhere: counted, named on the 催报 line only", () => {
  const elsewhere = (more: Partial<UnitFacts>): UnitFacts[] => [facts("甲", "未报", { file: "2023-甲.xlsx", blank: "file" }), facts("乙", "未报", more), facts("戊", "已报", { file: "2023-戊.xlsx" })];
  test.each<[string, "zh" | "en", Partial<UnitFacts>, string, string]>([
    ["in a subfolder", "zh", { file: "sub/2023-乙.xlsx", unusable: "in_subfolder" },
      "报送台账：应报 3，收到 3 份（其中 2 份按未报，见催报）；未报 2  已报 1  退回 0  通过 0", "未报，请催报：甲（收到空表）、乙（在未读取的子文件夹中）"],
    ["in a subfolder", "en", { file: "sub/2023-乙.xlsx", unusable: "in_subfolder" },
      "Ledger (报送台账): 3 expected, 3 received (2 of them counted as not sent, named below among those to be chased); not sent 2  sent 1  sent back 0  accepted 0",
      "Not sent, to be chased: 甲 (sent back blank), 乙 (its return in a subfolder not read)"],
    ["only in a summary", "zh", { file: "市汇总.xlsx", unusable: "in_summary" },
      "报送台账：应报 3，收到 2 份（其中 1 份按未报，见催报）；未报 2  已报 1  退回 0  通过 0", "未报，请催报：甲（收到空表）、乙（只在汇总表中）"],
    ["only in a summary", "en", { file: "市汇总.xlsx", unusable: "in_summary" },
      "Ledger (报送台账): 3 expected, 2 received (1 of them counted as not sent, named below among those to be chased); not sent 2  sent 1  sent back 0  accepted 0",
      "Not sent, to be chased: 甲 (sent back blank), 乙 (only in a summary, no return of its own)"],
    ["merged into another unit's workbook", "zh", { mergedIn: "2023-戊.xlsx" },
      "报送台账：应报 3，收到 2 份（其中 1 份按未报，见催报）；未报 2  已报 1  退回 0  通过 0", "未报，请催报：甲（收到空表）、乙（填报合并在其他单位的文件中）"],
    ["merged into another unit's workbook", "en", { mergedIn: "2023-戊.xlsx" },
      "Ledger (报送台账): 3 expected, 2 received (1 of them counted as not sent, named below among those to be chased); not sent 2  sent 1  sent back 0  accepted 0",
      "Not sent, to be chased: 甲 (sent back blank), 乙 (its return came merged into another unit's workbook)"],
  ])("%s (%s)", (_, lang, more, counts, chased) => {
    const { lines } = summaryLedgerLines(elsewhere(more), lang, { asOf: "2024-02-01", fileLines: false });
    expect(lines.slice(0, 2)).toEqual([counts, chased]);
  });
});
