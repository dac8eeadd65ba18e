/**
 * Issue 13 item 5: the 审核 sheet has one row per item of every template in the workbook, in
 * plan order, with the status `check --json` gives for the same file; flagged rows say 是 under
 * 需审核 and 待审核 under 复核状态. Decisions in a sheet written before 需审核 existed are kept.
 */
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { FLAG_MARK, REVIEW_MARK, REVIEW_STATES } from "../../src/sheet/reviewSheet";
import { checkGrid } from "../../src/sheet/checkGrid";
import { isFlagged } from "../../src/sheet/isFlagged";
import type { CheckReport } from "../../src/sheet/CheckReport";
import { STATUS_LABELS } from "../../src/domain/Status";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cellText } from "../../src/domain/CellValue";
import { cellAsText } from "../../src/domain/cellAsText";

const dir = mkdtempSync(join(tmpdir(), "review-rows-"));
let n = 0;

/** A return of the templates for the year: the sample values times (1 + shift), or none at all. */
async function returnFile(ids: string[], year: number, fill: "sample" | "blank", shift = 0): Promise<string> {
  const ts = ids.map((id) => findTemplate(id) as Template);
  const wb = planToWorkbook(buildWorkbookPlan(ts, { year, reportingUnit: "某县" }));
  if (fill === "sample") {
    for (const t of ts) fillInputs(wb, sampleReturn(t, year).map((e) => (typeof e.value === "number" ? { ...e, value: Math.round(e.value * (1 + shift) * 100) / 100 } : e)));
  }
  const sub = join(dir, `case${++n}`);
  mkdirSync(sub);
  const f = join(sub, "return.xlsx");
  writeFileSync(f, Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer));
  return f;
}

/** The 审核 sheet's data rows, as column key → text as the cell shows it (a figure is a number cell: 3.0 in 0.0 reads 3.0). */
async function reviewRows(file: string): Promise<Array<Record<string, string>>> {
  const g = await readXlsxZip(readFileSync(file));
  const s = g.sheets.find((x) => cellText(x.rows[1]?.[0] ?? { type: "empty" }) === REVIEW_MARK)!;
  const keys = (s.rows[1] ?? []).map((c, i) => (i === 0 ? "sheet" : cellText(c))); // A2 holds the mark, column A the sheet
  return s.rows.slice(3).map((r) => Object.fromEntries(keys.map((k, i) => [k, cellAsText(r?.[i] ?? { type: "empty" })])))
    .filter((r) => r["key"]);
}

describe("one row per item, statuses as check --json gives them", () => {
  test.each<[string, string[], number, "sample" | "blank", number]>([
    ["an indicator return filled as the sample", ["zhoushan-2021-2025"], 2023, "sample", 0],
    ["an indicator return 40% short (lagging rows)", ["zhoushan-2021-2025"], 2023, "sample", -0.4],
    ["a blank return (every row 未填报)", ["quzhou-2021-2025"], 2023, "blank", 0],
    ["an older plan's return", ["zhoushan-2016-2020"], 2018, "sample", -0.2],
    ["two indicator templates in one workbook", ["shengsi-2023-2027", "quzhou-2021-2025"], 2024, "sample", 0.3],
    ["a project list", ["shengsi-2024-projects"], 2024, "sample", -0.5],
    ["a reform list", ["shengsi-2024-reforms"], 2024, "sample", 0],
    ["a project list with a blank", ["quzhou-2021-2025-housing-projects"], 2023, "blank", 0],
  ])("%s", async (_label, ids, year, fill, shift) => {
    const file = await returnFile(ids, year, fill, shift);
    expect((await cli("review", file)).code).toBe(0);
    const check = await cli("check", file, "--json");
    const report = JSON.parse(check.out) as CheckReport;
    const rows = await reviewRows(file);
    // the JSON report has no values: those come from the same reader in-process
    const inProcess = checkGrid(await readXlsxZip(readFileSync(file)));
    if (!inProcess.ok) throw new Error(inProcess.message);
    const keyOf = (i: { template: string; id: string }): string => `${i.template}|${i.id}|${report.year}`;
    // every item exactly once, in plan order, and nothing else
    expect(rows.map((r) => r["key"])).toEqual(report.items.map(keyOf));
    expect(report.items.length).toBeGreaterThan(0);
    for (const item of report.items) {
      const row = rows.find((r) => r["key"] === keyOf(item))!;
      const flagged = isFlagged(item);
      expect([row["status"], row["flag"], row["review"], row["sheet"]]).toEqual([STATUS_LABELS[item.status], flagged ? FLAG_MARK : "", flagged ? REVIEW_STATES.open : "", item.sheet]);
      const same = inProcess.report.items.find((i) => keyOf(i) === keyOf(item))!;
      // a running total (§3) shows the total it is judged on, with the year's own amount beside it
      const value = same.cumulative === undefined ? same.value ?? "" : `累计 ${same.cumulative}（${report.year} 年 ${same.value || "未填"}）`;
      // a project has no 基期: its column says the 建设年限 as such (trial47a F6)
      const baseline = item.kind === "project" ? `建设年限 ${item.baseline}` : item.baseline;
      expect([row["value"], row["baseline"], row["target"]]).toEqual([value, baseline, item.target]);
    }
    // a blank return: every row is flagged (未填报)
    if (fill === "blank") expect(rows.every((r) => r["flag"] === FLAG_MARK)).toBe(true);
  });
});

describe("a 审核 sheet written before 需审核 (flagged rows only) keeps its decisions", () => {
  test("a decided row whose flag is gone is 已消除 with its decision; a still-flagged one 有效; the person's column kept", async () => {
    const file = await returnFile(["zhoushan-2021-2025"], 2023, "sample", -0.4);
    expect((await cli("review", file)).code).toBe(0);
    const report = JSON.parse((await cli("check", file, "--json")).out) as CheckReport;
    const flagged = report.items.filter(isFlagged);
    const calm = report.items.find((i) => !isFlagged(i))!;
    expect(flagged.length).toBeGreaterThan(0);
    const key = (i: { template: string; id: string }): string => `${i.template}|${i.id}|2023`;
    // make it the earlier layout: drop 需审核 and the unflagged rows, as the earlier code wrote it
    // (its rows were the flagged ones, and a row for `calm` stands for one flagged back then)
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets.find((w) => w.getCell(2, 1).value === REVIEW_MARK)!;
    const col = (k: string): number => { let at = 0; ws.getRow(2).eachCell((c, i) => { if (c.value === k) at = i; }); return at; };
    ws.spliceColumns(col("flag"), 1);
    const keep = new Set([...flagged.map(key), key(calm)]);
    for (let r = ws.rowCount; r >= 4; r--) if (!keep.has(String(ws.getCell(r, col("key")).value))) ws.spliceRows(r, 1);
    for (let r = 4; r <= ws.rowCount; r++) {
      const k = String(ws.getCell(r, col("key")).value);
      if (k === key(calm)) { ws.getCell(r, col("decision")).value = "退回修改"; ws.getCell(r, col("comment")).value = "请补充说明"; ws.getCell(r, 30).value = "已电话"; }
      if (k === key(flagged[0]!)) ws.getCell(r, col("decision")).value = "通过";
    }
    ws.getCell(3, 30).value = "我的列";
    await wb.xlsx.writeFile(file);
    expect(col("flag")).toBe(0);

    expect((await cli("review", file)).code).toBe(0);
    const rows = await reviewRows(file);
    expect(rows.map((r) => r["key"])).toEqual(report.items.map(key));
    expect(rows.find((r) => r["key"] === key(calm))).toMatchObject({ decision: "退回修改", comment: "请补充说明", review: REVIEW_STATES.gone, flag: "", "extra:我的列": "已电话" });
    expect(rows.find((r) => r["key"] === key(flagged[0]!))).toMatchObject({ decision: "通过", review: REVIEW_STATES.valid, flag: FLAG_MARK });
    // and again: 已消除 stays so (its decision too) while the row is not flagged
    expect((await cli("review", file)).code).toBe(0);
    expect((await reviewRows(file)).find((r) => r["key"] === key(calm))).toMatchObject({ decision: "退回修改", review: REVIEW_STATES.gone });
  });
});
