import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { annexForecasts, evaluationColumns, evaluationHeaders } from "../../src/sheet/evaluationColumns";
import { evaluationSheet } from "../../src/sheet/evaluationSheets";
import { docxText } from "../support/docxText";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * The 附表's 预测{T}年 column where no row can be forecast (the plans' last year, Y ≥ T for every row): the
 * 十四五 期末评估 (trial26b) kept a 预测 2025 年 column that was "—" all down. It is left out of the docx 附表
 * and of the 评估 sheet alike (annexForecasts); kept in any year a row's plan still runs.
 */
const rate: RowFacts = { name: "常住人口城镇化率", attribute: "预期性", unit: "%", baseline: "58.2", target: "63", values: { 2021: 59, 2022: 60, 2023: 61, 2024: 62, 2025: 63.1 }, domain: "经济发展" };
const forest: RowFacts = { name: "新增造林面积", attribute: "约束性", unit: "万亩", baseline: "/", target: "〔6〕", values: { 2021: 1.3, 2022: 1.2, 2023: 1.2, 2024: 1.1, 2025: 1.4 }, domain: "绿色生态" };

describe("the 附表 keeps 预测{T}年 and 序时进度 only where a row can be forecast", () => {
  test.each<[string, number, boolean]>([
    ["mid-period (2023 of 2021–2025)", 2023, true],
    ["the year before the last", 2024, true],
    ["the plans' last year (期末评估)", 2025, false],
  ])("%s", async (_why, year, kept) => {
    const ret = returnOf("柯城区", [rate, forest], year);
    expect(annexForecasts(ret)).toBe(kept);
    const head = evaluationHeaders(year, 2025, annexForecasts(ret));
    expect(head.includes("预测2025年")).toBe(kept);
    // at T 序时进度 is the target itself, 100% on every row (trial39e F6): no such column, nor words in the 分领域 lines
    expect(head.includes("序时进度")).toBe(kept);
    expect(head).toHaveLength(kept ? 13 : 11);
    // every row as wide as the header, the 评估 and 说明 cells where the header says
    for (const item of ret.items) {
      const cols = evaluationColumns(item, 1, year, annexForecasts(ret));
      expect(cols).toHaveLength(head.length);
      expect(cols[head.indexOf("评估")]).toMatch(/实现|符合|超前|滞后|未完成/);
    }
    const c = combineEvaluations([ret]);
    if (!c.ok) throw new Error("not combined");
    const docx = await docxText(c.report);
    expect(docx.includes("预测2025年")).toBe(kept);
    expect(docx.includes("序时进度")).toBe(kept);
    const sheet = evaluationSheet(ret, "评估");
    const texts = sheet.cells.map((x) => String(x.value ?? ""));
    expect(texts.includes("预测2025年")).toBe(kept);
    expect(texts.includes("预测2025")).toBe(kept); // the trend band's forecast column
    expect(texts.includes("序时进度")).toBe(kept);
    // the sheet's title says 期末 as the report's does (evaluationTitleWords)
    expect(sheet.cells.find((x) => x.address === "A1")?.value).toBe(`柯城区 ${year} 年规划指标实施情况${kept ? "" : "期末"}评估`);
    // the grade's colours sit on the 评估 column wherever it stands
    const grade = String.fromCharCode(65 + head.indexOf("评估"));
    expect(sheet.conditionalFormats[0]?.range.startsWith(`${grade}5:`)).toBe(true);
  });
});
