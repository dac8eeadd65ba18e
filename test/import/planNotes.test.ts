import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { importPlanTable } from "../../src/import";
import { rangeText } from "../../src/ui/taskpane/rangeSource";
import { applyEdits } from "../../src/ui/taskpane/importPreview";
import { applyListEdits } from "../../src/ui/taskpane/listPreview";
import type { Template } from "../../src/templates/TemplateSchema";

/**
 * A plan's own notes below its table (表注) reach the template as `planNotes`, one a line as the plan
 * writes them, from every source the importer reads (a .txt, .csv, .xlsx, .html or .docx file through
 * `plan-returns import`; the pane's paste and its selected range, through 载入's applyEdits), and only
 * there: the template's `notes` keep the importer's own (导入时…) and none of the plan's. Before this
 * field the plan's notes were mixed into `notes` and no return showed them.
 */
const dir = mkdtempSync(join(tmpdir(), "plan-notes-"));

const TITLE = "某县“十四五”生态环境保护主要指标";
const HEADER = ["序号", "指标", "单位", "2020年", "2025年", "属性"];
const ROWS = [
  ["1", "细颗粒物（PM2.5）浓度", "微克/立方米", "33", "≤30", "约束性"],
  ["2", "地表水达到或好于Ⅲ类水体比例", "%", "83.4", "≥85", "约束性"],
  ["3", "森林覆盖率", "%", "23.2", "24.1", "预期性"],
];
/** the plan's notes: a 注 line with ① and ②, a footnote line of its own, as a plan prints them */
const NOTES = ["注：①PM2.5浓度为年均值；②减排量为五年累计值；〔〕内为五年累计数。", "③空气质量优良天数比率按国控站点计算。"];
const GRID = [[TITLE], HEADER, ...ROWS, ...NOTES.map((n) => [n])];
const tabText = GRID.map((r) => r.join("\t")).join("\n");

const csvCell = (c: string): string => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

async function makeXlsx(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("指标表");
  for (const r of GRID) ws.addRow(r.map((c) => (/^\d+(\.\d+)?$/.test(c) ? Number(c) : c)));
  await wb.xlsx.writeFile(file);
}

function makeHtml(file: string): void {
  const tr = (cells: string[], tag: string): string => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join("")}</tr>`;
  writeFileSync(file, `<html><body><p>${TITLE}</p><table>${tr(HEADER, "th")}${ROWS.map((r) => tr(r, "td")).join("")}</table>${NOTES.map((n) => `<p>${n}</p>`).join("")}</body></html>`);
}

async function makeDocx(file: string): Promise<void> {
  const row = (cells: string[]): TableRow => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
  const doc = new Document({ sections: [{ children: [new Paragraph(TITLE), new Table({ rows: [row(HEADER), ...ROWS.map(row)] }), ...NOTES.map((n) => new Paragraph(n))] }] });
  writeFileSync(file, await Packer.toBuffer(doc));
}

/** The template `plan-returns import` writes from `file`, made by `make`. */
async function imported(file: string, make: (f: string) => void | Promise<void>): Promise<Template> {
  const path = join(dir, file);
  await make(path);
  const out = join(dir, `${file}.json`);
  const r = await cli("import", path, "--out", out, "--force");
  if (r.code !== 0 && r.code !== 4) throw new Error(r.err || r.out);
  return JSON.parse(readFileSync(out, "utf8")) as Template;
}

/** What the pane's 载入 loads from `text` read with `source` (importPlanTable, then applyEdits with no edit). */
function paneLoaded(r: ReturnType<typeof importPlanTable>): Template {
  if (!r.ok) throw new Error(r.message);
  const t = r.template;
  const loaded = t.kind === "indicators" ? applyEdits(t, {}) : applyListEdits(t, {});
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.template;
}

const LIST = [
  "2024年某县公共服务项目清单",
  "序号\t项目名称\t建设内容和规模\t建设地点\t总投资（亿元）\t建设起止年限\t责任单位",
  "1\t县人民医院迁建\t新建住院楼\t城关镇\t3.2\t2023-2025\t县卫健局",
  "2\t城南幼儿园\t新建12班幼儿园\t城南街道\t0.5\t2024\t县教育局",
  "注：总投资为估算数，以批复为准。",
].join("\n");

describe("a plan's notes below its table are the template's planNotes, from every source", () => {
  test.each<[string, () => Promise<Template>, string[]]>([
    [".txt (tab text)", () => imported("plan.txt", (f) => writeFileSync(f, tabText)), NOTES],
    [".csv", () => imported("plan.csv", (f) => writeFileSync(f, GRID.map((r) => r.map(csvCell).join(",")).join("\n"))), NOTES],
    [".xlsx", () => imported("plan.xlsx", makeXlsx), NOTES],
    [".html", () => imported("plan.html", makeHtml), NOTES],
    [".docx", () => imported("plan.docx", makeDocx), NOTES],
    ["the pane's paste", async () => paneLoaded(importPlanTable(tabText)), NOTES],
    ["the pane's selected range", async () => paneLoaded(importPlanTable(...((x) => [x.text, { source: x.source }] as const)(rangeText("Sheet1!A1:F7", GRID.map((r) => HEADER.map((_, i) => r[i] ?? "")))))), NOTES],
    ["a project list (.txt)", () => imported("list.txt", (f) => writeFileSync(f, LIST)), ["注：总投资为估算数，以批复为准。"]],
    ["a project list in the pane", async () => paneLoaded(importPlanTable(LIST)), ["注：总投资为估算数，以批复为准。"]],
  ])("%s", async (_source, read, planNotes) => {
    const t = await read();
    expect(t.planNotes).toEqual(planNotes);
    // the importer's own notes stay in `notes`, and none of the plan's is there
    expect(t.notes.length).toBeGreaterThan(0);
    for (const n of t.notes) expect(n).toMatch(/^(导入时|原表|表格中)/);
    for (const n of planNotes) expect(t.notes).not.toContain(n);
  });

  test.each<[string, string]>([
    ["an indicator table", GRID.slice(0, 5).map((r) => r.join("\t")).join("\n")],
    ["a project list", LIST.split("\n").slice(0, 4).join("\n")],
  ])("%s without notes: no planNotes (the template as before)", (_what, text) => {
    const t = paneLoaded(importPlanTable(text));
    expect("planNotes" in t).toBe(false);
  });
});
