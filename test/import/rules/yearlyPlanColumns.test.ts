import { importTable } from "../../../src/import";

/**
 * A yearly plan's columns (trV): a target only in a column not read is listed row by row (exit 4), a growth
 * column fills an empty target, and the header words of a yearly plan (计划, 预计) are read.
 */
const table = (header: string, ...rows: string[]): string => ["某县2026年国民经济和社会发展计划主要指标", header, ...rows].join("\n");

describe("a row whose only target is in a column not read is listed, not loaded with target “—” in silence", () => {
  test.each<[string, string, string[], number]>([
    // (a column no header word names: 年均增长（%） was one until it was read as the 年均/累计 column, trial30e)
    ["an unknown column", table("指标\t单位\t2025年预计完成\t2026年目标\t对标值", "地区生产总值\t亿元\t316.8\t—\t7"), ["target-in-unread-column"], 1],
    ["a target in its own column: nothing listed", table("指标\t单位\t2025年预计完成\t2026年目标\t对标值", "地区生产总值\t亿元\t316.8\t335\t7"), [], 0],
    ["a growth column is read, not listed", table("指标\t单位\t2025年预计完成\t2026年目标\t增长%", "规模以上工业增加值\t亿元\t—\t—\t6左右"), ["target-from-growth"], 0],
  ])("%s", (_d, text, codes, rowsNotLoaded) => {
    const r = importTable(text);
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.map((u) => u.code).filter((c) => ["target-in-unread-column", "target-from-growth", "target-and-growth"].includes(c))).toEqual(codes);
    expect(r.stats.rowsNotLoaded).toBe(rowsNotLoaded);
  });
});

describe("the header of a yearly plan: 计划 is a target, an earlier 预计 the baseline, last year's 计划 not a target", () => {
  test.each<[string, number, number, string]>([
    ["指标\t单位\t2025年预计完成\t2026年计划", 2025, 2026, "316.8|335"],
    ["指标\t单位\t2025年预计完成\t2026年计划数", 2025, 2026, "316.8|335"],
    ["指标\t单位\t2025年预计\t2026年计划目标", 2025, 2026, "316.8|335"],
    ["指标\t单位\t2025年预计实现\t2026年目标", 2025, 2026, "316.8|335"],
    ["指标\t单位\t2025年预计数\t2026年预期目标", 2025, 2026, "316.8|335"],
    // a five-year plan's 预计 alone is its target, as before
    ["指标\t单位\t2020年\t2025年预计", 2020, 2025, "316.8|335"],
  ])("%s", (header, baselineYear, targetYear, values) => {
    const r = importTable(table(header, "地区生产总值\t亿元\t316.8\t335"));
    if (!r.ok) throw new Error(r.message);
    const d = r.template.indicators[0];
    expect([r.template.baselineYear, r.template.targetYear, `${d?.baseline ?? ""}|${d?.target ?? ""}`]).toEqual([baselineYear, targetYear, values]);
  });
});
