import * as docx from "docx";
import JSZip from "jszip";
import { reportDocx } from "../../src/cli/reportDocx";
import { reportTitle } from "../../src/cli/runReport";
import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import type { EvaluationReport, ReturnEvaluation } from "../../src/sheet/EvaluationReport";
import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import { countyGridSheet, evaluationSheet } from "../../src/sheet/evaluationSheets";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * The Word report and the workbook form as a formal document (findings 11–13 of a first-time
 * user's trial): no tool instructions, units and running totals where values are quoted, the
 * same words at the plan's end in every section and table.
 */
const rail: RowFacts = { name: "铁路营业里程", attribute: "预期性", unit: "公里", baseline: "312", target: "420", values: { 2021: 330, 2022: 350, 2023: 365, 2024: 381, 2025: 415 } };
const high: RowFacts = { name: "其中：高速铁路营业里程", attribute: "预期性", unit: "公里", baseline: "128", target: "≥200", values: { 2021: 140, 2022: 150, 2023: 160, 2024: 175, 2025: 180 } };
const co2: RowFacts = { name: "营运车辆单位运输周转量二氧化碳排放下降", attribute: "约束性", unit: "%", baseline: "/", target: "[5]", values: { 2021: 0.7, 2022: 0.7, 2023: 0.8, 2024: 1, 2025: 1.2 }, domain: "绿色安全" };
const deaths: RowFacts = { name: "公路水路交通运输安全生产事故死亡人数", attribute: "约束性", unit: "人", baseline: "48", target: "≤40", values: { 2021: 47, 2022: 46, 2023: 44, 2024: 43, 2025: 50 }, domain: "绿色安全" };
const buses: RowFacts = { name: "城市新能源公交车占比", attribute: "约束性", unit: "%", baseline: "62", target: "≥80", values: { 2021: 66, 2022: 70, 2023: 74, 2024: 78, 2025: 82 }, domain: "绿色安全" };
const rows = [rail, high, co2, deaths, buses];

function report(returns: ReturnEvaluation[]): EvaluationReport {
  const c = combineEvaluations(returns);
  if (!c.ok) throw new Error("not combined");
  return c.report;
}

async function docxText(r: EvaluationReport): Promise<string> {
  const bytes = await reportDocx(docx, r, reportTitle(r));
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string") ?? "";
  return xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "").replace(/&gt;/g, ">").replace(/&lt;/g, "<").replace(/&amp;/g, "&");
}

const y2024 = [returnOf("甲县", rows, 2024), returnOf("乙县", rows, 2024)];
const y2025 = [returnOf("甲县", rows, 2025), returnOf("乙县", rows.filter((r) => r !== deaths), 2025)];

describe("the Word report reads as a formal document", () => {
  test.each([
    ["one return", [y2024[0]!], "甲县《某市交通规划》2024 年实施情况评估报告"],
    ["several: the plan and the year", y2024, "《某市交通规划》2024 年实施情况评估报告"],
    ["more than three: the plan and the year", [...y2024, returnOf("丙区", rows, 2024), returnOf("丁县", rows, 2024)], "《某市交通规划》2024 年实施情况评估报告"],
    ["a unit without a name", [y2024[0]!, returnOf("", rows, 2024)], "《某市交通规划》2024 年实施情况评估报告"],
  ])("%s: no space after 》 in the title", async (_why, returns, title) => {
    expect(reportTitle(report(returns))).toBe(title);
    expect((await docxText(report(returns))).split("\n")[0]).toBe(title);
  });

  test("no command line or tool instruction", async () => {
    const text = await docxText(report(y2024));
    expect(text).not.toMatch(/plan-returns|--out|\.xlsx/);
  });

  test.each([
    ["a value with its unit, as 总体评估", "铁路营业里程（预期性）：滞后于预期，2024 年 381 公里，"],
    ["a forecast with its unit, to the plan's whole numbers (399.5 against 312 → 420)", "预计 2025 年 400 公里，预计难以完成"],
    ["a cumulative target: the running total with the year's amount, the forecast as 累计", "营运车辆单位运输周转量二氧化碳排放下降（约束性）：滞后于预期，累计 3.2%（2024 年 1%），"],
    ["其中： is not part of the name in a line", "\n高速铁路营业里程（预期性）：滞后于预期，2024 年 175 公里，"],
  ])("分领域: %s", async (_why, words) => {
    const text = await docxText(report([y2024[0]!]));
    expect(text).toContain(words);
    expect(text).toMatch(/累计 3\.2%（2024 年 1%），进度 [\d.]+%（序时进度 80\.0%），预计 2025 年累计 [\d.]+%/);
  });

  test("the 附表 gives a cumulative target's running total with the year's amount", () => {
    const co2Row = y2024[0]!.items.find((i) => i.name.startsWith("营运车辆"))!;
    expect(evaluationColumns(co2Row, 3, 2024)[6]).toBe("累计 3.2（2024 年 1）");
    const railRow = y2024[0]!.items[0]!;
    expect(evaluationColumns(railRow, 1, 2024)[6]).toBe("381");
  });

  // a trial's 附表, rendered by LibreOffice, printed 累计 / 8.1 / 7（2024 年: the running total and its
  // year's amount are two lines of the cell, each held whole by no-break spaces, the row never split over pages
  test.each<[string, RegExp]>([
    ["a line break between the running total and the year's amount", /<w:t[^>]*>累计\u00a03\.2<\/w:t><\/w:r><w:r>(?:(?!<\/w:r>).)*<w:br\/><w:t[^>]*>（2024\u00a0年 1）<\/w:t>/],
    ["no row of a table split over two pages", /<w:trPr><w:cantSplit\/>/],
  ])("the Word 附表: %s", async (_why, pattern) => {
    const bytes = await reportDocx(docx, report([y2024[0]!]), "t");
    const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string") ?? "";
    expect(xml).toMatch(pattern);
    expect(xml).not.toContain("累计 3.2（2024 年 1）");
  });

  test("the 评估 sheet wraps that longer value and makes its row tall enough to print it", () => {
    const sheet = evaluationSheet(y2024[0]!, "评估");
    const k = y2024[0]!.items.findIndex((i) => i.name.startsWith("营运车辆"));
    const cell = sheet.cells.find((c) => c.address === `G${5 + k}`);
    // on the two lines figureLines gives it, kept whole within each
    expect(cell).toMatchObject({ value: "累计\u00a03.2\n（2024\u00a0年 1）", style: "textWrap" });
    expect(sheet.rowHeights[5 + k]).toBeGreaterThanOrEqual(30);
  });
});

describe("at the plan's last year every section and table says 已实现 / 未完成 / 未能评估 (our reading)", () => {
  test("the county table: those columns, and 预警 counts the binding rows not achieved", async () => {
    const text = await docxText(report(y2025));
    const lines = text.split("\n");
    const at = lines.indexOf("各填报单位评估结果汇总");
    // 甲县: 高速铁路 180 < 200, 铁路 415 < 420, 死亡人数 50 > 40 (binding), 二氧化碳 4.4 < [5] (binding); 乙县 without 死亡人数
    expect(lines.slice(at + 1, at + 16)).toEqual(["填报单位", "已实现", "未完成", "未能评估", "预警", "甲县", "1", "4", "0", "2", "乙县", "1", "3", "0", "1"]);
    expect(text).toContain("预警：约束性指标期末未完成的项数。");
  });

  test("分领域, the 附表 and the grid never say 滞后于预期 beside 期末未完成", async () => {
    const text = await docxText(report(y2025));
    expect(text).not.toMatch(/滞后于预期|提前实现|快于预期|基本符合预期/);
    expect(text).toContain("铁路营业里程（预期性）：未完成，2025 年 415 公里，");
    // a cumulative target in the 预警 list and the paragraph: the running total with the year's own amount
    expect(text).toContain("【约束性未完成】营运车辆单位运输周转量二氧化碳排放下降（约束性）：规划期末（2025 年）未完成，2025 年累计 4.4%（当年 1.2%），目标 [5%]");
    // the paragraph (the 评估 sheet's, --json's) says it with its figures; the docx's 总体评估 only names it, the 预警 list gives them (trial29c F14)
    expect(report(y2025).text).toContain("营运车辆单位运输周转量二氧化碳排放下降（2025 年累计 4.4%，其中当年 1.2%，目标 [5%]）");
    expect(text).not.toContain("营运车辆单位运输周转量二氧化碳排放下降（2025 年累计 4.4%，其中当年 1.2%，目标 [5%]）");
    const sheet = evaluationSheet(y2025[0]!, "评估");
    expect(sheet.cells.filter((c) => c.value === "未完成")).toHaveLength(4);
    expect(sheet.conditionalFormats.some((f) => f.formula.endsWith('="未完成"'))).toBe(true);
    const grid = countyGridSheet(report(y2025));
    const labels = grid.cells.filter((c) => typeof c.value === "string" && c.value.endsWith("（项）")).map((c) => c.value);
    expect(labels).toEqual(["已实现（项）", "未完成（项）", "未能评估（项）"]);
    expect(grid.cells.some((c) => c.value === "滞后于预期")).toBe(false);
  });

  test("before the last year the six grades stay", () => {
    const grid = countyGridSheet(report(y2024));
    const labels = grid.cells.filter((c) => typeof c.value === "string" && c.value.endsWith("（项）")).map((c) => c.value);
    expect(labels).toEqual(["已实现（项）", "提前实现（项）", "快于预期（项）", "基本符合预期（项）", "滞后于预期（项）", "未能评估（项）"]);
  });
});

describe("a unit that entered nothing for the year", () => {
  const empty = returnOf("丁县", rows.map((r) => ({ ...r, values: { ...r.values, 2024: null, 2025: null } })), 2024);
  test("its 预警 section does not say nothing is at risk: no forecast was made", async () => {
    const text = await docxText(report([empty]));
    expect(text).toContain("2024 年未填报任何数值，未能评估 5 项（未填报 5 项）。");
    expect(text).not.toContain("没有预计难以完成");
    expect(text).toContain("没有可据以预测的数值，未作预测。");
  });

  test("分领域 says each row's reason once", async () => {
    const text = await docxText(report([empty]));
    expect(text).toContain("\n铁路营业里程（预期性）：未能评估（未填报）。");
    expect(text).not.toContain("2024 年 未填报");
  });
});
