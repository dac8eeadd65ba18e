import { formatReport } from "../../src/cli/formatReport";
import { lockReading } from "../../src/cycle/lockReading";
import { summaryText } from "../../src/cli/summaryText";
import { ledgerSheet } from "../../src/cycle/ledgerSheet";
import { lockBlockers } from "../../src/cycle/lockBlockers";
import type { UnitFacts } from "../../src/cycle/UnitFacts";
import type { Issue } from "../../src/domain/Issue";
import type { Status } from "../../src/domain/Status";
import { emptyCounts } from "../../src/domain/Status";
import type { CheckItem, CheckReport } from "../../src/sheet/CheckReport";
import type { SummaryFigures } from "../../src/sheet/summarize";

/**
 * trial34 C3: the 报送台账 and the terminal said 峡口镇 had "1 处错误（数据异常等），请退回改正" while its
 * 数据异常 was 0: the error was its sheet's own formulas no longer computing 12 rows after a row the
 * county inserted. The 退回改正 line now names what the errors are, in check's words (its 不能锁定
 * line, BLOCKER_WORDS), so the count reads against the unit's status columns and the 问题清单.
 */
const issue = (code: Issue["code"], cell: string): CheckItem["issues"][number] => ({ code, severity: "error", cell, sheet: "交通指标", message: code, messageEn: code });
const item = (id: string, status: Status, issues: CheckItem["issues"] = []): CheckItem => ({
  kind: "indicator", template: "t", id, name: id, unit: "%", sheet: "交通指标", baseline: "1", target: "2", cells: {}, statusCell: `N${id}`, status, progress: null, expected: null, issues,
});
const report = (items: CheckItem[], problems: CheckReport["problems"] = []): CheckReport => {
  const counts = emptyCounts();
  for (const i of items) counts[i.status]++;
  return { year: 2023, reportingUnit: "峡口镇", templates: [], items, counts, problems };
};
const INSERTED: CheckReport["problems"] = [{ code: "own_formulas_broken", params: { sheet: "交通指标", missing: "N8", found: "", misread: "", rows: "8、9", count: 12 } }];
const figures = { projects: { count: 0, planned: 0, completed: 0, byCategory: [], byOwner: [], lagging: [], withheld: [] }, year: 2023, units: [], totals: {}, flags: [], runningTotals: [] } as unknown as SummaryFigures;

describe("the ledger's 退回改正 line names the errors as check does", () => {
  test.each<[string, CheckReport, number, string, string]>([
    ["a row inserted: the sheet's formulas, not 数据异常", report([item("5", "met"), item("8", "missing")], INSERTED), 1,
      "本工具的公式不再计算本行 12 行", "12 rows whose own formulas no longer compute them"],
    ["values typed as words: 数据异常", report([item("4", "invalid", [issue("text_number", "K4")]), item("6", "invalid", [issue("text_number", "K6")])]), 2,
      "数据异常 2 项", "invalid data on 2 rows"],
    ["both", report([item("4", "invalid", [issue("text_number", "K4")])], INSERTED), 2,
      "数据异常 1 项、本工具的公式不再计算本行 12 行", "invalid data on 1 row and 12 rows whose own formulas no longer compute them"],
  ])("%s", (_why, r, errors, zh, en) => {
    const f: UnitFacts = { unit: "峡口镇", deadline: "2024-01-31", file: "2023-峡口镇.xlsx", state: "已报", errors, blockers: lockBlockers(r), unexplainedLags: 0, missing: 0, rows: 15, lock: "", versions: 1, changes: 0 };
    const cells = ledgerSheet([f], 2023, "2024-02-05").cells.map((c) => String(c.value ?? ""));
    expect(cells).toContain(`已报送，有 ${errors} 处错误（${zh}），请退回改正`);
    expect(cells.join("\n")).not.toContain("数据异常等");
    expect(summaryText("汇总.xlsx", figures, [], [f], "zh").split("\n")).toContain(`有错误，请退回改正：峡口镇 ${errors} 处（${zh}）`);
    expect(summaryText("汇总.xlsx", figures, [], [f], "en").split("\n")).toContain(`Sent with errors, to be sent back and corrected: 峡口镇 (${errors} ${errors === 1 ? "error" : "errors"}: ${en})`);
    // the same words as check's 不能锁定 lines on the unit's return (lock's reason, which also names the sheet)
    const check = (lang: "zh" | "en"): string => formatReport("a.xlsx", r, lang, false, undefined, undefined, true, lockReading({ sheets: [], names: {} }, r)).split("\n").find((l) => l.startsWith("  1. ")) ?? "";
    expect(check("zh")).toContain(`1. ${zh}`);
    expect(check("en").toLowerCase()).toContain(`1. ${en}`.toLowerCase());
  });
});
