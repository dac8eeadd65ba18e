import { STATUS_CODES, STATUS_LABELS, type Status } from "../domain/Status";
import { a1, quoteSheet } from "./a1";
import { COLOURED, STATUS_FILL } from "./palette";
import { SheetBuilder } from "./SheetBuilder";
import type { PlannedSheet, WorkbookPlan } from "./SheetPlan";
import { goodShare, type Counts, type SummaryFigures } from "./summarize";
import type { CheckItem } from "./CheckReport";

export const SUMMARY_SHEET = "汇总";
export const FLAGS_SHEET = "问题清单";

/** Where a row's cell is, as a link; the CLI points into the county files, the add-in into the open workbook. */
export type LinkTo = (file: string, sheet: string, cell: string) => string;

const pct = "0.0%";
const money = "#,##0.00";

/** The managers' summary workbook: 汇总 (figures, lists, a native chart) and 问题清单 (every flag). */
export function summaryWorkbookPlan(f: SummaryFigures, link: LinkTo): WorkbookPlan {
  return { sheets: [summarySheet(f, link), flagsSheet(f, link)], names: [] };
}

function statusCell(b: SheetBuilder, r: number, c: number, s: Status): void {
  b.value(r, c, STATUS_LABELS[s], "status", COLOURED.includes(s) ? { fill: STATUS_FILL[s].fill } : {});
}

function summarySheet(f: SummaryFigures, link: LinkTo): PlannedSheet {
  const b = new SheetBuilder(SUMMARY_SHEET, "template");
  const widths = [30, 16, 12, 10, 10, 10, 10, 10, 10, 10, 10, 12, 12, 14];
  widths.forEach((w, i) => b.addColumn(`c${i + 1}`, w));
  const multi = f.units.length > 1;
  b.value(1, 1, `${f.year}年度规划指标填报汇总`, "title");
  b.sheet.rowHeights[1] = 30;
  b.value(2, 1, `汇总范围：${f.units.map((u) => u.unit).join("、")}（${f.units.length} 份）；模板：${f.templates.map((t) => t.title).join("；")}`, "subtitle");

  // 一、按模板与领域
  let r = 4;
  b.value(r++, 1, "一、按模板与领域统计", "section");
  const headRow = r;
  const unitCols = multi ? f.units.map((u) => `${u.unit} 达标或符合进度占比`) : [];
  const heads = ["模板", "领域", ...unitCols, ...STATUS_CODES.map((s) => STATUS_LABELS[s]), "合计达标或符合进度占比"];
  heads.forEach((h, i) => b.value(headRow, i + 1, h, "header"));
  b.sheet.rowHeights[headRow] = 40;
  for (let i = widths.length; i < heads.length; i++) b.addColumn(`c${i + 1}`, 10);
  r++;
  const firstData = r;
  const title = (id: string): string => f.templates.find((t) => t.id === id)?.title ?? id;
  const statusCol = (s: Status): number => 3 + unitCols.length + STATUS_CODES.indexOf(s);
  for (const d of f.byDomain) {
    b.value(r, 1, title(d.template), "text");
    b.value(r, 2, d.domain || "（未分类）", "text");
    d.perUnit.forEach((c, i) => { if (multi) b.value(r, 3 + i, goodShare(c), "number", { numFmt: pct }); });
    for (const s of STATUS_CODES) b.value(r, statusCol(s), d.counts[s], "number");
    b.value(r, statusCol("not_applicable") + 1, d.share, "number", { numFmt: pct });
    r++;
  }
  const lastData = r - 1;
  b.value(r, 1, "合计", "header");
  b.value(r, 2, "", "header");
  f.units.forEach((u, i) => { if (multi) b.value(r, 3 + i, goodShare(u.counts), "number", { numFmt: pct }); });
  for (const s of STATUS_CODES) b.value(r, statusCol(s), f.totals[s], "number");
  b.value(r, statusCol("not_applicable") + 1, goodShare(f.totals), "number", { numFmt: pct });
  r += 2;

  const chartRows = Math.max(12, lastData - firstData + 8);
  b.sheet.charts = [{
    title: "各领域状态分布", kind: "barStacked",
    categories: `B${firstData}:B${lastData}`,
    series: COLOURED.map((s) => ({ name: STATUS_LABELS[s], values: `${colLetter(statusCol(s))}${firstData}:${colLetter(statusCol(s))}${lastData}`, colour: STATUS_FILL[s].fill })),
    from: { col: 0, row: r - 1 }, to: { col: 10, row: r - 1 + chartRows },
  }];
  r += chartRows + 1;

  // 二、滞后与严重滞后指标
  b.value(r++, 1, "二、滞后与严重滞后指标（约束性指标优先）", "section");
  const lagHeads = ["单位", "指标", "属性", "当年值", "序时应达", "进度", "序时进度", "状态", "说明", "位置"];
  lagHeads.forEach((h, i) => b.value(r, i + 1, h, "header"));
  r++;
  if (f.lagging.length === 0) b.value(r++, 1, "（无）", "text");
  for (const { unit, file, item } of f.lagging) {
    b.value(r, 1, unit, "text");
    b.value(r, 2, item.name, "textWrap");
    b.value(r, 3, item.attribute ?? "", "text");
    b.value(r, 4, numberOrText(item.value), "number");
    b.value(r, 5, item.expectedValue === undefined || item.expectedValue === null ? "" : round(item.expectedValue), "number");
    // §3a: a negative progress reads 倒退
    b.value(r, 6, item.progress, "number", { numFmt: `${pct};"倒退";${pct}` });
    b.value(r, 7, item.expected, "number", { numFmt: pct });
    statusCell(b, r, 8, item.status);
    b.value(r, 9, item.note ?? "", "textWrap");
    linkCell(b, r, 10, file, item, link, f.year);
    r++;
  }
  r++;

  // 三、项目
  b.value(r++, 1, "三、项目", "section");
  const p = f.projects;
  b.value(r, 1, `项目 ${p.count} 个；计划投资 ${round(p.planned)} 亿元；累计完成 ${round(p.completed)} 亿元；完成率 ${p.planned > 0 ? Math.round((p.completed / p.planned) * 1000) / 10 : 0}%`, "text");
  r += 2;
  for (const [label, rows] of [["按类别", p.byCategory], ["按责任单位", p.byOwner]] as const) {
    [label, "项目数", "计划投资(亿元)", "累计完成(亿元)", "完成率"].forEach((h, i) => b.value(r, i + 1, h, "header"));
    r++;
    if (rows.length === 0) b.value(r++, 1, "（无）", "text");
    for (const g of rows) {
      b.value(r, 1, g.key, "text");
      b.value(r, 2, g.count, "number");
      b.value(r, 3, round(g.planned), "number", { numFmt: money });
      b.value(r, 4, round(g.completed), "number", { numFmt: money });
      b.value(r, 5, g.planned > 0 ? g.completed / g.planned : null, "number", { numFmt: pct });
      r++;
    }
    r++;
  }
  ["滞后与逾期项目", "单位", "状态", "累计完成(亿元)", "总投资", "位置"].forEach((h, i) => b.value(r, i + 1, h, "header"));
  r++;
  if (p.lagging.length === 0) b.value(r++, 1, "（无）", "text");
  for (const { unit, file, item } of p.lagging) {
    b.value(r, 1, item.name, "textWrap");
    b.value(r, 2, unit, "text");
    statusCell(b, r, 3, item.status);
    b.value(r, 4, numberOrText(item.value), "number");
    b.value(r, 5, item.target, "text");
    linkCell(b, r, 6, file, item, link, f.year);
    r++;
  }
  r++;

  // 四、改革
  b.value(r++, 1, "四、改革进展", "section");
  ["进展状态", "项数"].forEach((h, i) => b.value(r, i + 1, h, "header"));
  r++;
  if (f.reforms.length === 0) b.value(r++, 1, "（无）", "text");
  for (const x of f.reforms) {
    b.value(r, 1, x.state, "text");
    b.value(r, 2, x.count, "number");
    r++;
  }
  b.sheet.freeze = { rows: 0, columns: 0 };
  b.sheet.print = { landscape: true, fitToWidth: true, footer: "第 &P 页，共 &N 页" };
  return b.sheet;
}

function flagsSheet(f: SummaryFigures, link: LinkTo): PlannedSheet {
  const b = new SheetBuilder(FLAGS_SHEET, "template");
  const heads: Array<[string, number]> = [["单位", 14], ["工作表", 16], ["位置", 12], ["指标/项目", 34], ["当年值", 10], ["状态", 12], ["问题", 60]];
  heads.forEach(([h, w], i) => { b.addColumn(`c${i}`, w); b.value(1, i + 1, h, "header"); });
  let r = 2;
  for (const x of f.flags) {
    b.value(r, 1, x.unit, "text");
    b.value(r, 2, x.item.sheet, "text");
    linkCell(b, r, 3, x.file, x.item, link, f.year);
    b.value(r, 4, x.item.name, "textWrap");
    b.value(r, 5, numberOrText(x.item.value), "number");
    statusCell(b, r, 6, x.item.status);
    b.value(r, 7, x.message.replace(/^[^：]*：/, "") || STATUS_LABELS[x.item.status], "textWrap");
    r++;
  }
  b.sheet.freeze = { rows: 1, columns: 0 };
  b.sheet.print = { landscape: true, fitToWidth: true, titleRows: "1:1", footer: "第 &P 页，共 &N 页" };
  return b.sheet;
}

/** The row's cell for the reporting year (an indicator), or its first input (a project or reform). */
function linkCell(b: SheetBuilder, r: number, c: number, file: string, item: CheckItem, link: LinkTo, year: number): void {
  const cell = item.cells[String(year)] ?? item.cells["completed"] ?? item.cells["state"] ?? item.statusCell;
  b.value(r, c, `${item.sheet}!${cell}`, "text", { hyperlink: link(file, item.sheet, cell) });
}

function numberOrText(v: string | undefined): string | number {
  if (v === undefined) return "";
  const n = Number(v);
  return v.trim() !== "" && Number.isFinite(n) ? n : v;
}

function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}

function colLetter(c: number): string {
  return a1(1, c).replace(/\d+$/, "");
}

/** A link inside one workbook. */
export function internalLink(sheet: string, cell: string): string {
  return `#${quoteSheet(sheet)}!${cell}`;
}

export type { Counts };
