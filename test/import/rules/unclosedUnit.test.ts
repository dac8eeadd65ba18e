import { unclosedUnit } from "../../../src/import/rules/unclosedUnit";
import { importTable } from "../../../src/import";
import { draftThrough, HEAD } from "./harness";

/** unclosedUnit: a unit whose closing bracket the source lost (`小麦稻谷自给率（%`, trial29a) is closed and read. */
describe("unclosedUnit", () => {
  test.each<[string, string, string, string[]]>([
    ["（% (trial29a)", "小麦稻谷自给率（%", "小麦稻谷自给率（%）", ["name-bracket"]],
    ["(亿吨", "粮食综合生产能力(亿吨", "粮食综合生产能力(亿吨)", ["name-bracket"]],
    ["（万元/人", "农业劳动生产率（万元/人", "农业劳动生产率（万元/人）", ["name-bracket"]],
    ["a closed unit: left", "小麦稻谷自给率（%）", "小麦稻谷自给率（%）", []],
    ["an open bracket of words, no unit: left", "乡镇（街道", "乡镇（街道", []],
    ["no bracket", "小麦稻谷自给率", "小麦稻谷自给率", []],
  ])("%s", (_d, name, closed, codes) => {
    const { draft, codes: got } = draftThrough(unclosedUnit, [...HEAD, `1\t${name}\t100\t100\t约束性`]);
    expect([draft.name, got]).toEqual([closed, codes]);
  });

  test.each<[string, string, string]>([
    ["小麦稻谷自给率（%", "小麦稻谷自给率（%）", "%"],
    ["粮食综合生产能力(亿吨", "粮食综合生产能力(亿吨)", "亿吨"],
  ])("%s: the template's unit is read (on main: 未注明单位)", (name, closed, unit) => {
    const r = importTable([...HEAD, `1\t${name}\t100\t100\t约束性`].join("\n"));
    if (!r.ok) throw new Error(r.message);
    expect([r.template.indicators[0]?.name, r.template.indicators[0]?.unit]).toEqual([closed, unit]);
  });
});
