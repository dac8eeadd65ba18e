import { importTable, type ImportCode } from "../../src/import";
import type { IndicatorDef } from "../../src/templates/TemplateSchema";
import { importedFixture } from "./importedFixture";

/**
 * trial41e: a fresh user's 教育 table without 序号. F1: every row after a 其中 row was loaded as a part of
 * that indicator, even `高中阶段毛入学率 % 92 95 预期性` with its own 属性 and an indicator's name (rules/partRow.ts
 * partsEnd). F2: a part row writing its 类别 again was read with the 类别 as its label, its values one column off
 * (rules/categoryAgain.ts). F9: the spaced-table note spoke of 类别 where the table has none.
 */
const imported = importedFixture("trial41e");
const key = (d: IndicatorDef): string => [d.name, d.part ?? "", d.unit, d.baseline ?? "", d.target ?? "", d.attribute ?? ""].join("|");

describe("trial41e F1, F2: a part run ends where a row is no part; a 类别 written again is no part label", () => {
  const PARTS = ["义务教育巩固率|农村|%|97.1|98|约束性", "义务教育巩固率|初中|%|77.34|85以上|约束性"];
  test.each<[string, string[], string[]]>([
    ["spaced.txt", ["学前三年毛入园率||%|95.2|98|预期性", "义务教育巩固率||%|98.5|99|约束性", ...PARTS, "高中阶段毛入学率||%|92|95|预期性"], [5, 6].map(String)],
    ["tabs.txt", ["学前三年毛入园率||%|95.2|98|预期性", "义务教育巩固率||%|98.5|99|约束性", ...PARTS, "高中阶段毛入学率||%|92|95|预期性"], [5, 6].map(String)],
    ["category-spaced.txt", ["学前三年毛入园率||%|95.2|98|预期性", "普惠性幼儿园覆盖率||%|85|90|约束性", "义务教育巩固率||%|98.5|99|约束性", ...PARTS,
      "高中阶段毛入学率||%|92|95|预期性", "职普比||比|0.8|1.0|"], [6, 7].map(String)],
  ])("%s", async (file, rows, merged) => {
    const r = await imported(file);
    expect(r.template.indicators.map(key)).toEqual(rows);
    // the part rows that took the 属性 above are named, and nothing else is said of a value's column
    expect(r.unread.find((u) => u.code === "attribute-merged")?.reason).toContain(`第 ${merged.join("、")} 行沿用上一行的“约束性”`);
    expect(r.unread.map((u) => u.code)).not.toContain("baseline-words");
    expect(r.unread.map((u) => u.code)).not.toContain("attribute-unknown");
    expect(r.stats.rowsNotLoaded).toBe(0);
  });
});

describe("partRow: after a part, a row of a table without 序号 that does not read as a part is an indicator of its own", () => {
  const HEAD = "某县“十四五”教育主要指标\n指标名称\t单位\t2020年\t2025年\t属性\n甲率\t%\t1\t2\t约束性\n其中：城镇\t%\t3\t4\n";
  test.each<[string, string, string, ImportCode[]]>([
    ["its own 属性, another than the parts'", "高中阶段毛入学率\t%\t92\t95\t预期性", "高中阶段毛入学率||%|92|95|预期性", []],
    ["its own 属性, another, a part label's name", "农村\t%\t92\t95\t预期性", "农村||%|92|95|预期性", []],
    ["an indicator's name, the same 属性: said", "高中阶段毛入学率\t%\t92\t95\t约束性", "高中阶段毛入学率||%|92|95|约束性", ["part-run-end"]],
    ["an indicator's name, its 属性 blank (merged?): said", "高中阶段毛入学率\t%\t92\t95", "高中阶段毛入学率||%|92|95|", ["part-run-end"]],
    ["a part label, the same 属性: a part", "农村\t%\t92\t95\t约束性", "甲率|农村|%|92|95|约束性", []],
    ["a part label, its 属性 blank: a part", "农村\t%\t92\t95", "甲率|农村|%|92|95|约束性", []],
  ])("%s", (_d, line, last, codes) => {
    const r = importTable(HEAD + line);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map(key).slice(-1)).toEqual([last]);
    expect(r.unread.filter((u) => u.line === 5).map((u) => u.code).filter((c) => c === "part-run-end")).toEqual(codes);
  });

  test.each<[string, string, string[]]>([
    ["tabs, 类别 on every row, the part's 属性 blank", "类别\t指标名称\t单位\t2020年\t2025年\t属性\n义务教育\t甲率\t%\t1\t2\t约束性\n义务教育\t其中：城镇\t%\t3\t4\n义务教育\t初中\t%\t77.34\t85以上",
      ["义务教育|甲率||%|1|2|约束性", "义务教育|甲率|城镇|%|3|4|约束性", "义务教育|甲率|初中|%|77.34|85以上|约束性"]],
    ["another 类别 before a part label is no part", "类别\t指标名称\t单位\t2020年\t2025年\t属性\n义务教育\t甲率\t%\t1\t2\t约束性\n义务教育\t其中：城镇\t%\t3\t4\n高中教育\t乙率\t%\t5\t6\t预期性",
      ["义务教育|甲率||%|1|2|约束性", "义务教育|甲率|城镇|%|3|4|约束性", "高中教育|乙率||%|5|6|预期性"]],
  ])("%s", (_d, table, rows) => {
    const r = importTable(`某县“十四五”教育主要指标\n${table}`);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((d) => `${d.domain ?? ""}|${key(d)}`)).toEqual(rows);
  });

  test("in a table with 序号 a row without one after a part is read as before", () => {
    const r = importTable("某县“十四五”教育主要指标\n序号\t指标名称\t单位\t2020年\t2025年\t属性\n1\t甲率\t%\t1\t2\t约束性\n\t其中：城镇\t%\t3\t4\n\t农村率\t%\t92\t95\t约束性");
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((d) => d.part ?? "")).toEqual(["", "城镇", "农村率"]);
  });

  test("the line says what was done and how to make it a part, in both languages", () => {
    const r = importTable(`${HEAD}高中阶段毛入学率\t%\t92\t95\t约束性`);
    if (!r.ok) throw new Error(r.message);
    const said = r.unread.find((u) => u.code === "part-run-end");
    expect([said?.line, said?.effect]).toEqual([5, "to-check"]);
    expect(said?.reason).toBe("“高中阶段毛入学率”没有序号，写在“甲率”的分项之后，而名称读作一项指标（带单位，或以“率”“比例”等结尾），作为一项独立的指标载入；如是“甲率”的分项，请在名称前加“其中：”，已载入，请核对");
    expect(said?.reasonEn).toBe("“高中阶段毛入学率” has no number (No.) and follows the parts of “甲率”, but its name reads as an indicator's (a unit, or an ending such as 率 or 比例): loaded as an indicator of its own; if it is a part of “甲率”, write “其中：” before its name; loaded, to check");
  });
});

describe("trial41e F2, F9: the notes of a table without 序号 or 类别", () => {
  test.each<[string, string, string, string, string]>([
    ["spaced.txt", "sub-row", "“其中：农村”是上一项指标的“其中”项", "“其中：农村” is a 其中 item of the indicator above", "（序号"],
    ["spaced.txt", "spaced-columns", "已按表头的 5 列对齐 5 行，已载入，请核对", "5 rows lined up with the header's 5 columns; loaded, to check", "类别"],
    ["category-spaced.txt", "spaced-columns", "已按表头的 6 列对齐 7 行（类别只写在第一行的，其下各行沿用上一行的类别）", "(a category written only on a group's first row carried down)", "\u0000"],
  ])("%s %s", async (file, code, zh, en, absent) => {
    const said = (await imported(file)).unread.find((u) => u.code === code);
    expect(said?.reason).toContain(zh);
    expect(said?.reasonEn).toContain(en);
    expect(said?.reason).not.toContain(absent);
  });
});
