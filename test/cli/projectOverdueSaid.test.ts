/**
 * trial47a F5: 县体育中心 (建设年限 2021–2023) still 在建 in 2024 was told by check 「已超过计划完工年份 2023 年仍未完成（逾期）」, yet
 * the report said 「滞后于预期，…落后时间进度 2.2 个百分点」 (its time share held at 100%: nearly on time) and the summary's
 * 滞后与逾期项目 table 严重滞后 alone. 逾期 (overdueEnd, check's project_overdue) now reaches them all as check says it: check's
 * table and the 审核 sheet mark the status 严重滞后（逾期）, the summary's table too, the report's line says check's words with no
 * gap to a time share, and both --json give the end year. trial47a F6: the 审核 sheet showed a project's 建设年限 under 基期, and
 * its 序时应达 blank: now 建设年限 2022-2023 and s × 总投资.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { reviewRows, run } from "../support/trialReturn";

const base = findTemplate("shengsi-2024-projects") as Template & { kind: "projects" };
const LATE = "ss24-proj-12", BEHIND = "ss24-proj-01";
// one project planned to end in 2023 (a 2024 list keeps it, as the county's plan kept 县体育中心)
const tpl: Template = { ...base, id: "overdue-projects", projects: base.projects.map((p) => (p.id === LATE ? { ...p, period: "2022-2023" } : p)) };
const at = (id: string, key: string, value: ExcelJS.CellValue): InputEntry => ({ template: tpl.id, id, key, value });
const nameOf = (id: string): string => base.projects.find((p) => p.id === id)?.name ?? id;

const dir = mkdtempSync(join(tmpdir(), "project-overdue-"));
const file = join(dir, "2024-甲镇.xlsx");
const summarySheet: string[][] = [];
let check = "", checkEn = "", summaryDoc: { projects: { lagging: Array<{ id: string; overdue?: number }> } } = { projects: { lagging: [] } };
let reportDoc: { projects: Array<{ id: string; overdue?: number }> } = { projects: [] }, reportText = "";
let review = new Map<string, Record<string, string>>();
let cellOf: Record<string, string> = {};

beforeAll(async () => {
  const wb = planToWorkbook(buildWorkbookPlan([tpl], { year: 2024, reportingUnit: "甲镇" }));
  const entries = [
    ...base.projects.filter((p) => p.id !== LATE && p.id !== BEHIND).map((p) => at(p.id, "state", "已完工")),
    at(LATE, "state", "在建"), at(LATE, "completed", 2.9), at(LATE, "note", "室外配套工程2025年一季度完工"),
    at(BEHIND, "state", "在建"), at(BEHIND, "completed", 1), at(BEHIND, "note", "征迁滞后"),
  ];
  if (fillInputs(wb, entries).length) throw new Error("an entry has no cell");
  await wb.xlsx.writeFile(file);
  const items = (JSON.parse((await cli("check", file, "--json")).out) as { items: Array<{ id: string; cells: Record<string, string> }> }).items;
  cellOf = Object.fromEntries(items.map((i) => [i.id, i.cells["completed"] ?? ""]));
  check = (await cli("check", file)).out;
  checkEn = (await cli("check", file, "--lang", "en")).out;
  const out = join(dir, "汇总.xlsx");
  await run("summary", file, "--out", out);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  book.eachSheet((s) => s.eachRow((row) => { summarySheet.push((row.values as ExcelJS.CellValue[]).map((v) => (typeof v === "string" || typeof v === "number" ? String(v) : ""))); }));
  summaryDoc = JSON.parse((await cli("summary", file, "--json")).out) as typeof summaryDoc;
  reportDoc = JSON.parse((await cli("report", file, "--json")).out) as typeof reportDoc;
  const docx = join(dir, "评估报告.docx");
  await run("report", file, "--out", docx);
  const xml = await (await JSZip.loadAsync(readFileSync(docx))).file("word/document.xml")?.async("string") ?? "";
  reportText = xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
  await run("review", file);
  review = await reviewRows(file);
}, 90000);

const lineOf = (text: string, id: string): string => text.split("\n").find((l) => new RegExp(`(^|\\s)${cellOf[id]}\\s`).test(l)) ?? "";
const summaryStatus = (id: string): string => summarySheet.find((r) => r[1] === nameOf(id) && r[2] === "甲镇")?.[3] ?? "";
const reportLine = (id: string): string => reportText.split("\n").find((l) => l.startsWith(nameOf(id))) ?? "";
const reviewRow = (id: string): Record<string, string> => review.get(`${tpl.id}|${id}|2024`) ?? {};

describe("a project past its end year is said 逾期 wherever check says it (trial47a F5)", () => {
  test.each<[string, (id: string) => string, string, string]>([
    ["check's table", (id) => lineOf(check, id), "严重滞后（逾期）", "滞后"],
    ["check's table, English", (id) => lineOf(checkEn, id), "Severely lagging (overdue)", "Lagging"],
    ["the summary's 滞后与逾期项目 table", summaryStatus, "严重滞后（逾期）", "滞后"],
    ["the 审核 sheet's 状态", (id) => reviewRow(id)["status"] ?? "", "严重滞后（逾期）", "滞后"],
    ["the report's line", reportLine, "滞后于预期（逾期）：已超过计划完工年份 2023 年仍未完成，投资完成率 93.5%；说明：室外配套工程2025年一季度完工。", "滞后于预期，投资完成率 74.1%，时间进度 100.0%，落后时间进度 25.9 个百分点；说明：征迁滞后。"],
  ])("%s", (_where, said, late, behind) => {
    expect(said(LATE)).toContain(late);
    expect(said(BEHIND)).toContain(behind);
    expect(said(BEHIND)).not.toMatch(/逾期|overdue/);
  });

  test("the report's count of projects behind says how many are overdue", () => {
    expect(reportText).toContain("滞后于预期 2 个（其中逾期 1 个）");
  });

  test.each<[string, () => Array<{ id: string; overdue?: number }>]>([
    ["summary --json projects.lagging", () => summaryDoc.projects.lagging],
    ["report --json projects", () => reportDoc.projects],
  ])("%s gives the end year of the overdue one alone", (_where, rows) => {
    expect(rows().filter((x) => x.id === LATE || x.id === BEHIND).map((x) => [x.id, x.overdue])).toEqual([[BEHIND, undefined], [LATE, 2023]].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
  });
});

describe("the 审核 sheet's project rows: 建设年限 said so, 序时应达 s × 总投资 (trial47a F6)", () => {
  test.each<[string, string, string, string, RegExp]>([
    ["past its end year: the whole 总投资 due", LATE, "建设年限 2022-2023", "3.1", /已超过计划完工年份 2023 年仍未完成（逾期）/],
    ["in its last year", BEHIND, "建设年限 2023-2024", "1.35", /^(?![\s\S]*滞后指标)/],
  ])("%s (%s)", (_why, id, baseline, due, issue) => {
    const row = reviewRow(id);
    expect([row["baseline"], row["due"]]).toEqual([baseline, due]);
    expect(row["issue"]).toMatch(issue);
  });

  test("a lagging project without a 说明 is asked for one as a project (滞后项目须填写说明), in check and on the 审核 sheet", async () => {
    const f = join(dir, "2024-乙镇.xlsx");
    const wb = planToWorkbook(buildWorkbookPlan([tpl], { year: 2024, reportingUnit: "乙镇" }));
    if (fillInputs(wb, [at(BEHIND, "state", "在建"), at(BEHIND, "completed", 1)]).length) throw new Error("not placed");
    await wb.xlsx.writeFile(f);
    const zh = lineOf((await cli("check", f)).out, BEHIND), en = lineOf((await cli("check", f, "--lang", "en")).out, BEHIND);
    await run("review", f);
    const sheet = (await reviewRows(f)).get(`${tpl.id}|${BEHIND}|2024`)?.["issue"] ?? "";
    for (const [said, word, not] of [[zh, "滞后项目须填写说明", "滞后指标"], [en, "a lagging project needs an explanation", "lagging indicator"], [sheet, "滞后项目须填写说明", "滞后指标"]] as const) {
      expect(said).toContain(word);
      expect(said).not.toContain(not);
    }
  }, 60000);
});
