import { evaluationSheet } from "../../src/sheet/evaluationSheets";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * The 评估 sheet's year columns (trial28d F6): a cumulative row showed its running totals under bare
 * year headers (2.5, 5.5, 7.5 where the return says 2.5, 3.0, 2.0), 0 under 2020(基期) where the plan
 * writes "—", and a sum's float noise (14.899999999999999). Running totals are now marked 累计 by their
 * number format (still numbers), the baseline year shows the plan's baseline, and sums are rounded.
 */
const yearCells = (facts: RowFacts, year: number): Array<{ value: unknown; numFmt: unknown }> => {
  const sheet = evaluationSheet(returnOf("青山县", [facts], year), "评估");
  const cols = sheet.cells.filter((c) => /^[A-Z]+4$/.test(c.address) && /^20\d\d(\n\(基期\))?$/.test(String(c.value))).map((c) => c.address.replace("4", ""));
  return cols.map((col) => {
    const c = sheet.cells.find((x) => x.address === `${col}5`);
    return { value: c?.value ?? null, numFmt: c?.numFmt };
  });
};

describe("the 评估 sheet's year columns", () => {
  const CUM = '"累计 "General';
  test.each([
    ["a cumulative row: 累计-marked running totals, the plan's — under the baseline year",
      { name: "单位GDP能源消耗降低", unit: "%", baseline: "—", target: "〔13.5〕", values: { 2021: 2.5, 2022: 3, 2023: 2 } }, 2023,
      [{ value: "—", numFmt: undefined }, { value: 2.5, numFmt: CUM }, { value: 5.5, numFmt: CUM }, { value: 7.5, numFmt: CUM }]],
    ["a running sum's float noise rounded: 3.2 + 3.0 + 2.9 + 2.9 + 2.9 = 14.9",
      { name: "城镇新增就业人数", unit: "万人", baseline: "/", target: "〔15〕", values: { 2021: 3.2, 2022: 3, 2023: 2.9, 2024: 2.9, 2025: 2.9 } }, 2025,
      [{ value: "/", numFmt: undefined }, { value: 3.2, numFmt: CUM }, { value: 6.2, numFmt: CUM }, { value: 9.1, numFmt: CUM }, { value: 12, numFmt: CUM }, { value: 14.9, numFmt: CUM }]],
    ["a level: the baseline's number and each year's value, no mark",
      { name: "常住人口城镇化率", unit: "%", baseline: "60.6", target: "65", values: { 2021: 61, 2022: 61.2, 2023: 61.4 } }, 2023,
      [{ value: 60.6, numFmt: undefined }, { value: 61, numFmt: undefined }, { value: 61.2, numFmt: undefined }, { value: 61.4, numFmt: undefined }]],
    // trial39a F5: 吴兴区 农村居民人均可支配收入增速, target 与经济增长基本同步, answered 6.5, 6.8, 6.1: only the baseline showed
    ["a words target answered in numbers: each year's number as typed",
      { name: "农村居民人均可支配收入增速（%）", unit: "%", baseline: "6.9", target: "与经济增长基本同步", values: { 2021: 6.5, 2022: 6.8, 2023: 6.1 }, assessment: "on_track" }, 2023,
      [{ value: 6.9, numFmt: undefined }, { value: 6.5, numFmt: undefined }, { value: 6.8, numFmt: undefined }, { value: 6.1, numFmt: undefined }]],
    ["a words target answered in words: the year columns stay blank",
      { name: "农村人居环境", unit: "", baseline: "—", target: "全覆盖", values: { 2021: "基本覆盖", 2022: "已覆盖", 2023: "已全覆盖" } }, 2023,
      [{ value: null, numFmt: undefined }, { value: null, numFmt: undefined }, { value: null, numFmt: undefined }, { value: null, numFmt: undefined }]],
  ] as const)("%s", (_why, facts: RowFacts, year, cells) => {
    expect(yearCells(facts, year)).toEqual(cells);
  });
});

test("a words target answered in numbers draws its trend (trial39a F5: the trend cell was empty)", () => {
  const facts: RowFacts = { name: "农村居民人均可支配收入增速（%）", unit: "%", baseline: "6.9", target: "与经济增长基本同步", values: { 2021: 6.5, 2022: 6.8, 2023: 6.1 }, assessment: "on_track" };
  const sheet = evaluationSheet(returnOf("吴兴区", [facts], 2023), "评估");
  const head = sheet.cells.find((c) => /^[A-Z]+4$/.test(c.address) && String(c.value).startsWith("趋势"));
  const trend = sheet.cells.find((c) => c.address === head?.address.replace("4", "5"));
  expect(String(trend?.value ?? "")).toHaveLength(4);
});
