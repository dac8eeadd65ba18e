import { EMPTY, num, str, type CellValue } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";

/**
 * §8d–e (our extension): cells of other years than the reporting year that the filer should look
 * at. A value typed in a later year's column, and an earlier year's value that cannot be used.
 * Warnings: the status is the reporting year's, unchanged.
 */
const spec = (target = "≥90", name = "城乡公交一体化率（%）", unit = "%"): IndicatorSpec => ({ name, unit, baseline: "65", target, baselineYear: 2020, targetYear: 2025 });
const cells = { "2021": "I5", "2022": "J5", "2023": "K5", "2024": "L5", "2025": "M5" };
const run = (actuals: Record<string, CellValue>, s = spec(), year = 2024) =>
  evaluateIndicator({ spec: s, year, actuals, cells, sheet: "表1" });
const found = (actuals: Record<string, CellValue>, s = spec(), year = 2024) =>
  run(actuals, s, year).issues.filter((i) => i.code === "future_year_value" || i.code === "earlier_year_invalid").map((i) => [i.code, i.cell, i.params?.["reason"] ?? null]);

describe("other years' cells", () => {
  test.each<[string, Record<string, CellValue>, Array<[string, string, string | null]>, string]>([
    ["2025's value typed while 2024 is blank: the wrong column?", { "2025": num(86) }, [["future_year_value", "M5", null]], "missing"],
    ["2025 filled as well as 2024", { "2024": num(86), "2025": num(88) }, [["future_year_value", "M5", null]], "on_track"],
    ["a date in 2022", { "2022": { type: "date", iso: "2022-12-31" }, "2024": num(86) }, [["earlier_year_invalid", "J5", "not_a_number"]], "on_track"],
    ["95% as text in 2021 and 0.8 in 2023 (a fraction)", { "2021": str("95%"), "2023": num(0.8), "2024": num(86) }, [["earlier_year_invalid", "I5", "text_number"], ["earlier_year_invalid", "K5", "percent_fraction"]], "on_track"],
    ["TRUE in 2023", { "2023": { type: "boolean", value: true }, "2024": num(86) }, [["earlier_year_invalid", "K5", "not_a_number"]], "on_track"],
    ["usable earlier values and nothing later: nothing said", { "2021": num(70), "2022": num(75), "2023": num(80), "2024": num(86) }, [], "on_track"],
    ["the reporting year's own bad value is §2's, not this", { "2024": str("约86") }, [], "invalid"],
    ["an empty later column: nothing", { "2024": num(86), "2025": EMPTY }, [], "on_track"],
  ])("%s", (_, actuals, issues, status) => {
    expect(found(actuals)).toEqual(issues);
    expect(run(actuals).status).toBe(status);
  });

  // trial 28a: −3 and 「1,234」 in 2023 of rows the plan never gives a number passed 2023's check unsaid, and
  // were told 请改正 in 2024's: an earlier year's cell is judged as that year's own check judged it (§8e, §8g)
  const numbered = (y2023: string): IndicatorSpec => ({ ...spec("≥90"), yearlyTargets: { "2021": "≥70", "2022": "≥75", "2023": y2023, "2024": "≥85", "2025": "≥90" } });
  const care = { ...spec("全覆盖", "长期护理保险覆盖人数（万人）", "万人"), yearlyTargets: { "2023": "/", "2024": "/", "2025": "全覆盖" } };
  test.each<[string, IndicatorSpec, Record<string, CellValue>, number, Array<[string, string, string | null]>, string]>([
    ["`/` throughout, text in 2023: words may answer it", spec("/", "保障性租赁住房累计建设筹集套数（套）", "套"), { "2023": str("1,234") }, 2024, [], "not_applicable"],
    ["全覆盖 at the end, `/` each year, −3 in 2023", care, { "2023": num(-3) }, 2024, [], "not_applicable"],
    ["the same, checked in 2025 under its words target", care, { "2023": num(-3), "2025": str("已覆盖") }, 2025, [], "manual"],
    ["a words target in 2023 of a row judged by numbers, text there", numbered("完成省下达任务"), { "2023": str("已完成"), "2024": num(86) }, 2024, [], "met"],
    ["`/` in 2023 of a row judged by numbers: said in 2023 (§8g), so said again", numbered("/"), { "2023": str("约80"), "2024": num(86) }, 2024, [["earlier_year_invalid", "K5", "not_a_number"]], "met"],
    ["a number target in 2023: said", numbered("≥80"), { "2023": str("约80"), "2024": num(86) }, 2024, [["earlier_year_invalid", "K5", "not_a_number"]], "met"],
  ])("an earlier year's cell as its own year's check judged it: %s", (_, s, actuals, year, issues, status) => {
    expect(found(actuals, s, year)).toEqual(issues);
    expect(run(actuals, s, year).status).toBe(status);
  });

  // a trial: after rollover the hint on 2024's 2024-09-05 said 45540, not 9.5 (the year was the new one's)
  test.each<[string, string, number, number, string | undefined]>([
    ["9.5 typed in 2023's cell that year", "2023-09-05", 45174, 2024, "9.5"],
    ["typed early the next year, filing 2023's return", "2024-01-04", 45295, 2024, "1.4"],
    ["the same, checked in 2025's return", "2023-09-05", 45174, 2025, "9.5"],
    ["a date of another year: no hint", "2021-09-05", 44444, 2024, undefined],
  ])("a date in an earlier year's cell, as of that year: %s", (_, iso, serial, year, meant) => {
    const i = run({ "2023": { type: "date", iso, serial }, [String(year)]: num(86) }, spec(), year).issues.find((x) => x.code === "earlier_year_invalid");
    expect(i?.params?.["meant"]).toBe(meant);
  });

  test("a cumulative target checks its earlier years as part of the sum (errors), not twice", () => {
    const s = spec("[15]", "城镇新增就业人数（万人）", "万人");
    const r = run({ "2021": str("3,5"), "2022": num(3), "2023": num(3), "2024": num(3) }, s);
    expect(r.status).toBe("invalid");
    expect(r.issues.filter((i) => i.code === "earlier_year_invalid")).toEqual([]);
    expect(r.issues.some((i) => i.cell === "I5" && i.severity === "error")).toBe(true);
  });

  test("a cumulative target with Y blank (a return just rolled over) says an earlier year's unusable value", () => {
    const s = spec("[15]", "城镇新增就业人数（万人）", "万人");
    const r = run({ "2021": str("3,5"), "2022": num(3), "2023": num(3) }, s);
    expect(r.status).toBe("missing");
    expect(found({ "2021": str("3,5"), "2022": num(3), "2023": num(3) }, s)).toEqual([["earlier_year_invalid", "I5", "not_a_number"]]);
  });

  // at or after T no trend or forecast is read (§6), so the message does not promise one (trial41b F3: check 2025 said
  // 「2023 年的数值不能使用（…），评估的趋势与预测不计入该年」)
  test.each([
    ["zh", 2024, "工作表「表1」J5：2022 年的数值不能使用（应填数值（% 0–100），实际为「2022-12-31」），评估的趋势与预测不计入该年：请改正"],
    ["en", 2024, "the value for 2022 cannot be used (expected a number (% 0–100), found \"2022-12-31\"); the evaluation's trend and forecast leave that year out: correct it"],
    ["zh", 2025, "工作表「表1」J5：2022 年的数值不能使用（应填数值（% 0–100），实际为「2022-12-31」）：请改正"],
    ["en", 2025, "the value for 2022 cannot be used (expected a number (% 0–100), found \"2022-12-31\"): correct it"],
  ] as const)("%s in %i: the message names the year and says why, as the error would", (lang, year, text) => {
    const i = run({ "2022": { type: "date", iso: "2022-12-31" }, [String(year)]: num(86) }, spec(), year).issues.find((x) => x.code === "earlier_year_invalid")!;
    expect(describeIssue(i, lang)).toContain(text);
  });

  test("a suggestion travels with it (the pane can offer the fix on that year's cell)", () => {
    const i = run({ "2021": str("95%"), "2024": num(86) }).issues.find((x) => x.code === "earlier_year_invalid")!;
    expect([i.cell, i.suggestion]).toEqual(["I5", 95]);
  });
});

/**
 * §8g (our reading; a trial's plan wrote `—` for 2023's yearly target): Y's own value where no
 * target applies is not judged (不适用, §3), but a value §2 refuses is said, and a fall beyond §8a's
 * limit too. Warnings: the status stays 不适用, as the sheet's formula shows it.
 */
describe("a value in a year without a target", () => {
  const yearly = (y2023: string): IndicatorSpec => ({ ...spec("≥90"), yearlyTargets: { "2021": "≥70", "2022": "≥75", "2023": y2023, "2024": "≥85", "2025": "≥90" } });
  const said = (actuals: Record<string, CellValue>, s: IndicatorSpec) =>
    run(actuals, s, 2023).issues.map((i) => [i.code, i.cell, i.params?.["reason"] ?? null]);
  test.each<[string, IndicatorSpec, Record<string, CellValue>, Array<[string, string, string | null]>]>([
    ["text in 2023, the plan's `—`", yearly("—"), { "2022": num(80), "2023": str("约80") }, [["unjudged_value_invalid", "K5", "not_a_number"]]],
    ["a fraction in a % row, the plan's `/`", yearly("/"), { "2022": num(80), "2023": num(0.8) }, [["unjudged_value_invalid", "K5", "percent_fraction"]]],
    ["95% as text, the year left empty by the plan", yearly(""), { "2022": num(80), "2023": str("95%") }, [["unjudged_value_invalid", "K5", "text_number"]]],
    ["a fall of 44 points from 2022", yearly("—"), { "2022": num(80), "2023": num(36) }, [["value_jump", "K5", null]]],
    ["950 in a % row's year marked `—`: beyond the unit's range", yearly("—"), { "2023": num(950) }, [["unjudged_value_invalid", "K5", "percent_out_of_range"]]],
    ["2,400 万人 where the plan's numbers are 30–45: far from the plan", { ...spec("≥45", "城镇新增就业人数（万人）", "万人"), baseline: "30", yearlyTargets: { "2023": "/", "2025": "≥45" } }, { "2023": num(2400) }, [["far_from_plan", "K5", null]]],
    ["a usable value close to last year's: nothing", yearly("—"), { "2022": num(80), "2023": num(82) }, []],
    ["blank: nothing", yearly("—"), { "2022": num(80) }, []],
    ["a row with no target at all, text typed: words may answer it", spec("/"), { "2023": str("较好") }, []],
    ["a words target (全覆盖) and `—` this year: words answer it (a trial's 已完成省下达任务)", yearly("—") && { ...spec("全覆盖"), yearlyTargets: { "2023": "—", "2025": "全覆盖" } }, { "2023": str("已完成省下达任务") }, []],
    ["2500 typed for a cumulative 〔12〕 in a year marked `—`: far above the whole total", { ...spec("〔12〕", "新增公共卫生服务用房（万平方米）", "万平方米"), baseline: "—", yearlyTargets: { "2023": "—", "2025": "〔12〕" } }, { "2023": num(2500) }, [["far_from_plan", "K5", null]]],
    ["2025 typed in 2023's return of a row with no target: the wrong column", spec("/"), { "2023": num(50), "2025": num(60) }, [["future_year_value", "M5", null]]],
  ])("%s", (_, s, actuals, issues) => {
    expect(said(actuals, s)).toEqual(issues);
    expect(run(actuals, s, 2023).status).toBe("not_applicable");
  });

  test.each([
    ["zh", "工作表「表1」K5：规划对 2023 年没有目标（不适用），但所填数值不能使用（应填数值（% 0–100），实际为约数「约80」：请填确切数值，如确为 80，请填 80）：请改正，或清空"],
    ["en", "the plan sets no target for 2023 (not applicable), but the value cannot be used (expected a number (% 0–100), found the approximate \"约80\": enter the exact figure; if it is 80, enter 80): correct it, or clear it"],
  ] as const)("%s: the message says the year has no target and why the value cannot be used", (lang, text) => {
    const i = run({ "2023": str("约80") }, yearly("—"), 2023).issues.find((x) => x.code === "unjudged_value_invalid")!;
    expect(describeIssue(i, lang)).toContain(text);
  });

  test("a suggestion travels with it (the pane can offer the fix)", () => {
    const i = run({ "2023": str("95%") }, yearly("—"), 2023).issues.find((x) => x.code === "unjudged_value_invalid")!;
    expect([i.cell, i.suggestion]).toEqual(["K5", 95]);
  });
});
