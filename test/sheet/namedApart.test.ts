import ExcelJS from "exceljs";
import { formatReport } from "../../src/cli/formatReport";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { CheckReport } from "../../src/sheet/CheckReport";
import { checkGrid } from "../../src/sheet/checkGrid";
import { evaluateReturn } from "../../src/sheet/evaluateReturn";
import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import type { ReturnEvaluation } from "../../src/sheet/EvaluationReport";
import { returnParagraph } from "../../src/sheet/returnParagraph";
import type { PlannedSheet } from "../../src/sheet/SheetPlan";
import { summarize } from "../../src/sheet/summarize";
import { FLAGS_SHEET, SUMMARY_SHEET, internalLink, summaryWorkbookPlan } from "../../src/sheet/summarySheets";
import { warningSection } from "../../src/sheet/warningSection";
import { TemplateSchema, type Template } from "../../src/templates/TemplateSchema";

/**
 * Session 44: a plan with 「森林覆盖率」 under 生态 and under 农业 (import says so: name-duplicate) was named 森林覆盖率 in both rows
 * by check's table, the summary's lists and the report's text, so a manager could not tell which one lagged. Each such row is
 * now named with its 领域 (templates/domainApart, sheet/namedApart): 森林覆盖率（生态）, 森林覆盖率（农业）; a name the plan
 * gives once stays bare, as does one whose rows share a 领域 (it tells nothing). On the old code every place read 森林覆盖率.
 */
const plan = TemplateSchema.parse({
  schemaVersion: 1, id: "apart-test", kind: "indicators", title: "江海市“十四五”主要指标", region: "江海市", source: { document: "plan.txt", table: "专栏1" },
  baselineYear: 2020, targetYear: 2025, notes: [], yearlyTargetYears: [],
  indicators: [
    { id: "r1", domain: "生态", number: "1", name: "森林覆盖率", unit: "%", attribute: "约束性", baseline: "60", target: "65", targetKind: "point", source: "r1" },
    { id: "r2", domain: "生态", number: "2", name: "空气质量优良天数比率", unit: "%", attribute: "约束性", baseline: "85", target: "90", targetKind: "point", source: "r2" },
    { id: "r3", domain: "农业", number: "3", name: "森林覆盖率", unit: "%", attribute: "预期性", baseline: "30", target: "40", targetKind: "point", source: "r3" },
    { id: "r4", domain: "农业", number: "4", name: "粮食产量", unit: "万吨", attribute: "约束性", baseline: "100", target: "110", targetKind: "point", source: "r4" },
  ],
}) as Template;
// every row behind its pace (序时进度 60% in 2023): each is on every list
const VALUES: Record<string, number[]> = { r1: [60.3, 60.6, 61], r2: [85.5, 86, 86.5], r3: [30.3, 30.6, 31], r4: [101, 102, 104] };

let report: CheckReport;
let evaluated: ReturnEvaluation;
beforeAll(async () => {
  const wb = planToWorkbook(buildWorkbookPlan([plan], { year: 2023, reportingUnit: "甲县" })) as ExcelJS.Workbook;
  const entries: InputEntry[] = Object.entries(VALUES).flatMap(([id, ys]) => ys.map((value, k) => ({ template: plan.id, id, key: `in:${2021 + k}`, value })));
  expect(fillInputs(wb, entries)).toEqual([]);
  const g = await readXlsxZip(Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer));
  const c = checkGrid(g);
  if (!c.ok) throw new Error("not checked");
  report = c.report;
  evaluated = evaluateReturn(g, report, [plan], "2023-甲县.xlsx");
});

/** the cells of a summary sheet's column `col` (A, D) */
function column(sheet: string, col: string): unknown[] {
  const s = summarize([{ file: "2023-甲县.xlsx", report }]);
  if (!s.ok) throw new Error(s.message);
  const planned = summaryWorkbookPlan(s.figures, (_f, sh, cell) => internalLink(sh, cell)).sheets.find((x) => x.name === sheet) as PlannedSheet;
  return planned.cells.filter((c) => c.address.replace(/\d+$/, "") === col).map((c) => c.value);
}

describe("two indicators of one name under two 领域 are named with their 领域", () => {
  test.each<[string, () => string]>([
    ["check's table", () => formatReport("2023-甲县.xlsx", report)],
    ["check's table (en)", () => formatReport("2023-甲县.xlsx", report, "en")],
    ["the summary's lagging list (汇总)", () => column(SUMMARY_SHEET, "A").join("\n")],
    ["the summary's 问题清单", () => column(FLAGS_SHEET, "D").join("\n")],
    ["the report's paragraph", () => returnParagraph(evaluated, "zh")],
    ["the report's 预警 lines", () => warningSection(evaluated, "zh").lines.join("\n")],
    ["the report's 附表", () => evaluated.items.map((i, k) => evaluationColumns(i, k + 1, 2023, false)[1]).join("\n")],
  ])("%s", (_where, text) => {
    const said = text();
    expect(said).toContain("森林覆盖率（生态）");
    expect(said).toContain("森林覆盖率（农业）");
    // never the bare name, nor a unique one with its 领域
    expect(said.replace(/森林覆盖率（(生态|农业)）/g, "")).not.toContain("森林覆盖率");
    expect(said).not.toMatch(/粮食产量（农业）|空气质量优良天数比率（生态）/);
  });

  test("the name itself stays the plan's (check --json, matching rows by name)", () => {
    expect(report.items.filter((i) => i.name === "森林覆盖率").map((i) => i.apart)).toEqual(["生态", "农业"]);
    expect(report.items.find((i) => i.id === "r4")?.apart).toBeUndefined();
  });
});
