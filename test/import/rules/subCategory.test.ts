import { importTable } from "../../../src/import";

/**
 * A header whose 指标 label (after an unlabelled category column) spans a sub-category column as
 * well (a merged cell, as in “十三五”生态环境保护主要指标: 生态环境质量 | 1.空气质量 | name | …): the
 * rows are read from the right, the sub-category kept in the domain, and it is said once; the
 * indicators under a numbered sub-category are numbered from it (1.1, 1.2, 2.1: the plan gives them
 * none), said once too. A row whose extra cell is a value, not a category, is not read so.
 */
const HEAD = "专栏1 某市“十三五”生态环境保护主要指标\n\t指标\t2015年\t2020年\t属性";

describe("a name label spanning a sub-category column", () => {
  test.each<[string, string[], string[][]]>([
    ["numbered sub-categories, blanks continuing them", [
      "生态环境质量\t1.空气质量\t空气质量优良天数比率（%）\t76.7\t>80\t约束性",
      "\t\t重度及以上污染天数比例（%）\t2\t<1\t预期性",
      "\t2.水环境质量\t地表水劣Ⅴ类水体比例（%）\t9.7\t<5\t约束性",
    ], [
      ["生态环境质量·空气质量", "1.1", "空气质量优良天数比率（%）", "76.7", ">80", "约束性"],
      ["生态环境质量·空气质量", "1.2", "重度及以上污染天数比例（%）", "2", "<1", "预期性"],
      ["生态环境质量·水环境质量", "2.1", "地表水劣Ⅴ类水体比例（%）", "9.7", "<5", "约束性"],
    ]],
  ])("%s", (_d, rows, expected) => {
    const r = importTable(`${HEAD}\n${rows.join("\n")}`);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((d) => [d.domain, d.number, d.name, d.baseline, d.target ?? "", d.attribute ?? ""])).toEqual(expected);
    expect(r.unread.map((u) => [u.code, u.line])).toEqual([["group-category", 3], ["name-span", 3]]);
    expect(r.stats.rowsNotLoaded).toBe(0);
  });

  test("an extra value cell is no sub-category: the row is not read under a spanning name", () => {
    const r = importTable(`${HEAD}\n生态环境质量\t12\t空气质量优良天数比率（%）\t76.7\t>80\t约束性`);
    const spanned = r.ok ? r.unread.filter((u) => u.code === "name-span") : [];
    expect(spanned).toEqual([]);
  });
});
