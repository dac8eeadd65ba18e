import { num, str, EMPTY, type CellValue } from "../../src/domain/CellValue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import type { Status } from "../../src/domain/Status";
import { indicatorSpec } from "../../src/templates/indicatorSpec";
import { indicatorTemplate } from "../support/seedRows";

const zs21 = indicatorTemplate("zhoushan-2021-2025");
const qz = indicatorTemplate("quzhou-2021-2025");
const ss = indicatorTemplate("shengsi-2023-2027");
const spec = (t: typeof zs21, name: string, part?: string): IndicatorSpec => {
  const d = t.indicators.find((x) => x.name.includes(name) && (part === undefined || x.part === part));
  if (!d) throw new Error(name);
  return indicatorSpec(t, d);
};

function run(s: IndicatorSpec, year: number, actuals: Record<string, CellValue>) {
  return evaluateIndicator({ spec: s, year, actuals });
}

// 2021–2025 with baseline 2020: in 2023, s = 3/5 = 0.6
describe("boundaries, on real seed rows", () => {
  const unemployment = spec(zs21, "城镇登记失业率"); // 1.55 → ≤3: baseline satisfies, no trajectory
  const beds = spec(zs21, "每千人口拥有医疗机构床位数"); // 6 → 7 point, up
  const myopia = spec(zs21, "儿童青少年总体近视率降低"); // [5] cumulative
  const chronic = spec(zs21, "重大慢病过早死亡率"); // 8.93 → <8.4 strict ceiling
  const insurance = spec(zs21, "基本医疗保险参保率"); // 99 → >99 strict floor
  const childcare = spec(zs21, "3岁以下婴幼儿托育机构覆盖率"); // / → ≥50
  const unemploymentQz = spec(qz, "城镇调查失业率"); // 5.5左右

  test.each<[string, IndicatorSpec, number, Record<string, CellValue>, Status]>([
    ["p exactly s (6 + 0.6 × 1 = 6.6) is on track", beds, 2023, { 2023: num(6.6) }, "on_track"],
    ["p just below s is lagging", beds, 2023, { 2023: num(6.59) }, "lagging"],
    ["p exactly s/2 (6.3) is lagging", beds, 2023, { 2023: num(6.3) }, "lagging"],
    ["p just below s/2 is severe", beds, 2023, { 2023: num(6.29) }, "severe"],
    ["moving backwards is severe", beds, 2023, { 2023: num(5.9) }, "severe"],
    ["meeting the point target early is met", beds, 2022, { 2022: num(7) }, "met"],
    // in the plan's last year the target's own year (s = 1): not met is never on track (§3, our reading; trial44a F2)
    ["strict ceiling at equality (8.4 vs <8.4) in the last year is not met: lagging", chronic, 2025, { 2025: num(8.4) }, "lagging"],
    ["strict ceiling at equality (8.4 vs <8.4) mid-way is on its line: on track", chronic, 2023, { 2023: num(8.4) }, "on_track"],
    ["strict ceiling below is met", chronic, 2025, { 2025: num(8.39) }, "met"],
    ["strict floor at equality (99 vs >99) is not met, no trajectory: lagging", insurance, 2023, { 2023: num(99) }, "lagging"],
    ["strict floor above is met", insurance, 2023, { 2023: num(99.01) }, "met"],
    ["ceiling already satisfied at baseline, now above: lagging (no trajectory)", unemployment, 2023, { 2023: num(3.2) }, "lagging"],
    ["ceiling met", unemployment, 2023, { 2023: num(2.1) }, "met"],
    ["no baseline: a miss is lagging", childcare, 2023, { 2023: num(20) }, "lagging"],
    ["no baseline: met", childcare, 2023, { 2023: num(50) }, "met"],
    ["cumulative with a gap year sums what is there: 1 + 2 = 3 of 5 in 2023 is on track", myopia, 2023, { 2021: num(1), 2023: num(2) }, "on_track"],
    ["cumulative reaching the total is met", myopia, 2023, { 2021: num(2), 2022: num(2), 2023: num(1) }, "met"],
    ["cumulative behind: 1 of 5 in 2023 (p 0.2 < 0.3) is severe", myopia, 2023, { 2021: num(0.5), 2022: num(0.25), 2023: num(0.25) }, "severe"],
    ["approximate within 10% is met", unemploymentQz, 2023, { 2023: num(6.05) }, "met"],
    ["approximate within 20% is lagging", unemploymentQz, 2023, { 2023: num(6.6) }, "lagging"],
    ["approximate beyond 20% is severe", unemploymentQz, 2023, { 2023: num(6.61) }, "severe"],
    ["empty is missing", beds, 2023, { 2023: EMPTY }, "missing"],
    ["text is invalid", beds, 2023, { 2023: str("六点五") }, "invalid"],
    ["full-width digits are invalid (with a suggestion)", beds, 2023, { 2023: str("６．６") }, "invalid"],
    ["an error value is invalid", beds, 2023, { 2023: { type: "error", code: "#DIV/0!" } }, "invalid"],
    ["the baseline year itself is not applicable", beds, 2020, { 2020: num(6) }, "not_applicable"],
    ["year after the target year: s = 1", beds, 2026, { 2026: num(6.99) }, "lagging"],
  ])("%s", (_why, s, year, actuals, status) => {
    expect(run(s, year, actuals).status).toBe(status);
  });

  test("0.1 + 0.2 meets ≥0.3", () => {
    const s: IndicatorSpec = { name: "x(%)", unit: "%", baseline: "0.1", target: "≥0.3", baselineYear: 2020, targetYear: 2025 };
    expect(run(s, 2023, { 2023: num(0.1 + 0.2) }).status).toBe("met");
  });

  test("a cumulative gap names the missing year", () => {
    const r = run(myopia, 2023, { 2021: num(1), 2023: num(2) });
    expect(r.issues.filter((i) => i.code === "cumulative_gap").map((i) => i.params?.["years"])).toEqual(["2022"]);
    expect(r.progress).toBeCloseTo(0.6, 12);
    expect(r.expected).toBeCloseTo(0.6, 12);
  });

  // trial40 F6: 舟山 M8 said 「累计目标：… 年未填报」 once for each of 2016–2019; the blank years are said once, together,
  // on the first one's cell, in their place among the earlier years' issues (before a later year's error)
  test.each<[string, Record<string, CellValue>, Array<[string | undefined, unknown]>]>([
    ["three blank years", { 2024: num(1) }, [["I9", "2021,2022,2023"]]],
    ["blank years apart", { 2022: num(1), 2024: num(1) }, [["I9", "2021,2023"]]],
  ])("the blank years of a cumulative row are one warning (%s)", (_why, actuals, gaps) => {
    const cells = { 2021: "I9", 2022: "J9", 2023: "K9", 2024: "L9" };
    const r = evaluateIndicator({ spec: myopia, year: 2024, actuals, cells });
    expect(r.issues.filter((i) => i.code === "cumulative_gap").map((i) => [i.cell, i.params?.["years"]])).toEqual(gaps);
  });

  test("the blank years come before a later year's error, as the years run", () => {
    const cells = { 2021: "I9", 2022: "J9", 2023: "K9", 2024: "L9" };
    const r = evaluateIndicator({ spec: myopia, year: 2024, actuals: { 2023: str("abc"), 2024: num(1) }, cells });
    expect(r.issues.map((i) => i.cell)).toEqual(expect.arrayContaining(["I9", "K9"]));
    expect(r.issues.findIndex((i) => i.code === "cumulative_gap")).toBeLessThan(r.issues.findIndex((i) => i.cell === "K9"));
  });

  // §3: an approximate target is judged by its distance from the target alone; it has no
  // trajectory, so neither a 进度 nor a 序时应达 (a user saw 序时应达 18.06 for 5.5左右)
  test.each<[string, string, number, Status]>([
    ["7.5左右", "within 10%: met", 7.2, "met"],
    ["7.5左右", "within 20%: lagging", 6.6, "lagging"],
    ["7.5左右", "beyond 20%: severe", 5.9, "severe"],
    ["5.5左右", "on the baseline's far side: severe", 3, "severe"],
  ])("an approximate target far from the baseline (6 → %s), %s, has no progress and no 序时应达", (target, _why, value, status) => {
    const r = run({ ...beds, target }, 2023, { 2023: num(value) });
    expect(r.status).toBe(status);
    expect(r.progress).toBeNull();
    expect(r.expectedValue).toBeNull();
  });

  // a reach verb before a bound (达到98%以上, the importer reads it the same way): judged as the floor
  test.each<[string, string, number, Status]>([
    ["达到98%以上", "at the floor: met", 98, "met"],
    ["保持在98%以上", "above the floor: met", 99, "met"],
    ["稳定在7以上", "at the floor: met", 7, "met"],
    ["稳定在7以上", "below the floor, on the way: on track", 6.6, "on_track"],
  ])("6 → %s, %s", (target, _why, value, status) => {
    expect(run({ ...beds, target }, 2023, { 2023: num(value) }).status).toBe(status);
  });

  test("p = s on_track reports progress and expected share", () => {
    const r = run(beds, 2023, { 2023: num(6.6) });
    expect(r.progress).toBeCloseTo(0.6, 12);
    expect(r.expected).toBeCloseTo(0.6, 12);
    expect(r.expectedValue).toBeCloseTo(6.6, 12);
  });

  test("full-width digits carry the normalised value as a suggestion", () => {
    const r = run(beds, 2023, { 2023: str("６．６") });
    expect(r.issues.find((i) => i.code === "text_number")?.suggestion).toBe(6.6);
  });
});

// trial44a F2: 孕产妇死亡率 9.7 → <9 (2021–2025) filled 9 in 2025 read 符合序时进度 100%/100% while the report said 未完成, and a
// blank 2025 said 未填报（序时应达 9）. §3 (our reading): the year a target is for (s = 1) asks for the target itself, so a row
// not met there is 滞后 or 严重滞后, never on track, and its 序时应达 is the strict target with its operator (<9)
describe("a strict target at its bound, in the plan's last year and mid-way", () => {
  const at = (baseline: string, target: string): IndicatorSpec => ({ name: "孕产妇死亡率", unit: "/10万", baseline, target, baselineYear: 2020, targetYear: 2025 });
  test.each<[string, string, number, number | null, Status, number | null, "<" | ">" | undefined]>([
    ["<9", "9.7", 2025, 9, "lagging", 9, "<"],
    ["<9", "9.7", 2025, 8.99, "met", 9, "<"],
    ["<9", "9.7", 2025, 9.01, "lagging", 9, "<"],
    ["<9", "9.7", 2025, null, "missing", 9, "<"],
    ["<9", "9.7", 2026, 9, "lagging", 9, "<"],
    ["<9", "9.7", 2023, 9, "on_track", 9.28, undefined],
    ["<9", "9.7", 2023, 9.28, "on_track", 9.28, undefined],
    ["<9", "9.7", 2023, null, "missing", 9.28, undefined],
    ["≤9", "9.7", 2025, 9, "met", 9, undefined],
    ["≤9", "9.7", 2025, null, "missing", 9, undefined],
    [">50", "40", 2025, 50, "lagging", 50, ">"],
    [">50", "40", 2025, 50.01, "met", 50, ">"],
    [">50", "40", 2025, 45, "lagging", 50, ">"],
    [">50", "40", 2025, 44, "severe", 50, ">"],
    [">50", "40", 2023, 50, "on_track", 46, undefined],
    ["≥50", "40", 2025, 50, "met", 50, undefined],
    ["≥50", "40", 2025, 49, "lagging", 50, undefined],
  ])("%s from %s in %s, filled %s: %s, 序时应达 %s (strict: %s)", (target, baseline, year, value, status, due, strict) => {
    const r = run(at(baseline, target), year, { [year]: value === null ? EMPTY : num(value) });
    expect([r.status, r.expectedValue === null ? null : Number(r.expectedValue.toFixed(6)), r.expectedStrict]).toEqual([status, due, strict]);
  });

  // an office's 亮灯 bands (§7) do not make the target's own year on track: 49 of ≥50 (p 0.9) is within 银川's 10 points of s = 1
  test.each<[number, Status]>([[2023, "on_track"], [2025, "lagging"]])("under 银川's bands, 49 against ≥50 in %s is %s", (year, status) => {
    const s: IndicatorSpec = { ...at("40", "≥50"), bands: { form: "points", lagging: 10, severe: 30 } };
    expect(run(s, year, { [year]: num(49) }).status).toBe(status);
  });

  test("a yearly table's strict target in its own year: 序时应达 is the target, with its operator", () => {
    const s: IndicatorSpec = { ...at("9.7", "<9"), yearlyTargets: { "2023": "<9.3", "2025": "<9" } };
    const r = run(s, 2023, { 2023: EMPTY });
    expect([r.status, r.expectedValue, r.expectedStrict]).toEqual(["missing", 9.3, "<"]);
  });
});

describe("yearly targets (嵊泗 七优享)", () => {
  const beds = spec(ss, "每千人口拥有3岁以下婴幼儿托位数"); // 3.0 → 2023 3.8 … 2027 5.5
  const unemployment = spec(ss, "城镇调查失业率"); // 4.7, <5 every year
  const chronic = spec(ss, "重大慢病过早死亡率"); // 9.50 → 9.30 … 8.50 (down)
  const pension = spec(ss, "基本养老保险参保人数"); // 完成市下达的任务指标
  const ltc = spec(ss, "长期护理保险覆盖人数"); // / … 全覆盖 in 2027
  test.each<[string, IndicatorSpec, number, Record<string, CellValue>, Status]>([
    ["meets the year's own target", beds, 2024, { 2024: num(4.0) }, "met"],
    ["half way to the year's target is lagging (3.0 → 4.0, 3.5)", beds, 2024, { 2024: num(3.5) }, "lagging"],
    ["below half way is severe", beds, 2024, { 2024: num(3.49) }, "severe"],
    ["strict yearly ceiling at equality is not met; baseline satisfied, so lagging", unemployment, 2023, { 2023: num(5) }, "lagging"],
    ["strict yearly ceiling below is met", unemployment, 2023, { 2023: num(4.99) }, "met"],
    ["a downward series: at or below the year's target is met", chronic, 2023, { 2023: num(9.3) }, "met"],
    ["a downward series: half way down is lagging", chronic, 2023, { 2023: num(9.4) }, "lagging"],
    ["a downward series: going up is severe", chronic, 2023, { 2023: num(9.6) }, "severe"],
    ["a qualitative yearly target needs a reviewer", pension, 2024, { 2024: num(1000) }, "manual"],
    ["a year with / is not applicable", ltc, 2024, { 2024: num(1) }, "not_applicable"],
    ["a year before the first yearly target is not applicable", beds, 2022, { 2022: num(3) }, "not_applicable"],
  ])("%s", (_why, s, year, actuals, status) => {
    expect(run(s, year, actuals).status).toBe(status);
  });

  // §3 (our reading): a words target left blank with no reviewer's word is 未填报; the word, when given, wins
  test.each<[string, Record<string, CellValue>, Status | null, Status]>([
    ["blank, no reviewer's word: missing", {}, null, "missing"],
    ["blank, an empty cell read: missing", { 2024: { type: "empty" } }, null, "missing"],
    ["what was done written, no word: manual", { 2024: str("已完成") }, null, "manual"],
    ["an error value is written, not blank: manual", { 2024: { type: "error", code: "#N/A" } }, null, "manual"],
    ["blank, the reviewer's met: met", {}, "met", "met"],
    ["blank, the reviewer's lagging: lagging", {}, "lagging", "lagging"],
    ["written, the reviewer's severe: severe", { 2024: str("已完成") }, "severe", "severe"],
    ["blank, a word that is no conclusion (manual): missing", {}, "manual", "missing"],
  ])("a words target: %s", (_why, actuals, assessment, status) => {
    expect(evaluateIndicator({ spec: pension, year: 2024, actuals, assessment }).status).toBe(status);
  });

  test("a compound target left blank is missing, with its compound warning", () => {
    const r = evaluateIndicator({ spec: { ...pension, yearlyTargets: { ...pension.yearlyTargets, 2024: "98/98.75" } }, year: 2024, actuals: {} });
    expect(r.status).toBe("missing");
    expect(r.issues.map((i) => i.code)).toContain("compound_target");
  });
});

describe("the engine never throws, whatever the spec", () => {
  test.each<[string, IndicatorSpec]>([
    ["empty everything", { name: "", unit: "", baseline: "", baselineYear: 2020, targetYear: 2020 }],
    ["target year before baseline", { name: "a(%)", unit: "%", baseline: "1", target: "2", baselineYear: 2025, targetYear: 2020 }],
    ["zero target", { name: "a(个)", unit: "个", baseline: "0", target: "[0]", baselineYear: 2020, targetYear: 2025 }],
  ])("%s", (_why, s) => {
    expect(() => run(s, 2023, { 2023: num(1) })).not.toThrow();
  });
});

// §2 scale slips: a yearly cell of a cumulative target holds one year's amount, while the plan's
// numbers ([12], [20]) are totals over the period; the suggestion scales as for any other row
describe("a value entered in a smaller unit: the suggested value", () => {
  const plan = (name: string, unit: string, baseline: string, target: string): IndicatorSpec => ({ name, unit, baseline, target, baselineYear: 2020, targetYear: 2025 });
  test.each<[string, IndicatorSpec, Record<string, CellValue>, number]>([
    ["万元 in a cumulative 亿元 row ([12])", plan("新增水利工程投资（累计）", "亿元", "—", "[12]"), { 2021: num(2.3), 2022: num(2.5), 2023: num(2.6), 2024: num(28000) }, 2.8],
    ["万元 in a non-cumulative 亿元 row (as before)", plan("用水总量", "亿立方米", "4.5", "<4.8"), { 2024: num(46200) }, 4.62],
    ["人次 in a cumulative 万人次 row ([20] → [25])", plan("城乡居民安全教育培训(万人次)", "万人次", "[20]", "[25]"), { 2021: num(5), 2022: num(5.2), 2023: num(4.9), 2024: num(51000) }, 5.1],
    ["元 in a cumulative 万元 row", plan("新增投资（累计）", "万元", "/", "[50000]"), { 2021: num(9000), 2022: num(120000000) }, 12000],
  ])("%s", (_why, s, actuals, suggestion) => {
    const year = Math.max(...Object.keys(actuals).map(Number));
    const r = evaluateIndicator({ spec: s, year, actuals });
    expect(r.issues.find((i) => i.code === "scale_suspect")?.suggestion).toBe(suggestion);
  });
});

// a name without a unit is said where a number is checked against the unit, not on a words-only
// target (全覆盖), a compound one left to a person, or a year with no target (fresh-user report)
describe("the name's missing unit is said only where a number is checked", () => {
  const plan = (name: string, baseline: string, target: string): IndicatorSpec => ({ name, unit: "", baseline, target, baselineYear: 2020, targetYear: 2025 });
  test.each<[string, IndicatorSpec, CellValue, "unit_unknown" | "unit_inferred" | null]>([
    ["全覆盖, no unit", plan("基层应急管理体系", "/", "全覆盖"), EMPTY, null],
    ["保持全省领先, no unit", plan("应急管理数字化水平", "/", "保持全省领先"), str("领先"), null],
    ["a words-only target on a 率 name", plan("村级综合服务覆盖率", "/", "全覆盖"), EMPTY, null],
    ["a compound target", plan("学前段/义务段入学率", "97/99", "98/99.5"), num(98), null],
    ["no target", plan("小型水库安全鉴定", "/", "/"), num(3), null],
    ["a number against ≥6, no unit", plan("每千人医疗床位数", "5", "≥6"), num(5.5), "unit_unknown"],
    ["a number against a 率 name", plan("基本医疗保险参保率", "98", "≥99"), num(98.5), "unit_inferred"],
    ["an empty cell against a number", plan("每千人医疗床位数", "5", "≥6"), EMPTY, "unit_unknown"],
  ])("%s", (_why, s, value, code) => {
    const codes = evaluateIndicator({ spec: s, year: 2023, actuals: { 2023: value } }).issues.map((i) => i.code);
    expect(codes.filter((c) => c === "unit_unknown" || c === "unit_inferred")).toEqual(code === null ? [] : [code]);
  });
});

// trial37c F4: a unit left blank (an index has none) is information, not a fault of the template's each
// county's check asks them to report; a unit read from the name is still a warning the template's keeper is told
describe("a unit left blank is information, a unit read from the name a warning", () => {
  test.each<[string, IndicatorSpec, string, "info" | "warning"]>([
    ["an index, no unit", { name: "生态环境状况指数", unit: "", baseline: "60.4", target: ">60.4", baselineYear: 2020, targetYear: 2025 }, "unit_unknown", "info"],
    ["a 率 name, no unit", { name: "基本医疗保险参保率", unit: "", baseline: "98", target: "≥99", baselineYear: 2020, targetYear: 2025 }, "unit_inferred", "warning"],
  ])("%s", (_why, s, code, severity) => {
    const issues = evaluateIndicator({ spec: s, year: 2023, actuals: { 2023: num(61) } }).issues;
    expect(issues.filter((i) => i.code === code).map((i) => i.severity)).toEqual([severity]);
  });
});

// a fresh user's 1.4 became 1月4日 in a date-formatted cell: the engine gives checkActual the
// reporting year, so the message names the number meant for a day of that year or the next
describe("a date in a number row: the number meant, by the reporting year (evaluation-rules §2, our reading)", () => {
  const beds = spec(zs21, "每千人口拥有医疗机构床位数");
  test.each<[string, number, string, boolean]>([
    ["a day of the reporting year", 2023, "2023-01-04", true],
    ["a day of the year after", 2023, "2024-06-07", true],
    ["a date of long ago", 2023, "1901-01-15", false],
  ])("%s", (_why, year, iso, named) => {
    const r = run(beds, year, { [year]: { type: "date", iso, serial: 45000 } });
    expect(r.status).toBe("invalid");
    const issue = r.issues.find((i) => i.code === "not_a_number");
    expect(issue?.params?.["meant"] !== undefined).toBe(named);
  });
});
