/**
 * mgr16 item 3: diff marked a text only where the other side held a number, so a text in a
 * year's cell read 95 → 「95%」（文本） one way but 暂无数据 → （空） the other. Text where a number
 * belongs (a year, 累计完成投资) is now marked on whichever side it is; a field that takes text
 * (说明, 状态) is not marked unless a number stood against it.
 */
import { describeChange, diffReturns } from "../../src/cycle/diffReturns";
import type { EnteredValue } from "../../src/cycle/returnValues";

/** One side of a value: "" for an empty cell (absent), `'x` for text, else a number. */
const entry = (field: string, side: string): EnteredValue | undefined => (side === "" ? undefined : {
  template: "t", id: "a", name: "指标a", field, sheet: "表", cell: "K6", text: side.replace(/^'/, ""), isText: side.startsWith("'"),
});
const line = (field: string, old: string, now: string, lang: "zh" | "en"): string[] => {
  const map = (s: string): Map<string, EnteredValue> => { const e = entry(field, s); return new Map(e ? [[`t|a|${field}`, e]] : []); };
  return diffReturns(map(old), map(now)).map((c) => describeChange(c, lang));
};

describe("diff marks text the same way on the old side and the new", () => {
  test.each<[string, string, string, string, string, string]>([
    ["number → text", "2023", "95", "'95%", "表!K6 指标a 2023年：95 → 「95%」（文本）", "表!K6 指标a 2023: 95 → \"95%\" (text)"],
    ["text → number", "2023", "'95%", "95", "表!K6 指标a 2023年：「95%」（文本） → 95", "表!K6 指标a 2023: \"95%\" (text) → 95"],
    ["text → empty", "2023", "'暂无数据", "", "表!K6 指标a 2023年：「暂无数据」（文本） → （空）", "表!K6 指标a 2023: \"暂无数据\" (text) → (empty)"],
    ["empty → text", "2023", "", "'暂无数据", "表!K6 指标a 2023年：（空） → 「暂无数据」（文本）", "表!K6 指标a 2023: (empty) → \"暂无数据\" (text)"],
    ["text → text", "2023", "'暂无数据", "'约96", "表!K6 指标a 2023年：「暂无数据」（文本） → 「约96」（文本）", "表!K6 指标a 2023: \"暂无数据\" (text) → \"约96\" (text)"],
    ["the same text turned number", "2023", "'3.2", "3.2", "表!K6 指标a 2023年：「3.2」（文本） → 3.2", "表!K6 指标a 2023: \"3.2\" (text) → 3.2"],
    ["number → empty: nothing to mark", "2023", "1", "", "表!K6 指标a 2023年：1 → （空）", "表!K6 指标a 2023: 1 → (empty)"],
    ["累计完成投资 text → empty", "completed", "'待核", "", "表!K6 指标a 累计完成投资：「待核」（文本） → （空）", "表!K6 指标a investment completed: \"待核\" (text) → (empty)"],
    ["a 说明 takes text: not marked", "note", "", "'已说明", "表!K6 指标a 说明：（空） → 已说明", "表!K6 指标a note (说明): (empty) → 已说明"],
    ["a 状态 of text → empty: not marked", "state", "'已完成", "", "表!K6 指标a 状态：已完成 → （空）", "表!K6 指标a state: 已完成 → (empty)"],
    ["a 状态 text against a number: marked", "state", "'3", "3", "表!K6 指标a 状态：「3」（文本） → 3", "表!K6 指标a state: \"3\" (text) → 3"],
  ])("%s", (_, field, old, now, zh, en) => {
    expect(line(field, old, now, "zh")).toEqual([zh]);
    expect(line(field, old, now, "en")).toEqual([en]);
  });
});
