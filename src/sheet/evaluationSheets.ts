import { namedApart } from "./namedApart";
import { progressBeside } from "./progressBeside";
import { progressFormat } from "./progressFormat";
import { GRADE_CODES, GRADE_LABELS } from "../domain/Grade";
import { ABSENT_UNIT_WORDS } from "./absentUnitWords";
import { gradeLabel, NOT_ACHIEVED_LABEL } from "../domain/gradeLabel";
import { shownGradeLabels } from "../domain/shownGradeLabels";
import { a1, columnLetter } from "./a1";
import type { EvaluationReport, ReturnEvaluation } from "./EvaluationReport";
import { annexCells, annexColumn, annexForecasts, evaluationColumns, evaluationHeaders, GRADE_COLUMN } from "./evaluationColumns";
import { evaluationTitleWords } from "./evaluationTitleWords";
import { GRADE_FILL } from "./gradePalette";
import { SheetBuilder } from "./SheetBuilder";
import type { PlannedConditionalFormat, PlannedSheet, WorkbookPlan } from "./SheetPlan";
import { trendBand } from "./trendBand";
import { warningSection } from "./warningSection";
import { decimalFormat } from "./decimalFormat";
import { figureCell } from "./figureCell";
import { forecastNumber } from "../domain/forecastNumber";
import { figureLines } from "./figureLines";
import { fitRowHeights } from "./fitRowHeights";
import { oneLineWidth } from "./oneLineWidth";
import { TOTAL_LABEL } from "./TOTAL_LABEL";
import { UNITS_HEADINGS } from "./UNITS_HEADINGS";
import { printSetup } from "./printSetup";
import { writtenParagraph } from "./writtenParagraph";
import { annexNumbers } from "./annexNumbers";

export const EVALUATION_SHEET = "评估";
export const GRID_SHEET = "县区对比";

/** How 县区对比 gives each county's counts: COUNTIF formulas over its column (the .xlsx of `report`), or their results as numbers (the task pane). */
export type CountyCounts = "formulas" | "values";

const BAD = /[[\]:*?/\\]/g;

/**
 * One native rule per grade over `range` whose top-left cell is `first`: colours print without the
 * add-in. 未完成 (a row not achieved at the end of its plan, gradeLabel) is red, as 滞后于预期.
 */
function gradeRules(range: string, first: string): PlannedConditionalFormat[] {
  const rule = (label: string, g: (typeof GRADE_CODES)[number]): PlannedConditionalFormat => ({ range, formula: `${first}="${label}"`, fill: GRADE_FILL[g].fill, fontColor: GRADE_FILL[g].font, bold: g === "behind" });
  return [...GRADE_CODES.map((g) => rule(GRADE_LABELS[g], g)), rule(NOT_ACHIEVED_LABEL.zh, "behind")];
}

const print = (titleRows: string) => ({ landscape: true, fitToWidth: true, titleRows, footer: "第 &P 页，共 &N 页" });


/** The 附表's widths on the 评估 sheet: 序号 … 说明, the longer texts wrapping (指标, 单位, the actual, the forecast, the pace, 说明); without the forecast where annexForecasts says so. */
const WIDTHS = [4, 20, 6, 6, 7, 7, 10, 7, 7, 10, 12, 18, 12];
/** the widest the actual's column grows for a running total's lines (累计 190.66 / （2024 年 / 38.52）): the sheet still prints at 78 % */
const ACTUAL_WIDTH_MAX = 12;
const WRAPPED_COLUMNS = WIDTHS.map((_, c) => [1, 2, 6, 10, 11, 12].includes(c));
/** The 附表's columns that hold numbers on the sheet (基期值, the year's actual, 进度 and 序时进度), and 目标值 (centred, off the number beside it). */
const [BASELINE, TARGET, ACTUAL, PROGRESS, EXPECTED] = [4, 5, 6, 7, 8];
/** A cumulative row's year cell: the running total, marked as such (a number still, for the trend). */
const CUMULATIVE_FORMAT = '"累计 "General';

/**
 * The 评估 sheet for one return (evaluation-rules.md §6): the paragraph, the 预警 lines, and the
 * 附表 with a trend band per indicator (baseline, each year to the reporting year, the forecast,
 * and a text sparkline with the target), grades coloured by native conditional formats. Numbers
 * are numbers with number formats (基期值 and the actual as written, 进度 and 序时进度 as 0.0%, 倒退
 * below 0, the forecast with its text's digits). It prints on one landscape page width (a fresh
 * user found two pages wide cut the title), at about 80 %: the band holds no column for a year
 * still to come, and no forecast column once no row is forecast. Its paragraph opens and closes as the .docx's 总体评估
 * (writtenParagraph: a return received blank, a change since the lock).
 */
export function evaluationSheet(ret: ReturnEvaluation, name: string): PlannedSheet {
  const b = new SheetBuilder(name, "template");
  // no row forecast (the 期末评估): neither 预测{T}年 nor the band's forecast column (annexForecasts)
  const forecasts = annexForecasts(ret);
  const head = evaluationHeaders(ret.year, ret.targetYear, forecasts);
  // the texts as the cells hold them: a running total on its two lines (figureLines); 序号 the plan's (annexNumbers)
  const numbers = annexNumbers(ret.items);
  const rows = ret.items.map((item, k) => evaluationColumns(item, numbers[k] ?? "", ret.year, forecasts).map((v, c) => (c === ACTUAL ? figureLines(v) : v)));
  const actualWidth = oneLineWidth(rows.flatMap((t) => (t[ACTUAL]?.includes("\n") ? t[ACTUAL].split("\n") : [])), WIDTHS[ACTUAL]!, ACTUAL_WIDTH_MAX);
  const wrapped = annexCells(WRAPPED_COLUMNS, forecasts).flatMap((w, c) => (w ? [c] : []));
  const columns = annexCells(WIDTHS.map((_, c) => c), forecasts);
  annexCells(WIDTHS, forecasts).forEach((w, i) => b.addColumn(`c${i}`, i === ACTUAL ? actualWidth : w));
  const first = Math.min(...ret.items.map((i) => i.baselineYear));
  const last = Math.min(ret.year, Math.max(...ret.items.map((i) => i.targetYear)));
  const years = Number.isFinite(first) && Number.isFinite(last) ? Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => first + k) : [];
  years.forEach((y) => b.addColumn(`y${y}`, 6));
  if (forecasts) b.addColumn("forecast", 7);
  b.addColumn("trend", 13);
  const lastCol = b.sheet.columns.length;

  b.value(1, 1, `${ret.unit} ${evaluationTitleWords(ret.year, ret.items, "sheet")}`, "title");
  b.sheet.rowHeights[1] = 28;
  // the paragraph and the 预警 span the printed width (the sheet prints one page wide)
  const perLine = Math.floor(0.85 * b.sheet.columns.slice(1).reduce((a, c) => a + c.width, 0));
  const lines = (t: string): number => t.split("\n").reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0);
  // as the .docx's 总体评估 says it (收到空表，按未报。, a change since the lock: writtenParagraph)
  const text = writtenParagraph(ret, ret.text);
  b.value(2, 2, text, "textWrap");
  b.sheet.merges.push(`B2:${columnLetter(lastCol)}2`);
  b.sheet.rowHeights[2] = Math.min(409, 16 * lines(text) + 10);
  const warn = warningSection(ret);
  const warnText = warn.lines.length ? `${warn.heading}\n${warn.lines.map((w, i) => `${i + 1}. ${w}`).join("\n")}` : warn.none;
  b.value(3, 2, warnText, "textWrap");
  b.sheet.merges.push(`B3:${columnLetter(lastCol)}3`);
  b.sheet.rowHeights[3] = Math.min(409, 16 * lines(warnText) + 8);

  const hr = 4;
  head.forEach((h, c) => b.value(hr, c + 1, h, "header"));
  years.forEach((y) => b.value(hr, b.col(`y${y}`), y === first ? `${y}\n(基期)` : String(y), "header"));
  if (forecasts) b.value(hr, b.col("forecast"), `预测${ret.targetYear ?? "期末"}`, "header");
  b.value(hr, b.col("trend"), "趋势（各年→预测｜目标）", "header");
  b.sheet.rowHeights[hr] = 32;

  ret.items.forEach((item, k) => {
    const r = hr + 1 + k;
    // the longer texts wrap; the row is as tall as its longest wrapped cell (fitRowHeights, below)
    const texts = rows[k]!;
    const g = item.graded;
    // a 滞后 row whose 进度 would read as its 序时进度 shows the decimals that tell them apart
    const digits = progressBeside({ ...g.result, progress: g.progress })?.digits;
    // a baseline revised mid-term is said with its year and old value (baselineText): text, wrapped
    const revisedBaseline = item.revisions?.some((x) => x.baseline) ?? false;
    texts.forEach((v, shown) => {
      // the column as the 附表 has it, all shown (the 期末评估 shows neither 序时进度 nor 预测{T}年: annexCells)
      const c = columns[shown] ?? shown;
      const n = c === BASELINE ? (revisedBaseline ? null : figureCell(item.baseline)) : c === ACTUAL && !g.cumulative && !item.verify && !item.invalid ? figureCell(item.actual) : null;
      const share = c === PROGRESS ? g.progress : c === EXPECTED ? g.result.expected : null;
      if (n) b.value(r, shown + 1, n.value, "number", { numFmt: n.numFmt });
      else if (share !== null && Number.isFinite(share)) b.value(r, shown + 1, share, "progress", digits === undefined ? {} : { numFmt: progressFormat(digits) });
      else b.value(r, shown + 1, v, c === TARGET ? "target" : wrapped.includes(shown) || (c === BASELINE && revisedBaseline) ? "textWrap" : "text");
    });
    // a sum's float noise (14.899999999999999) is no figure anyone entered: 12 significant digits
    const byYear = new Map(g.series.map((p) => [p.year, Number(p.value.toPrecision(12))]));
    // a cumulative band runs from 0 (nothing done yet) through the running sums (the trend column)
    const start = g.cumulative ? 0 : g.baselineValue;
    // the year columns: a cumulative row's running totals are marked 累计 (under a bare year, 5.5 read as
    // 2022's own amount where the return says 3.0), and its baseline year shows the plan's "—", not 0 (trial28d F6)
    if (!g.cumulative && start !== null) byYear.set(item.baselineYear, start);
    for (const y of years) {
      const v = byYear.get(y);
      if (g.cumulative && y === item.baselineYear) b.value(r, b.col(`y${y}`), item.baseline.trim() || "—", "text");
      else if (v !== undefined) b.value(r, b.col(`y${y}`), v, "number", g.cumulative ? { numFmt: CUMULATIVE_FORMAT } : {});
      else b.value(r, b.col(`y${y}`), null, "number");
    }
    // F as a number with the digits the text shows it with (forecastNumber): 0.016 against <0.020, never 0.02
    const f = g.forecast.value === null ? null : { value: g.forecast.value, decimals: g.forecast.decimals };
    const fText = f === null ? null : forecastNumber(f);
    if (forecasts) {
      b.value(r, b.col("forecast"), fText === null ? null : Number(fText), "number", {
        ...(fText === null ? {} : { numFmt: decimalFormat(fText) }), ...(g.forecast.meets === false ? { fill: GRADE_FILL.behind.fill } : {}),
      });
    }
    const values = [...(start === null ? [] : [start]), ...g.series.map((p) => p.value)];
    b.value(r, b.col("trend"), trendBand(values, g.forecast.value, g.finalValue), "text");
  });
  const lastRow = hr + Math.max(1, ret.items.length);
  // the 附表's rows are as tall as what they hold: the heights fitRowHeights works out are where they start (the .xlsx),
  // and Excel measures them itself (the Office host fits them in one write where 5,000 heights took 2,800: issue 19)
  if (ret.items.length > 0) b.sheet.growRows = ret.items.map((_, k) => hr + 1 + k);
  const gradeCol = columnLetter(annexColumn(GRADE_COLUMN, forecasts) + 1);
  b.sheet.conditionalFormats.push(...gradeRules(`${gradeCol}${hr + 1}:${gradeCol}${lastRow}`, `$${gradeCol}${hr + 1}`));
  b.sheet.freeze = { rows: hr, columns: 2 };
  b.sheet.print = print(`${hr}:${hr}`);
  return fitRowHeights(b.sheet);
}

/**
 * The city's grid over several returns: a row per indicator (binding marked ★), a column per
 * county, each cell the county's grade, coloured by native conditional formats (a heat map that
 * prints and works without the add-in); under it each county's counts as COUNTIF formulas over
 * its own column, so they always agree with the grid, and their 合计 (TOTAL_LABEL) in a last column.
 * `counts: "values"` (the task pane) writes the same counts as numbers: a sheet the pane wrote is replaced on the next
 * click only while every cell reads back as written (ownSheetMark), and a formula's result is not known to the mark.
 */
export function countyGridSheet(r: EvaluationReport, counts: CountyCounts = "formulas"): PlannedSheet {
  const b = new SheetBuilder(GRID_SHEET, "template");
  b.addColumn("name", 40);
  b.addColumn("attribute", 8);
  // a column per unit in the list's order; a unit that sent nothing keeps its column, headed 未报送 (or 文件无法评估)
  r.units.forEach((_, k) => b.addColumn(`u${k}`, 13));
  // 合计: each count summed over the units' columns (one that sent nothing holds "—", which SUM passes over); on an
  // indicator row, how its units' grades split
  b.addColumn("total", 14);
  // indicator rows: every (template, id) in the order first seen
  const rows: Array<{ key: string; name: string; attribute?: string | undefined }> = [];
  for (const ret of r.returns) for (const i of ret.items) {
    const key = `${i.template}/${i.id}`;
    if (!rows.some((x) => x.key === key)) rows.push({ key, name: namedApart(i), attribute: i.attribute });
  }
  const lastCol = 2 + r.units.length;
  b.value(1, 1, UNITS_HEADINGS.gridTitle(r.year), "title");
  b.sheet.rowHeights[1] = 26;
  // at or after the plans' last year a row is 已实现, 未完成 or 未能评估 (gradeLabel), counted as such
  const labels = shownGradeLabels(r.returns.flatMap((ret) => ret.items.map((i) => ({ ended: ret.year >= i.targetYear }))));
  const red = labels.filter((l) => l === GRADE_LABELS.behind || l === NOT_ACHIEVED_LABEL.zh).join("、");
  // the key wraps within the table's width: one line running past the last column widened the printed page (trial31)
  const key = `颜色：${labels.join("、")}（由深到浅，${red}为红色）${rows.some((x) => x.attribute === "约束性") ? "；★ 为约束性指标" : ""}。${ABSENT_UNIT_WORDS.note(r.units)}`;
  b.value(2, 1, key, "subtitleWrap");
  const totalWidth = b.sheet.columns.reduce((a, c) => a + c.width, 0);
  b.sheet.merges.push(`A2:${columnLetter(lastCol + 1)}2`);
  // a CJK character about two digits wide (the widths are in digits); 9 pt lines about 14 pt high
  b.sheet.rowHeights[2] = Math.min(409, 14 * Math.max(1, Math.ceil((2 * key.length) / totalWidth)) + 6);
  const hr = 3;
  b.value(hr, 1, "指标", "header");
  b.value(hr, 2, "属性", "header");
  r.units.forEach((u, k) => b.value(hr, 3 + k, ABSENT_UNIT_WORDS.name(u), "header"));
  const totalCol = lastCol + 1;
  b.value(hr, totalCol, TOTAL_LABEL, "header");
  b.sheet.rowHeights[hr] = 30;
  rows.forEach((x, j) => {
    const row = hr + 1 + j;
    b.value(row, 1, `${x.attribute === "约束性" ? "★" : ""}${x.name}`, "textWrap");
    b.value(row, 2, x.attribute ?? "", "text");
    r.units.forEach((u, k) => b.value(row, 3 + k, u.ret ? null : "—", "status"));
  });
  const rowOf = new Map(rows.map((x, j) => [x.key, hr + 1 + j]));
  // each indicator row's 合计: how its units' grades split (已实现 4、未完成 1), in the key's order; blank on every row
  // before (trial33 T14), a grade being no number to sum
  const tally = new Map<number, Map<string, number>>();
  r.units.forEach(({ ret }, k) => {
    if (ret) for (const i of ret.items) {
      const row = rowOf.get(`${i.template}/${i.id}`) ?? hr;
      const label = gradeLabel(i.graded.grade, ret.year >= i.targetYear);
      b.value(row, 3 + k, label, "status");
      const t = tally.get(row) ?? new Map<string, number>();
      tally.set(row, t.set(label, (t.get(label) ?? 0) + 1));
    }
  });
  for (const [row, t] of tally) b.value(row, totalCol, [...labels.filter((l) => t.has(l)), ...[...t.keys()].filter((l) => !labels.includes(l))].map((l) => `${l} ${t.get(l) ?? 0}`).join("、"), "textWrap");
  const lastRow = hr + rows.length;
  labels.forEach((label, n) => {
    const row = lastRow + 1 + n;
    b.value(row, 1, `${label}（项）`, "header");
    b.value(row, 2, "", "header");
    // as values: what the formulas give, counted over the grades written above (one unit's item per cell)
    const count = (ret: ReturnEvaluation): number => ret.items.filter((i) => gradeLabel(i.graded.grade, ret.year >= i.targetYear) === label).length;
    let sum = 0;
    r.units.forEach((u, k) => {
      const c = columnLetter(3 + k);
      if (!u.ret) b.value(row, 3 + k, "—", "number");
      else if (counts === "values") { const x = count(u.ret); sum += x; b.value(row, 3 + k, x, "number"); }
      else b.formula(row, 3 + k, `COUNTIF(${c}$${hr + 1}:${c}$${lastRow},"${label}")`, "number");
    });
    if (counts === "values") b.value(row, totalCol, sum, "number");
    else b.formula(row, totalCol, `SUM(${a1(row, 3)}:${a1(row, lastCol)})`, "number");
  });
  if (rows.length > 0) b.sheet.conditionalFormats.push(...gradeRules(`${a1(hr + 1, 3)}:${a1(lastRow, lastCol)}`, a1(hr + 1, 3)));
  b.sheet.freeze = { rows: hr, columns: 2 };
  // landscape as the other report sheets: a county a column, seven of them printed portrait at about 5 pt (trial31);
  // many counties printed one page wide at under half size (session 32): as many pages wide as printing at 85 % takes
  // (printSetup, as a return's sheet), 指标 and 属性 repeated on each, the header row on every page, pages tall as needed
  const paged = printSetup(b.sheet, 2);
  b.sheet.print = { ...paged, titleRows: `${hr}:${hr}` };
  if ((paged.pagesWide ?? 1) > 1) {
    // the key merged across every page's columns printed cut at the first page's edge: it wraps over 指标 and 属性
    b.sheet.merges = b.sheet.merges.map((m) => (m.startsWith("A2:") ? "A2:B2" : m));
    const width = b.sheet.columns.slice(0, 2).reduce((a, c) => a + c.width, 0);
    b.sheet.rowHeights[2] = Math.min(409, 14 * Math.max(1, Math.ceil((2 * key.length) / width)) + 6);
  }
  // a long name wraps in its column: its row is as tall as its lines
  return fitRowHeights(b.sheet);
}

function safeName(s: string): string {
  // cut within Excel's 31 characters, never ending in the space it was cut at
  return s.replace(BAD, "").slice(0, 31).trimEnd() || EVALUATION_SHEET;
}

/**
 * The evaluation as a workbook: one return → 评估; several units → 县区对比 first (none when the returns hold project and
 * reform lists only), then 评估-<填报单位> per return.
 */
export function evaluationWorkbookPlan(r: EvaluationReport, counts: CountyCounts = "formulas"): WorkbookPlan {
  if (r.units.length === 1 && r.returns.length === 1 && r.returns[0]) return { sheets: [evaluationSheet(r.returns[0], EVALUATION_SHEET)], names: [] };
  const taken = new Set<string>([GRID_SHEET]);
  const sheets = r.returns.map((ret, k) => {
    let name = safeName(`${EVALUATION_SHEET}-${ret.unit}`);
    if (taken.has(name)) name = safeName(`${EVALUATION_SHEET}${k + 1}-${ret.unit}`);
    taken.add(name);
    return evaluationSheet(ret, name);
  });
  // lists only (no indicator in any return): no grid of indicators, whose counts would read 0 beside each 评估 sheet's paragraph
  return { sheets: [...(r.returns.some((ret) => ret.items.length > 0) ? [countyGridSheet(r, counts)] : []), ...sheets], names: [] };
}
