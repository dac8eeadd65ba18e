import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { annexNumbers } from "../../src/sheet/annexNumbers";
import { evaluationSheet } from "../../src/sheet/evaluationSheets";
import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { countyReturn } from "../support/countyReturn";
import { docxText } from "../support/docxText";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * The 附表 (the .docx's, every 评估 sheet's) numbers its rows with the plan's own 序号, as the return shows them:
 * a manager's trial (trial44b F1) found plan item 40, split into two part rows both 40 in the return, printed 40 and 41,
 * and every later item one off (plan 41 printed 42 … 53 → 54).
 */
describe("the 附表's 序号 is the plan's", () => {
  test.each<[string, Array<string | undefined>, string[]]>([
    ["a split indicator's parts share their 序号, the next keeps its own", ["39", "40", "40", "41"], ["39", "40", "40", "41"]],
    ["a row the plan gives no 序号 is blank, as in the return", ["1", undefined, "2"], ["1", "", "2"]],
    ["a plan that numbers no row is counted", [undefined, undefined, undefined], ["1", "2", "3"]],
  ])("%s", (_why, plan, shown) => {
    expect(annexNumbers(plan.map((n) => (n === undefined ? {} : { number: n })))).toEqual(shown);
  });

  const row = (name: string): RowFacts => ({ name, attribute: "预期性", unit: "%", baseline: "90", target: "≥95", values: { 2023: 93 } });
  const names = ["老年人健康管理率（%）", "困难残疾人生活补贴覆盖率（%）：困难残疾人生活补贴", "困难残疾人生活补贴覆盖率（%）：重度残疾人护理补贴", "残疾人专业托养机构覆盖率（%）"];
  const ret = returnOf("柯城区", names.map(row), 2023);
  ret.items.forEach((i, k) => { i.number = ["39", "40", "40", "41"][k]!; });
  test.each<[string, () => Promise<string[]>]>([
    ["the 评估 sheet", async () => {
      const sheet = evaluationSheet(ret, "评估-柯城区");
      return names.map((n) => {
        const at = sheet.cells.find((c) => c.value === n)!.address.replace(/^[A-Z]+/, "");
        return String(sheet.cells.find((c) => c.address === `A${at}`)?.value ?? "");
      });
    }],
    ["the .docx's 附表", async () => {
      const c = combineEvaluations([ret], []);
      if (!c.ok) throw new Error("not combined");
      const lines = (await docxText(c.report)).split("\n");
      // the 附表's row: its 序号 cell, then the name's
      return names.map((n) => lines[lines.lastIndexOf(n) - 1] ?? "");
    }],
  ])("%s", async (_why, numbers) => {
    expect(await numbers()).toEqual(["39", "40", "40", "41"]);
  });

  test("a return's rows read their 序号 from the plan (zhoushan-2021-2025: 6 in three parts, then 7)", async () => {
    const t = findTemplate("zhoushan-2021-2025") as Template & { kind: "indicators" };
    const dir = mkdtempSync(join(tmpdir(), "annex-numbers-"));
    const f = await countyReturn(dir, "定海区.xlsx", "定海区", 0, [t]);
    const out = join(dir, "评估.xlsx");
    expect((await cli("report", f, "--out", out, "--force")).code).toBe(0);
    const ExcelJSModule = (await import("exceljs")).default as unknown as typeof ExcelJS;
    const wb = new ExcelJSModule.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets.find((w) => w.name.startsWith("评估"))!;
    const numbered: Array<[string, string]> = [];
    ws.eachRow((r) => { const name = String(r.getCell(2).value ?? ""); if (t.indicators.some((d) => name.startsWith(d.name))) numbered.push([String(r.getCell(1).value ?? ""), name]); });
    expect(numbered.map(([n]) => n)).toEqual(t.indicators.map((d) => d.number));
  });
});
