import { findTemplate } from "../../src/templates/catalog";
import { parseTemplate } from "../../src/templates/parseTemplate";
import type { IndicatorTemplate } from "../../src/templates/TemplateSchema";

/**
 * Trial K: a template whose rows had `yearlyTargets` typed by hand (as docs/cli-reference.md says) but no
 * top-level `yearlyTargetYears` was accepted; check graded 2024 by 69.5 while the sheet's formulas,
 * written without a 2024 target column, graded by 72 (滞后 48.3% against 已达标 105.9%). The years the
 * rows name are now the template's yearly target years.
 */
const zs = findTemplate("zhoushan-2021-2025") as IndicatorTemplate;
const withRows = (yearly: Record<string, Record<string, string>>, listed: number[]): unknown => ({
  ...zs, yearlyTargetYears: listed,
  indicators: zs.indicators.map((d) => (yearly[d.id] ? { ...d, yearlyTargets: yearly[d.id] } : d)),
});

describe("parseTemplate takes the years of the rows' yearlyTargets as yearly target years", () => {
  test.each<[string, unknown, number[]]>([
    ["rows' yearlyTargets, none listed (trial K)", withRows({ "zs21-24": { "2024": "6.8" } }, []), [2024]],
    ["two rows, two years, none listed", withRows({ "zs21-24": { "2024": "6.8" }, "zs21-26": { "2022": "3.6", "2024": "4.1" } }, []), [2022, 2024]],
    ["one listed, another only in a row", withRows({ "zs21-24": { "2023": "6.5", "2024": "6.8" } }, [2023]), [2023, 2024]],
    ["listed and in the rows: kept", withRows({ "zs21-24": { "2023": "6.5" } }, [2023]), [2023]],
    ["no yearly targets at all", withRows({}, []), []],
  ])("%s", (_name, data, years) => {
    const r = parseTemplate(data, "t.json");
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.template.kind === "indicators" ? r.template.yearlyTargetYears : null).toEqual(years);
  });
});
