import { describeIssue } from "../../src/domain/describeIssue";
import { emptyCounts } from "../../src/domain/Status";
import type { CheckItem, CheckReport } from "../../src/sheet/CheckReport";
import { returnParagraph } from "../../src/sheet/returnParagraph";
import { runningTotals } from "../../src/sheet/runningTotals";
import { summarize } from "../../src/sheet/summarize";
import { verifiedRow, type RowFacts } from "./evaluationRow";

/**
 * trial38 F2: a cumulative cell typed as text, 「２.８」, is judged as the 2.8 it would be once fixed, so check adds
 * 疑似填了累计数 to its one line for K17. The report then counted it 数值待核实 as well as 数据异常 (`--json` gave both
 * `invalid` and `verify`), the 问题清单 had two rows for K17, and the summary's 疑似累计数 line quoted 2.8, a number the
 * cell does not hold. The doubt is now marked as read on the text's fix (params.onFix, isDoubtOnFix) and said once,
 * within the text's statement. On the old code `verify` is running_total, the 问题清单 has two rows and runningTotals one.
 */
const co2 = (value: number | string): RowFacts => ({ name: "交通运输二氧化碳排放强度下降率", attribute: "约束性", unit: "%", baseline: "—", target: "〔5〕", values: { 2021: 0.9, 2022: 0.9, 2023: value }, domain: "绿色低碳" });

/** The row as check gives it: the year's issues on K17 of 表1, each with its message. */
function checkItem(value: number | string): CheckItem {
  const r = verifiedRow(co2(value), 2023);
  const issues = r.graded.result.issues.map((i) => {
    const placed = i.params?.["year"] === undefined && i.params?.["sumYear"] === undefined ? { ...i, sheet: "表1", cell: "K17" } : i;
    return { ...placed, message: describeIssue(placed, "zh"), messageEn: describeIssue(placed, "en") };
  });
  return { kind: "indicator", template: "t", id: "r14", name: r.name, unit: "%", sheet: "表1", baseline: "—", target: "〔5〕", cells: { 2021: "I17", 2022: "J17", 2023: "K17" }, statusCell: "N17", status: r.graded.result.status, progress: null, expected: null, value: String(value), issues };
}

function summed(value: number | string): ReturnType<typeof summarize> {
  const item = checkItem(value);
  const counts = emptyCounts();
  counts[item.status]++;
  const report: CheckReport = { year: 2023, reportingUnit: "南湖区", templates: [{ id: "t", title: "表", kind: "indicator", rows: "00000000" }], items: [item], counts, problems: [] };
  return summarize([{ file: "2023-南湖区.xlsx", report }]);
}

describe("a running total doubted on a text's fix is said once, with the text", () => {
  test.each<[string, number | string, string | undefined, number, number]>([
    // text: 数据异常, no value to verify; one 问题清单 row, none on the 疑似累计数 line
    ["「２.８」 typed as text", "２.８", undefined, 1, 0],
    // the same number typed as a number: a value to verify, its own row and the 疑似累计数 line, as before
    ["2.8 typed as a number", 2.8, "running_total", 1, 1],
  ])("%s", (_why, value, verify, flags, running) => {
    const r = verifiedRow(co2(value), 2023);
    expect(r.verify?.code).toBe(verify);
    const s = summed(value);
    if (!s.ok) throw new Error(s.message);
    expect([...s.figures.flags].filter((x) => x.cell === "K17")).toHaveLength(flags);
    expect(runningTotals(s.figures)).toHaveLength(running);
  });

  test("the one 问题清单 row says the text and the doubt, as check's line does", () => {
    const s = summed("２.８");
    if (!s.ok) throw new Error(s.message);
    expect([...s.figures.flags].map((x) => x.message)).toEqual(["工作表「表1」K17：填写的是文本「２.８」，公式无法读取；应填数值，建议改为 2.8；本年值 2.8 不小于 2021—2022 年之和 1.8，疑似填了累计数；累计指标每年只填当年新增量，是否应为 1（2.8 − 1.8）？"]);
  });

  test.each<["zh" | "en", RegExp]>([["zh", /数值待核实/], ["en", /to be verified/]])("the paragraph counts it 数据异常 only (%s)", (lang, verify) => {
    const text = returnParagraph({ items: [verifiedRow(co2("２.８"), 2023)], year: 2023, targetYear: 2025 }, lang);
    expect(text).not.toMatch(verify);
    expect(text).toMatch(lang === "zh" ? /未能评估 1 项（数据异常 1 项）/ : /not graded 1 \(invalid data 1\)/);
  });
});
