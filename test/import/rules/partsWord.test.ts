import { partsInName, PART_PREFIX, SUB_WORD } from "../../../src/import/rules/partsWord";
import { SUB_ROW } from "../../../src/import/rules/subRow";

describe("partsInName: a name cell with its parts written after 其中", () => {
  test.each<[string, ReturnType<typeof partsInName>]>([
    ["义务教育标准班额比例(%)其中:小学", { parent: "义务教育标准班额比例(%)", parts: ["小学"], by: "" }],
    ["义务教育标准班额比例(%)其中：小学", { parent: "义务教育标准班额比例(%)", parts: ["小学"], by: "" }],
    ["义务教育标准班额比例（%），其中：小学", { parent: "义务教育标准班额比例（%）", parts: ["小学"], by: "" }],
    ["义务教育标准班额比例(%)其中:小学/初中", { parent: "义务教育标准班额比例(%)", parts: ["小学", "初中"], by: "/" }],
    ["义务教育标准班额比例(%)其中：小学、初中", { parent: "义务教育标准班额比例(%)", parts: ["小学", "初中"], by: "、" }],
    // the parts on the rows below
    ["义务教育标准班额比例(%)其中:", { parent: "义务教育标准班额比例(%)", parts: [], by: "" }],
    ["义务教育标准班额比例(%)其中：", { parent: "义务教育标准班额比例(%)", parts: [], by: "" }],
    // no parent: a 其中 row (subRow's), not a name
    ["其中：小学", null],
    // 其中 inside the name's bracket is the name's own words
    ["城乡居民医保参保率（其中：农村）", null],
    // 其中 without a colon is left as written
    ["义务教育标准班额比例其中小学", null],
    ["义务教育标准班额比例(%)", null],
    ["义务教育标准班额比例(%)其中:小学/", null],
  ])("%s", (name, expected) => {
    expect(partsInName(name)).toEqual(expected);
  });

  // one home of the word: the 其中 row and a line-broken cell's part read it alike
  test.each<[string, boolean, boolean]>([
    [`${SUB_WORD}：小学`, true, true],
    [`${SUB_WORD}:小学`, true, true],
    [`${SUB_WORD}小学`, false, true],
    ["含：农村", false, true],
    ["小学", false, false],
  ])("%s", (line, subRow, prefix) => {
    expect([SUB_ROW.test(line), PART_PREFIX.test(line)]).toEqual([subRow, prefix]);
  });
});
