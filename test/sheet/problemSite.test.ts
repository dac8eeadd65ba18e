import type { CheckItem } from "../../src/sheet/CheckReport";
import { problemSite, type ProblemSite } from "../../src/sheet/problemSite";

/**
 * The one rule of what stands beside a listed problem (问题清单's 位置, 当年值, 状态; check --json's `year`, `value`):
 * another year's cell with its year and its own value, and no status of the reporting year's for a warning there
 * (trial33 T12: 某市专栏1!I17, the 2021 cell, beside 2023's 0.13万吨 and 数据异常).
 */
const YEAR = 2023;
const row = (over: Partial<CheckItem> = {}): CheckItem => ({
  kind: "indicator", template: "t", id: "r17", name: "氨氮", unit: "万吨", sheet: "某市专栏1", baseline: "—", target: "〔0.03〕",
  cells: { "2021": "I17", "2022": "J17", "2023": "K17", "2024": "L17", "2025": "M17" }, statusCell: "N17", noteCell: "P17",
  status: "invalid", progress: null, expected: 0.6, value: "0.13万吨", otherYears: { "2021": "0.1", "2022": "0.006", "2025": "0.2" }, issues: [],
  ...over,
});

describe("problemSite: a problem's cell, year, value and status", () => {
  test.each<[string, Partial<CheckItem>, Parameters<typeof problemSite>[1], ProblemSite]>([
    ["flagged by status alone: the year's cell, value and status", {}, undefined, { cell: "K17", value: "0.13万吨", status: "invalid" }],
    ["an error on the year's cell", {}, { cell: "K17", severity: "error" }, { cell: "K17", value: "0.13万吨", status: "invalid" }],
    ["the 说明 a lagging row needs: the year's value and status beside it", { status: "lagging", value: "0.006" }, { cell: "P17", severity: "warning" }, { cell: "P17", value: "0.006", status: "lagging" }],
    ["a 2021 slip (a warning): 2021, its value, no status", {}, { cell: "I17", severity: "warning" }, { cell: "I17", year: 2021, value: "0.1", status: null }],
    ["a 2022 warning on a row 已达标", { status: "met", value: "0.02" }, { cell: "J17", severity: "warning" }, { cell: "J17", year: 2022, value: "0.006", status: null }],
    ["an earlier year's error (it stops a cumulative sum): the status it makes", {}, { cell: "I17", severity: "error" }, { cell: "I17", year: 2021, value: "0.1", status: "invalid" }],
    ["a value typed ahead in 2025's column", {}, { cell: "M17", severity: "warning" }, { cell: "M17", year: 2025, value: "0.2", status: null }],
    ["another year's cell left blank: its value empty", {}, { cell: "L17", severity: "warning" }, { cell: "L17", year: 2024, value: "", status: null }],
    ["未填报: no value beside the year's cell", { status: "missing", value: "" }, undefined, { cell: "K17", value: "", status: "missing" }],
    ["a running total: said as such", { status: "lagging", value: "0.006", cumulative: 0.017 }, undefined, { cell: "K17", value: "累计 0.017（2023 年 0.006）", status: "lagging" }],
    // trial43b F7: it was A1, and the 问题清单's link opened the sheet's title
    ["a row deleted from the return: no cell", { cells: {}, statusCell: "", status: "missing", value: "" }, undefined, { cell: "", value: "", status: "missing" }],
  ])("%s", (_what, over, issue, site) => {
    expect(problemSite(row(over), issue, YEAR)).toEqual(site);
  });
});
