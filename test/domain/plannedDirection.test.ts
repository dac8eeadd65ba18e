import { num } from "../../src/domain/CellValue";
import type { Direction, DirectionSource } from "../../src/domain/Direction";
import { statedFall, worksWord } from "../../src/domain/directionWords";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import { indicatorDirection } from "../../src/domain/indicatorDirection";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import type { Status } from "../../src/domain/Status";
import { specUnit } from "../../src/sheet/indicatorParams";

/**
 * evaluation-rules §3a, our readings from trial29a:
 * F3 a planned cut the plan states (`玉米种植面积（亿亩） | 5.7 | 5 | 〔-0.7〕`, the importer's note 累计：〔-0.7〕) is down,
 *    not keep by 面积, so a rise to 6.1 is 倒退, not 已达标;
 * F4 in a yearly plan a works volume (`高标准农田建设 | 0.2 (2023年完成) | 0.15`) is up, so 0.75 is met, not 严重滞后 倒退.
 */
const spec = (name: string, baseline: string, target: string, years: [number, number], note?: string): IndicatorSpec => ({
  name, unit: "", baseline, target, baselineYear: years[0], targetYear: years[1], ...(note === undefined ? {} : { note }),
});
const FIVE: [number, number] = [2015, 2020];
const YEARLY: [number, number] = [2023, 2024];
const decide = (s: IndicatorSpec): ReturnType<typeof indicatorDirection> => indicatorDirection(s, specUnit(s).unitClass === "percent");

describe("§3a rule 2a: the plan's stated fall in the row's note reads down", () => {
  test.each<[string, IndicatorSpec, Direction | null, DirectionSource | null, string | undefined]>([
    ["a negative 累计 column (trial29a F3)", spec("玉米种植面积（亿亩）", "5.7", "5", FIVE, "累计：〔-0.7〕"), "down", "change", "累计 〔-0.7〕"],
    ["a negative 年均增速 column", spec("水产品总产量（万吨）", "6690", "6600", FIVE, "年均增速：-0.3"), "down", "change", "年均增速 -0.3"],
    ["a full-width minus in a ［］ total", spec("棉花种植面积（万亩）", "5000", "4500", FIVE, "累计：［－500］"), "down", "change", "累计 ［－500］"],
    ["调减 in a 备注 column, before the 累计 note", spec("糖料种植面积（万亩）", "2400", "2300", FIVE, "调减100；累计：〔-100〕"), "down", "change", "调减100"],
    ["压减 with no target below (no baseline)", spec("燃煤锅炉台数（台）", "/", "20", FIVE, "压减至20台"), "down", "change", "压减至20台"],
    // what does not say a fall
    ["no note: 面积 up, a point target below the baseline is keep (§3a)", spec("玉米种植面积（亿亩）", "5.7", "5", FIVE), "keep", "name", "面积"],
    ["a positive 累计 column", spec("大豆种植面积（亿亩）", "0.98", "1.4", FIVE, "累计：〔0.42〕"), "up", "name", "面积"],
    ["不减少 holds", spec("耕地保有量（万亩）", "255", "250", FIVE, "不减少"), "keep", "name", "保有量"],
    ["prose that mentions a fall", spec("工伤保险参保人数(万人)", "40.11", "40", FIVE, "目标40低于基期值40.11，较基期下降的原因见正文"), "keep", "name", "人数"],
    ["numbers that rise contradict the note: the series decides", spec("肉类总产量（万吨）", "8625", "9000", FIVE, "累计：〔-375〕"), "up", "series", undefined],
    ["a name that says a change: the rate's own change tells nothing (up by 增长, below: keep)", spec("人口自然增长率（‰）", "5", "4", FIVE, "年均增长：-0.2"), "keep", "name", "增长"],
    ["an operator comes first", spec("玉米种植面积（亿亩）", "5.7", "≥5", FIVE, "累计：〔-0.7〕"), "up", "operator", undefined],
    // 调增, its other side (trial40b: on main the series alone, by "series")
    ["调增 alone in a 备注 column", spec("有机肥施用量（万吨）", "3.5", "3.8", FIVE, "调增"), "up", "change", "调增"],
    ["调增 with a number", spec("有机肥施用量（万吨）", "3.5", "3.8", FIVE, "调增0.3"), "up", "change", "调增0.3"],
    ["调增 with no baseline", spec("有机肥施用量（万吨）", "", "3.8", FIVE, "调增"), "up", "change", "调增"],
    ["numbers that fall contradict 调增: the series decides", spec("有机肥施用量（万吨）", "3.8", "3.5", FIVE, "调增"), "down", "series", undefined],
  ])("%s", (_why, s, direction, by, word) => {
    const d = decide(s);
    expect([d.direction, d.by, d.word]).toEqual([direction, by, word]);
  });

  test.each<[string, string | undefined, string | null]>([
    ["累计：〔-0.7〕", undefined, "累计：〔-0.7〕"],
    ["增长%：-2", undefined, "增长%：-2"],
    ["当年新建", undefined, null],
    ["较2020年减少0.7", undefined, "较2020年减少0.7"],
    ["不降低", undefined, null],
    ["累计：〔＞0.018〕", undefined, null],
  ])("statedFall(%s)", (note, _u, part) => {
    expect(statedFall(note)).toBe(part);
  });

  test.each<[number, Status]>([
    // 5.7 → 5 over 2015–2020, 2018 (s = 0.6): 6.1 is backwards; 5.2 is p = 0.71 ≥ s; 4.9 meets ≤ 5
    [6.1, "severe"], [5.2, "on_track"], [4.9, "met"],
  ])("玉米种植面积 5.7 → 5 〔-0.7〕 in 2018: %s is %s", (value, status) => {
    const r = evaluateIndicator({ spec: spec("玉米种植面积（亿亩）", "5.7", "5", FIVE, "累计：〔-0.7〕"), year: 2018, actuals: { 2018: num(value) } });
    expect([r.status, r.direction, r.directionBy]).toEqual([status, "down", "change"]);
    // the plan said it: no 'inferred from the series' warning
    expect(r.issues.map((i) => i.code)).not.toContain("direction_inferred");
  });
});

describe("§3a: a yearly plan's works volume is up (a smaller programme is this year's floor)", () => {
  test.each<[string, IndicatorSpec, Direction | null, DirectionSource | null, string | undefined]>([
    ["高标准农田建设 0.2 → 0.15 (trial29a F4)", spec("高标准农田建设", "0.2", "0.15", YEARLY, "当年新建"), "keep", "name", "建设"],
    ["新建 above last year: up", spec("新建5G基站（个）", "300", "400", YEARLY), "up", "name", "新建"],
    ["完成耕地修复, no baseline", spec("完成耕地修复（亩）", "", "2000", YEARLY), "up", "name", "完成"],
    ["培训 below last year", spec("农民技能培训（人次）", "1200", "1000", YEARLY), "keep", "name", "培训"],
    ["引进 below last year", spec("引进高层次人才（人）", "80", "60", YEARLY), "keep", "name", "引进"],
    ["老旧小区改造 below last year", spec("老旧小区改造（个）", "35", "20", YEARLY), "keep", "name", "改造"],
    ["a lower-is-better word comes first", spec("新增安全生产事故起数（起）", "12", "10", YEARLY), "down", "name", "事故"],
    ["新增建设用地 is a land quota, no works volume: the series", spec("新增建设用地（亩）", "5000", "4500", YEARLY), "down", "series", undefined],
    ["no word: the series still reads down in a yearly plan (warned)", spec("化肥施用量（万吨）", "30", "28", YEARLY), "down", "series", undefined],
    ["a five-year plan: works words do not decide", spec("高标准农田建设（万亩）", "0.2", "0.15", FIVE), "down", "series", undefined],
  ])("%s", (_why, s, direction, by, word) => {
    const d = decide(s);
    expect([d.direction, d.by, d.word]).toEqual([direction, by, word]);
  });

  test.each<[string, string | null]>([
    ["高标准农田建设", "建设"], ["城镇老旧小区改造", "改造"], ["新增建设用地规模", null], ["粮食总产量", null],
  ])("worksWord(%s) is %s", (name, word) => {
    expect(worksWord(name)).toBe(word);
  });

  test.each<[number, Status]>([[0.75, "met"], [0.15, "met"], [0.1, "lagging"]])("高标准农田建设 0.2 → 0.15 in 2024: %s is %s", (value, status) => {
    const r = evaluateIndicator({ spec: spec("高标准农田建设", "0.2", "0.15", YEARLY, "当年新建"), year: 2024, actuals: { 2024: num(value) } });
    expect([r.status, r.direction]).toEqual([status, "keep"]);
    expect(r.issues.map((i) => i.code)).not.toContain("direction_inferred");
  });
});

// session 30, our reading: satisfaction is higher-is-better, water use lower-is-better (evaluation-rules §3a rule 3)
describe("§3a rule 3: 满意度/满意率 up, 用水量/用水总量 down", () => {
  test.each<[string, IndicatorSpec, Direction | null, DirectionSource | null, string | undefined, number, Status]>([
    ["a satisfaction index below its baseline is keep (was down by the series)", spec("城市公共交通服务指数 (用户满意度指数) (%)", "82.06", "80", FIVE), "keep", "name", "满意度", 95.3, "met"],
    ["the same row under its floor", spec("城市公共交通服务指数 (用户满意度指数) (%)", "82.06", "80", FIVE), "keep", "name", "满意度", 78, "lagging"],
    ["满意率 rising", spec("群众安全感满意率 (%)", "97.5", "98", FIVE), "up", "name", "满意率", 98.2, "met"],
    ["water use per output: down, not up by 增加值", spec("万元工业增加值用水量（立方米）", "12.5", "10", FIVE), "down", "name", "用水量", 13, "severe"],
    ["用水总量 down", spec("用水总量（亿立方米）", "4.5", "4.2", FIVE), "down", "name", "用水总量", 4.2, "met"],
    ["a fall at the end still counts the fall: up", spec("万元GDP用水量下降（%）", "0", "16", FIVE), "up", "name", "…下降", 16, "met"],
    // trial47c F3: water lost from the mains, down by the name (was down by the series only, with the inferred warning)
    ["漏损率 down (trial47c F3)", spec("供水管网漏损率（%）", "14", "10", FIVE), "down", "name", "漏损率", 10, "met"],
    ["漏损率 with a target equal to the baseline: down, not keep", spec("城市公共供水管网漏损率（%）", "9", "9", FIVE), "down", "name", "漏损率", 9.5, "lagging"],
  ])("%s", (_why, s, direction, by, word, value, status) => {
    const d = decide(s);
    expect([d.direction, d.by, d.word]).toEqual([direction, by, word]);
    expect(evaluateIndicator({ spec: s, year: FIVE[1], actuals: { [FIVE[1]]: num(value) } }).status).toBe(status);
  });
});
