import type { CheckItem } from "../../src/sheet/CheckReport";
import { gapYear } from "../../src/ui/taskpane/gapYear";

/**
 * The pane's 先补填 button (flag list, on the issue's line) and 填写说明's 请先补填 advice (note.whyGaps) follow gapYear. Session
 * 47: on a cumulative row a blank year still owed from an earlier return is said by earlier_year_owed alone (owedInGap), with
 * `lags` where the row lags, so the row kept 先补填 only if gapYear reads it too; before, it read cumulative_gap alone.
 */
type One = CheckItem["issues"][number];
const issue = (code: One["code"], params: Record<string, string | number>): One => ({ code, severity: "warning", cell: "K5", params, message: "m", messageEn: "m" });

test.each<[string, One, string | null]>([
  ["an owed year standing in for the gap on a lagging row", issue("earlier_year_owed", { year: 2023, note: "待核定", countedAsZero: 1, lags: 1 }), "2023"],
  ["an owed year on a row on pace: nothing to fill first", issue("earlier_year_owed", { year: 2023, note: "待核定", countedAsZero: 1 }), null],
  ["an owed year on a level row", issue("earlier_year_owed", { year: 2023, note: "待核定" }), null],
  ["the gap of a lagging row: its first year", issue("cumulative_gap", { years: "2021,2022", lags: 1 }), "2021"],
  ["the gap of a row on pace", issue("cumulative_gap", { years: "2022" }), null],
  ["another issue with lags", issue("lagging_no_note", { gaps: "2023", lags: 1 }), null],
])("gapYear: %s", (_name, x, want) => {
  expect(gapYear(x)).toBe(want);
});
