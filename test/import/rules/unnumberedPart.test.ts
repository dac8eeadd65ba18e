import { importTable } from "../../../src/import";
import { indicatorLabel } from "../../../src/templates/indicatorLabel";

// trial37c F3: a numbered parent with no value of its own (`— | —` or empty), its pollutants unnumbered
// below, as real plans (十四五 生态环境保护) print it: the four 约束性 parts were each refused (没有序号)
// and the parent loaded with no target; the three-level layout read the same rows as parts
const HEAD = "丽水市“十四五”生态环境保护主要指标表\n类别\t序号\t指标\t2020年\t2025年\t属性\n";
const PARTS = "\t\t化学需氧量\t—\t〔10〕\t约束性\n\t\t氨氮\t—\t〔10〕\t约束性\n\t\t氮氧化物\t—\t〔12〕\t约束性\n\t\t挥发性有机物\t—\t〔12〕\t约束性\n";
const AFTER = "\t7\t城镇污水处理率（%）\t95.2\t≥97\t预期性\n";
const EXPECTED = [
  ["6", "主要污染物排放总量减少：化学需氧量", "%", "〔10〕", "约束性"],
  ["6", "主要污染物排放总量减少：氨氮", "%", "〔10〕", "约束性"],
  ["6", "主要污染物排放总量减少：氮氧化物", "%", "〔12〕", "约束性"],
  ["6", "主要污染物排放总量减少：挥发性有机物", "%", "〔12〕", "约束性"],
  ["7", "城镇污水处理率（%）", "%", "≥97", "预期性"],
];

describe("unnumberedPart: unnumbered rows under a numbered parent with no value of its own are its parts", () => {
  test.each<[string, string]>([
    ["the parent's values written —", "污染减排\t6\t主要污染物排放总量减少（%）\t—\t—\t约束性\n"],
    ["the parent's values empty", "污染减排\t6\t主要污染物排放总量减少（%）\t\t\t约束性\n"],
  ])("%s", (_d, parent) => {
    const r = importTable(HEAD + parent + PARTS + AFTER);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((d) => [d.number, indicatorLabel(d), d.unit, d.target, d.attribute])).toEqual(EXPECTED);
    expect(r.stats.rowsNotLoaded).toBe(0);
    // the parent said once as the parts' parent, as 其中 rows' parent is, not as a row with no target
    expect(r.unread.map((u) => u.code)).toEqual(["parts-parent"]);
  });
});

// a parent with a target of its own: the unnumbered row may be an indicator or a part, refused as before,
// the line now saying what to write (the 其中 row is then read by subRow)
describe("unnumberedPart: under a parent with a value of its own the row stays refused, with what to do", () => {
  const parent = "污染减排\t6\t主要污染物排放总量减少（%）\t—\t〔10〕\t约束性\n";
  test.each<[string, string, string]>([
    ["a target", parent, ""],
    ["a baseline only", "污染减排\t6\t主要污染物排放总量减少（%）\t12\t—\t约束性\n", ""],
    ["no unit in the parent's name", "污染减排\t6\t主要污染物排放总量减少\t—\t—\t约束性\n", ""],
    ["a unit in the row's own name", "污染减排\t6\t主要污染物排放总量减少（%）\t—\t—\t约束性\n", "（万吨）"],
  ])("%s", (_d, above, unit) => {
    const r = importTable(HEAD + above + `\t\t化学需氧量${unit}\t—\t〔10〕\t约束性\n` + AFTER);
    if (!r.ok) throw new Error(r.message);
    const refused = r.unread.filter((u) => u.code === "no-number");
    expect(refused.map((u) => u.line)).toEqual([4]);
    expect(refused[0]?.reason).toContain("如是上一项的分项，请在名称前加“其中：”；如是一项独立的指标，请填上序号（改好表格后重新导入），未载入");
    expect(refused[0]?.reasonEn).toContain("if it is a part of the one above, write “其中：” before its name; if it is an indicator of its own, give it its number (change the table and import it again); not loaded");
    expect(r.template.indicators.map((d) => d.number)).toEqual(["6", "7"]);
  });

  test("the advice followed: 其中： before the name reads the row as the part", () => {
    const r = importTable(HEAD + parent + "\t\t其中：化学需氧量\t—\t〔10〕\t约束性\n" + AFTER);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((d) => [d.number, d.part ?? "", d.target])).toEqual([["6", "", "〔10〕"], ["6", "化学需氧量", "〔10〕"], ["7", "", "≥97"]]);
    expect(r.stats.rowsNotLoaded).toBe(0);
  });
});
