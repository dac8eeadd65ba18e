import { importTable } from "../../src/import";

/**
 * A table with several target years (健康中国2030: 2015 基期, 2020 目标, 2030 目标; a 十五五 table: 2025 基期,
 * 2027 or 2028 中期, 2030 目标): the last target year is the plan's target by default, the earlier ones its
 * yearly targets, said in one line naming them; import --target-year chooses another (its later columns
 * left out) and a year no column has is refused in one line.
 */
const ROW = "1\t人均预期寿命（岁）\t76.3\t77.3\t79.0";
const HEALTH = "“健康中国2030”主要健康指标";
const TEN5 = "某市“十五五”卫生健康发展主要指标";

// [shape, title, header lines, default target year, its target, the earlier columns named]
const SHAPES: Array<[string, string, string, number, string, string[]]> = [
  ["2020年目标 / 2030年目标值", HEALTH, "序号\t指标\t2015年基期\t2020年目标\t2030年目标值", 2030, "79.0", ["2020年目标"]],
  ["plain years", HEALTH, "序号\t指标\t2015年\t2020年\t2030年", 2030, "79.0", ["2020年"]],
  ["2020年 2030年 under a merged 目标值", HEALTH, "序号\t指标\t2015年\t目标值\t\n\t\t\t2020年\t2030年", 2030, "79.0", ["2020年"]],
  ["到2020年 / 到2030年", HEALTH, "序号\t指标\t2015年\t到2020年\t到2030年", 2030, "79.0", ["到2020年"]],
  ["十五五: 2027年中期", TEN5, "序号\t指标\t2025年基期\t2027年中期\t2030年目标", 2030, "79.0", ["2027年中期"]],
  ["十五五: 2028年 plain", TEN5, "序号\t指标\t2025年\t2028年\t2030年", 2030, "79.0", ["2028年"]],
];

describe("several target years: the last is taken, the others named in one line", () => {
  test.each(SHAPES)("%s", (_d, title, header, year, target, earlier) => {
    const r = importTable(`${title}\n${header}\n${ROW}`);
    if (!r.ok) throw new Error(r.message);
    expect([r.template.targetYear, r.template.indicators[0]?.target]).toEqual([year, target]);
    const said = r.unread.filter((u) => u.code === "target-choice");
    expect(said.map((u) => [u.line, u.effect, u.params])).toEqual([[2, "to-check", expect.objectContaining({ targetYear: year, earlier, later: [], chosen: false })]]);
    for (const label of earlier) expect(said[0]?.reason).toContain(`“${label}”`);
    expect(said[0]?.reason).toMatch(/--target-year/);
    expect(said[0]?.reasonEn).toMatch(/the latest, .* taken as the plan's target/);
    expect(r.unread.map((u) => u.code)).not.toContain("column-vision");
  });
});

describe("--target-year chooses another target column", () => {
  test.each(SHAPES.filter(([d]) => !d.startsWith("十五五")))("%s: 2020", (_d, title, header) => {
    const r = importTable(`${title}\n${header}\n${ROW}`, { targetYear: 2020 });
    if (!r.ok) throw new Error(r.message);
    expect([r.template.baselineYear, r.template.targetYear, r.template.indicators[0]?.target, r.template.yearlyTargetYears]).toEqual([2015, 2020, "77.3", []]);
    const said = r.unread.filter((u) => u.code === "target-choice");
    expect(said.map((u) => [u.effect, u.params])).toEqual([["to-check", expect.objectContaining({ targetYear: 2020, earlier: [], chosen: true })]]);
    expect(said[0]?.reason).toMatch(/^按选定的目标年份取.*（2020 年）为规划目标，其后的“.*2030年.*”不载入/);
    expect(r.unread.map((u) => u.code)).not.toContain("column-vision");
  });

  test.each<[string, string, string, number, number, string, number[]]>([
    ["十五五 2027 of 2027年中期", TEN5, "序号\t指标\t2025年基期\t2027年中期\t2030年目标", 2027, 2027, "77.3", []],
    ["a 2035年远景 beside 2025", "某市“十四五”卫生健康主要指标", "序号\t指标\t2020年\t2025年\t2035年远景", 2035, 2035, "79.0", [2025, 2035]],
    ["the last year, as by default", HEALTH, "序号\t指标\t2015年基期\t2020年目标\t2030年目标值", 2030, 2030, "79.0", [2020, 2030]],
  ])("%s", (_d, title, header, given, year, target, yearly) => {
    const r = importTable(`${title}\n${header}\n${ROW}`, { targetYear: given });
    if (!r.ok) throw new Error(r.message);
    expect([r.template.targetYear, r.template.indicators[0]?.target, r.template.yearlyTargetYears]).toEqual([year, target, yearly]);
    expect(r.unread.map((u) => u.code)).not.toContain("column-vision");
    expect(r.unread.map((u) => u.code)).not.toContain("target-vision-only");
  });

  test.each<[string, string, string, number, RegExp, RegExp]>([
    ["no 2028 column", TEN5, "序号\t指标\t2025年基期\t2027年中期\t2030年目标", 2028, /没有 2028 年的目标列（目标年份有 2027、2030）/, /no target column for 2028 \(its target years: 2027, 2030\)/],
    ["the baseline's year", HEALTH, "序号\t指标\t2015年\t2020年\t2030年", 2015, /没有 2015 年的目标列（目标年份有 2020、2030）/, /no target column for 2015/],
    ["one target column of another year", "某县主要指标", "序号\t指标\t2020年\t2025年目标", 2030, /没有 2030 年的目标列（目标年份有 2025）/, /no target column for 2030/],
  ])("refused in one line: %s", (_d, title, header, given, zh, en) => {
    const r = importTable(`${title}\n${header}\n${ROW}`, { targetYear: given });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([r.code, r.message.split("\n").length]).toEqual(["target-year-absent", 1]);
    expect(r.message).toMatch(zh);
    expect(r.messageEn).toMatch(en);
  });
});

describe("what stays as it was", () => {
  test.each<[string, string, string, number, number | null]>([
    // a yearly table (a column for every year) says nothing: its last year is its plain end
    ["every year", "某市“十四五”主要指标", "序号\t指标\t2020年\t2021年\t2022年\t2023年\t2024年\t2025年", 2025, null],
    // the title's plan ends in 2025: the 2035 column is a vision one, as before
    ["a 2035 column beyond the title's 十四五", "某市“十四五”主要指标", "序号\t指标\t2020年\t2025年\t2035年", 2025, null],
    // a 十五五 table pasted without its title: 2035 is ten years past 2025, a vision (PLAN_SPAN), not the plan's end
    ["十五五's 2035 with no title", "主要指标", "序号\t指标\t2025年\t2030年\t2035年", 2030, null],
    // a title naming a year as a vision (…和2035年远景目标): that year is not the plan's end
    ["a title's 2035年远景", "某市国民经济和社会发展第十五个五年规划和2035年远景目标纲要主要指标", "序号\t指标\t2025年\t2030年\t2035年", 2030, null],
    // a header without years takes the year given, as --target-year always did
    ["no year in the header", "某县主要指标", "序号\t指标\t2020年\t目标值", 2025, 2025],
  ])("%s", (_d, title, header, year, given) => {
    const row = `1\t森林覆盖率（%）${"\t60".repeat(header.split("\t").length - 2)}`;
    const r = importTable(`${title}\n${header}\n${row}`, given === null ? {} : { targetYear: given });
    if (!r.ok) throw new Error(r.message);
    expect(r.template.targetYear).toBe(year);
    expect(r.unread.map((u) => u.code)).not.toContain("target-choice");
  });
});
