import { importTable } from "../../src/import";

/**
 * trial47c F3: a 节水达标建设目标分解表 with columns 2016年 | 2017年 | 2018年, all targets, took 2016年 as 基期值(2016) silently,
 * so progress was measured from a target. The first bare year column is still the baseline (the importer's reading), but it
 * is said which column was taken, and where the title reads as a target table, that it may be a target and how to mark it.
 */
const TITLE = "节水达标建设目标分解表";
const table = (title: string, header: string, rows: readonly string[]): string => [title, header, ...rows].join("\n");
const ROWS = ["农业节水\t农田灌溉水有效利用系数\t0.72\t0.75\t0.78", "工业节水\t工业用水重复利用率\t55%\t65%\t75%"];

describe("the first bare year column taken as the baseline is said (baseline-year-column)", () => {
  test.each<[string, string, "zh" | "en", string | null]>([
    ["trial47c F3: a 目标分解表, zh", table(TITLE, "类别\t指标\t2016年\t2017年\t2018年", ROWS), "zh",
      "表头没有写明基期（基期、现状或基准）：取第一个年份列“2016年”的数值为基期值（2016 年），其后各年份列为目标，进度从 2016 年的数值算起；标题“节水达标建设目标分解表”是目标表，“2016年”一列可能也是目标而不是实际数：如是，请在它前面加一列“2015年基期值”（填 2015 年的实际数，不知道可先留空）后重新导入；如确是基期的实际数，把列标题改为“2016年基期值”即不再提示，已载入，请核对"],
    ["trial47c F3: a 目标分解表, en", table(TITLE, "类别\t指标\t2016年\t2017年\t2018年", ROWS), "en",
      "the header names no baseline (基期, 现状 or 基准): the first year column “2016年” is taken as the baseline (2016) and the later year columns as targets, so progress is measured from the 2016 figures; the title “节水达标建设目标分解表” reads as a table of targets, so “2016年” may be a target too, not an actual: if so, add a column “2015年基期值” before it (the 2015 actuals, or blank for now) and import again; if it is the baseline's actual, label it “2016年基期值” and this is no longer said; loaded, to check"],
    ["yearly columns under another title: which column, no more", table("某县节水主要指标", "类别\t指标\t2016年\t2017年\t2018年", ROWS), "zh",
      "表头没有写明基期（基期、现状或基准）：取第一个年份列“2016年”的数值为基期值（2016 年），其后各年份列为目标，进度从 2016 年的数值算起，已载入，请核对"],
    ["a 目标分解表 of two years: said with the mark", table(TITLE, "类别\t指标\t2016年\t2018年", ROWS.map((r) => r.replace(/\t[^\t]+(\t[^\t]+)$/, "$1"))), "zh",
      "；标题“节水达标建设目标分解表”是目标表，“2016年”一列可能也是目标而不是实际数"],
    // not said
    ["the column says 基期值", table(TITLE, "类别\t指标\t2016年基期值\t2017年\t2018年", ROWS), "zh", null],
    ["a baseline column before the years", table(TITLE, "类别\t指标\t2015年基期值\t2016年\t2017年\t2018年", ROWS.map((r) => r.replace(/^([^\t]*\t[^\t]*)/, "$1\t"))), "zh", null],
    ["two bare years under a plain title (2020年 | 2025年)", table("某县主要指标", "类别\t指标\t2020年\t2025年", ["经济\t森林覆盖率（%）\t60\t61"]), "zh", null],
    ["the title names the period (十四五)", table("某县“十四五”主要指标", "类别\t指标\t2020年\t2021年\t2025年", ["经济\t森林覆盖率（%）\t60\t60.5\t61"]), "zh", null],
  ])("%s", (_why, text, lang, said) => {
    const r = importTable(text);
    if (!r.ok) throw new Error(r.message);
    const lines = r.unread.filter((u) => u.code === "baseline-year-column").map((u) => (lang === "en" ? u.reasonEn : u.reason));
    if (said === null) return expect(lines).toEqual([]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(said);
  });
});
