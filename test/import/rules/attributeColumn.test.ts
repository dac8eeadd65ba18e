import { attributeColumn } from "../../../src/import/rules/attributeColumn";
import { importTable } from "../../../src/import";
import { draftThrough } from "./harness";

describe("attributeColumn: 约束性 / 预期性 from the 属性 column", () => {
  test.each<[string, string, string | undefined]>([
    ["约束性", "约束性", "约束性"],
    ["预期性", "预期性", "预期性"],
    ["约束 (short)", "约束", "约束性"],
    ["another word", "考核", undefined],
  ])("%s", (_d, cell, attribute) => {
    const { draft } = draftThrough(attributeColumn, ["某县“十四五”主要指标", "指标\t2020年\t2025年\t属性", `1\t甲率(%)\t1\t2\t${cell}`]);
    expect(draft.add.attribute).toBe(attribute);
  });

  test("an empty 属性 cell (not last): none", () => {
    const { draft } = draftThrough(attributeColumn, ["某县“十四五”主要指标", "指标\t属性\t2020年\t2025年", "1\t甲率(%)\t\t1\t2"]);
    expect(draft.add.attribute).toBeUndefined();
  });
});

// trial27c t6: 注：标注▲的为约束性指标 was read into the notes while every ▲ cell was refused
describe("attributeColumn: a mark in the 属性 column is read by the note that explains it", () => {
  const HEAD = "青川县“十四五”水利发展主要指标\n序号\t指标名称\t单位\t2020年基期\t2025年目标\t属性\n";
  const ROWS = "1\t用水总量\t亿立方米\t1.32\t≤1.45\t▲\n2\t万元GDP用水量下降\t%\t—\t[16]\t▲\n3\t县城防洪标准\t年一遇\t20\t50\t预期性\n";
  test.each<[string, string, string, Array<string | undefined>, string[]]>([
    ["标注▲的为约束性", ROWS, "注：标注▲的为约束性指标，其余为预期性指标；[ ]内为五年累计数。", ["约束性", "约束性", "预期性"], ["attribute-mark"]],
    ["▲为约束性 (the note starts with the mark)", ROWS, "注：▲为约束性指标。", ["约束性", "约束性", "预期性"], ["attribute-mark"]],
    ["★表示约束性", ROWS.replace(/▲/g, "★"), "注：★表示约束性指标", ["约束性", "约束性", "预期性"], ["attribute-mark"]],
    ["带☆的为预期性", ROWS.replace(/▲/g, "☆"), "注：带☆的为预期性指标", ["预期性", "预期性", "预期性"], ["attribute-mark"]],
    ["★为约束性，☆为预期性: two marks in one note", ROWS.replace("▲\n2", "★\n2").replace("▲", "☆"), "注：★为约束性指标，☆为预期性指标。", ["约束性", "预期性", "预期性"], ["attribute-mark"]],
    ["no note: refused, saying no note explains it", ROWS, "注：[ ]内为五年累计数。", [undefined, undefined, "预期性"], ["attribute-unknown", "attribute-unknown"]],
    ["a note about another mark", ROWS, "注：带★的为约束性指标。", [undefined, undefined, "预期性"], ["attribute-unknown", "attribute-unknown"]],
  ])("%s", (_d, rows, note, attributes, codes) => {
    const r = importTable(`${HEAD}${rows}${note}`);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((i) => i.attribute)).toEqual(attributes);
    const said = r.unread.filter((u) => u.code.startsWith("attribute-"));
    expect(said.map((u) => u.code)).toEqual(codes);
    if (codes[0] === "attribute-unknown") expect(said[0]?.reason).toContain("表下也没有说明这个标记的注");
  });
});

// an empty 属性 cell beside ▲ cells: the note's 其余为预期性 gives it one, said once as such, not “该行不填属性”
describe("attributeColumn: an empty 属性 cell under a note that names the other rows", () => {
  const HEAD = "青川县“十四五”水利发展主要指标\n序号\t指标名称\t属性\t单位\t2020年基期\t2025年目标\n";
  const ROWS = "1\t用水总量\t▲\t亿立方米\t1.32\t≤1.45\n2\t农田灌溉水有效利用系数\t\t—\t0.512\t0.53以上\n3\t县城防洪标准\t\t年一遇\t20\t50\n";
  test.each<[string, string, Array<string | undefined>, string[]]>([
    ["其余为预期性", "注：标注▲的为约束性指标，其余为预期性指标。", ["约束性", "预期性", "预期性"], ["attribute-mark", "attribute-from-note"]],
    ["no word of the others", "注：标注▲的为约束性指标。", ["约束性", undefined, undefined], ["attribute-mark", "attribute-empty", "attribute-empty"]],
  ])("%s", (_d, note, attributes, codes) => {
    const r = importTable(`${HEAD}${ROWS}${note}`);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((i) => i.attribute)).toEqual(attributes);
    const said = r.unread.filter((u) => u.code.startsWith("attribute-"));
    expect(said.map((u) => u.code)).toEqual(codes);
    if (codes[1] === "attribute-from-note") expect(said[1]?.reason).toMatch(/^属性一格为空，按表注/);
  });
});

// trial27c t6_water.txt: the 属性 column last, a blank cell where the row is 预期性 by the note
describe("attributeColumn: a blank last 属性 cell", () => {
  const HEAD = "青川县“十四五”水利发展主要指标\n序号\t指标名称\t单位\t2020年基期\t2025年目标\t属性\n1\t用水总量\t亿立方米\t1.32\t≤1.45\t▲\n2\t县城防洪标准\t年一遇\t20\t50\t\n";
  test.each<[string, string, Array<string | undefined>, string[]]>([
    ["其余为预期性", "注：标注▲的为约束性指标，其余为预期性指标。", ["约束性", "预期性"], ["attribute-mark", "attribute-from-note"]],
    ["no word of the others", "注：标注▲的为约束性指标。", ["约束性", undefined], ["attribute-mark", "attribute-empty"]],
  ])("%s", (_d, note, attributes, codes) => {
    const r = importTable(`${HEAD}${note}`);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((i) => i.attribute)).toEqual(attributes);
    expect(r.unread.filter((u) => u.code.startsWith("attribute-")).map((u) => u.code)).toEqual(codes);
  });
});

// a yearly plan with no 属性 column wrote 约束性 in its 备注 column: the row was refused as shifted (整行错位，未载入)
describe("attributeColumn: a table with no 属性 column, 约束性 written in its 备注 column", () => {
  const HEAD = ["某县2025年国民经济和社会发展计划主要指标", "序号\t指标名称\t单位\t2024年预计完成\t2025年计划\t备注"];
  test.each<[string, string, [string | undefined, string | undefined], string[]]>([
    ["约束性 in 备注: the attribute", "5\t单位GDP能耗降低\t%\t—\t完成市下达任务\t约束性", ["约束性", undefined], ["attribute-in-note"]],
    ["预期 in 备注: the attribute", "1\t地区生产总值\t亿元\t320\t340\t预期", ["预期性", undefined], ["attribute-in-note"]],
    ["other words in 备注: a note", "1\t地区生产总值\t亿元\t320\t340\t按可比价计算", [undefined, "按可比价计算"], []],
  ])("%s", (_d, row, [attribute, note], codes) => {
    const r = importTable([...HEAD, row].join("\n"));
    if (!r.ok) throw new Error(r.message);
    expect(r.stats.rowsNotLoaded).toBe(0);
    expect([r.template.indicators[0]?.attribute, r.template.indicators[0]?.note]).toEqual([attribute, note]);
    expect(r.unread.map((u) => u.code).filter((c) => c === "attribute-in-note" || c === "row-shifted")).toEqual(codes);
  });

  test("a table with a 属性 column: 约束性 in 备注 is read as before (attribute-early), not as a note's attribute", () => {
    const r = importTable(["某县“十四五”主要指标", "序号\t指标\t2020年\t2025年\t备注\t属性", "1\t甲率(%)\t1\t2\t约束性\t"].join("\n"));
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.map((u) => u.code)).toEqual(["attribute-early", "direction-series-up"]);
  });

  test("said once for the table", () => {
    const r = importTable([...HEAD, "1\t甲率\t%\t1\t2\t约束性", "2\t乙率\t%\t1\t2\t预期性"].join("\n"));
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((i) => i.attribute)).toEqual(["约束性", "预期性"]);
    expect(r.unread.filter((u) => u.code === "attribute-in-note")).toHaveLength(1);
  });
});
