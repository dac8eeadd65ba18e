import { bareNumber, splitNumbering, subNumber } from "../../../src/import/rules/numbering";

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
  ])("%s", (cell, expected) => {
    expect(splitNumbering(cell)).toEqual(expected);
  });

  test.each([["78.3"], ["12.3年以上"], ["2020年"], ["（二）学有优教"], ["5G基站数"], ["①"], [""]])("%s is not a numbered name", (cell) => {
    const r = splitNumbering(cell);
    // `12.3年以上` must never become 序号 12: a value, not a name
    expect(r === null || !/^\d/.test(r.name) || /岁/.test(r.name)).toBe(true);
    if (cell === "78.3" || cell === "12.3年以上" || cell === "2020年" || cell === "（二）学有优教" || cell === "") expect(r).toBeNull();
  });

  test.each([["3", "3"], ["3.", "3"], ["（3）", "3"], ["③", "3"], ["3.5", null], ["甲", null]])("bare number %s → %s", (cell, n) => {
    expect(bareNumber(cell)).toBe(n);
  });

  // a row's own cell before its name may run to 4 digits (a list of 1,000 rows and more numbered straight through)
  test.each<[string, boolean, string | null]>([
    ["1000", true, "1000"], ["（1234）", true, "1234"], ["9999.", true, "9999"], ["12345", true, null],
    ["1000", false, null], ["999", false, "999"],
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
