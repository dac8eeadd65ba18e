import { titleWithRegion } from "../templates/titleWithRegion";
import { STATUS_LABELS, type Status } from "../domain/Status";
import type { Template } from "../templates/TemplateSchema";
import { a1 } from "./a1";
import { APP_MARK, KEY_ROW } from "./keys";
import { STATUS_FILL } from "./palette";
import { SheetBuilder } from "./SheetBuilder";
import type { PlannedSheet } from "./SheetPlan";
import { statusColourRules } from "./statusColourRules";
import { textLines } from "./textLines";
import { bandLegend } from "./bandLegend";
import { linesHeight } from "./linesHeight";
import { planNoteRows } from "./planNoteRows";
import { wrappedLines } from "./wrappedLines";
import { COVER_WORDS } from "../domain/COVER_WORDS";
import { sourceText } from "../templates/sourceText";
import { LIST_VERDICT_WORDS } from "./LIST_VERDICT_WORDS";

/** The cover's sheet name, as messages name it (COVER_WORDS). */
export const COVER_NAME: string = COVER_WORDS.name;
export const COVER_MARK = `${APP_MARK}:cover`;
/** Where the reporting year and the reporting unit sit on the cover (readers: checkGrid, refreshPlan, the 报告年份 / 填报单位 names). */
export const YEAR_CELL = { row: 5, col: 3 };
export const UNIT_CELL = { row: 4, col: 3 };
/**
 * 报送截止日期: the date the return is due (BuildOptions.deadline) as text (2025年1月31日), shown,
 * not typed. A cover written before issue 16 has 来源 in this row (covers are never refreshed):
 * a reader checks the label in column A first.
 */
export const DEADLINE_CELL = { row: 6, col: 3 };

/**
 * The signatory block a paper return carries (issue 16): input cells at the foot of the cover,
 * in this order, each in column C of its row. Label, row, and the row height in points.
 */
export const SIGNATORIES = [
  { key: "preparer", label: "填报人", row: 28, height: 22 },
  { key: "phone", label: "联系电话", row: 29, height: 22 },
  { key: "date", label: "填报日期", row: 30, height: 22 },
  { key: "head", label: "单位负责人（签字）", row: 31, height: 40 },
  { key: "reviewer", label: "审核人", row: 32, height: 22 },
] as const;

/**
 * 规划表注: the heading of the plan's own notes (the templates' `planNotes`) on the cover, in column A of
 * this row, below the signatory block (whose rows code reads stay where they are); each note on a row of
 * its own under it, merged across A:D.
 */
export const PLAN_NOTES_ROW = Math.max(...SIGNATORIES.map((s) => s.row)) + 2;
export const PLAN_NOTES_HEADING = "规划表注";
/** What the notes are, beside the heading: the staff filling a return read a figure's meaning there. */
const PLAN_NOTES_SAID = "规划指标表下的注释（照规划原文）：指标数值的含义（如年均值、五年累计数、统计口径）以此为准。";

const LEGEND: Array<[Status, string]> = [
  ["met", "目标条件已满足"],
  ["on_track", "未达标，但自基期以来的进度不低于时间进度（序时进度）"],
  // a row whose baseline already meets its target has no trajectory (§3): not met is 滞后 even when worse than the
  // baseline, which the legend's 倒退 (severe) must not seem to cover (trial47c F1); reforms past a 完成时限 too (dev47i)
  ["lagging", "进度低于序时进度，但不低于其一半；或无法计算进度（如基期值已满足目标）而未达标"],
  ["severe", "进度低于序时进度的一半，或倒退；项目或改革逾期未完成"],
  ["invalid", "填写的不是可用数值（文字、错误值、超出单位范围等）"],
  ["missing", "本年度应填未填"],
  ["manual", "目标为文字描述，由审核人员在“人工评估”列给出结论"],
  ["not_applicable", "本年度无目标（“/”）"],
];

/**
 * The legend's words for 待人工评估 and 不适用 as the workbook's lists make them true: a reform sheet
 * has no 人工评估 column (its verdict is the row's 审核结论 on the 审核 sheet, LIST_VERDICT_WORDS; trial44a F7: it said
 * 审核意见, a column nothing reads), and §4 makes a project 不适用 only before its
 * start year or when 已撤并 / 已转型, never for its state 未开工 (a trial's legend said 尚未开工).
 */
function listLegend(s: Status, templates: readonly Template[]): string | null {
  const kinds = new Set(templates.map((t) => t.kind));
  const parts: string[] = [];
  if (s === "manual") {
    if (kinds.has("indicators")) parts.push("指标目标为文字描述的，由审核人员在“人工评估”列给出结论");
    if (kinds.has("projects")) parts.push(`项目总投资为“/”的，${LIST_VERDICT_WORDS.zh}`);
    if (kinds.has("reforms")) parts.push(`改革事项“推进中”“未启动”的，${LIST_VERDICT_WORDS.zh}`);
  } else if (s === "not_applicable") {
    if (kinds.has("indicators")) parts.push("本年度无目标（“/”）");
    if (kinds.has("projects")) parts.push("项目报告年份早于开工年份，或已撤并、已转型");
  } else return null;
  // only indicators: the legend as it always read
  return parts.length === 0 || (kinds.size === 1 && kinds.has("indicators")) ? null : parts.join("；");
}
const LEGEND_ROW = 10;
const DATE_FORMAT = 'yyyy"年"m"月"d"日"';
const VALUE_WIDTH = 56;

/** An ISO date (YYYY-MM-DD) as a Chinese date (2025年1月31日), or null when it is not one. */
function isoDateText(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const back = new Date(Date.UTC(y, mo - 1, d));
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return `${y}年${mo}月${d}日`;
}

/**
 * The plan's own notes (the templates' `planNotes`, as imported) under 规划表注 from PLAN_NOTES_ROW on: each
 * note on a row of its own, merged across A:D, wrapped, the row as high as its lines; a long note over as
 * many rows as it needs (planNoteRows: no row past Excel's 409 pt). In a workbook of more than one plan,
 * each plan's notes under its title. Nothing when no template has notes (the cover as before).
 */
function planNotesSection(b: SheetBuilder, templates: readonly Template[]): void {
  const noted = templates.filter((t) => (t.planNotes ?? []).length > 0);
  if (noted.length === 0) return;
  const width = b.sheet.columns.reduce((n, c) => n + c.width, 0);
  b.value(PLAN_NOTES_ROW, 1, PLAN_NOTES_HEADING, "header");
  b.value(PLAN_NOTES_ROW, 3, PLAN_NOTES_SAID, "subtitleWrap");
  b.sheet.merges.push(`C${PLAN_NOTES_ROW}:D${PLAN_NOTES_ROW}`);
  let r = PLAN_NOTES_ROW + 1;
  const row = (text: string, style: "section" | "textWrap"): void => {
    b.value(r, 1, text, style);
    b.sheet.merges.push(`A${r}:D${r}`);
    const lines = wrappedLines(text, width);
    if (lines > 1) b.sheet.rowHeights[r] = linesHeight(lines);
    r++;
  };
  for (const t of noted) {
    // in a workbook of several plans, whose notes they are
    if (templates.length > 1) row(titleWithRegion(t), "section");
    for (const note of t.planNotes ?? []) for (const piece of planNoteRows(note, width)) row(piece, "textWrap");
  }
}

/**
 * The cover: what this return is, the reporting year the formulas use, the unit, the deadline,
 * the legend (each status as the sheets show it: its conditional format, colours and mark), how
 * to fill in, the signatory block, and the plan's own notes (规划表注, planNotesSection). `deadline` is an ISO date (BuildOptions.deadline); a text
 * that is not one is shown as written. Prints on one A4 page, portrait.
 */
export function coverSheet(templates: Template[], reportYear: number, reportingUnit: string, deadline?: string): PlannedSheet {
  const b = new SheetBuilder(COVER_NAME, "cover");
  b.addColumn("label", 20); b.addColumn("gap", 2); b.addColumn("value", VALUE_WIDTH); b.addColumn("more", 24);
  b.value(1, 1, "规划指标填报 · 填报说明", "title");
  b.sheet.merges.push("A1:D1");
  b.sheet.rowHeights[1] = 32;
  b.value(KEY_ROW, 1, COVER_MARK, "hidden");
  b.sheet.hiddenRows.push(KEY_ROW);
  b.value(3, 1, "规划名称", "header");
  const titles = templates.map(titleWithRegion).join("；");
  b.value(3, 3, titles, "textWrap");
  b.value(UNIT_CELL.row, 1, "填报单位", "header");
  b.value(UNIT_CELL.row, UNIT_CELL.col, reportingUnit, "inputText");
  b.value(YEAR_CELL.row, 1, "报告年份", "header");
  b.value(YEAR_CELL.row, YEAR_CELL.col, reportYear, "yearInput", { numFmt: "0" });
  b.value(DEADLINE_CELL.row, 1, "报送截止日期", "header");
  // text, as a person reads it; a deadline that is not an ISO date is shown as written
  b.value(DEADLINE_CELL.row, DEADLINE_CELL.col, deadline === undefined ? "" : isoDateText(deadline) ?? deadline, "textWrap");
  b.value(7, 1, "来源", "header");
  const sources = [...new Set(templates.map(sourceText))].join("；");
  b.value(7, 3, sources, "textWrap");
  // several plans make long lines: rows tall enough for them (LibreOffice and WPS do not grow rows)
  for (const [r, text] of [[3, titles], [7, sources]] as const) {
    const lines = textLines(text, VALUE_WIDTH);
    if (lines > 1) b.sheet.rowHeights[r] = 14 * lines + 2;
  }

  b.value(LEGEND_ROW - 1, 1, "状态图例", "header");
  LEGEND.forEach(([s, text], i) => {
    const r = LEGEND_ROW + i;
    // the fill stays without the rule too; black text on every status fill is ≥ 4.5:1 (palette)
    b.value(r, 1, STATUS_LABELS[s], "legendLabel", s === "manual" || s === "not_applicable" ? {} : { fill: STATUS_FILL[s].fill });
    const said = bandLegend(s, templates) ?? listLegend(s, templates) ?? text;
    b.value(r, 3, said, "textWrap");
    const lines = textLines(said, VALUE_WIDTH);
    if (lines > 1) b.sheet.rowHeights[r] = 14 * lines + 2;
  });
  // the legend's labels take the sheets' own rules: the same colours, weight, slant and border
  const first = `A${LEGEND_ROW}`;
  b.sheet.conditionalFormats.push(...statusColourRules({
    range: `${first}:A${LEGEND_ROW + LEGEND.length - 1}`, topLeft: first, statusRef: `$${first}`, applies: () => "TRUE",
  }));

  const how = [
    "1. 在各指标工作表中，只在白底的年度列填写当年实际值（数值，不带单位、不加“%”、不写“>96”）。",
    "2. 累计目标（〔 〕内数字）每年填写当年完成数，系统自动累计。",
    "3. “当年状态”由公式按报告年份自动判断，请勿改写；修改上方报告年份即可重新判断。",
    "4. 状态为“滞后”或“严重滞后”的，请在“说明”列写明原因（未写的“说明”格以浅红底黑框标出）。",
    "5. 本工作簿不依赖插件：在 Excel、WPS、LibreOffice 中均可填写和查看。",
  ];
  const howRow = LEGEND_ROW + LEGEND.length + 1;
  b.value(howRow, 1, "填写方法", "header");
  how.forEach((line, i) => {
    b.value(howRow + 1 + i, 1, line, "note");
    b.sheet.merges.push(`A${howRow + 1 + i}:D${howRow + 1 + i}`);
  });

  const signRow = SIGNATORIES[0].row - 1;
  b.value(signRow, 1, "填报与审核", "header");
  for (const s of SIGNATORIES) {
    b.value(s.row, 1, s.label, "header");
    b.value(s.row, 3, null, "inputText", s.key === "date" ? { numFmt: DATE_FORMAT } : {});
    b.sheet.rowHeights[s.row] = s.height;
  }

  planNotesSection(b, templates);

  // the plan period (issue 14): a year outside it would leave no column to type into
  const from = Math.min(...templates.map((t) => t.baselineYear), reportYear);
  const to = Math.max(...templates.map((t) => t.targetYear), reportYear);
  b.sheet.validations.push({
    range: a1(YEAR_CELL.row, YEAR_CELL.col), type: "decimal", min: from, max: to, errorStyle: "stop",
    promptTitle: "报告年份", prompt: `填写本次填报所属的年度（规划期 ${from}–${to} 年）。各表的状态公式按此年份判断。`,
    errorTitle: "报告年份", error: `报告年份应为规划期 ${from}–${to} 年之间的年份。`,
  });
  b.sheet.print = { landscape: false, fitToWidth: true };
  return b.sheet;
}
