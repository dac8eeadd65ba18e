import { describeIssue } from "../../src/domain/describeIssue";
import type { Issue, IssueCode } from "../../src/domain/Issue";

const ALL: IssueCode[] = [
  "not_a_number", "text_number", "bound_value", "formula_error", "not_finite", "percent_out_of_range",
  "percent_change_large", "percent_fraction", "permille_out_of_range", "negative", "count_not_whole",
  "scale_suspect", "value_too_large", "age_out_of_range", "years_out_of_range", "unit_inferred", "unit_unknown", "no_baseline",
  "no_trajectory", "cumulative_gap", "compound_target", "project_investment_negative", "project_completed_negative",
  "project_period_invalid", "project_year_out_of_range", "project_start_after_end", "project_no_unit",
  "project_investment_large", "project_completed_over", "project_state_invalid", "project_overdue",
  "project_completed_scale", "project_completed_date", "project_not_started_spent", "project_state_blank", "project_done_unspent",
  "reform_no_lead", "reform_no_evidence", "reform_state_invalid", "reform_overdue", "reform_done_late", "lagging_no_note", "running_total", "approximate_within", "fall_negative", "linked_formula",
];

describe("messages", () => {
  test.each(ALL)("%s names the sheet and cell in Chinese and English", (code) => {
    const issue: Issue = { code, severity: "error", sheet: "舟山表2", cell: "M6", expected: "≤3", received: "4.1", suggestion: 80, params: { year: 2022, unit: "%", end: 2024 } };
    const zh = describeIssue(issue, "zh");
    const en = describeIssue(issue, "en");
    expect(zh).toMatch(/^工作表「舟山表2」M6：/);
    expect(en).toMatch(/^Sheet "舟山表2" M6: /);
    expect(zh).not.toMatch(/undefined|null/);
    expect(en).not.toMatch(/undefined|null/);
  });

  // a fresh 衢州市专栏8 read 4 rows "H4：未填写责任单位" before anything was typed, like an error of the filer's:
  // the rules keep it 数据异常 (§4), so the words say what to fill
  test.each<[string, "zh" | "en", string]>([
    ["zh", "zh", "工作表「衢州市专栏8」H4：请填写责任单位（此项为必填）"],
    ["en", "en", 'Sheet "衢州市专栏8" H4: fill in the responsible unit (责任单位, required)'],
  ])("no responsible unit says what to fill (%s)", (_, lang, text) => {
    expect(describeIssue({ code: "project_no_unit", severity: "error", sheet: "衢州市专栏8", cell: "H4", expected: "责任单位", received: "" }, lang)).toBe(text);
  });

  test("a bound that decides says what the status would be", () => {
    const m = describeIssue({ code: "bound_value", severity: "error", received: ">96", params: { decides: "met" } });
    expect(m).toContain("按 >96 可判定为已达标，请填写确切数值");
  });

  test.each<[string, Issue, string]>([
    ["a unit slip", { code: "scale_suspect", severity: "warning", received: "750000", suggestion: 75, expected: "约 75 亿元", params: { factor: 10000, reference: 75, unit: "亿元" } }, "750000 is over 1000× the baseline or target (which is about 75 亿元): entered in a smaller unit? Did you mean 75?"],
    ["a value past any quantity", { code: "value_too_large", severity: "error", received: "2e+300" }, "2e+300 is too large to be a real quantity; check the value"],
  ])("%s is said in English without Chinese words of ours", (_, issue, en) => {
    expect(describeIssue(issue, "en")).toBe(en);
  });

  // a user's trial (item 19): 381 typed into a cell that held a date shows 1901-01-15; the message
  // names the date format and the number, not only the date it shows
  test.each<[string, Issue, string, string]>([
    ["a number typed into a date-formatted cell",
      { code: "not_a_number", severity: "error", expected: "公里 ≥ 0", received: "1901-01-15", params: { dateSerial: 381 } },
      "单元格为日期格式，381 显示为 1901-01-15；请把单元格格式改为常规（应填数值：公里 ≥ 0）",
      "the cell has a date format: 381 shows as 1901-01-15; set the cell's format to General (a number is expected: 公里 ≥ 0)"],
    // trial 28a: 0.5 in h:mm was said to show 1899-12-31 where the cell showed 12:00
    ["a number typed into a time-formatted cell: the time it shows",
      { code: "not_a_number", severity: "error", expected: "% 0–100", received: "12:00", params: { dateSerial: 0.5, timeStyle: 1 } },
      "单元格为时间格式，0.5 显示为 12:00；请把单元格格式改为常规（应填数值：% 0–100）",
      "the cell has a time format: 0.5 shows as 12:00; set the cell's format to General (a number is expected: % 0–100)"],
    ["a large number in a time format is still a number typed, never a date",
      { code: "not_a_number", severity: "error", expected: "公里 ≥ 0", received: "12:00", params: { dateSerial: 45657.5, timeStyle: 1 } },
      "单元格为时间格式，45657.5 显示为 12:00；请把单元格格式改为常规（应填数值：公里 ≥ 0）",
      "the cell has a time format: 45657.5 shows as 12:00; set the cell's format to General (a number is expected: 公里 ≥ 0)"],
    ["a date typed into a number cell",
      { code: "not_a_number", severity: "error", expected: "公里 ≥ 0", received: "2024-12-31", params: { dateSerial: 45657 } },
      "单元格为日期格式，填的是日期 2024-12-31；应填数值（公里 ≥ 0），如填的是数值 45657，请把单元格格式改为常规",
      "the cell has a date format and holds the date 2024-12-31; a number is expected (公里 ≥ 0): if 45657 was meant, set the cell's format to General"],
    ["a date whose number is not known (read through ExcelJS)",
      { code: "not_a_number", severity: "error", expected: "公里 ≥ 0", received: "2024-12-31" },
      "应填数值（公里 ≥ 0），实际为「2024-12-31」",
      'expected a number (公里 ≥ 0), found "2024-12-31"'],
  ])("%s", (_, issue, zh, en) => {
    expect(describeIssue(issue, "zh")).toBe(zh);
    expect(describeIssue(issue, "en")).toBe(en);
  });
});

// trial39a F6: a cumulative row's slips read "last period's total 12.5 (the baseline) added in? 2.2 (14.7 − 12.5)?" in
// English, two bare questions; each now says what was perhaps done and asks one question, as the Chinese 是否应为 does
describe("a cumulative row's slips ask one question in English", () => {
  test.each<[string, Issue, string]>([
    ["year_over_pace, last period's total added in", { code: "year_over_pace", severity: "warning", received: "14.7", params: { times: 3.3, pace: 2, target: 10, previous: 12.5, amount: 2.2, year: 2023 } },
      "perhaps last period's total 12.5 (the baseline) was added in: did you mean 2.2 (14.7 − 12.5)? Correct 2023, or explain it in 说明"],
    ["running_total, the earlier years' sum", { code: "running_total", severity: "warning", received: "4975", params: { total: 4975, from: 2021, to: 2023, earlierSum: 3719, amount: 1256 } },
      "perhaps the running total was entered; a cumulative row takes each year's own amount: did you mean 1256 (4975 − 3719)?"],
    ["running_total, adding up", { code: "running_total", severity: "warning", received: "30", params: { total: 30, amount: 10 } },
      "perhaps the running total was entered; a cumulative row takes each year's own amount: did you mean 10?"],
    ["level_typed", { code: "level_typed", severity: "warning", received: "78.6", params: { times: 78.6, target: 1, baseline: 77.3, levelYear: 2020, level: 77.3, rise: 1.3 } },
      "perhaps the year's level was entered; a cumulative row takes each year's own amount (the rise = this year's level − the 2020 level 77.3): did you mean 1.3?"],
  ])("%s", (_, issue, tail) => {
    const en = describeIssue(issue, "en");
    expect(en.endsWith(tail)).toBe(true);
    expect(en).not.toMatch(/\?[^?]*\?/);
  });
});

// a trial's --lang en line said "enter the number (% 数值) once known": the English names no Chinese range word
// and a fresh user read "expected a number (% any number)": after a unit it is "any value in %"
describe("English messages say the expected range in English", () => {
  test.each<[string, Issue, string]>([
    ["no data", { code: "not_a_number", severity: "error", expected: "% 数值", received: "暂无数据", params: { noData: 1 } }, "(any value in %)"],
    ["text", { code: "not_a_number", severity: "error", expected: "数值", received: "好" }, "(any number)"],
    ["a formula error", { code: "formula_error", severity: "error", expected: "% 数值", received: "#DIV/0!" }, "expected a number (any value in %)"],
  ])("%s", (_why, issue, range) => {
    const text = describeIssue(issue, "en");
    expect(text).toContain(range);
    expect(text).not.toContain("数值");
  });
});

// trial34p Q6: an English line kept 「左右」 bare in its prose ("a 左右 target is judged…"): the term is glossed
// once, as an “about” target (左右); column names a person must find (说明) stay as they are
describe("English words gloss the plan's terms", () => {
  test.each<[string, Issue, RegExp, RegExp]>([
    ["approximate_backwards", { code: "approximate_backwards", severity: "warning", cell: "K8", received: "76", expected: "5.5左右", params: { baseline: 70 } }, /an “about” target \(左右\) is judged by its distance alone/, /\ba 左右/],
  ])("%s", (_code, issue, glossed, bare) => {
    const en = describeIssue(issue, "en");
    expect(en).toMatch(glossed);
    expect(en).not.toMatch(bare);
  });
});
