import { describeIssue } from "../../src/domain/describeIssue";
import type { Issue } from "../../src/domain/Issue";

/**
 * trial37c F5: a 2024 return whose 2023 column is still blank, its cumulative rows lagging with 2023 counted as 0:
 * check said 「2023 年未填报，按 0 计入累计；滞后指标须填写说明」 and never asked for 2023's values. A lagging row's
 * blank earlier year (checkGrid withNoteCheck: params.lags) asks for the values first, the 说明 after (params.gaps).
 * On the old code both read as before, with no request to fill the year.
 */
test.each<[string, Issue, string, string]>([
  ["the blank year of a lagging row", { code: "cumulative_gap", severity: "warning", params: { years: "2023", lags: 1 } },
    "2023 年的数值未填：请先补填（累计指标按 0 计入，本行的滞后可能因此而来）", "no value for 2023: please fill it in first (the cumulative total counts it as 0, which may be why this row lags)"],
  // trial40 F6: the blank years of a row are said once, together
  ["the blank years of a lagging row", { code: "cumulative_gap", severity: "warning", params: { years: "2021,2022,2023", lags: 1 } },
    "2021—2023 年的数值未填：请先补填（累计指标按 0 计入，本行的滞后可能因此而来）", "no value for 2021–2023: please fill them in first (the cumulative total counts them as 0, which may be why this row lags)"],
  ["the blank year of a row not lagging", { code: "cumulative_gap", severity: "warning", params: { years: "2023" } },
    "累计目标：2023 年未填报，按 0 计入累计", "cumulative target: no value for 2023, counted as 0 in the total"],
  ["the blank years of a row not lagging, runs as the report says them", { code: "cumulative_gap", severity: "warning", params: { years: "2016,2017,2019" } },
    "累计目标：2016—2017、2019 年未填报，按 0 计入累计", "cumulative target: no value for 2016–2017, 2019, counted as 0 in the total"],
  ["the 说明 of a lag a blank year takes part in", { code: "lagging_no_note", severity: "warning", params: { gaps: "2021,2022,2024" } },
    "滞后指标须填写说明（先补填 2021—2022、2024 年的数值，补填后仍滞后的再写说明）", "a lagging indicator needs an explanation (说明) (fill in the values of 2021–2022, 2024 first; explain it if it still lags then)"],
  ["the 说明 of any other lag: as before", { code: "lagging_no_note", severity: "warning" },
    "滞后指标须填写说明", "a lagging indicator needs an explanation (说明)"],
])("%s", (_why, issue, zh, en) => {
  expect([describeIssue(issue, "zh"), describeIssue(issue, "en")]).toEqual([zh, en]);
});
