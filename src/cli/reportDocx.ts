import { yearOwnTarget } from "../sheet/yearOwnTarget";
import { cycleMessage } from "./cycleMessages";
import { namedApart } from "../sheet/namedApart";
import { targetDifferenceLine } from "../cycle/targetDifferenceLine";
import { targetWithUnit } from "../domain/targetWithUnit";
import { rowMiss } from "../sheet/rowMiss";
import { UNCLASSIFIED } from "../templates/UNCLASSIFIED";
import { fmtNumber, bindingFirst, BINDING, statedValue, withUnit } from "../domain/evaluationText";
import { forecastNumber } from "../domain/forecastNumber";
import { forecastOnOneYear } from "../domain/forecastOnOneYear";
import { warningSection } from "../sheet/warningSection";
import { ABSENT_UNIT_WORDS } from "../sheet/absentUnitWords";
import { writtenParagraph } from "../sheet/writtenParagraph";
import { GRADE_LABELS } from "../domain/Grade";
import { gradeLabel, NOT_ACHIEVED_LABEL } from "../domain/gradeLabel";
import { nameInText } from "../domain/nameInText";
import { shownGradeLabels } from "../domain/shownGradeLabels";
import { NOT_GRADED_REASONS, notGradedReasonLabel } from "../domain/NotGradedReason";
import type { EvaluationReport, EvaluationRow } from "../sheet/EvaluationReport";
import { listsParagraph } from "../sheet/listsParagraph";
import { returnParagraph } from "../sheet/returnParagraph";
import { projectLine } from "../sheet/projectLine";
import { reformLine } from "../sheet/reformLine";
import { annexColumn, annexForecasts, evaluationColumns, evaluationHeaders, GRADE_COLUMN, progressPairText } from "../sheet/evaluationColumns";
import { figureLines } from "../sheet/figureLines";
import { cellLines } from "./cellLines";
import { shownGradeFill } from "../sheet/shownGradeFill";
import { assessmentOf } from "../sheet/assessmentOf";
import { shownActual } from "../sheet/shownActual";
import { reportedValue } from "../sheet/reportedValue";
import { baselineInBandWords } from "../sheet/baselineInBandWords";
import { withinBandWords } from "../sheet/withinBandWords";
import { rowWarning } from "../sheet/rowWarning";
import { warningUnjudged } from "../domain/warningUnjudged";
import { warningCountCell } from "./warningCountCell";
import { doubtYear } from "../sheet/doubtYear";
import { EVALUATION_WORDS } from "../domain/evaluationWords";
import { breachOf } from "../domain/breachOf";
import { briefNote } from "../domain/briefNote";
import { isExplainedMissing } from "../domain/isExplainedMissing";
import { gradeGridLayout } from "./gradeGridLayout";
import { gradeGridFit, GRID_SIZES } from "./gradeGridFit";
import { gradeGridGroups } from "./gradeGridGroups";
import { titleLines } from "./titleLines";
import { reportScope } from "./reportScope";
import { TOTAL_LABEL } from "../sheet/TOTAL_LABEL";
import { UNITS_HEADINGS } from "../sheet/UNITS_HEADINGS";
import { annexNumbers } from "../sheet/annexNumbers";

type Docx = typeof import("docx");

const FONT = "SimSun";
/**
 * 附表 column widths in twips, a landscape A4 page less its margins (16838 − 2 × 1134), with cell
 * margins of 57 twips a side: each number column wide enough for its numbers at 9 pt ("<0.020",
 * "28.6%", "〔25.22〕", and a running total's lines "累计 190.66" / "（2024 年" / "38.52）" as
 * LibreOffice sets them in DejaVu Serif), 属性 and 评估 for their words (基本符合预期), the texts
 * wrapping at spaces and between Chinese characters (指标, the pace, 说明)
 */
const ANNEX_WIDTHS = [520, 1800, 800, 690, 1050, 900, 1350, 820, 900, 1200, 1450, 1900, 1190];
/** the same page width without 预测{T}年 and 序时进度 (annexForecasts: the plans' last year), their widths given to 指标, the pace and 说明 */
const ANNEX_WIDTHS_FINAL = [520, 2700, 800, 690, 1050, 900, 1350, 820, 1200, 2400, 2140];
/** Text that starts as a figure or a Latin word does (3.3%, -0.5, .5, AAA级, PM2.5): set apart from 年 by a space, as figures are. */
const LATIN_START = /^[-+]?\.?[0-9A-Za-z]/;
/** A 附表 row of more lines than this may break over a page (cellLines): kept whole, a tall 说明 left half a page blank (trial47b F8). */
const ANNEX_TALL = 6;
/** the 附表's column of the year's actual (evaluationHeaders) */
const ANNEX_ACTUAL = 6;

/**
 * The reporting year's value as a domain line says it, with its unit (as 总体评估 does): "2024 年
 * 381公里"; a cumulative target's running total with the year's own amount, as the summary says it
 * ("累计 3.2%（2024 年 1%）"), so it is never one year's amount beside a cumulative forecast.
 */
function yearValue(i: EvaluationRow, year: number): string {
  // a text answer (AAAAA, 稳步提高) takes no unit
  const u = (v: string): string => (i.invalid ? statedValue(v, i.unit, { invalid: true }) : /^[-+]?\.?\d/.test(v) ? withUnit(v, i.unit) : v);
  const total = i.graded.cumulative ? i.graded.total : null;
  // a likely running total says what the grade read instead (valueToVerify `running_total`)
  if (total !== null) return `累计 ${withUnit(shownActual(i), i.unit)}（${year} 年 ${i.actual ? u(reportedValue(i)) : "未填"}）${i.verify && !i.invalid ? EVALUATION_WORDS.zh.verify(i.verify) : ""}`;
  // a words-only target a reviewer graded, with nothing typed for the year: the assessment, not 未填报
  const assessed = assessmentOf(i);
  if (!i.actual && assessed) return EVALUATION_WORDS.zh.assessed(assessed);
  // a mark alone (`/`, `—`) is neither a figure nor words: said as typed, 2023 年填“/” (trial34 C7: "2023 年/。")
  const mark = i.actual.trim() !== "" && !i.invalid && !/[0-9A-Za-z\u3400-\u9fff\uff10-\uff19]/.test(i.actual);
  const said = mark ? EVALUATION_WORDS.zh.typedMark(i.actual.trim()) : i.actual ? (i.invalid ? u(i.actual) : u(reportedValue(i)) + (i.verify ? EVALUATION_WORDS.zh.verify(i.verify) : "")) : "未填报";
  // a space before a figure, text that starts with Latin letters or digits, or a quoted value (2024 年 381公里,
  // 2022 年 AAA级, 2024 年 “约3.2”), none before Chinese words (2025 年已完成, 2025 年未填报): trial35 T6
  return `${year} 年${i.invalid || LATIN_START.test(said) ? " " : ""}${said}`;
}

/** The sentence mapping the report's grades to check's statuses (§6 from §3), for the plans' years the report holds. */
function gradeStatusNote(r: EvaluationReport): string {
  const rows = r.returns.flatMap((ret) => ret.items.map((i) => ({ ended: ret.year >= i.targetYear, reason: i.graded.reason, own: yearOwnTarget(i) !== undefined, milestone: i.graded.milestone })));
  // 已达标 is graded by the target the row was judged against: said for each kind the report's open rows have (trial47d F1)
  const open = rows.filter((x) => !x.ended);
  const byYear = { plan: open.some((x) => !x.own), own: open.some((x) => x.own && x.milestone === undefined), milestones: [...new Set(open.flatMap((x) => (x.own && x.milestone !== undefined ? [x.milestone] : [])))].sort((a, b) => a - b) };
  // 未能评估 by the reasons it has here, in their order (NOT_GRADED_REASONS), so the sentence names no status the report has not
  const reasons = NOT_GRADED_REASONS.filter((x) => rows.some((row) => row.reason === x));
  return EVALUATION_WORDS.zh.gradeStatusMap(open.length > 0, rows.some((x) => x.ended), reasons, byYear);
}

/**
 * How a row not met stands against the target it is judged by, in words (targetMiss): "低于目标下限 95%", "高于目标上限 5.5%",
 * "高于目标「6%左右」的达标区间 5.4–6.6" (the band as the unit allows it), or "未达到目标 〔18%〕" (the target with the unit: targetWithUnit) (a total, a strict bound met exactly).
 */
function missWords(i: EvaluationRow): string {
  return EVALUATION_WORDS.zh.targetMiss(rowMiss(i) ?? { how: "short" }, targetWithUnit(i.target, i.unit), i.unit);
}

/** A domain section's line for one indicator. */
function domainLine(i: EvaluationRow, year: number): string {
  const g = i.graded;
  // the status that kept it from a grade beside 未能评估, as the 评估 sheet says it (待人工评估 is not
  // "data to verify"); a row with nothing entered is said once, by its reason
  const grade = g.reason ? `${gradeLabel(g.grade, false)}（${notGradedReasonLabel(g.reason)}）` : gradeLabel(g.grade, year >= i.targetYear)
    // a 人工评估 conclusion the reviewer has not confirmed: said beside the grade it gives (§3, our reading, trial35 X1)
    + (i.assessmentToConfirm ? EVALUATION_WORDS.zh.bracket(EVALUATION_WORDS.zh.assessmentToConfirm) : "");
  const parts = [grade, ...(i.actual === "" && g.reason ? [] : [yearValue(i, year)])];
  // left blank with its reason written (§6a): the reason said, not nothing (the 附表's 说明 has it whole)
  if (g.reason === "missing" && isExplainedMissing({ status: g.reason, note: i.note })) parts.push(EVALUATION_WORDS.zh.missingExplained(briefNote(i.note)));
  // a 左右 target whose baseline already lies in its band: why it is met (or was) with no 进度 (§3, our reading)
  // …or a value met inside that band, off the target (withinBandWords; trial36 tp F5)
  const inBand = baselineInBandWords(i) || withinBandWords(i);
  if (inBand) parts.push(inBand);
  const ended = year >= i.targetYear;
  // at or after T no forecast carries the blank years a total counts as 0: said beside the total (§6, our reading)
  if (ended && g.cumulative && g.pace.gaps && g.grade !== "not_graded") parts.push(EVALUATION_WORDS.zh.gapsCounted(g.pace.gaps));
  // a row not achieved at T says its target (低于目标 ≥95), binding or not (trial28d: a 预期性 row's 未完成
  // line gave none beside a binding one's)
  if (ended && g.grade !== "achieved" && g.grade !== "not_graded" && !assessmentOf(i)) parts.push(missWords(i));
  // before T, a row behind with no trend to forecast says its target and why there is none (trial28d: "滞后于预期，
  // 2023 年 45%。" for a row with no baseline), as its 预警 line does (breachOf)
  const breach = ended ? null : breachOf(g);
  if (breach && breach.how !== "assessed") parts.push(missWords(i), EVALUATION_WORDS.zh.noTrend(breach.why));
  // before T, a 左右 row off its band says the side and the band too: 滞后于预期 alone reads as too low (trial34 C1)
  else if (!ended && g.grade !== "not_graded" && rowMiss(i)?.how === "band") parts.push(missWords(i));
  // a row not graded (未能评估: 数值待核实 and the like) says no 进度: >999% beside it read as a result (trial41e F5)
  if (g.progress !== null && g.grade !== "not_graded") {
    const [progress, expected] = progressPairText(g);
    // at T 序时进度 is the target itself (100%): the progress alone (trial39e F6)
    parts.push(ended ? `进度 ${progress}` : `进度 ${progress}（序时进度 ${expected}）`);
  }
  // 进度 100.0% beside 未完成 reads as a contradiction: the value equals a strict bound (64 against >64)
  const t = g.result.target;
  if ((t.kind === "floor" || t.kind === "ceiling") && t.strict && g.result.value === t.value && g.grade !== "achieved" && g.grade !== "early") {
    parts.push(`等于目标值 ${fmtNumber(t.value)}，目标要求${t.kind === "floor" ? "大于" : "小于"} ${fmtNumber(t.value)}`);
  }
  // met before T, its line leaving the target by T: 预计可完成, to be held (§6, our reading)
  // a forecast on one reported year (the plan's first) is said 趋势仅供参考 beside it (§6, our reading; trial36 N8)
  const oneYear = forecastOnOneYear(g.forecast) ? EVALUATION_WORDS.zh.bracket(EVALUATION_WORDS.zh.oneYear(year)) : "";
  // …its 已达标 said once: a met row's band words before it already say it (区间内即为已达标; s46 read 已达标，已达标)
  if (g.forecast.value === null && g.forecast.hold !== undefined) parts.push(EVALUATION_WORDS.zh.hold(inBand !== "" && g.result.status === "met") + oneYear);
  // a forecast withheld on a value to verify (§6, our reading): said where the forecast would be
  if (g.forecast.withheld === "verify") parts.push(EVALUATION_WORDS.zh.withheld(doubtYear(i, year)));
  if (g.forecast.value !== null) parts.push(`预计 ${i.targetYear} 年${g.cumulative ? "累计" : ""} ${withUnit(forecastNumber({ value: g.forecast.value, decimals: g.forecast.decimals }), i.unit)}，${g.forecast.meets ? "预计可完成" : "预计难以完成"}${oneYear}`);
  // a cumulative forecast that counts blank years as 0 says so beside it (pace.gaps; §6, our reading)
  if (g.forecast.value !== null && g.pace.gaps) parts.push(EVALUATION_WORDS.zh.gapsCounted(g.pace.gaps));
  // an earlier year whose value is not a valid number (§2) is not in the trend: said where the row is read
  // …but a year that stops a cumulative total leaves the row ungraded: said so, as check does (trial47b F4)
  const stops = g.reason === "invalid" ? g.sumStopped ?? [] : [];
  if (stops.length > 0) parts.push(EVALUATION_WORDS.zh.sumStoppedNote(stops));
  const trendOnly = g.leftOut.filter((l) => !stops.includes(l.year));
  if (trendOnly.length > 0) parts.push(`${trendOnly.map((l) => `${l.year} 年`).join("、")}的数值无效，未计入趋势`);
  // a blank year on a total the earlier years already passed (trial47b F5)
  if (g.metEarlier) parts.push(EVALUATION_WORDS.zh.metEarlierNote(g.metEarlier.year, withUnit(fmtNumber(g.metEarlier.total), i.unit)));
  return `${nameInText(namedApart(i))}${i.attribute ? `（${i.attribute}）` : ""}：${parts.join("，")}。`;
}

/**
 * The evaluation report as a Word document (evaluation-rules.md §6): title, the paragraph, the
 * 预警 list, a section per domain, projects with their gap in 个百分点, and the 附表 (landscape).
 * Several returns: a unit × grade table first (UNITS_HEADINGS), then each unit's report. `docx` is passed in
 * so that only the report command loads it.
 */
export async function reportDocx(d: Docx, r: EvaluationReport, title: string): Promise<Buffer> {
  const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, HeadingLevel, AlignmentType, WidthType, ShadingType, PageOrientation, TableLayoutType, Footer, PageNumber, LineRuleType } = d;
  const p = (text: string, opts: { bold?: boolean; indent?: boolean } = {}) => new Paragraph({
    children: [new TextRun({ text, bold: opts.bold ?? false, font: FONT, size: 24 })],
    spacing: { after: 120, line: 360 }, ...(opts.indent ? { indent: { firstLine: 480 } } : {}),
  });
  // a heading is kept with what follows it (a trial's "（5）安全保障" alone at the foot of a page)
  const h = (text: string, level: 1 | 2, pageBreakBefore = false) => new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true, ...(pageBreakBefore ? { pageBreakBefore } : {}),
    children: [new TextRun({ text, bold: true, font: FONT, size: level === 1 ? 30 : 26 })],
  });
  // a "\n" in a cell's text is a line break in it (figureLines)
  // `keepNext`: the row kept on the page of what follows the table (the grid's last row and its note)
  const cell = (text: string, fill?: { fill: string; font: string }, bold = false, width?: number, size = 18, keepNext = false, line: number | null = null, keepLines = false) => new TableCell({
    children: [new Paragraph({ ...(keepNext ? { keepNext: true } : {}), ...(keepLines ? { keepLines: true } : {}), ...(line ? { spacing: { line, lineRule: LineRuleType.EXACT } } : {}), children: text.split("\n").map((line, k) => new TextRun({ text: line, font: FONT, size, bold, ...(fill ? { color: fill.font } : {}), ...(k > 0 ? { break: 1 } : {}) })) })],
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: fill.fill } } : {}),
    ...(width ? { width: { size: width, type: WidthType.DXA } } : {}),
  });
  // a row is never split over two pages (a running total printed 累计 8.17 on one, its year on the next);
  // with widths: a fixed layout at those widths (Word and LibreOffice keep them; an autofit table
  // squeezed the 附表's number columns until "<0.020" broke over two lines); the header row repeated on each
  // page the table runs onto; `size` its text (half-points), `keepLast` its last row kept with what follows
  // `tall`: a row of more lines than this (cellLines) may break over a page, its cells' lines each kept together: a tall 说明 kept
  // whole left half a page blank before it (trial47b F8)
  const table = (head: string[], rows: Array<Array<{ text: string; fill?: { fill: string; font: string } }>>, widths?: number[], size = 18, keepLast = false, line: number | null = null, tall = Infinity) => new Table({
    ...(widths ? { width: { size: widths.reduce((a, w) => a + w, 0), type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, margins: { left: 57, right: 57 } } : { width: { size: 100, type: WidthType.PERCENTAGE } }),
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: head.map((x, c) => cell(x, { fill: "D9E1F2", font: "000000" }, true, widths?.[c], size, false, line)) }),
      ...rows.map((row, k) => {
        const breaks = widths !== undefined && Math.max(...row.map((x, c) => cellLines(x.text, widths[c] ?? 0, size))) > tall;
        return new TableRow({ cantSplit: !breaks, children: row.map((x, c) => cell(x.text, x.fill, false, widths?.[c], size, keepLast && k === rows.length - 1, line, breaks)) });
      }),
    ],
  });

  const several = r.units.length > 1;
  const body: Array<InstanceType<Docx["Paragraph"]> | InstanceType<Docx["Table"]>> = [];
  const annexes: Array<InstanceType<Docx["Paragraph"]> | InstanceType<Docx["Table"]>> = [];
  // the title in the lines official titles are set in, never broken inside the plan's name (titleLines)
  body.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, keepNext: true, children: titleLines(title).map((line, k) => new TextRun({ text: line, bold: true, font: FONT, size: 36, ...(k > 0 ? { break: 1 } : {}) })) }));
  // several units: who the report is over, under the title (a count of units is no title line: reportTitle, trial39a F8)
  const scope = several ? `评估范围：${reportScope(r)}。` : null;
  if (scope) body.push(p(scope));
  // where a grid too wide for a portrait page starts its own landscape section (the heading before it stays with it)
  let gridAt: number | null = null;
  // and where it ends (after its note): the units' portrait pages follow
  let gridEnd = 0;
  // a workbook of project and reform lists only has no indicator to count or grid: those tables would read 0 and
  // empty beside each unit's paragraph of its projects' and reforms' counts, so they are left out (a unit that sent
  // nothing is still said, and has its section below)
  const anyIndicator = r.returns.some((ret) => ret.items.length > 0);
  if (several && !anyIndicator) {
    const absent = ABSENT_UNIT_WORDS.note(r.units);
    if (absent) body.push(p(absent));
  }
  if (several && anyIndicator) {
    body.push(h(UNITS_HEADINGS.table, 1));
    // at or after the plans' last year: 已实现 / 未完成 / 未能评估, and 预警 counts the binding rows not achieved
    const labels = shownGradeLabels(r.returns.flatMap((ret) => ret.items.map((i) => ({ ended: ret.year >= i.targetYear }))));
    // every unit in the list's order; one that sent nothing is named as such, with no counts
    const countyHead = ["填报单位", ...labels, "预警"];
    // each unit's counts, by label then 预警, then the binding rows whose 预警 cannot be judged (warningUnjudged,
    // said in the 预警 cell, never as 0: trial38 F1); null for a unit that sent nothing
    const counts = r.units.map(({ ret }) => (ret ? [
      ...labels.map((l) => ret.items.filter((i) => gradeLabel(i.graded.grade, ret.year >= i.targetYear) === l).length),
      ret.items.filter((i) => rowWarning(i, ret.year) !== null).length,
      ret.items.filter((i) => warningUnjudged({ attribute: i.attribute, grade: i.graded.grade, reason: i.graded.reason, metEarlier: i.graded.metEarlier }) !== null).length,
    ] : null));
    const cells = (c: number[]): Array<{ text: string }> => [...c.slice(0, labels.length).map((n) => ({ text: String(n) })), { text: warningCountCell(c[labels.length] ?? 0, c[labels.length + 1] ?? 0) }];
    const countyRows = r.units.map((u, k) => {
      const c = counts[k];
      // a return without the year's values keeps its counts (未能评估, as summary counts them) and is marked 未报 as summary says it
      return c ? [{ text: ABSENT_UNIT_WORDS.name(u) }, ...cells(c)] : [{ text: ABSENT_UNIT_WORDS.name(u) }, ...labels.map(() => ({ text: "—" })), { text: "—" }];
    });
    // 合计 over the units that reported (one that sent nothing adds nothing), so a manager matches summary's totals (trial26b)
    const totals = [...countyHead.slice(1), "unjudged"].map((_, c) => counts.reduce((a, x) => a + (x?.[c] ?? 0), 0));
    countyRows.push([{ text: TOTAL_LABEL }, ...cells(totals)]);
    body.push(table(countyHead, countyRows));
    const absent = ABSENT_UNIT_WORDS.note(r.units);
    if (absent) body.push(p(absent));
    // the county × indicator grid, shaded by grade (the workbook form, --out *.xlsx, has it with native conditional formats)
    const keys: Array<{ key: string; name: string; attribute?: string | undefined }> = [];
    for (const ret of r.returns) for (const i of ret.items) {
      const key = `${i.template}/${i.id}`;
      if (!keys.some((x) => x.key === key)) keys.push({ key, name: namedApart(i), attribute: i.attribute });
    }
    const grid = keys.map((x) => [
      { text: `${x.attribute === BINDING ? "★" : ""}${x.name}` },
      ...r.units.map(({ ret }) => {
        if (!ret) return { text: "—" };
        const i = ret.items.find((y) => `${y.template}/${y.id}` === x.key);
        const ended = i ? ret.year >= i.targetYear : false;
        return i ? { text: gradeLabel(i.graded.grade, ended), fill: shownGradeFill(i.graded.grade, ended) } : { text: "—" };
      }),
    ]);
    // each grade on one line (a trial's 滞后于预/期 in every cell): columns as wide as the longest, the page turned if need be
    const gradeTexts = grid.flatMap((row) => row.slice(1).map((c) => c.text));
    const layout = gradeGridLayout(gradeTexts, r.units.length);
    const gridRows = layout.split ? grid.map(([name, ...cells]) => [name!, ...cells.map((c) => ({ ...c, text: c.text.replace(/^(.{2,4}?)(预期|实现|评估|完成)$/u, "$1\n$2") }))]) : grid;
    const gridHead = ["指标", ...r.units.map(ABSENT_UNIT_WORDS.name)];
    // more units than one table sets (gradeGridGroups): several tables, each repeating the indicator column
    const groups = gradeGridGroups(gradeTexts, r.units.length);
    const ends = labels.includes(NOT_ACHIEVED_LABEL.zh), opens = labels.includes(GRADE_LABELS.early);
    // the grid's legend: ★, 预警, and how its grades read as check's statuses (one sentence for the whole report, kept with
    // the grid whose grades it explains, and counted in its fit; a paragraph of its own after it was left alone on the next page)
    const note = `${keys.some((x) => x.attribute === BINDING) ? "★ 为约束性指标。" : ""}预警：约束性指标${[opens ? "预计难以完成" : "", opens ? "当年未达到目标且无趋势可预测" : "", ends ? "期末未完成" : ""].filter(Boolean).join("、")}的项数${r.returns.some((ret) => ret.items.some((i) => warningUnjudged({ attribute: i.attribute, grade: i.graded.grade, reason: i.graded.reason, metEarlier: i.graded.metEarlier }) !== null)) ? "；约束性指标未能评估的，是否预警无法判断，不计为 0" : ""}。${gradeStatusNote(r)}`;
    // a landscape grid ends its section (the units' portrait pages follow), so a page it leaves nearly empty stays so:
    // it is set whole on a page, turned before it if need be, or at 8 pt where that saves its last page (gradeGridFit);
    // its note kept with its last row
    const fit = layout.landscape && groups.length === 1 ? gradeGridFit({
      above: { titleLines: titleLines(title).length, headings: 2, table: [countyHead, ...countyRows.map((row) => row.map((x) => x.text))], paragraphs: [...(scope ? [scope] : []), ...(absent ? [absent] : [])] },
      head: gridHead, rows: gridRows.map((row) => row.map((x) => x.text)), widths: layout.widths, note,
    }) : { size: GRID_SIZES.normal, line: null, ownPage: false };
    body.push(h(UNITS_HEADINGS.grid, 1, fit.ownPage));
    if (layout.landscape) gridAt = body.length;
    if (groups.length === 1) body.push(table(gridHead, gridRows, layout.widths, fit.size, true, fit.line));
    else {
      // each table under a caption naming its units (kept with its first rows); the last one keeps the note with it
      let from = 0;
      groups.forEach((n, k) => {
        const units = r.units.slice(from, from + n);
        body.push(new Paragraph({ spacing: { before: 120, after: 60 }, keepNext: true, keepLines: true, children: [new TextRun({ text: UNITS_HEADINGS.gridGroup(k + 1, groups.length, units[0]!.unit, units[n - 1]!.unit), bold: true, font: FONT, size: 21 })] }));
        // a row's indicator and this table's units
        const columns = <T,>(row: readonly T[]): T[] => [row[0]!, ...row.slice(1 + from, 1 + from + n)];
        // its grade columns as gradeGridLayout sets n units, the names across the rest of the landscape page (`layout`'s
        // width: a group a portrait page would hold is still on the grid's landscape page)
        const col = gradeGridLayout(gradeTexts, n).widths[1]!;
        const widths = [layout.widths.reduce((a, w) => a + w, 0) - n * col, ...Array<number>(n).fill(col)];
        body.push(table(columns(gridHead), grid.map(columns), widths, GRID_SIZES.normal, k === groups.length - 1));
        from += n;
      });
    }
    body.push(p(note));
    gridEnd = body.length;
  }
  // targets that differ between the returns (a plan amended mid-period): who carries which, before the units
  for (const d of r.targetsDiffer ?? []) body.push(p(targetDifferenceLine(d, "zh"), { indent: true }));
  // a return counted as the unit its distributed file names, its cover's 填报单位 misspelt (cycle/coverSlips): the cover to correct
  for (const x of r.coverSlips ?? []) body.push(p(cycleMessage("cover_unit_slip", { file: x.file.split(/[\\/]/).pop() ?? x.file, typed: x.typed, unit: x.unit }, "zh"), { indent: true }));
  const NUMERALS = ["一", "二", "三", "四", "五"];
  // annexes are numbered among themselves: a unit that sent nothing has none, and leaves no gap
  let annexNo = 0;
  r.units.forEach(({ unit, ret, unusable, mergedIn }, k) => {
    if (!ret) {
      // a unit listed that sent nothing (or a file that could not be used, or its return merged into another unit's workbook):
      // its place in the order, said as the paragraph says it
      body.push(h(`${k + 1}. ${unit}`, 1), p(unusable ? EVALUATION_WORDS.zh.unusable(unusable.reason, unusable) : mergedIn ? ABSENT_UNIT_WORDS.merged(mergedIn, "zh") : EVALUATION_WORDS.zh.unreported, { indent: true }));
      return;
    }
    const n = several ? `${ret.unit}：` : "";
    let section = 0;
    // one return: 一、二、… headings; several: the county's name heads each of its sections
    const head = (text: string): void => { body.push(h(several ? `${n}${text}` : `${NUMERALS[section++] ?? ""}、${text}`, several ? 2 : 1)); };
    if (several) body.push(h(`${k + 1}. ${ABSENT_UNIT_WORDS.name({ unit: ret.unit, ret })}`, 1));
    head("总体评估");
    const indicators = ret.items.length > 0 || (ret.projects.length === 0 && ret.reforms.length === 0);
    const warn = warningSection(ret);
    // 总体评估 sums up: the counts, and of each list the most serious names, pointing to the 预警 section that gives
    // every row with its figures (trial29c: the 14 难以完成 rows, forecasts and paces, were said here and again there)
    // the project and reform lists' counts (a return of lists only: its text is these); the first paragraph opens and
    // closes as the terminal's paragraph and lines say it (收到空表，按未报。, a change since the lock: writtenParagraph)
    const lists = listsParagraph(ret);
    [indicators ? returnParagraph(ret, "zh", { section: warn.title }) : "", lists].filter(Boolean)
      .forEach((text, k) => body.push(p(k === 0 ? writtenParagraph(ret, text) : text, { indent: true })));
    // how the grades below read as check's statuses, once: here for one return, in the county grid's note for several
    if (!several && ret.items.length > 0) body.push(p(gradeStatusNote(r), { indent: true }));
    if (indicators) {
      head(warn.title);
      if (warn.lines.length === 0) body.push(p(warn.none));
      warn.lines.forEach((w, i) => body.push(p(`${i + 1}. ${w}`)));
      head("分领域评估");
      const domains = [...new Set(ret.items.map((i) => i.domain))];
      // a plan without 领域 (every row 未分类, or none given) has nothing to head: a trial's report read "（1）未分类"
      const headed = domains.some((d) => d && d !== UNCLASSIFIED);
      for (const dom of domains) {
        if (headed) body.push(new Paragraph({ spacing: { before: 120, after: 60 }, keepNext: true, keepLines: true, children: [new TextRun({ text: `（${domains.indexOf(dom) + 1}）${dom || UNCLASSIFIED}`, bold: true, font: FONT, size: 24 })] }));
        for (const i of bindingFirst(ret.items.filter((x) => x.domain === dom))) body.push(p(domainLine(i, ret.year), { indent: true }));
      }
      annexes.push(h(`附表${several ? ` ${++annexNo}` : ""}：${ret.unit} ${ret.year} 年规划指标评估表`, 2));
      // no row forecast (the 期末评估): 预测{T}年 would be "—" all down, so it is left out (annexForecasts)
      const forecasts = annexForecasts(ret);
      // 序号 as the plan and the return number the rows (annexNumbers): a split indicator's parts share theirs
      const numbers = annexNumbers(ret.items);
      annexes.push(table(evaluationHeaders(ret.year, ret.targetYear, forecasts), ret.items.map((i, idx) => evaluationColumns(i, numbers[idx] ?? "", ret.year, forecasts).map((text, c) => (
        c === annexColumn(GRADE_COLUMN, forecasts) ? { text, fill: shownGradeFill(i.graded.grade, ret.year >= i.targetYear) } : { text: c === ANNEX_ACTUAL ? figureLines(text) : text }
      ))), forecasts ? ANNEX_WIDTHS : ANNEX_WIDTHS_FINAL, 18, false, null, ANNEX_TALL));
    }
    if (ret.projects.length > 0) {
      head("重大项目");
      for (const pr of ret.projects) body.push(p(projectLine(pr), { indent: true }));
    }
    if (ret.reforms.length > 0) {
      head("改革事项");
      for (const rf of ret.reforms) body.push(p(reformLine(rf), { indent: true }));
    }
  });

  const margin = { top: 1134, bottom: 1134, left: 1134, right: 1134 };
  // every page numbered "第 N 页 / 共 M 页" (fields Word and LibreOffice fill in), in every section, counted on through them
  const footers = {
    default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["第 ", PageNumber.CURRENT, " 页 / 共 ", PageNumber.TOTAL_PAGES, " 页"], font: FONT, size: 18 })] })] }),
  };
  const doc = new Document({
    creator: "plan-returns", title,
    sections: [
      // a landscape grid: the title and 各填报单位评估结果汇总 on its first page with it (a portrait page of their own was
      // almost blank: trial25b's six rows), the units' sections portrait after it
      ...(gridAt === null ? [{ properties: { page: { margin } }, footers, children: body }] : [
        { properties: { page: { margin, size: { orientation: PageOrientation.LANDSCAPE } } }, footers, children: body.slice(0, gridEnd) },
        { properties: { page: { margin } }, footers, children: body.slice(gridEnd) },
      ]),
      ...(annexes.length > 0 ? [{ properties: { page: { margin, size: { orientation: PageOrientation.LANDSCAPE } } }, footers, children: annexes }] : []),
    ],
  });
  return Packer.toBuffer(doc);
}
