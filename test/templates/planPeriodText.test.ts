import { planPeriodText } from "../../src/templates/planPeriodText";

describe("planPeriodText: the period as planners write it, the baseline named", () => {
  test.each<[number, number, "zh" | "en", string]>([
    [2020, 2025, "zh", "2021–2025 年（基期 2020 年）"],
    [2020, 2025, "en", "2021–2025 (baseline 2020)"],
    [2015, 2020, "zh", "2016–2020 年（基期 2015 年）"],
    [2023, 2024, "zh", "2024 年（基期 2023 年）"],
    [2023, 2024, "en", "2024 (baseline 2023)"],
  ])("%i–%i (%s) reads %s", (b, t, lang, text) => {
    expect(planPeriodText(b, t, lang)).toBe(text);
  });
});
