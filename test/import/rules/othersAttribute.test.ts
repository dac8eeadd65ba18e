import { importTable } from "../../../src/import";
import { attributeNote } from "../../../src/import/rules/attributeNote";

// a trial's ★ table: 注：带★的为约束性指标，其余为预期性指标; the ★ rows got 约束性, the others nothing
describe("attributeNote: what a note says the marks and the other rows are", () => {
  test.each<[string, string[], [string, string, string | null] | null]>([
    ["★ and the others", ["注：带★的为约束性指标，其余为预期性指标。"], ["★", "约束性", "预期性"]],
    ["* for 预期性, the others 约束性", ["注：带*的为预期性指标，其他为约束性指标"], ["*", "预期性", "约束性"]],
    ["标★号, no word of the others", ["注：标★号的为约束性指标"], ["★", "约束性", null]],
    ["未标注的", ["注：1.带*的为约束性指标，未标注的为预期性指标。"], ["*", "约束性", "预期性"]],
    ["a footnote only", ["注：带*的为2019年数据。"], null],
    // trial27c t6: 标注▲的 (the marks were read as 注▲), a note starting with the mark
    ["标注▲的", ["注：标注▲的为约束性指标，其余为预期性指标；[ ]内为五年累计数。"], ["▲", "约束性", "预期性"]],
    ["▲为约束性", ["注：▲为约束性指标。"], ["▲", "约束性", null]],
  ])("%s", (_d, notes, expected) => {
    const n = attributeNote(notes);
    expect(n === null ? null : [n.marks, n.marked, n.others]).toEqual(expected);
  });
});

describe("othersAttribute: the rows without the mark take the attribute the note gives the others", () => {
  const HEAD = "某县“十四五”主要指标\n序号\t指标\t2020年\t2025年\n";
  test.each<[string, string, string, Array<string | undefined>, number]>([
    ["★ 约束性, the others 预期性 (said once)", "1\t甲率（%）★\t1\t2\n2\t乙率（%）\t1\t2\n3\t丙率（%）\t1\t2", "注：带★的为约束性指标，其余为预期性指标", ["约束性", "预期性", "预期性"], 1],
    ["* 预期性, the others 约束性", "1\t甲率（%）*\t1\t2\n2\t乙率（%）\t1\t2", "注：带*的为预期性指标，其余为约束性指标", ["预期性", "约束性"], 1],
    ["* 预期性 alone: the others stay unset", "1\t甲率（%）*\t1\t2\n2\t乙率（%）\t1\t2", "注：带*的为预期性指标", ["预期性", undefined], 0],
    ["no such note", "1\t甲率（%）\t1\t2", "注：带*的为2019年数据。", [undefined], 0],
    // trial46a F4: `*` on a name and `＊` in its note are one mark (markWidth)
    ["* on the names, ＊ in the note", "1\t甲率（%）*\t1\t2\n2\t乙率（%）\t1\t2", "注：带＊的为约束性指标，其余为预期性指标", ["约束性", "预期性"], 1],
    ["＊ on the names, * in the note", "1\t甲率（%）＊\t1\t2\n2\t乙率（%）\t1\t2", "注：带*的为约束性指标，其余为预期性指标", ["约束性", "预期性"], 1],
  ])("%s", (_d, rows, note, attributes, said) => {
    const r = importTable(`${HEAD}${rows}\n${note}`);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((d) => d.attribute)).toEqual(attributes);
    expect(r.unread.filter((u) => u.code === "attribute-from-note")).toHaveLength(said);
  });

  test("a 属性 column wins over the note", () => {
    const r = importTable("某县“十四五”主要指标\n序号\t指标\t2020年\t2025年\t属性\n1\t甲率（%）★\t1\t2\t约束性\n2\t乙率（%）\t1\t2\t约束性\n注：带★的为约束性指标，其余为预期性指标");
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((d) => d.attribute)).toEqual(["约束性", "约束性"]);
  });
});
