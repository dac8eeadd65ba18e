import type { Issue, IssueCode } from "../../src/domain/Issue";
import { emptyCounts } from "../../src/domain/Status";
import type { CheckReport } from "../../src/sheet/CheckReport";
import { planNotes } from "../../src/sheet/planNotes";

function report(issues: Array<[string, IssueCode, Issue["severity"]]>): CheckReport {
  return {
    year: 2023, reportingUnit: "甲县", templates: [{ id: "t", title: "表", kind: "indicator", rows: "00000000" }], counts: emptyCounts(), problems: [],
    items: issues.map(([name, code, severity], n) => ({
      kind: "indicator", template: "t", id: `r${n}`, name, unit: "", sheet: "表1", baseline: "1", target: "2",
      cells: { "2023": `K${n + 4}` }, statusCell: `N${n + 4}`, status: "met", progress: null, expected: null, value: "3",
      issues: [{ code, severity, cell: `K${n + 4}`, ...(code === "unit_inferred" ? { params: { unit: "比" } } : {}), message: code, messageEn: code }],
    })),
  };
}

/**
 * Trial 37c F4: every county's check told the county to report an index's blank unit to the template's keeper
 * (规划模板的问题（…请告知模板管理人员）：K9 生态环境状况指数：单位栏为空…), though import had said an index may stay
 * blank. A unit left blank is information (unit_unknown, info): the line says the plan's faults alone (isPlanFault).
 */
describe("planNotes says the plan's faults, not a unit left blank", () => {
  test.each<[string, Array<[string, IssueCode, Issue["severity"]]>, "zh" | "en", string[]]>([
    ["an index's unit left blank: no line", [["生态环境状况指数", "unit_unknown", "info"]], "zh", []],
    ["an index's unit left blank: no line (en)", [["生态环境状况指数", "unit_unknown", "info"]], "en", []],
    ["a unit read from the name beside it: that one alone", [["生态环境状况指数", "unit_unknown", "info"], ["城乡居民收入比", "unit_inferred", "warning"]], "zh",
      ["规划模板的问题（各单位相同，无需本单位改正，请告知模板管理人员）：K5 城乡居民收入比：规划未写单位，单位栏的「比」是按指标名称推断填入的，请核对（无误的，在模板中写明单位后不再提示）"]],
    ["a unit read from the name beside it: that one alone (en)", [["生态环境状况指数", "unit_unknown", "info"], ["城乡居民收入比", "unit_inferred", "warning"]], "en",
      ["The plan template's own issues (the same in every return, not this unit's to fix; tell whoever keeps the template): K5 城乡居民收入比: the plan gives no unit; the unit column's \"比\" was inferred from the indicator's name: please check it (if right, write the unit into the template and this is no longer said)"]],
  ])("%s", (_why, issues, lang, lines) => {
    expect(planNotes([report(issues)], lang)).toEqual(lines);
  });
});
