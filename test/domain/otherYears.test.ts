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

  test("a cumulative target checks its earlier years as part of the sum (errors), not twice", () => {
    const s = spec("[15]", "城镇新增就业人数（万人）", "万人");
    const r = run({ "2021": str("3,5"), "2022": num(3), "2023": num(3), "2024": num(3) }, s);
    expect(r.status).toBe("invalid");
    expect(r.issues.filter((i) => i.code === "earlier_year_invalid")).toEqual([]);
    expect(r.issues.some((i) => i.cell === "I5" && i.severity === "error")).toBe(true);
  });

  test.each([
    ["zh", "工作表「表1」J5：2022 年的数值不能使用（应填数值（% 0–100），实际为「2022-12-31」），评估的趋势与预测不计入该年：请改正"],
    ["en", "the value for 2022 cannot be used (expected a number (% 0–100), found \"2022-12-31\"); the evaluation's trend and forecast leave that year out: correct it"],
  ] as const)("%s: the message names the year and says why, as the error would", (lang, text) => {
    const i = run({ "2022": { type: "date", iso: "2022-12-31" }, "2024": num(86) }).issues.find((x) => x.code === "earlier_year_invalid")!;
    expect(describeIssue(i, lang)).toContain(text);
  });

  test("a suggestion travels with it (the pane can offer the fix on that year's cell)", () => {
    const i = run({ "2021": str("95%"), "2024": num(86) }).issues.find((x) => x.code === "earlier_year_invalid")!;
    expect([i.cell, i.suggestion]).toEqual(["I5", 95]);
  });
});
