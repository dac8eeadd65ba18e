import { noteLine } from "../../../src/import/rules/noteLine";
import { HEAD, lastLineThrough } from "./harness";

describe("noteLine: notes below the table go to the template's notes", () => {
  test.each<[string, string[], string, string[]]>([
    ["注：", ["注：带〔〕的为五年累计数。"], "taken", ["注：带〔〕的为五年累计数。"]],
    ["资料来源", ["资料来源：市统计局"], "taken", ["资料来源：市统计局"]],
    ["注1.", ["注1.价格按2020年计"], "taken", ["注1.价格按2020年计"]],
    ["注[1]：", ["注[1]：按常住人口计算。"], "taken", ["注[1]：按常住人口计算。"]],
    ["注（2）", ["注（2）价格按2020年计"], "taken", ["注（2）价格按2020年计"]],
    ["a numbered line inside a note", ["注：", "2.地区生产总值按可比价计算"], "taken", ["注：", "2.地区生产总值按可比价计算"]],
    ["a numbered row outside a note", ["2.乙率(%)\t3\t4\t预期性"], "pass", []],
    ["a circled footnote inside a note", ["注：①过早死亡率指30—70岁人群的。", "②〔〕内为五年累计数。"], "taken", ["注：①过早死亡率指30—70岁人群的。", "②〔〕内为五年累计数。"]],
    ["a circled footnote after the rows", ["①〔〕内为五年累计数。"], "taken", ["①〔〕内为五年累计数。"]],
    ["a bracketed footnote after the rows", ["[1]按常住人口计算。"], "taken", ["[1]按常住人口计算。"]],
    ["a circled row with values", ["②乙率(%)\t3\t4\t预期性"], "pass", []],
    ["a row", ["2\t乙率(%)\t3\t4\t预期性"], "pass", []],
  ])("%s", (_d, lines, outcome, notes) => {
    const r = lastLineThrough(noteLine, [...HEAD, "1\t甲率(%)\t1\t2\t约束性", ...lines]);
    expect(r.outcome).toBe(outcome);
    expect(r.reading.notes).toEqual(notes);
    expect(r.reading.inNote).toBe(outcome === "taken");
  });
});
