import { importTable } from "../../../src/import";
import { footnoteOf } from "../../../src/import/rules/footnoteMarks";

/**
 * valueMark: a footnote mark after a baseline or target is taken off (the value can then be read),
 * the footnote it points to kept in the indicator's note, and the change listed to check; a value
 * that only looks marked (`[15]` cumulative, `≥50`, `5.5左右`) is left as written.
 */
const HEAD = "某县“十四五”主要指标\n序号\t指标\t2020年\t2025年\t属性";

describe("valueMark", () => {
  test.each<[string, string, string, string, string, string | undefined]>([
    ["star, note says what it means", "1\t森林覆盖率（%）\t60.6*\t61以上\t约束性\n注：*为2019年数据。", "60.6", "61以上", "*", "60.6*：*为2019年数据。"],
    ["full-width star, no note", "1\t森林覆盖率（%）\t60.6＊\t61\t约束性", "60.6", "61", "＊", undefined],
    // trial46a F4: the 纲要's values carry `*` and its note `①＊为2019年数据` a full-width ＊: one mark, whatever its width
    ["half-width star, the note's full-width", "1\t常住人口城镇化率（%）\t60.6*\t65\t预期性\n注：①＊为2019年数据。②〔〕内为5年累计数。", "60.6", "65", "*", "60.6*：①＊为2019年数据。"],
    ["full-width star, the note's half-width", "1\t常住人口城镇化率（%）\t60.6＊\t65\t预期性\n注：*为2019年数据。", "60.6", "65", "＊", "60.6＊：*为2019年数据。"],
    ["full-width #, the note's half-width", "1\t常住人口城镇化率（%）\t60.6＃\t65\t预期性\n注：#为2019年数据。", "60.6", "65", "＃", "60.6＃：#为2019年数据。"],
    ["circled number on the target", "1\t城镇新增就业人数（万人）\t1.2\t[6]①\t预期性\n注：①为五年累计数。", "1.2", "[6]", "①", "[6]①：①为五年累计数。"],
    ["注1 after a value", "1\t人均预期寿命（岁）\t78.3注1\t79\t预期性\n注：1.按户籍人口计算。2.价格按可比价。", "78.3", "79", "注1", "78.3注1：1.按户籍人口计算。"],
    ["superscript digit", "1\t人均预期寿命（岁）\t78.3²\t79\t预期性\n注：1.按可比价。2.按户籍人口计算。", "78.3", "79", "²", "78.3²：2.按户籍人口计算。"],
    ["(注2) with a bracket", "1\t人均预期寿命（岁）\t78.3（注2）\t79\t预期性", "78.3", "79", "（注2）", undefined],
    // trial45a F2: how a copy or a typist writes a superscript it could not keep
    ["a caret (`15.7^4`)", "1\t地下水质量极差比例（%）\t15.7^4\t15左右\t预期性\n注：4.为2013年数据。", "15.7", "15左右", "^4", "15.7^4：4.为2013年数据。"],
    ["a caret, no note", "1\t地下水质量极差比例（%）\t15.7^4\t15左右\t预期性", "15.7", "15左右", "^4", undefined],
    ["a bracketed number a note is numbered so (`15.7（4）`)", "1\t地下水质量极差比例（%）\t15.7（4）\t15左右\t预期性\n注：4.为2013年数据。", "15.7", "15左右", "（4）", "15.7（4）：4.为2013年数据。"],
    ["half-width brackets (`15.7(4)`)", "1\t地下水质量极差比例（%）\t15.7(4)\t15左右\t预期性\n注：1.按可比价。4.为2013年数据。", "15.7", "15左右", "(4)", "15.7(4)：4.为2013年数据。"],
  ])("%s", (_d, row, baseline, target, mark, note) => {
    const r = importTable(`${HEAD}\n${row}`);
    if (!r.ok) throw new Error(r.message);
    const d = r.template.indicators[0];
    expect([d?.baseline, d?.target, d?.note]).toEqual([baseline, target, note]);
    const said = r.unread.filter((u) => u.code === "value-mark");
    expect(said.map((u) => u.params)).toEqual([expect.objectContaining({ mark })]);
    expect(said[0]?.effect).toBe("to-check");
    expect(said[0]?.reason).toContain(note === undefined ? "表下没有找到这条注" : "已记入该指标的备注");
  });

  // a bracketed number no note is numbered so, a power of ten: the plan's own words
  test.each([["[15]"], ["〔15〕"], ["≥50"], ["5.5左右"], ["保持全省领先"], ["98/98.75"], ["—"], ["60（4）"], ["1.2×10^4"]])("%s is not marked: left as written", (target) => {
    const r = importTable(`${HEAD}\n1\t某某率（%）\t50\t${target}\t预期性`);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators[0]?.target).toBe(target);
    expect(r.unread.filter((u) => u.code === "value-mark")).toEqual([]);
  });
});

describe("footnoteOf: the note a mark points to", () => {
  test.each([
    ["*", ["注：*为2019年数据；价格按可比价。"], "*为2019年数据；"],
    ["①", ["注：①按常住人口；②按户籍人口。"], "①按常住人口；"],
    ["注2", ["注：1.按可比价。2.按户籍人口计算。"], "2.按户籍人口计算。"],
    ["³", ["注：1.甲。2.乙。3.丙。"], "3.丙。"],
    ["★", ["注：价格按可比价。"], ""],
    // trial46a F4: width variants are one mark (markWidth); a circled number stays itself, never the digit 1
    ["*", ["注：①＊为2019年数据。②〔〕内为5年累计数。"], "①＊为2019年数据。"],
    ["＊", ["注：①*为2019年数据。"], "①*为2019年数据。"],
    ["#", ["注：价格按可比价。＃为2019年数据。"], "＃为2019年数据。"],
    ["①", ["注：1.按可比价。"], ""],
    // trial33: a decimal in a note is no footnote number; the note was cut at the 2. of 2.5% and of PM2.5
    ["①", ["注：①2020年数据为初步统计数，2.5%为预计值。②PM2.5年均浓度，按国控站点计算。"], "①2020年数据为初步统计数，2.5%为预计值。"],
    ["②", ["注：①2020年数据为初步统计数，2.5%为预计值。②PM2.5年均浓度，按国控站点计算。"], "②PM2.5年均浓度，按国控站点计算。"],
    ["①", ["注：①PM2.5浓度为年均值；②减排量为五年累计值；〔〕内为五年累计数。"], "①PM2.5浓度为年均值；"],
    ["²", ["注：1.按可比价，增速1.5%以上。2.按户籍人口计算。"], "2.按户籍人口计算。"],
    ["¹", ["注：1.按可比价，增速1.5%以上。2.按户籍人口计算。"], "1.按可比价，增速1.5%以上。"],
    ["²", ["注：价格按可比价。2.5%为预计值。"], ""],
  ])("%s", (mark, notes, footnote) => {
    expect(footnoteOf(mark, notes)).toBe(footnote);
  });
});
