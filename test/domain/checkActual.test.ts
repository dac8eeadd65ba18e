import { checkActual } from "../../src/domain/checkActual";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import { num, str, type CellValue } from "../../src/domain/CellValue";
import type { IssueCode } from "../../src/domain/Issue";
import { describeIssue } from "../../src/domain/describeIssue";
import { detectUnit } from "../../src/domain/Unit";
import { NO_PLAN } from "../../src/domain/PlanFigures";
import { numberFormatKind, storedNumber } from "../../src/hosts/storedNumber";

// [name as in a seed, value, scale (baseline/target numbers), expected issue code or null, usable]
const CASES: Array<[string, CellValue, number[], IssueCode | null, boolean]> = [
  ["城镇登记失业率(%)", num(101), [1.55, 3], "percent_out_of_range", false],
  ["城镇登记失业率(%)", num(-0.1), [1.55, 3], "percent_out_of_range", false],
  ["城镇登记失业率(%)", num(100), [1.55, 3], null, true],
  ["居民人均可支配收入增长(%)", num(-3), [4.2, 7], null, true],
  ["居民人均可支配收入增长(%)", num(120), [4.2, 7], "percent_change_large", true],
  // §2 our reading: the change words of yearly plans (a trial user's 居民消费价格涨幅 -0.2 was refused)
  ["居民消费价格涨幅(%)", num(-0.2), [2.1, 2], null, true],
  ["居民消费价格涨跌幅(%)", num(-0.8), [2.1, 2], null, true],
  ["居民消费价格指数上涨(%)", num(-0.3), [2.1, 3], null, true],
  ["规模以上工业增加值增幅（%）", num(-4.5), [6, 7], null, true],
  ["商品房销售面积降幅(%)", num(-12), [8, 5], null, true],
  ["单位GDP二氧化碳排放变化率(%)", num(-3.1), [-2, -3], null, true],
  ["耕地保有量变动(%)", num(-0.4), [0, 0], null, true],
  // a change counted in ‰ is open too (人口自然增长率 of a shrinking population), a level in ‰ is not (sheet rules 19)
  ["人口自然增长率（‰）", num(-1.5), [3.1, 2.5], null, true],
  ["人口自然增长率", num(-1.5), [3.1, 2.5], null, true],
  ["人口自然增长率（‰）", num(1200), [3.1, 2.5], null, true],
  ["婴儿死亡率（‰）", num(-1.5), [3.1, 2.5], "permille_out_of_range", false],
  ["人口出生率", num(-1.5), [8, 9], "permille_out_of_range", false],
  // 变化 and 变动 in the middle of a name are its topic, and 气候变化 never a change: a share, 0–100
  ["应对气候变化(%)", num(-1), [60, 80], "percent_out_of_range", false],
  ["适应气候变化试点社区比例(%)", num(-1), [60, 80], "percent_out_of_range", false],
  ["人口变动抽样调查覆盖率(%)", num(-1), [60, 80], "percent_out_of_range", false],
  // §2: a fraction slip is an error (it was a warning before this round's rule change)
  ["高等教育毛入学率(%)", num(0.68), [62.4, 70], "percent_fraction", false],
  ["城镇登记失业率(%)", num(0.68), [1.55, 3], null, true],
  // §2a: a number stored in a percent style in a % row is an error whatever its size
  ["高等教育毛入学率(%)", { type: "number", value: 0.5, percentStyle: true }, [62.4, 70], "percent_typed", false],
  ["地表水达到或好于III类水体比例(%)", { type: "number", value: 1, percentStyle: true }, [100, 100], "percent_typed", false],
  ["城镇登记失业率(%)", { type: "number", value: 0.025, percentStyle: true }, [1.55, 3], "percent_typed", false],
  ["城镇登记失业率(%)", { type: "number", value: 1.5, percentStyle: true }, [1.55, 3], "percent_typed", false],
  // outside a % row the number is used as stored, with a warning that says so
  ["城镇新增就业人数(万人)", { type: "number", value: 0.4, percentStyle: true }, [12.3, 15], "percent_style_unit", true],
  ["城乡居民收入比", { type: "number", value: 1.8, percentStyle: true }, [1.88, 1.8], "percent_style_unit", true],
  ["重大慢病过早死亡率(%)", num(0.9), [8.93, 8.4], null, true],
  ["每千人口拥有3岁以下婴幼儿托位数(个)", num(4.2), [2.02, 4.5], null, true],
  ["全国义务教育优质均衡发展县（市、区）数（个）", num(2.5), [0, 4], "count_not_whole", true],
  ["全国义务教育优质均衡发展县（市、区）数（个）", num(-1), [0, 4], "negative", false],
  ["城镇新增就业人数(万人)", num(52000), [12.3, 15], "scale_suspect", true],
  ["城镇新增就业人数(万人)", num(-2), [12.3, 15], "negative", false],
  // past the open bound (1e300) no unit's range is the reason: too large, never "negative" or "0–100"
  ["每千人口拥有3岁以下婴幼儿托位数(个)", num(2e300), [2.02, 4.5], "value_too_large", false],
  ["居民人均可支配收入增长(%)", num(1e301), [4.2, 7], "value_too_large", false],
  ["城乡居民收入比", num(-2e300), [1.88, 1.8], "value_too_large", false],
  ["人均预期寿命(岁)", num(0), [80.51, 81.8], "age_out_of_range", false],
  ["人均预期寿命(岁)", num(121), [80.51, 81.8], "age_out_of_range", false],
  ["儿童预期受教育年限(年)", num(31), [14.8, 16], "years_out_of_range", false],
  ["儿童预期受教育年限(年)", str("１６"), [14.8, 16], "text_number", false],
  ["城镇登记失业率(%)", str("2.1%"), [1.55, 3], "text_number", false],
  ["最低生活保障年人均标准(元)", str("12,420"), [12420, 15000], "text_number", false],
  ["城镇登记失业率(%)", str(">2"), [1.55, 3], "bound_value", false],
  // the plan's operator words are understood when typed too (one home: operatorWords)
  ["城镇登记失业率(%)", str("大于2"), [1.55, 3], "bound_value", false],
  ["城镇登记失业率(%)", str("不超过2"), [1.55, 3], "bound_value", false],
  ["城镇登记失业率(%)", str("控制在2以内"), [1.55, 3], "bound_value", false],
  ["城镇登记失业率(%)", str("保持在2以下"), [1.55, 3], "bound_value", false],
  ["城镇登记失业率(%)", str("2-3"), [1.55, 3], "not_a_number", false],
  ["城镇登记失业率(%)", { type: "error", code: "#N/A" }, [1.55, 3], "formula_error", false],
  ["城镇登记失业率(%)", { type: "boolean", value: true }, [1.55, 3], "not_a_number", false],
  ["城镇登记失业率(%)", { type: "date", iso: "2023-01-01" }, [1.55, 3], "not_a_number", false],
  ["城镇登记失业率(%)", num(Number.NaN), [1.55, 3], "not_finite", false],
];

describe("checkActual by unit class", () => {
  test.each<[string, CellValue, string]>([
    ["a number stored in a date style names the format and the number", { type: "date", iso: "1901-01-15", serial: 381 }, "单元格为日期格式，381 显示为 1901-01-15"],
    ["a date without the number stored reads as before", { type: "date", iso: "2023-01-01" }, "实际为「2023-01-01」"],
    ["a number in a time style names the time the cell shows (trial 28a)", { type: "date", iso: "1899-12-31", serial: 0.5, time: "12:00" }, "单元格为时间格式，0.5 显示为 12:00"],
    ["a recent serial in a time style: the time, no month.day", { type: "date", iso: "2023-09-05", serial: 45174.75, time: "18:00" }, "单元格为时间格式，45174.75 显示为 18:00；请把单元格格式改为常规"],
  ])("%s", (_why, value, says) => {
    const name = "铁路营业里程(公里)";
    const [issue] = checkActual(value, { unit: detectUnit(name), name, plan: { ...NO_PLAN, numbers: [586, 650] }, cell: "P4", sheet: "某市表1" }).issues;
    expect(issue?.code).toBe("not_a_number");
    expect(describeIssue(issue!, "zh")).toContain(says);
  });

  test.each(CASES)("%s ← %j", (name, value, scale, code, usable) => {
    const r = checkActual(value, { unit: detectUnit(name), name, plan: { ...NO_PLAN, numbers: scale }, cell: "K6", sheet: "表2" });
    if (code === null) expect(r.issues).toEqual([]);
    else expect(r.issues.map((i) => i.code)).toContain(code);
    expect(r.value !== null).toBe(usable);
    for (const i of r.issues) expect(i.cell).toBe("K6");
  });

  // trial39d F1: a unit's limit and the fraction's 1 are compared as §3 compares numbers (a relative tolerance):
  // a SUM of shares pasted as a value (0.2 + 83.9 + 15.9 = 100.00000000000001) is 100; 1e-6 past a limit is past it
  test.each<[string, number, number[], IssueCode | null, boolean]>([
    ["城乡居民医保参保率(%)", 0.2 + 83.9 + 15.9, [95, 96], null, true],
    ["城乡居民医保参保率(%)", 100.000001, [95, 96], "percent_out_of_range", false],
    ["乡镇卫生院达标率(‰)", 1000.0000000000002, [900, 950], null, true],
    ["乡镇卫生院达标率(‰)", 1000.00001, [900, 950], "permille_out_of_range", false], // 1e-6 past 1000 is within 1e-9 of it
    ["人均预期寿命(岁)", 120.00000000000003, [80.5, 81.8], null, true],
    ["人均预期寿命(岁)", 120.000001, [80.5, 81.8], "age_out_of_range", false],
    // the fraction limit 0 < v ≤ 1 (§2, a % row whose numbers are ≥ 10): one float step above 1 is 1, a fraction
    ["森林覆盖率(%)", 1.0000000000000002, [65, 65.2], "percent_fraction", false],
    ["森林覆盖率(%)", 1.000001, [65, 65.2], null, true],
  ])("%s ← %s: usable as §3's tolerance reads the limit (%s)", (name, value, scale, code, usable) => {
    const r = checkActual(num(value), { unit: detectUnit(name), name, plan: { ...NO_PLAN, numbers: scale }, cell: "K16" });
    expect(r.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual(code === null ? [] : [code]);
    expect(r.value !== null).toBe(usable);
  });

  test.each<[number, number, string]>([[0.5, 50, "50%"], [1, 100, "100%"], [0.025, 2.5, "2.5%"], [0.923, 92.3, "92.3%"]])("%s in a percent style suggests %s and quotes %s", (stored, meant, shown) => {
    const r = checkActual({ type: "number", value: stored, percentStyle: true }, { unit: detectUnit("城镇登记失业率(%)"), name: "城镇登记失业率(%)", plan: { ...NO_PLAN, numbers: [1.55, 3] } });
    expect(r.issues[0]).toMatchObject({ code: "percent_typed", severity: "error", suggestion: meant, received: shown });
  });

  // §2a, our reading: outside a % row the stored number is used (a warning); the number as shown is
  // suggested where it sits nearer the plan's numbers, so the pane can offer the fix
  test.each<[string, string, number, number[], number | undefined, string]>([
    ["3.1% typed in a 个 row (baseline 2, target 4)", "每千人口拥有3岁以下婴幼儿托位数(个)", 0.031, [2, 4], 3.1, "如应为 3.1，请把单元格格式改为常规，再填 3.1"],
    ["26% typed in a 万人 row", "城镇新增就业人数(万人)", 0.26, [12.3, 15], 26, "再填 26"],
    ["a ratio of 1.8 shown as 180%: the stored number is the plan's size", "城乡居民收入比", 1.8, [1.88, 1.8], undefined, "如有误请改填数值"],
    ["no plan number to compare with", "城镇新增就业人数(万人)", 0.26, [], undefined, "如有误请改填数值"],
  ])("%s", (_why, name, stored, scale, meant, says) => {
    const r = checkActual({ type: "number", value: stored, percentStyle: true }, { unit: detectUnit(name), name, plan: { ...NO_PLAN, numbers: scale }, cell: "K6" });
    const issue = r.issues.find((i) => i.code === "percent_style_unit");
    expect(issue?.suggestion).toBe(meant);
    expect(r.value).toBe(stored); // still used as stored: a warning, the status as the sheet computes it
    expect(describeIssue(issue!, "zh")).toContain(says);
    if (meant !== undefined) expect(describeIssue(issue!, "en")).toContain(`set the cell to General and enter ${meant}`);
  });

  // §2a, our reading: a number typed into a cell left in a percent style (95.5 shows as 9550%) is still
  // an error, but where ×100 leaves the row's range and the number itself fits, the number was meant
  test.each<[string, string, number, number[], number, string, string[]]>([
    ["95.5 in a ≥95 row", "农村自来水普及率(%)", 95.5, [92.5, 95], 95.5, "单元格为百分比格式，填入的 95.5 显示为「9550%」；本行单位为 %，请把单元格格式改为常规，再填 95.5", ["9550（", "0–100"]],
    ["1.5 in a ≤3 row", "城镇登记失业率(%)", 1.5, [1.55, 3], 1.5, "请把单元格格式改为常规，再填 1.5", ["150（", "0–100"]],
    ["5 in a change row (500% is no change a plan means)", "居民人均可支配收入增长(%)", 5, [4.2, 7], 5, "请把单元格格式改为常规，再填 5", ["500（"]],
    ["0.955: 95.5% typed, as before", "农村自来水普及率(%)", 0.955, [92.5, 95], 95.5, "填入「95.5%」实际存为 0.955；本行单位为 %，应填 95.5（不带 %）", ["常规"]],
    ["0.07 in a change row: 7% typed, as before", "居民人均可支配收入增长(%)", 0.07, [4.2, 7], 7, "应填 7（不带 %）", ["常规"]],
    ["250 in a ≥95 row: neither fits, ×100 as before", "农村自来水普及率(%)", 250, [92.5, 95], 25000, "应填 25000（不带 %）", ["常规"]],
  ])("percent style, %s", (_why, name, stored, scale, suggestion, says, never) => {
    const r = checkActual({ type: "number", value: stored, percentStyle: true }, { unit: detectUnit(name), name, plan: { ...NO_PLAN, numbers: scale } });
    expect(r.value).toBeNull();
    expect(r.issues[0]).toMatchObject({ code: "percent_typed", severity: "error", suggestion });
    const zh = r.issues.map((i) => describeIssue(i, "zh")).join("；");
    expect(zh).toContain(says);
    for (const w of never) expect(zh).not.toContain(w);
    expect(r.issues.map((i) => describeIssue(i, "en")).join("; ")).toContain(String(suggestion));
  });

  // a trial's '98.6 (the apostrophe in the text itself) got no suggestion while "52.3 " and NBSP text did
  test.each<[string, string, number | undefined]>([
    ["a trailing space", "52.3 ", 52.3],
    ["an NBSP", "98.6\u00a0", 98.6],
    ["a leading apostrophe", "'98.6", 98.6],
    ["a leading apostrophe and spaces", " '98.6 ", 98.6],
    ["a full-width apostrophe", "＇98.6", 98.6],
    ["a typographic apostrophe", "\u201998.6", 98.6],
    ["two apostrophes are no number", "''98.6", undefined],
    ["an apostrophe after the number is no number", "98.6'", undefined],
  ])("text with %s: suggestion %p", (_why, typed, suggestion) => {
    const name = "文化及相关产业增加值（亿元）";
    const r = checkActual(str(typed), { unit: detectUnit(name), name, plan: { ...NO_PLAN, numbers: [90, 110] }, cell: "L24", sheet: "开化县" });
    expect(r.issues[0]).toMatchObject({ code: suggestion === undefined ? "not_a_number" : "text_number", received: typed });
    expect(r.issues[0]?.suggestion).toBe(suggestion);
    if (suggestion !== undefined) expect(describeIssue(r.issues[0]!, "zh")).toContain(`建议改为 ${suggestion}`);
  });

  // §2, our reading: a trial user typed 135万人 and 5个; 38.5% got a suggestion, these none
  test.each<[string, string, number[], string, number | undefined, string, string]>([
    ["万人 typed in a 万人 row", "家庭医生签约服务人数（万人）", [120, 150], "135万人", 135, "（数值带了单位「万人」），公式无法读取；应只填数值，建议改为 135", "a number with its unit \"万人\""],
    ["万 人, spaced", "家庭医生签约服务人数（万人）", [120, 150], "135 万 人", 135, "建议改为 135", "enter the number alone, 135"],
    ["个 in a 个 row", "新建改建基层医疗卫生机构（个）", [0, 18], "5个", 5, "建议改为 5", "alone, 5"],
    ["full-width digits and ‰", "婴儿死亡率（‰）", [2.5, 3], "２．１‰", 2.1, "建议改为 2.1", "2.1"],
    ["岁", "人均预期寿命（岁）", [81.5, 82.5], "82.3岁", 82.3, "建议改为 82.3", "82.3"],
    ["元/人 in a 元/人 row", "人均基本公共卫生服务经费（元/人）", [79, 89], "84 元／人", 84, "建议改为 84", "84"],
    ["㎡ in a 平方米 row", "人均体育场地面积（平方米）", [2.2, 2.6], "2.4㎡", 2.4, "建议改为 2.4", "2.4"],
    // trial44a F3: converted, 135人 is 0.0135 万人, which check would call a slip of 135; 135 alone fits the plan: it is offered
    ["another unit whose conversion check would doubt: the number alone", "家庭医生签约服务人数（万人）", [120, 150], "135人", 135, "所带单位「人」不是本行单位「万人」，但换算为万人得 0.0135，与规划数值（120–150）相差较大，而 135 与规划数值相近：请只填数值 135", "enter the number 135 alone"],
    ["another unit is named, and converted in words", "家庭医生签约服务人数（万人）", [120, 150], "1350000人", undefined, "所带单位「人」不是本行单位「万人」，请换算为万人后只填数值（1350000人 即 135 万人）", "convert it to \"万人\" (1350000人 is 135 万人)"],
    // a trial's 1269万 in a 万人 row was told 「万」 is not 「万人」: the scale alone, its word left off
    // trial44a: a plan's 孕产妇死亡率 unit is written 1/10万 or /10万, either way typed
    ["/10万 in a 1/10万 row", "孕产妇死亡率（1/10万）", [9.7, 9], "8.5/10万", 8.5, "建议改为 8.5", "8.5"],
    ["万 alone in a 万人 row", "城镇新增就业（万人）", [1000, 1500], "1269万", 1269, "建议改为 1269", "1269"],
    ["亿 alone in a 亿元 row", "文化及相关产业增加值（亿元）", [50, 75], "68亿", 68, "建议改为 68", "68"],
    // 1.2万 in a row of 12–20: 12000 and 1.2 are both far from the plan; neither is advised
    ["万 in a 人 row, both readings far", "每万人持证社会工作专业人才数（人）", [12, 20], "1.2万", undefined, "所带单位「万」不是本行单位「人」；换算为人得 12000，与规划数值（12–20）相差较大：请核对数值和单位后只填数值", "check the number and its unit"],
    // trial40a: 22.1μg/m³ in a 微克/立方米 row was told to convert its unit into itself
    ["μg/m³ in a 微克/立方米 row", "细颗粒物（PM2.5）年均浓度（微克/立方米）", [22, 24], "22.1μg/m³", 22.1, "（数值带了单位「μg/m³」），公式无法读取；应只填数值，建议改为 22.1", "enter the number alone, 22.1"],
    ["µg/m³ with the micro sign", "细颗粒物（PM2.5）年均浓度（微克/立方米）", [22, 24], "22.1\u00b5g/m³", 22.1, "建议改为 22.1", "22.1"],
    ["ug/m3 as monitoring reports write it", "细颗粒物（PM2.5）年均浓度（微克/立方米）", [22, 24], "22.1ug/m3", 22.1, "建议改为 22.1", "22.1"],
    ["μg/m3", "细颗粒物（PM2.5）年均浓度（微克/立方米）", [22, 24], "22.1 μg/m3", 22.1, "建议改为 22.1", "22.1"],
    ["微克每立方米", "细颗粒物（PM2.5）年均浓度（微克/立方米）", [22, 24], "22.1微克每立方米", 22.1, "建议改为 22.1", "22.1"],
    ["mg/m³ in a 毫克/立方米 row", "一氧化碳浓度（毫克/立方米）", [1, 1.4], "1.2mg/m³", 1.2, "建议改为 1.2", "1.2"],
    ["mg/L in a 毫克/升 row", "化学需氧量平均浓度（毫克/升）", [15, 20], "16mg/L", 16, "建议改为 16", "16"],
    ["mg/m³ in a 微克/立方米 row is a conversion", "细颗粒物（PM2.5）年均浓度（微克/立方米）", [22, 24], "0.022mg/m³", undefined, "所带单位「mg/m³」不是本行单位「微克/立方米」", "convert it to \"微克/立方米\""],
    ["毫克/立方米 in a 微克/立方米 row is a conversion", "细颗粒物（PM2.5）年均浓度（微克/立方米）", [22, 24], "0.022毫克/立方米", undefined, "所带单位「毫克/立方米」不是本行单位「微克/立方米」", "convert it to \"微克/立方米\""],
  ])("a number typed with a unit: %s", (_why, name, scale, typed, suggestion, zh, en) => {
    const r = checkActual(str(typed), { unit: detectUnit(name), name, plan: { ...NO_PLAN, numbers: scale }, cell: "L14", sheet: "湖州市表1" });
    expect(r.value).toBeNull();
    expect(r.issues[0]).toMatchObject({ code: suggestion === undefined ? "not_a_number" : "text_number", severity: "error", cell: "L14", received: typed });
    expect(r.issues[0]?.suggestion).toBe(suggestion);
    expect(describeIssue(r.issues[0]!, "zh")).toContain(zh);
    expect(describeIssue(r.issues[0]!, "en")).toContain(en);
    if (suggestion === undefined) expect(describeIssue(r.issues[0]!, "zh")).not.toContain("建议");
  });

  // §2, our reading: trO typed 9.4(初步核算) and 4.45（初步统计） and was told only 应填数值, while 9.4 as text got 建议改为 9.4
  test.each<[string, string, number[], string, number | undefined, Record<string, string | number> | undefined, string, string]>([
    ["words in brackets", "数字经济核心产业增加值占地区生产总值比重（%）", [8.9, 12.5], "9.4(初步核算)", 9.4, { typedNote: "初步核算" },
      "填写的是文本「9.4(初步核算)」（数值后附了文字「初步核算」），公式无法读取；应只填数值，建议改为 9.4，把「初步核算」写入「说明」列",
      "\"9.4(初步核算)\" is text (a number with the words \"初步核算\") the formulas cannot read; enter the number alone, 9.4, and put \"初步核算\" in 说明 (the notes column)"],
    ["full-width brackets", "城镇调查失业率（%）", [4.6, 5.5], "4.45（初步统计）", 4.45, { typedNote: "初步统计" }, "建议改为 4.45，把「初步统计」写入「说明」列", "put \"初步统计\" in 说明"],
    ["the row's unit and words", "人均预期寿命（岁）", [81.2, 82], "81.8岁（预计）", 81.8, { typedUnit: "岁", typedNote: "预计" },
      "（数值带了单位「岁」和文字「预计」），公式无法读取；应只填数值，建议改为 81.8，把「预计」写入「说明」列", "a number with its unit \"岁\" and the words \"预计\""],
    ["the row's unit in brackets", "城镇新增就业人数（万人）", [10, 12.6], "2.1（万人）", 2.1, { typedUnit: "万人" }, "（数值带了单位「万人」），公式无法读取；应只填数值，建议改为 2.1", "enter the number alone, 2.1"],
    // kept as they were: a unit alone, and another unit (named, never converted) with words
    ["3平方米, as before", "人均体育场地面积（平方米）", [2.2, 2.6], "3平方米", 3, { typedUnit: "平方米" }, "（数值带了单位「平方米」），公式无法读取；应只填数值，建议改为 3", "enter the number alone, 3"],
    ["81.8岁, as before", "人均预期寿命（岁）", [81.2, 82], "81.8岁", 81.8, { typedUnit: "岁" }, "建议改为 81.8", "81.8"],
    ["another unit with words", "城镇新增就业人数（万人）", [10, 12.6], "135人（预计）", undefined, { typedUnit: "人", unit: "万人", converted: 0.0135, convertedDoubt: 1, low: 10, high: 12.6 }, "所带单位「人」不是本行单位「万人」；换算为万人得 0.0135", "converted to \"万人\" it would be 0.0135"],
    ["a number in brackets is no words", "城镇调查失业率（%）", [4.6, 5.5], "4.45(4.5)", undefined, undefined, "应填数值（% 0–100），实际为「4.45(4.5)」", "found \"4.45(4.5)\""],
  ])("a number typed with words: %s", (_why, name, scale, typed, suggestion, params, zh, en) => {
    const r = checkActual(str(typed), { unit: detectUnit(name), name, plan: { ...NO_PLAN, numbers: scale }, cell: "K31", sheet: "衢州市" });
    expect(r.value).toBeNull();
    expect(r.issues[0]).toMatchObject({ code: suggestion === undefined ? "not_a_number" : "text_number", severity: "error", received: typed });
    expect([r.issues[0]?.suggestion, r.issues[0]?.params]).toEqual([suggestion, params]);
    expect(describeIssue(r.issues[0]!, "zh")).toContain(zh);
    expect(describeIssue(r.issues[0]!, "en")).toContain(en);
  });

  // §2, our reading: a trial user's 2024/12/31 in a % row was told its unit 「/12/31」 was not the row's
  test.each<[string, string]>([
    ["2024/12/31", "幼儿教师专科及以上学历比例(%)"],
    ["2024-12-31", "幼儿教师专科及以上学历比例(%)"],
    ["2024年12月31日", "幼儿教师专科及以上学历比例(%)"],
    ["12/31", "幼儿教师专科及以上学历比例(%)"],
    ["2024.12.31", "幼儿教师专科及以上学历比例(%)"],
    ["２０２４／１２／３１", "家庭医生签约服务人数（万人）"],
    ["12月31日", "家庭医生签约服务人数（万人）"],
    ["2024年12月", "家庭医生签约服务人数（万人）"],
  ])("text shaped as a date, %s, is a date and not a number with a unit", (typed, name) => {
    const r = checkActual(str(typed), { unit: detectUnit(name), name, plan: { ...NO_PLAN, numbers: [80, 90] }, cell: "L15" });
    expect(r.value).toBeNull();
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: "not_a_number", severity: "error", received: typed, params: { typedDate: 1 } });
    expect(r.issues[0]?.suggestion).toBeUndefined();
    expect(describeIssue(r.issues[0]!, "zh")).toContain(`填写的是日期「${typed}」，不是本行的数值；应填数值（`);
    expect(describeIssue(r.issues[0]!, "en")).toContain(`"${typed}" is a date, not a number for this row; a number is expected (`);
    expect(describeIssue(r.issues[0]!, "zh")).not.toContain("所带单位");
  });

  // §2, our reading: a trial's 暂无数据, 待统计 and — in value cells (statistical tables' habit for "no figure") were
  // told only 应填数值; they are still errors (text), and the message says to leave the cell empty and explain
  test.each<[string, string]>([
    ["暂无数据", "儿童预期受教育年限(年)"],
    ["暂无", "城镇新增就业人数(万人)"],
    ["待统计", "全国义务教育优质均衡发展县(市、区)比例(%)"],
    ["尚未公布", "居民人均可支配收入增长(%)"],
    ["数据暂缺", "人均体育场地面积(平方米)"],
    ["—", "持证适龄残疾儿童少年入学率 (%)：学前段"],
    ["--", "城镇登记失业率(%)"],
    ["／", "高等教育毛入学率(%)"],
    ["N/A", "老年人健康管理率（%）"],
    [" 统计中 ", "每千人护士数(人)"],
    // trial32: who is awaited around 待/未 (on main: 应填数值…实际为「待统计局发布」, nothing said of leaving it empty)
    ["待统计局发布", "高速公路通车里程(公里)"],
    ["统计局未发布", "城镇新增就业人数(万人)"],
    ["数据待发布", "城镇登记失业率(%)"],
    ["待省统计局核定", "居民人均可支配收入增长(%)"],
    ["尚待统计局公布", "人均体育场地面积(平方米)"],
    ["尚未公布2023年数据", "城镇新增就业人数(万人)"],
    ["2023年数据未发布", "城镇新增就业人数(万人)"],
    ["暂未统计", "每千人护士数(人)"],
  ])("%s in a value cell says the figure is not there yet", (typed, name) => {
    const r = checkActual(str(typed), { unit: detectUnit(name), name, plan: { ...NO_PLAN, numbers: [80, 90] }, cell: "K7" });
    expect(r.value).toBeNull();
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: "not_a_number", severity: "error", received: typed, params: { noData: 1 } });
    expect(describeIssue(r.issues[0]!, "zh")).toContain(`「${typed}」不是数值：当年数据尚未取得时，请让此格空着（按未填报），在「说明」列写明原因`);
    expect(describeIssue(r.issues[0]!, "en")).toContain(`"${typed}" is not a number: while the year's figure is not available, leave this cell empty`);
  });

  // numbers with words are a number and a remark, never "no figure" (trial32 widened the words around 待/未)
  test.each<string>(["无锡", "待遇", "统计局", "空气", "-3", "/2", "不适用于", "无障碍", "120待核定", "120（待核定）", "约165", "32亿元", "85.2未核实", "未完成既定", "未出台", "已发布", "统计局已公布"])("%s is no word for a missing figure", (typed) => {
    const r = checkActual(str(typed), { unit: detectUnit("城镇新增就业人数(万人)"), name: "城镇新增就业人数(万人)", plan: { ...NO_PLAN, numbers: [80, 90] } });
    expect(r.issues[0]?.params?.["noData"]).toBeUndefined();
  });

  // §2, our reading (a trial's 〔13.5〕 单位GDP能源消耗降低 row: 0.1 in a year was told 应为 10？): a cumulative
  // row's numbers are totals, so the fraction check goes by their yearly share, as the scale check does
  test.each<[string, number, number[], number | undefined, boolean]>([
    ["单位GDP能源消耗降低(%)", 0.1, [13.5], 5, false],
    ["单位GDP二氧化碳排放降低(%)", 0.8, [18], 5, false],
    ["新增造林面积占比(%)", 0.5, [60], 5, true],
    ["单位GDP能源消耗降低(%)", 0.1, [13.5], undefined, true],
    ["森林覆盖率(%)", 0.5, [23.2, 24.1], undefined, true],
  ])("%s: %s against %j over %s years is a fraction slip: %s", (name, v, scale, span, slip) => {
    const r = checkActual(num(v), { unit: detectUnit(name), name, plan: { ...NO_PLAN, numbers: scale }, ...(span === undefined ? {} : { span }) });
    expect(r.issues.some((i) => i.code === "percent_fraction")).toBe(slip);
    expect(r.value).toBe(slip ? null : v);
  });

  test.each<[string, string]>([
    ["2024/13/31", "no month 13"],
    ["2023/2/29", "no leap day in 2023"],
    ["1.4", "a number"],
    ["2024.12", "a number"],
    ["12月", "a number of months"],
  ])("%s is no date (%s)", (typed) => {
    const r = checkActual(str(typed), { unit: detectUnit("幼儿教师专科及以上学历比例(%)"), name: "幼儿教师专科及以上学历比例(%)", plan: { ...NO_PLAN, numbers: [80, 90] } });
    expect(r.issues[0]?.params?.["typedDate"]).toBeUndefined();
  });

  // §2, our reading: a trial user typed 1.4 and the spreadsheet stored 1月4日 (45295) of the year it was
  // typed in; a date of the reporting year or the next names the number as a guess, never a suggestion
  test.each<[string, string, number, number | undefined, string | undefined, string, string]>([
    ["1月4日 of the reporting year", "2024-01-04", 45295, 2024, "1.4",
      "单元格为日期格式，填的是日期 2024-01-04；应填数值（册 ≥ 0），如本想填 1.4（输入后被识别为 1月4日），请把单元格格式改为常规，再填 1.4",
      "the cell has a date format and holds the date 2024-01-04; a number is expected (册 ≥ 0): if 1.4 was meant (it was read as 4 January), set the cell's format to General and enter 1.4"],
    ["3月12日 of the year after (filed after the year's end)", "2025-03-12", 45728, 2024, "3.12", "如本想填 3.12（输入后被识别为 3月12日）", "if 3.12 was meant (it was read as 12 March)"],
    ["a date of another year", "2021-06-30", 44377, 2024, undefined, "如填的是数值 44377，请把单元格格式改为常规", "if 44377 was meant, set the cell's format to General"],
    ["no reporting year given", "2024-01-04", 45295, undefined, undefined, "如填的是数值 45295", "if 45295 was meant"],
  ])("a date in a date-formatted cell: %s", (_why, iso, serial, year, meant, zh, en) => {
    const name = "公共图书馆人均藏书量（册）";
    const r = checkActual({ type: "date", iso, serial }, { unit: detectUnit(name), name, plan: { ...NO_PLAN, numbers: [1.2, 1.5] }, cell: "L4", ...(year === undefined ? {} : { year }) });
    expect(r.value).toBeNull();
    expect(r.issues[0]).toMatchObject({ code: "not_a_number", severity: "error" });
    expect(r.issues[0]?.params?.["meant"]).toBe(meant);
    expect(r.issues[0]?.suggestion).toBeUndefined();
    expect(describeIssue(r.issues[0]!, "zh")).toContain(zh);
    expect(describeIssue(r.issues[0]!, "en")).toContain(en);
  });

  test("a number typed with its unit is still checked against the row's range: -5个 is negative", () => {
    const r = checkActual(str("-5个"), { unit: detectUnit("新建机构（个）"), name: "新建机构（个）", plan: { ...NO_PLAN, numbers: [0, 18] } });
    expect(r.issues.map((i) => i.code)).toEqual(["text_number", "negative"]);
  });

  test("a fraction suggests ×100 and a scale slip suggests the scaled value", () => {
    const f = checkActual(num(0.68), { unit: detectUnit("高等教育毛入学率(%)"), name: "高等教育毛入学率(%)", plan: { ...NO_PLAN, numbers: [62.4, 70] } });
    expect(f.issues[0]?.suggestion).toBe(68);
    const s = checkActual(num(123000), { unit: detectUnit("城镇新增就业人数(万人)"), name: "城镇新增就业人数(万人)", plan: { ...NO_PLAN, numbers: [12.3, 15] } });
    expect(s.issues[0]?.suggestion).toBe(12.3);
  });
});

describe("unit detection", () => {
  test.each<[string, string, boolean]>([
    ["城镇登记失业率(%)", "%", false],
    ["城镇新增就业人数（万人）", "万人", false],
    ["亿元GDP生产安全事故死亡率(人/亿元)", "人/亿元", false],
    ["每千人口拥有执业(助理)医师数(常住人口)(人)", "人", false],
    ["公交分担率 (不含步行) (%)", "%", false],
    ["基本医疗保险参保率", "%", true],
    ["城乡居民收入比", "比", true],
    ["城镇老旧小区改造个数", "个", true],
    ["每千人医疗床位数", "", false],
    ["经常参加锻炼体育人数比例 (含在校学生) (%)", "%", false],
  ])("%s → %s", (name, symbol, inferred) => {
    const u = detectUnit(name);
    expect(u.symbol).toBe(symbol);
    expect(u.inferred).toBe(inferred);
  });
});

// trial42a F8: a percent-styled cell is quoted as it shows, with its format's decimals (2.8 in 0.0% shows 280.0%, not 280%)
describe("a percent-styled cell quoted as its format shows it", () => {
  test.each<[string, string, number, string, string, string]>([
    ["2.8 in 0.0% (a % row)", "城镇调查失业率(%)", 2.8, "0.0%", "填入的 2.8 显示为「280.0%」", 'shows as "280.0%"'],
    ["2.8 in 0% (a % row): no decimals, as before", "城镇调查失业率(%)", 2.8, "0%", "填入的 2.8 显示为「280%」", 'shows as "280%"'],
    ["1.8 in 0.00% (a ratio row)", "城乡居民收入比", 1.8, "0.00%", "显示「180.00%」", 'shows "180.00%"'],
    ["1.8 in General % (a ratio row): as stored ×100", "城乡居民收入比", 1.8, "0%\" \"", "显示「180%」", 'shows "180%"'],
  ])("%s", (_why, name, stored, format, zh, en) => {
    const r = checkActual(storedNumber(stored, numberFormatKind(format)), { unit: detectUnit(name), name, plan: { ...NO_PLAN, numbers: [1.8, 3.5] }, cell: "K17" });
    const issue = r.issues.find((i) => i.code === "percent_typed" || i.code === "percent_style_unit")!;
    expect(describeIssue(issue, "zh")).toContain(zh);
    expect(describeIssue(issue, "en")).toContain(en);
  });
});

/**
 * §2, our reading (trial44a F1, F3): the advice for a number typed with another unit never names a value the same check then
 * doubts. A trial's 3万人 in 每万人口拥有全科医生数 (人) was told to convert to 30000, then 30000 was 已达标 with 是否应为 3？;
 * 2.1‰ in a 婴儿死亡率 row read as % was told to convert to 0.21, then asked 是否应为 2.1？. Each advised value (the number
 * alone, offered; or the conversion named) is checked again by the whole engine: no slip (far_from_plan, scale_suspect).
 */
describe("a number typed with another unit: the advice check would not doubt", () => {
  type Advice = "own" | "convert" | "neither" | "same";
  // [why, name, unit (template's; "" read from the name), baseline, target, typed, advice, the advised number, zh words]
  test.each<[string, string, string, string, string, string, Advice, number | undefined, string]>([
    ["trial44a F3: 万人 is the name's 每万人口", "每万人口拥有全科医生数", "人", "-", "4", "3万人", "own", 3,
      "所带单位「万人」是指标名称中“每万人口”的一部分，不是数值的单位（换算为人得 30000，与规划数值（4）相差较大）：请只填数值 3"],
    ["trial44a F1: ‰ in a row the template says is %", "婴儿死亡率", "%", "2.28", "<3", "2.1‰", "own", 2.1,
      "所带单位「‰」不是本行单位「%」，但换算为%得 0.21，与规划数值（2.28–3）相差较大，而 2.1 与规划数值相近：请只填数值 2.1"],
    ["trial44a F1: the name's ‰ is the row's, the number offered", "婴儿死亡率", "", "2.28", "<3", "2.1‰", "same", 2.1, "建议改为 2.1"],
    ["每千人口: 张/千人 in a 张 row", "每千人口拥有医疗卫生机构床位数", "张", "4.81", "5.23", "5.1张/千人", "own", 5.1,
      "所带单位「张/千人」是指标名称中“每千人口”的一部分，不是数值的单位：请只填数值 5.1"],
    ["每万人 in a 人/千人 row: converted by 0.1", "每千人口拥有执业（助理）医师数", "人/千人", "1.49", "1.67", "15.5人/万人", "convert", 1.55,
      "所带单位「人/万人」不是本行单位「人/千人」，请换算为人/千人后只填数值（15.5人/万人 即 1.55 人/千人）"],
    ["％ in a ‰ row, converted", "5岁以下儿童死亡率", "‰", "3.63", "<4", "0.35％", "convert", 3.5, "请换算为‰后只填数值（0.35％ 即 3.5‰）"],
    ["％ in a ‰ row, whose conversion is far: the number alone", "5岁以下儿童死亡率", "‰", "3.63", "<4", "3.5%", "own", 3.5, "但换算为‰得 35，与规划数值（3.63–4）相差较大"],
    ["‰ in a 1/10万 row (孕产妇死亡率, read from the name)", "孕产妇死亡率", "", "9.7", "<9", "0.085‰", "convert", 8.5, "请换算为1/10万后只填数值（0.085‰ 即 8.5（1/10万））"],
    ["万元 in an 亿元 row, converted", "地区生产总值", "亿元", "500", "700", "5500000万元", "convert", 550, "请换算为亿元后只填数值（5500000万元 即 550 亿元）"],
    ["万元 in an 亿元 row, whose conversion is far: the number alone", "地区生产总值", "亿元", "500", "700", "550万元", "own", 550, "但换算为亿元得 0.055，与规划数值（500–700）相差较大"],
    ["both readings far: neither advised", "每万人持证社会工作专业人才数", "人", "12", "20", "1.2万", "neither", undefined,
      "换算为人得 12000，与规划数值（12–20）相差较大：请核对数值和单位后只填数值"],
  ])("%s", (_why, name, unit, baseline, target, typed, advice, advised, zh) => {
    const spec: IndicatorSpec = { name, unit, baseline, target, baselineYear: 2020, targetYear: 2025 };
    const r = evaluateIndicator({ spec, year: 2024, actuals: { 2024: str(typed) } });
    expect(r.status).toBe("invalid");
    const issue = r.issues.find((i) => i.code === "text_number" || i.code === "not_a_number")!;
    expect(describeIssue(issue, "zh")).toContain(zh);
    expect(describeIssue(issue, "en")).not.toMatch(/[\u4e00-\u9fff]{6}/);
    const offered = advice === "own" || advice === "same";
    expect([issue.code, issue.suggestion, Boolean(issue.params?.["ownUnit"])]).toEqual([offered ? "text_number" : "not_a_number", offered ? advised : undefined, advice === "own"]);
    if (advice === "convert") expect(issue.params?.["converted"]).toBe(advised);
    if (advised === undefined) return;
    // the advised value, typed as told: no slip said of it
    const again = evaluateIndicator({ spec, year: 2024, actuals: { 2024: num(advised) } });
    expect(again.issues.map((i) => i.code).filter((c) => c === "far_from_plan" || c === "scale_suspect")).toEqual([]);
    expect(again.status).not.toBe("invalid");
  });
});
