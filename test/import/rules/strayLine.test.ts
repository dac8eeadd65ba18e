import { strayLine } from "../../../src/import/rules/strayLine";
import { HEAD, readingOf } from "./harness";
import { tableLine } from "../../../src/import/LineRule";
import { LINE_RULES } from "../../../src/import/lineRules";

/** Runs the loop, with strayLine read alone on line `at`, and the lines after it not read. */
function strayAt(lines: string[], at: number): { outcome: unknown; codes: string[]; reason: string } {
  const reading = readingOf(lines);
  for (let i = reading.header.last + 1; i < at; i++) {
    for (const rule of LINE_RULES) if (rule(tableLine(reading.grid[i] ?? [], i), reading) !== "pass") break;
  }
  const before = reading.unread.length;
  const outcome = strayLine(tableLine(reading.grid[at] ?? [], at), reading);
  const got = reading.unread.slice(before);
  return { outcome, codes: got.map((u) => u.code), reason: got.map((u) => u.reason).join("") };
}

describe("strayLine: a one-cell line that is no part of a row", () => {
  test.each<[string, string[], string, string[], RegExp]>([
    ["table rows follow: skipped", ["1\t甲率(%)\t1\t2\t约束性", "（续表）", "2\t乙率(%)\t3\t4\t预期性"], "taken", ["not-a-row"], /继续读/],
    ["nothing follows: the table's end", ["1\t甲率(%)\t1\t2\t约束性", "第二节 主要任务", "一是加快建设……"], "end", ["table-end"], /此行及以后 2 行/],
    ["before any row", ["（单位：%）", "1\t甲率(%)\t1\t2\t约束性"], "taken", ["not-a-row"], /^不是表格行/],
  ])("%s", (_d, lines, outcome, codes, reason) => {
    const r = strayAt([...HEAD, ...lines], HEAD.length + (lines[0]?.startsWith("（单位") ? 0 : 1));
    expect(r.outcome).toBe(outcome);
    expect(r.codes).toEqual(codes);
    expect(r.reason).toMatch(reason);
  });

  test("a line with values passes", () => {
    const r = strayAt([...HEAD, "1\t甲率(%)\t1\t2\t约束性", "乙率(%)\t3\t4\t预期性"], HEAD.length + 1);
    expect(r.outcome).toBe("pass");
  });
});
