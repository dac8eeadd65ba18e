import { readFileSync } from "fs";
import path from "path";
import { importTable } from "../../src/import";
import { readTableFile } from "../../src/cli/readTableFile";

/** trial30e (test/fixtures/tables/trial30e/README.md): shapes of real documents the other fixtures lack. */
const DIR = path.join(__dirname, "../fixtures/tables/trial30e");
const read = (f: string): string => readFileSync(path.join(DIR, f), "utf8");

describe("trial30e: a header whose labels are spread out by spaces (指  标, 单  位, 属  性) is read", () => {
  // was refused: 没有找到指标表的表头 (a paste without tabs split 指  标 into 指 | 标)
  test("the indicators, their units, targets and notes", () => {
    const r = importTable(read("justified-labels-county-2021-2025.txt"));
    if (!r.ok) throw new Error(r.message);
    expect([r.template.baselineYear, r.template.targetYear]).toEqual([2020, 2025]);
    expect(r.template.indicators.map((i) => [i.name, i.unit, i.baseline, i.target, i.attribute, i.note])).toEqual([
      ["地区生产总值", "亿元", "300", "450", "预期性", "年均增长：8.4"],
      ["常住人口城镇化率", "%", "58.5", "63", "预期性", "累计：〔4.5〕"],
      ["森林覆盖率", "%", "60.2", "≥61", "约束性", undefined],
      ["单位地区生产总值能耗降低", "%", "—", "〔14〕", "约束性", undefined],
    ]);
  });
});

describe("trial30e: running text is refused as text", () => {
  test.each<[string, RegExp]>([
    // was no-years: 主要指标 over 到2025年，… read as a header one cell a line
    ["notice-2025-2027.txt", /^粘贴的内容是成段的文字（如“到2025年，全县地区生产总值达到450亿元……”），不是表格/],
    // was no-header
    ["targets-paragraph-2025.txt", /^粘贴的内容是成段的文字（如“今年全县发展主要预期目标是：地区生产总值增长6%左右……”），不是表格/],
  ])("%s", (file, message) => {
    const r = importTable(read(file));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("prose");
    expect(r.message).toMatch(message);
  });
});

describe("trial30e: rows written between pipes are read as a table's rows", () => {
  // was refused: 找到了表头，但没有读出任何指标行 (the spaced reading took the pipes for 17 columns)
  test("the indicators, and the bare 年均增长 column kept in the notes", () => {
    const r = importTable(read("pipes-county-2021-2025.txt"));
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((i) => [i.domain, i.name, i.unit, i.baseline, i.target, i.attribute, i.note])).toEqual([
      ["经济发展", "地区生产总值", "亿元", "300", "450", "预期性", "年均增长：8.4"],
      ["经济发展", "规模以上工业增加值", "亿元", "100", "160", "预期性", "年均增长：10"],
      ["民生福祉", "城镇调查失业率", "%", "4.8", "<5.5", "预期性", undefined],
      ["民生福祉", "常住人口城镇化率", "%", "58.5", "63", "预期性", "累计：〔4.5〕"],
      ["绿色生态", "森林覆盖率", "%", "60.2", "≥61", "约束性", undefined],
    ]);
    expect(r.unread.map((u) => u.code)).not.toContain("column-unknown");
  });
});

describe("trial30e: a merged header “十四五”目标 over 2025年 | 年均增长 (a web page's table)", () => {
  // on main: 年均增长 无法识别, the 能耗降低 row's 〔14〕 not loaded (its target 不适用) and the yearly averages lost
  test("the totals are targets and the yearly averages notes", async () => {
    const file = await readTableFile(path.join(DIR, "merged-header-annual-county-2021-2025.html"));
    if (!file.ok) throw new Error(file.message);
    const r = importTable(file.text, { source: file.source });
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((i) => [i.domain, i.name, i.baseline, i.target, i.note])).toEqual([
      ["经济发展", "地区生产总值", "300", "450", "年均增长：8.4"],
      ["经济发展", "全员劳动生产率", "12", "16", "年均增长：6"],
      ["绿色生态", "单位地区生产总值能耗降低", "—", "〔14〕", undefined],
    ]);
  });
});
