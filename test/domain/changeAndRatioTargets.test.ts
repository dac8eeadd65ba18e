import { num } from "../../src/domain/CellValue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import { indicatorDirection } from "../../src/domain/indicatorDirection";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import { parseTarget } from "../../src/domain/parseTarget";
import { describeIssue } from "../../src/domain/describeIssue";
import type { Status } from "../../src/domain/Status";

/**
 * Targets and names that real plans write and the seeds do not (a trial on a 长三角-style table and a
 * yearly plan): a ratio to one (`1.9:1以内`, `2.2∶1`), a level to raise or bring down to (`提高到95%`,
 * `缩小到1.2∶1`, `降至30`), and a name that ends in a fall word, whose value is the size of the fall.
 */
describe("targets written as a ratio to one or a level to reach (evaluation-rules §1, our reading)", () => {
  test.each<[string, boolean, string, number | null]>([
    ["1.9:1以内", false, "ceiling", 1.9],
    ["控制在2.2∶1以内", false, "ceiling", 2.2],
    ["缩小到1.2∶1", false, "ceiling", 1.2],
    ["2.4∶1", false, "point", 2.4],
    ["2：1", false, "point", 2],
    ["提高到95%", true, "floor", 95],
    ["提升至60%以上", true, "floor", 60],
    ["降至30", false, "ceiling", 30],
    ["下降到28微克/立方米", false, "ceiling", 28],
    ["缩小至1.9以内", false, "ceiling", 1.9],
    // a total to reach or pass (a trial's national 就业 table: `〔>5500〕` stayed words, 待人工评估)
    ["〔>5500〕", false, "cumulative", 5500],
    ["〔≥5500〕", false, "cumulative", 5500],
    ["[4000以上]", false, "cumulative", 4000],
    ["［不少于1000］", false, "cumulative", 1000],
    ["〔≤3000〕", false, "text", null],
    // a level to stay about, after a verb (a trial's yearly plan: `控制在6左右` stayed words)
    ["控制在6左右", true, "approximate", 6],
    ["控制在3%左右", true, "approximate", 3],
    ["稳定在5.5%左右", true, "approximate", 5.5],
    ["达到78.9左右", false, "approximate", 78.9],
    ["保持在3左右", false, "approximate", 3],
    // not these: a change from the baseline stays words (relativeTarget), a ratio not to one is no value
    ["下降10%", true, "text", null],
    ["1:2", false, "text", null],
    ["提高到", false, "text", null],
  ])("%s (percent %s) is %s %s", (written, percent, kind, value) => {
    const t = parseTarget(written, percent);
    expect(t.kind).toBe(kind);
    expect("value" in t ? t.value : null).toBe(value);
  });
});

const spec = (name: string, unit: string, baseline: string, target: string): IndicatorSpec => ({ name, unit, baseline, target, baselineYear: 2020, targetYear: 2025 });

describe("the direction a name tells (evaluation-rules §3a rule 3, our reading)", () => {
  test.each<[string, string, string, string, string | null, string]>([
    ["单位GDP能耗较2020年下降", "%", "/", "14", "up", "…下降"],
    ["万元GDP能耗下降率（%）", "%", "/", "3", "up", "…下降"],
    ["单位地区生产总值二氧化碳排放降低(%)", "%", "—", "18", "up", "…降低"],
    ["农村贫困人口减少", "万人", "/", "2", "up", "…减少"],
    // a fall word inside a name, or no fall word: as before
    ["单位GDP能耗", "吨标准煤/万元", "0.5", "0.45", "down", "能耗"],
    ["城乡居民收入倍差", "", "1.96", "1.9", "down", "倍差"],
    ["城乡居民收入比", "", "2.1", "2.0", "down", "收入比"],
    ["居民人均可支配收入增长", "%", "6", "7", "up", "收入"],
    // a price target is a cap (a trial's yearly plan: 2.1 → 3 was read up from the series, so 0.4 was 滞后)
    ["居民消费价格涨幅", "%", "2.1", "3", "down", "消费价格"],
    ["居民消费价格指数涨幅（%）", "%", "0.2", "2", "down", "消费价格"],
    ["物价总水平涨幅", "%", "1", "3", "down", "物价"],
    // the worst water is a cap (a trial's 0 → 0 row was read keep, so 5 was met)
    ["地表水劣Ⅴ类水体比例（%）", "%", "0", "0", "down", "劣Ⅴ类"],
    ["劣V类水质断面比例", "%", "3.2", "0", "down", "劣V类"],
    // a stock to hold (trL: 耕地保有量 255 → 250 was read down from the series, so 252 was 滞后)
    ["耕地保有量", "万亩", "255", "250", "keep", "保有量"],
    ["湿地保有量(公顷)", "公顷", "3200", "3200", "up", "保有量"],
    ["森林蓄积量", "亿立方米", "151", "165", "up", "蓄积量"],
    // a growth rate (trV: a yearly plan's 8 → 6.5 was read down from the series, so 7.5 was 严重滞后)
    ["社会消费品零售总额增长", "%", "8", "6.5", "keep", "增长"],
    ["地区生产总值增长（%）", "%", "6.2", "6.5", "up", "增长"],
    ["规模以上工业增加值增速", "%", "15", "10", "keep", "增加值"],
    ["固定资产投资增速(%)", "%", "10", "8", "keep", "增速"],
    ["进出口总额增幅", "%", "6", "5", "keep", "增幅"],
    ["人口自然增长率", "‰", "3", "2.5", "keep", "增长"],
    // a capacity (trial25b: 传染病收治能力 1.72 → 1.5 was read down from the series, so 1.9 was 严重滞后)
    ["传染病收治能力（床/万人口）", "", "1.72", "1.5", "keep", "能力"],
    ["基层医疗服务能力", "", "60", "80", "up", "能力"],
    ["住房供给能力(万套)", "万套", "3", "2.5", "keep", "能力"],
    ["应急物资保障能力", "", "5", "4", "keep", "能力"],
    // the lower-is-better words still win
    ["单位GDP能耗（吨标准煤/万元）", "吨标准煤/万元", "0.52", "0.45", "down", "能耗"],
    ["碳排放增长", "%", "3", "2", "down", "排放"],
    ["城镇调查失业率", "%", "5.2", "5", "down", "失业率"],
  ])("%s (%s, %s → %s) is %s by %s", (name, unit, baseline, target, direction, word) => {
    const d = indicatorDirection(spec(name, unit, baseline, target), unit === "%");
    expect(d.direction).toBe(direction);
    expect(d.by).toBe("name");
    expect(d.word).toBe(word);
  });
});

describe("a yearly plan's fall row is judged by the size of the fall (it was read down: less fall was 已达标)", () => {
  test.each<[string, string, string, number, Status]>([
    ["单位GDP能耗下降", "/", "3", 2.5, "lagging"],
    ["单位GDP能耗下降", "/", "3", 3.2, "met"],
    ["单位GDP能耗下降", "/", "3", -0.5, "lagging"],
    ["城乡居民收入倍差", "1.96∶1", "1.9:1以内", 1.89, "met"],
    ["城乡居民收入倍差", "1.96∶1", "1.9:1以内", 1.95, "severe"],
    ["人均GDP差距", "1.4", "缩小到1.2∶1", 1.19, "met"],
    ["地表水劣Ⅴ类水体比例", "0", "0", 5, "lagging"],
    ["地表水劣Ⅴ类水体比例", "0", "0", 0, "met"],
    // up with a point target below the baseline is keep (§3a): at least 250 is met
    ["耕地保有量", "255", "250", 252, "met"],
    ["耕地保有量", "255", "250", 249, "lagging"],
    // a growth rate below last year's is keep: beating 6.5 is met, falling short is not (trV: 7.5 was 严重滞后, 5.8 已达标)
    ["社会消费品零售总额增长", "8", "6.5", 7.5, "met"],
    ["社会消费品零售总额增长", "8", "6.5", 6.5, "met"],
    ["社会消费品零售总额增长", "8", "6.5", 5.8, "lagging"],
    // a capacity above its floor is met, below it is not (trial25b: 1.9 was 严重滞后 倒退)
    ["传染病收治能力（床/万人口）", "1.72", "1.5", 1.9, "met"],
    ["传染病收治能力（床/万人口）", "1.72", "1.5", 1.5, "met"],
    ["传染病收治能力（床/万人口）", "1.72", "1.5", 1.4, "lagging"],
  ])("%s %s → %s, %d in 2023 is %s", (name, baseline, target, value, status) => {
    const r = evaluateIndicator({ spec: spec(name, name.includes("下降") ? "%" : "", baseline, target), year: 2023, actuals: { 2023: num(value) } });
    expect(r.status).toBe(status);
  });
});

describe("a ratio typed as the plan writes it (1.92:1) is a number written as text (§2, our reading)", () => {
  test.each<[string, string, string, number | null]>([
    ["城乡居民收入倍差", "", "1.92:1", 1.92],
    ["城乡居民收入比", "—", "2.05∶1", 2.05],
    ["城乡居民收入比", "比", "2：1", 2],
    // not in a row with a unit of its own, nor a ratio not to one
    ["人均GDP", "元", "1.92:1", null],
    ["城乡居民收入比", "", "1:1.92", null],
  ])("%s (unit %s) %s suggests %s", (name, unit, typed, suggestion) => {
    const r = evaluateIndicator({ spec: spec(name, unit, "2.1", "2.0"), year: 2023, actuals: { 2023: { type: "string", text: typed } } });
    expect(r.status).toBe("invalid");
    expect(r.issues.find((i) => i.code === "text_number")?.suggestion ?? null).toBe(suggestion);
  });
});

describe("an approximate number typed in a cell (约3, 3左右) is offered as the number (a trial user had no suggestion)", () => {
  test.each<[string, string, number]>([
    ["约3", "%", 3],
    ["大约3.2", "%", 3.2],
    ["3左右", "%", 3],
    ["约1200", "家", 1200],
    // 左右 is no unit (a trial's 135左右 in a 万人 row)
    ["135左右", "万人", 135],
  ])("%s in a %s row suggests %d", (typed, unit, suggestion) => {
    const r = evaluateIndicator({ spec: spec("某某指标", unit, "2", "4"), year: 2023, actuals: { 2023: { type: "string", text: typed } } });
    expect(r.status).toBe("invalid");
    const issue = r.issues.find((i) => i.code === "not_a_number");
    expect(issue?.suggestion).toBe(suggestion);
    expect(describeIssue(issue!, "zh")).toContain(`如确为 ${suggestion}，请填 ${suggestion}`);
  });
});
