import { matchRowsAcross, type AcrossRow } from "../../src/templates/matchRowsAcross";

// a trial's 十四五 table (trK plan-v1) and its 2023 mid-term adjustment (plan-v2: 全员劳动生产率 dropped,
// 城镇新增就业人数 added, so every row between took another positional id), then plan-v3 (能耗 spelt out)
const row = (id: string, name: string, unit = "%"): AcrossRow => ({ id, name: `${name}（${unit}）`, unit });
const V1 = [
  row("r01", "地区生产总值增长"), row("r02", "全员劳动生产率增长"), row("r03", "常住人口城镇化率"), row("r04", "研发经费投入强度"),
  row("r05", "每万人口高价值发明专利拥有量", "件"), row("r06", "数字经济核心产业增加值占地区生产总值比重"), row("r07", "居民人均可支配收入增长"),
  row("r08", "城镇调查失业率"), row("r09", "每千人口拥有执业（助理）医师数", "人"), row("r10", "每千人口拥有3岁以下婴幼儿托位数", "个"),
  row("r11", "人均预期寿命", "岁"), row("r12", "单位GDP能耗降低"), row("r13", "单位GDP二氧化碳排放降低"),
];
const V2 = [
  row("r01", "地区生产总值增长"), row("r02", "常住人口城镇化率"), row("r03", "研发经费投入强度"), row("r04", "每万人口高价值发明专利拥有量", "件"),
  row("r05", "数字经济核心产业增加值占地区生产总值比重"), row("r06", "居民人均可支配收入增长"), row("r07", "城镇调查失业率"),
  row("r08", "城镇新增就业人数", "万人"), row("r09", "每千人口拥有执业（助理）医师数", "人"), row("r10", "每千人口拥有3岁以下婴幼儿托位数", "个"),
  row("r11", "人均预期寿命", "岁"), row("r12", "单位GDP能耗降低"), row("r13", "单位GDP二氧化碳排放降低"),
];
const V3 = V2.map((r) => (r.id === "r12" ? row("r12", "单位地区生产总值能源消耗降低") : r));
const name = (rows: AcrossRow[], id: string): string => (rows.find((r) => r.id === id)?.name ?? id).normalize("NFKC").replace(/^其中:|\s/g, "");

describe("matchRowsAcross: rows of two versions of one plan matched by what they are", () => {
  test.each<[string, AcrossRow[], AcrossRow[], Array<[string, string]>, string[], string[]]>([
    ["a row dropped and one added: the ids between shift, the indicators do not", V1, V2,
      [["r03", "r02"], ["r04", "r03"], ["r08", "r07"], ["r09", "r09"], ["r12", "r12"]], ["r02"], ["r08"]],
    ["a rename that spells out GDP and 能耗 is the same indicator", V2, V3, [["r12", "r12"], ["r13", "r13"]], [], []],
    ["dropped, added and renamed at once", V1, V3, [["r03", "r02"], ["r12", "r12"]], ["r02"], ["r08"]],
    ["a renamed row whose new name is another indicator is never paired by its id",
      [row("r01", "人均预期寿命", "岁"), row("r02", "森林覆盖率")], [row("r01", "人均预期寿命", "岁"), row("r02", "森林蓄积量", "万立方米")], [["r01", "r01"]], ["r02"], ["r02"]],
    ["one name, another unit: not the same measure", [row("r01", "粮食综合生产能力", "万吨")], [row("r01", "粮食综合生产能力", "亿斤")], [], ["r01"], ["r01"]],
    ["rows moved (the table re-ordered) pair by name", [row("r01", "A"), row("r02", "B")], [row("r01", "B"), row("r02", "A")], [["r02", "r01"], ["r01", "r02"]], [], []],
    ["two rows of one name: the id decides", [row("r01", "其中：城镇"), row("r02", "其中：城镇")], [row("r02", "城镇"), row("r03", "城镇")], [["r02", "r02"]], ["r01"], ["r03"]],
    // on main: dropped and added (trial33: 比率 → 比例 in a mid-term table; three years' values were not carried)
    ["比率 and 比例 spell one ratio", [row("r01", "空气质量优良天数比率"), row("r02", "森林覆盖率")], [row("r01", "空气质量优良天数比例"), row("r02", "森林覆盖率")], [["r01", "r01"], ["r02", "r02"]], [], []],
    ["a name spelt with other widths and spaces is the same", [row("r01", "PM2.5 浓度", "微克/立方米")], [{ id: "r01", name: "ＰＭ２．５浓度（微克／立方米）", unit: "微克／立方米" }], [["r01", "r01"]], [], []],
  ])("%s", (_why, older, newer, pairs, dropped, added) => {
    const m = matchRowsAcross(older, newer);
    for (const [o, n] of pairs) expect(m.pairs.find((p) => p.newer === n)?.older).toBe(o);
    expect(m.dropped).toEqual(dropped);
    expect(m.added).toEqual(added);
    // one-to-one, and every pair is one name
    expect(new Set(m.pairs.map((p) => p.older)).size).toBe(m.pairs.length);
    expect(m.pairs.length + m.dropped.length).toBe(older.length);
    expect(m.pairs.length + m.added.length).toBe(newer.length);
    for (const p of m.pairs) if (!p.renamed) expect(name(older, p.older)).toBe(name(newer, p.newer));
  });

  test.each<[string, AcrossRow[], AcrossRow[], string]>([
    ["GDP → 地区生产总值, 能耗 → 能源消耗", V2, V3, "r12"],
    ["比率 → 比例", [row("r01", "空气质量优良天数比率")], [row("r01", "空气质量优良天数比例")], "r01"],
  ])("a pair told apart only by a spelling is marked renamed: %s", (_why, older, newer, id) => {
    expect(matchRowsAcross(older, newer).pairs.filter((p) => p.renamed)).toEqual([{ older: id, newer: id, renamed: true }]);
  });
});

/** Trial39e F2: 人均地区生产总值 万元 → 元 was listed as both 新增 and 删去 of one name; the pair is now told as a unit changed. */
describe("matchRowsAcross: a row of one name whose unit changed", () => {
  test.each<[string, AcrossRow[], AcrossRow[], Array<{ older: string; newer: string }>]>([
    ["the unit in the name too (粮食 万吨 → 亿斤)", [row("r01", "粮食综合生产能力", "万吨")], [row("r01", "粮食综合生产能力", "亿斤")], [{ older: "r01", newer: "r01" }]],
    ["the unit beside the name only, the row moved", [{ id: "r03", name: "人均地区生产总值", unit: "万元" }], [{ id: "r05", name: "人均地区生产总值", unit: "元" }], [{ older: "r03", newer: "r05" }]],
    ["another name with another unit: a row dropped and one added", [row("r02", "森林覆盖率")], [row("r02", "森林蓄积量", "万立方米")], []],
    ["the same unit: paired, no change of unit", [row("r01", "A")], [row("r02", "A")], []],
  ])("%s", (_why, older, newer, changed) => {
    expect(matchRowsAcross(older, newer).unitChanged).toEqual(changed);
  });
});
