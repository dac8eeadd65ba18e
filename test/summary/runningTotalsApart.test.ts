import { emptyCounts } from "../../src/domain/Status";
import type { CheckItem, CheckReport } from "../../src/sheet/CheckReport";
import { summarize } from "../../src/sheet/summarize";
import { summaryText } from "../../src/cli/summaryText";
import { summaryJson } from "../../src/cli/summaryJson";

/**
 * A plan that has 城镇新增就业人数 under two 领域: check and the report say 「城镇新增就业人数（就业）」 and 「…（文体）」
 * (namedApart); the summary's running-total and cumulative-doubt lines said the bare name twice (session 44's leftover),
 * so a manager could not tell which row to verify. --json keeps the plan's name (its `id` tells the rows apart).
 */
const row = (id: string, domain: string, code: "running_total" | "year_over_pace"): CheckItem => ({
  kind: "indicator", template: "t", id, name: "城镇新增就业人数(万人)", apart: domain, domain, unit: "万人", sheet: "表1", baseline: "0", target: "[15]",
  cells: { "2023": id === "r1" ? "K16" : "K18" }, statusCell: "N16", status: "met", progress: null, expected: null, value: "9.7", cumulative: 9.7,
  issues: [{ code, severity: "warning", received: "9.7", params: code === "running_total" ? { total: 9.7, amount: 3 } : { amount: 3 }, message: code, messageEn: code }],
});
const report: CheckReport = {
  year: 2023, reportingUnit: "甲县", templates: [{ id: "t", title: "表", kind: "indicator", rows: "00" }],
  items: [row("r1", "就业", "running_total"), row("r2", "文体", "year_over_pace")], counts: { ...emptyCounts(), met: 2 }, problems: [],
};

describe("summary's cumulative lines name a repeated indicator with its 领域", () => {
  test.each([
    ["zh", ["甲县 城镇新增就业人数(万人)（就业）（K16：9.7，当年应为 3？）", "甲县 城镇新增就业人数(万人)（文体）（K18：9.7，远超按年平均进度，当年应为 3？）"]],
    ["en", ["甲县 城镇新增就业人数(万人)（就业） (K16: 9.7, 3 for the year?)", "甲县 城镇新增就业人数(万人)（文体） (K18: 9.7, far beyond the yearly pace, 3 for the year?)"]],
  ] as const)("%s", (lang, says) => {
    const s = summarize([{ file: "a.xlsx", report }]);
    if (!s.ok) throw new Error(s.message);
    const text = summaryText("", s.figures, [], null, lang);
    for (const x of says) expect(text).toContain(x);
    const json = summaryJson(s.figures) as { runningTotals: Array<Record<string, unknown>>; cumulativeDoubts: Array<Record<string, unknown>> };
    expect([json.runningTotals[0]?.["name"], "apart" in (json.runningTotals[0] ?? {}), "apart" in (json.cumulativeDoubts[0] ?? {})]).toEqual(["城镇新增就业人数(万人)", false, false]);
  });
});
