import { justifiedName } from "../../../src/import/rules/justifiedNames";
import { importTable } from "../../../src/import";

/** justifiedName: a data row's name spread out by spaces (`工  业`, a Word table's) is one cell again; genuine columns stay. */
describe("justifiedName", () => {
  // width 6: 序号 | 指标 | 单位 | 2020年 | 2025年 | 属性
  test.each<[string, string, boolean, string]>([
    ["a two-character name after the 序号", "2  工  业  亿元  120  180  预期性", true, "2  工 业  亿元  120  180  预期性"],
    ["a three-character name", "5  建  筑  业  亿元  20  30  预期性", true, "5  建 筑 业  亿元  20  30  预期性"],
    ["without a 序号, a row short of the header", "合  计  亿元  30  36", true, "合 计  亿元  30  36"],
    ["ideographic spaces", "2\u3000工\u3000业\u3000亿元\u3000120\u3000180", true, "2\u3000工 业\u3000亿元\u3000120\u3000180"],
    ["an indented row keeps its indent", "    工  业  亿元  120  180  预期性", true, "    工 业  亿元  120  180  预期性"],
    // genuine columns: a one-character unit after the name stays the unit
    ["a one-character unit after a justified name", "2  床  位  张  500  600  预期性", true, "2  床 位  张  500  600  预期性"],
    ["a one-character unit after a name", "4  医院  所  5  6  预期性", true, "4  医院  所  5  6  预期性"],
    ["a name and a one-character unit: not joined", "4  院  所  5  6  预期性", true, "4  院  所  5  6  预期性"],
    ["a category written down the edge before the 序号", "经  1  地区生产总值  亿元  300  450  预期性", true, "经  1  地区生产总值  亿元  300  450  预期性"],
    ["no unit column: the name joined", "2  工  业  120  180  预期性", false, "2  工 业  120  180  预期性"],
    ["a full row: no more than its surplus joined", "2  人  口  万  5  6  预期性", false, "2  人 口  万  5  6  预期性"],
    ["no Chinese character", "1  2  3", true, "1  2  3"],
  ])("%s", (_d, line, unitNext, out) => {
    expect(justifiedName(line, 6, unitNext)).toBe(out);
  });
});

describe("a spaced table's justified names are read whole, its genuine columns as they are", () => {
  const HEAD = ["某县“十四五”主要指标", "序号  指  标  单  位  2020年  2025年  属  性"];
  test.each<[string, string[], Array<[string, string, string, string]>, string[]]>([
    // on main: 工 the name, 业 a sub-indicator (工：业), 农 likewise
    ["justified names (was 工 | 业 split)", ["1  地区生产总值  亿元  300  450  预期性", "2  工  业  亿元  120  180  预期性", "3  农  业  亿元  30  36  预期性", "4  合  计  亿元  150  216  预期性"],
      [["地区生产总值", "亿元", "300", "450"], ["工业", "亿元", "120", "180"], ["农业", "亿元", "30", "36"], ["合计", "亿元", "150", "216"]], ["name-justified", "name-justified", "name-justified"]],
    ["a one-character unit beside a justified name", ["1  床  位  张  500  600  预期性", "2  医院  所  5  6  预期性"],
      [["床位", "张", "500", "600"], ["医院", "所", "5", "6"]], ["name-justified"]],
    ["genuine columns, no justified name: unchanged", ["1  地区生产总值  亿元  300  450  预期性", "2  医院  所  5  6  预期性", "3  病床  张  500  600  约束性"],
      [["地区生产总值", "亿元", "300", "450"], ["医院", "所", "5", "6"], ["病床", "张", "500", "600"]], []],
  ])("%s", (_d, rows, expected, codes) => {
    const r = importTable([...HEAD, ...rows].join("\n"));
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((i) => [i.name, i.unit, i.baseline, i.target])).toEqual(expected);
    expect(r.unread.map((u) => u.code).filter((c) => c.startsWith("name-"))).toEqual(codes);
    for (const u of r.unread.filter((x) => x.code === "name-justified")) expect(u.reasonEn).toMatch(/^the name “.+” spread out by spaces to fill its cell/);
  });
});
