import { bareNumber, splitNumbering, subNumber } from "../../../src/import/rules/numbering";
import { numberedGroup } from "../../../src/import/rules/numberedGroup";
import { NUMBERED_HEADING } from "../../../src/import/rules/numberedHeadings";
import { NUMBERED_IN_NOTE } from "../../../src/import/rules/noteLine";
import { listGroup } from "../../../src/import/lists/listGroup";

describe("numbering: a 序号 in the name's cell", () => {
  test.each([
    ["1.学前教育毛入园率(%)", { number: "1", name: "学前教育毛入园率(%)", glued: true }],
    ["12、城镇新增就业(万人)", { number: "12", name: "城镇新增就业(万人)", glued: true }],
    ["3．森林覆盖率", { number: "3", name: "森林覆盖率", glued: true }],
    ["（2）每千人口床位数（张）", { number: "2", name: "每千人口床位数（张）", glued: true }],
    ["(7) 人均预期寿命", { number: "7", name: "人均预期寿命", glued: true }],
    ["①孕产妇死亡率", { number: "1", name: "孕产妇死亡率", glued: true }],
    ["⑫参保率", { number: "12", name: "参保率", glued: true }],
    ["44 亿元 GDP 生产安全事故死亡率", { number: "44", name: "亿元 GDP 生产安全事故死亡率", glued: false }],
    ["8.0—6岁残疾儿童康复救助覆盖率(%)", { number: "8", name: "0—6岁残疾儿童康复救助覆盖率(%)", glued: true }],
    // a web copy's ideographic full stop for the dot (trial28c: `1。空气质量` was no 序号, its first row lost)
    ["1。空气质量", { number: "1", name: "空气质量", glued: true }],
    ["12。城镇新增就业(万人)", { number: "12", name: "城镇新增就业(万人)", glued: true }],
  ])("%s", (cell, expected) => {
    expect(splitNumbering(cell)).toEqual(expected);
  });

  test.each([["78.3"], ["12.3年以上"], ["2020年"], ["（二）学有优教"], ["5G基站数"], ["①"], [""], ["76。7"], ["15。74左右"]])("%s is not a numbered name", (cell) => {
    const r = splitNumbering(cell);
    // `12.3年以上` must never become 序号 12: a value, not a name (nor `76。7`, a number whose point a copy wrote 。: decimalStop)
    expect(r === null || !/^\d/.test(r.name) || /岁/.test(r.name)).toBe(true);
    if (cell === "78.3" || cell === "12.3年以上" || cell === "2020年" || cell === "（二）学有优教" || cell === "" || cell.includes("。")) expect(r).toBeNull();
  });

  test.each([["3", "3"], ["3.", "3"], ["3。", "3"], ["（3）", "3"], ["③", "3"], ["3.5", null], ["3。5", null], ["甲", null]])("bare number %s → %s", (cell, n) => {
    expect(bareNumber(cell)).toBe(n);
  });

  // a row's own cell before its name may run to 4 digits (a list of 1,000 rows and more numbered straight through)
  test.each<[string, boolean, string | null]>([
    ["1000", true, "1000"], ["（1234）", true, "1234"], ["9999.", true, "9999"], ["12345", true, null],
    ["1000", false, null], ["999", false, "999"], ["1000。", true, "1000"],
  ])("bare number %s (long: %s) → %s", (cell, long, n) => {
    expect(bareNumber(cell, long)).toBe(n);
  });
});

describe("numbering: a 序号 of a second or third level in a cell of its own", () => {
  test.each<[string, string | null]>([
    ["1.1", "1.1"], ["2.10", "2.10"], ["1-2", "1-2"], ["1.2.3", "1.2.3"], ["1．2", "1.2"],
    ["3", null], ["1.5万人", null], ["123.4", null], ["1.2.3.4", null], ["", null],
  ])("%s → %s", (cell, n) => {
    expect(subNumber(cell)).toBe(n);
  });
});

// the one home of a 序号's marks (NUMBER_MARK): every reader of `1.名称` reads `1。名称` as `1.名称`, and `76。7` as a number
describe("numbering: each reader of a numbered cell takes the same marks", () => {
  const readers: Array<[string, (cell: string) => string | null]> = [
    ["splitNumbering", (c) => splitNumbering(c)?.number ?? null],
    ["numberedGroup", (c) => numberedGroup(c)?.number ?? null],
    ["numbered heading", (c) => (NUMBERED_HEADING.test(c) ? /^\d+/.exec(c)?.[0] ?? null : null)],
    ["note's numbered line", (c) => (NUMBERED_IN_NOTE.test(c) ? /^\d+/.exec(c)?.[0] ?? null : null)],
    ["list group", (c) => (listGroup(c) === null ? null : /^\d+/.exec(c)?.[0] ?? null)],
  ];
  const cells: Array<[string, string | null]> = [["1.空气质量", "1"], ["1．空气质量", "1"], ["1、空气质量", "1"], ["1。空气质量", "1"], ["2。水环境质量", "2"]];
  test.each(readers.flatMap(([r, read]) => cells.map(([c, n]) => [r, c, n, read] as const)))("%s: %s → %s", (_r, cell, n, read) => {
    expect(read(cell)).toBe(n);
  });

  test.each(readers.filter(([r]) => r !== "note's numbered line"))("%s: 76。7 is a number, no 序号", (_r, read) => {
    expect(read("76。7")).toBeNull();
  });
});
