import { displayWidth } from "../../src/cli/displayWidth";
import { shortName } from "../../src/cli/shortName";

// a trial's 其中 rows (小学, 初中) both read "义务教育标准班额比例（%）：…" in check's table
describe("check's table cuts a long name in its parent and keeps the part", () => {
  test.each([
    ["short enough: whole", "森林覆盖率（%）", 28, "森林覆盖率（%）"],
    ["a part: the parent is cut", "义务教育标准班额比例（%）：小学", 28, "义务教育标准班额比例…：小学"],
    ["its sibling reads apart", "义务教育标准班额比例（%）：初中", 28, "义务教育标准班额比例…：初中"],
    ["a long part: both cut, the part after the mark", "幼儿教师专科及以上学历比例（%）：本科及以上学历比例(%)", 28, "幼儿教师…：本科及以上学历比…"],
    ["no part: cut at the end", "劳动年龄人口平均受教育年限（年）", 28, "劳动年龄人口平均受教育年限…"],
    // trial34 C8: "其中…：高速铁路营业里程（公…" read as if words were cut between 其中 and the colon
    ["其中：a parent that fits is kept whole, the part cut at its end", "其中：高速铁路营业里程（公里）", 28, "其中：高速铁路营业里程（公…"],
    ["其中：its sibling reads apart", "其中：高速公路建成里程（公里）", 28, "其中：高速公路建成里程（公…"],
    ["含：a short parent kept whole", "含：一二三四五六七八九十一二三", 28, "含：一二三四五六七八九十一…"],
    ["a colon at the start is not a part", "：一二三四五六七八九十一二三四五六七八", 28, "：一二三四五六七八九十一二…"],
  ])("%s", (_why, name, max, shown) => {
    expect(shortName(name, max)).toBe(shown);
    expect(displayWidth(shortName(name, max))).toBeLessThanOrEqual(max);
  });
});
