import { titleWithRegion } from "../templates/titleWithRegion";
import { hasDomains } from "../templates/hasDomains";
import { indicatorLabel } from "../templates/indicatorLabel";
import { linesHeight } from "./linesHeight";
import { planCellTexts } from "./planCellTexts";
import { excelTrim } from "./excelTrim";
import { STATUS_LABELS } from "../domain/Status";
import { ASSESS_CHOICES } from "../domain/ASSESS_CHOICES";
import type { IndicatorTemplate } from "../templates/TemplateSchema";
import { indicatorSpec } from "../templates/indicatorSpec";
import { columnLetter } from "./a1";
import { indicatorParams, type IndicatorParams, type YearParams } from "./indicatorParams";
import { FIRST_DATA_ROW, HEADER_ROW, inKey, inKeyYear, KEY_ROW, targetKey, templateMark, TITLE_ROW, YEAR_NAME } from "./keys";
import { directionLabel } from "./directionLabel";
import { shownDirection } from "./shownDirection";
import { SheetBuilder } from "./SheetBuilder";
import type { PlannedSheet, PlannedValidation } from "./SheetPlan";
import { statusColourRules } from "./statusColourRules";
import { printSetup } from "./printSetup";
import { noteRequiredRule } from "./noteRequiredRule";
import { progressDigitsRules, type LineFormulas } from "./progressDigitsRules";
import { textLines } from "./textLines";
import { titleFormula } from "./titleFormula";
import { excelGe, excelTolerance, excelToBound } from "./excelGe";
import { APPROX_LAGGING, APPROX_MET } from "../domain/tolerances";
import { bandLines } from "../domain/LagBands";

const L = STATUS_LABELS;
// the 人工评估 conclusions the status formula takes, the drop-down's list (one home: ASSESS_CHOICES)
const ASSESSABLE = `{${ASSESS_CHOICES.map((c) => `"${L[c]}"`).join(",")}}`;

/**
 * Years with an input column: every year B+1 … T, contiguous, also in a table that gives its own
 * targets for some years only (a mid-term and a final target): the status formula finds the
 * year's column by its index 报告年份 − (B+1) + 1.
 */
export function inputYears(t: IndicatorTemplate): number[] {
  const ys: number[] = [];
  for (let y = t.baselineYear + 1; y <= t.targetYear; y++) ys.push(y);
  return ys;
}

/**
 * One sheet for an indicator template: the plan's rows as written, an input column per
 * year, and per row a status formula that mirrors the engine, driven by hidden constants
 * the engine itself computed (so plan text is read once, in one place).
 */
export function indicatorSheet(t: IndicatorTemplate, name: string): PlannedSheet {
  const b = new SheetBuilder(name, "template");
  const years = inputYears(t);
  const yearly = t.yearlyTargetYears.length > 0;
  const step = yearly ? 2 : 1;
  const N = years.length;
  const F = years[0] ?? t.baselineYear + 1;

  b.addColumn("domain", 10); b.addColumn("number", 5); b.addColumn("name", 34); b.addColumn("unit", 8);
  b.addColumn("attribute", 7); b.addColumn("baseline", 10); b.addColumn("target", 11); b.addColumn("direction", 10);
  for (const y of years) {
    if (yearly) b.addColumn(targetKey(y), 8);
    b.addColumn(inKey(y), 9);
  }
  b.addColumn("status", 12); b.addColumn("progress", 8); b.addColumn("note", 26); b.addColumn("assess", 12); b.addColumn("review", 22);
  for (const k of ["id", "x", "bad", "v", "p", "met", "pb", "lo", "hi", "los", "cum", "pr", "fr", "num"]) b.addColumn(k, 10, true);
  // the template's 亮灯 bands as the lines a·s − b (LagBands): 滞后 below la·s − lb, 严重滞后 below sa·s − sb
  for (const k of ["la", "lb", "sa", "sb"]) b.addColumn(k, 6, true);
  // each year's cell judged alone (unusable: 1), so no formula needs an IS… function over a range
  // (Gnumeric reads those by implicit intersection) nor CELL over a range (it reads one cell)
  for (const y of years) b.addColumn(`bad:${y}`, 6, true);
  // a table with yearly targets needs the rule per year (yr: the year's own target, s = 1, or the
  // final target on 序时进度); otherwise one rule serves every year
  for (const part of ["op", "tv", "tr", "yr"]) for (const y of yearly ? years : [0]) b.addColumn(`${part}:${y}`, 6, true);

  const lastCol = b.sheet.columns.length;
  b.formula(TITLE_ROW, 1, titleFormula(titleWithRegion(t)), "title");
  b.sheet.merges.push(`A1:${columnLetter(b.col("review"))}1`);
  b.sheet.rowHeights[TITLE_ROW] = 30;
  for (const [key, col] of b.columnKeys()) b.value(KEY_ROW, col, col === 1 ? templateMark(t.id) : key, "hidden");
  b.sheet.hiddenRows.push(KEY_ROW);

  const headers: Record<string, string> = {
    domain: "领域", number: "序号", name: "指标名称", unit: "单位", attribute: "属性",
    baseline: `基期值(${t.baselineYear})`, target: `目标(${t.targetYear})`, direction: "方向",
    status: "当年状态", progress: "进度", note: "说明", assess: "人工评估", review: "审核意见",
  };
  for (const [key, col] of b.columnKeys()) {
    const year = inKeyYear(key);
    if (year !== null) b.value(HEADER_ROW, col, Number(year), "header", { numFmt: '0"年"' });
    else if (key.startsWith("tgt:")) b.value(HEADER_ROW, col, `${key.slice(4)}年目标`, "header");
    else b.value(HEADER_ROW, col, headers[key] ?? key, "header");
  }
  b.sheet.rowHeights[HEADER_ROW] = 32;

  const rows = t.indicators.length;
  const domainless = !hasDomains(t.indicators.map((d) => d.domain));
  const lastRow = FIRST_DATA_ROW + Math.max(rows, 1) - 1;
  const lineRefs: { lines?: LineFormulas } = {};
  t.indicators.forEach((d, i) => {
    const r = FIRST_DATA_ROW + i;
    const spec = indicatorSpec(t, d);
    const prm = indicatorParams(spec, years, yearly);
    // wrapped names need taller rows: LibreOffice and WPS do not grow rows written by a library
    const label = indicatorLabel(d);
    // the name and the targets wrap (a target may be words: 完成市下达的任务指标)
    const width = (k: string): number => b.sheet.columns[b.col(k) - 1]?.width ?? 8;
    const lines = Math.max(textLines(label, width("name")), textLines(d.target ?? "", width("target")),
      ...(yearly ? years.map((y) => textLines(ownTarget(d.yearlyTargets, y), width(targetKey(y)))) : []));
    if (lines > 1) b.sheet.rowHeights[r] = linesHeight(lines);
    // its 说明 and any words a person types may need more lines: the row starts at this height and grows
    (b.sheet.growRows ??= []).push(r);
    // a plan whose rows are under no 领域 leaves the column blank, not 未分类 on every row (trial34 C10)
    b.value(r, b.col("domain"), domainless ? null : d.domain, "textWrap");
    b.value(r, b.col("number"), d.number, "text");
    b.value(r, b.col("name"), indicatorLabel(d), "textWrap");
    const shown = planCellTexts(d, spec);
    b.value(r, b.col("unit"), shown.unit, "text");
    b.value(r, b.col("attribute"), d.attribute ?? "", "text");
    b.value(r, b.col("baseline"), shown.baseline, "text");
    b.value(r, b.col("target"), shown.target, "target");
    b.value(r, b.col("direction"), rowDirectionLabel(prm), "text");
    // a row the plan never gives a number (全覆盖, `/` throughout) may be answered in words (§8g)
    const words = !prm.numbered;
    for (const yp of prm.years) {
      if (yearly) b.value(r, b.col(targetKey(yp.year)), ownTarget(d.yearlyTargets, yp.year), "target");
      // a words answer wraps (shrunk, a sentence prints unreadably small); a number's cell shrinks to fit (a date shows, not ###)
      b.value(r, b.col(inKey(yp.year)), null, yp.op === "text" || words ? "inputText" : "input");
    }
    b.value(r, b.col("status"), null, "status");
    b.value(r, b.col("note"), null, "inputText");
    b.value(r, b.col("assess"), null, "inputText");
    b.value(r, b.col("review"), null, "inputText");
    b.value(r, b.col("id"), d.id, "hidden");
    writeHiddenConstants(b, r, prm);
    writeBandConstants(b, r, bandLines(t.bands));
    writeFormulas(b, r, prm, { F, N, step, years, t }, lineRefs);
    b.sheet.validations.push(...inputValidations(b, r, prm));
  });

  b.sheet.validations.push({
    range: `${b.letter("assess")}${FIRST_DATA_ROW}:${b.letter("assess")}${lastRow}`, type: "list",
    list: ASSESS_CHOICES.map((c) => L[c]), errorStyle: "stop",
    promptTitle: "人工评估", prompt: "目标为文字描述时，由审核人员选择评估结论；其他指标无需填写。规划期末年度选“符合序时进度”即按目标已实现（已完成）评估。",
    errorTitle: "人工评估", error: "请从列表中选择评估结论。",
  });
  const first = years[0] ?? F;
  const blockStart = yearly ? b.col(targetKey(first)) : b.col(inKey(first));
  b.sheet.conditionalFormats.push(...statusColourRules({
    range: `${columnLetter(blockStart)}${FIRST_DATA_ROW}:${b.letter("status")}${lastRow}`,
    topLeft: `${columnLetter(blockStart)}${FIRST_DATA_ROW}`,
    statusRef: `$${b.letter("status")}${FIRST_DATA_ROW}`,
    // the status column itself, or the input column of the reporting year (header holds the year as a number)
    applies: (c) => `OR(COLUMN(${c})=COLUMN($${b.letter("status")}${FIRST_DATA_ROW}),${columnLetter(blockStart)}$${HEADER_ROW}=${YEAR_NAME})`,
    alsoInvalid: () => earlierYearUnusable(b, years, yearly, `${columnLetter(blockStart)}$${HEADER_ROW}`),
  }));
  b.sheet.conditionalFormats.push(noteRequiredRule(`${b.letter("note")}${FIRST_DATA_ROW}:${b.letter("note")}${lastRow}`, `$${b.letter("status")}${FIRST_DATA_ROW}`));
  if (lineRefs.lines) {
    const progress = `${b.letter("progress")}${FIRST_DATA_ROW}`;
    b.sheet.conditionalFormats.push(...progressDigitsRules(`${progress}:${b.letter("progress")}${lastRow}`, `$${progress}`, `$${b.letter("status")}${FIRST_DATA_ROW}`, lineRefs.lines));
  }
  b.sheet.freeze = { rows: HEADER_ROW, columns: b.col("name") };
  b.sheet.print = printSetup(b.sheet, b.col("name"));
  void lastCol;
  return b.sheet;
}

/**
 * §8e on the sheet, as a conditional-format condition for the first data row (rows relative): the
 * cell is an earlier year's input (its header holds a year before 报告年份; a year's target column
 * heads with text) whose own hidden `bad:Y` is 1, on a row whose target in 报告年份 is judged by a
 * number (a words target's earlier years are never checked, evaluateIndicator), and whose own year's
 * check spoke of its value, as checkedInOwnYear in the engine: that year's target is no words, and is a
 * number or (`none`) the row is given a number elsewhere (`num`, §8g). A rolled-over return carries
 * such cells; without this only the reporting year's cell was marked.
 * `header` is the rectangle's first header cell, row-absolute (`I$3`).
 */
function earlierYearUnusable(b: SheetBuilder, years: number[], yearly: boolean, header: string): string {
  const first = years[0] ?? 0, last = years[years.length - 1] ?? 0;
  const r = FIRST_DATA_ROW;
  const span = (p: string): string => `$${b.letter(`${p}:${first}`)}${r}:$${b.letter(`${p}:${last}`)}${r}`;
  const I = `MIN(MAX(${YEAR_NAME}-${first}+1,1),${Math.max(years.length, 1)})`;
  const op = yearly ? indexInRow(span("op"), I) : `$${b.letter("op:0")}${r}`;
  // the cell's own year's rule (one rule serves every year without a yearly table)
  const own = yearly ? indexInRow(span("op"), `${header}-${first}+1`, true) : op;
  const spoke = `${own}<>"text",OR(${own}<>"none",$${b.letter("num")}${r}=1)`;
  // IFERROR: a text header (目标, 当年状态) makes INDEX an error, which is no mark
  return `IFERROR(AND(ISNUMBER(${header}),${header}<${YEAR_NAME},${indexInRow(span("bad"), `${header}-${first}+1`, true)}=1,${op}<>"text",${spoke}),FALSE)`;
}

/**
 * `INDEX(range,1,k)` over a row range (`$I4:$M4`), or the one cell itself when the range is one
 * cell (a yearly plan's single input year): Gnumeric answers #REF! to INDEX on a one-cell range
 * whatever k is, where Excel, LibreOffice and WPS give the cell, so every row of such a return read
 * 数据异常 there. `k` must already be 1 wherever the range is one cell (callers guard it: `out`,
 * MIN(MAX(…),N)); `unguarded` keeps INDEX's error for any other k, for a caller inside IFERROR.
 */
function indexInRow(range: string, k: string, unguarded = false): string {
  const [from, to] = range.split(":");
  if (from !== to) return `INDEX(${range},1,${k})`;
  return unguarded ? `IF(${k}=1,${from},NA())` : `${from}`;
}

/**
 * A year's target cell: the plan's own text for that year, or — where the plan gives that year
 * none (the final target applies on 序时进度, evaluation-rules §3), never another year's text.
 */
function ownTarget(yt: Readonly<Record<string, string>> | undefined, year: number): string {
  return yt?.[String(year)] ?? "—";
}

/**
 * D − B of the row's 序时进度 for the reporting year, as a formula: T − B, or where the row judges years before a
 * milestone against it (yearRule's `for` < T), IF(报告年份<m1,m1,IF(报告年份<m2,m2,T))−B over its milestones.
 */
function targetYearFormula(prm: IndicatorParams, T: number, B: number): string {
  const milestones = [...new Set(prm.years.filter((y) => !y.rule.yearly && y.rule.for < T).map((y) => y.rule.for))].sort((a, b) => a - b);
  return milestones.reduceRight((rest, m) => `IF(${YEAR_NAME}<${m},${m - B},${rest})`, `${T - B}`);
}

/** The row's 方向 label: the indicator's direction, read against the final year's target (shownDirection: 100 → 100 reads 保持). */
function rowDirectionLabel(prm: IndicatorParams): string {
  const last = prm.years[prm.years.length - 1]?.rule;
  return directionLabel(shownDirection(prm.direction, last), "zh", last?.target.kind);
}

function writeHiddenConstants(b: SheetBuilder, r: number, prm: IndicatorParams): void {
  b.value(r, b.col("pb"), prm.baseline, "hidden");
  b.value(r, b.col("lo"), prm.bounds.lo, "hidden");
  b.value(r, b.col("hi"), prm.bounds.hi, "hidden");
  b.value(r, b.col("los"), prm.bounds.loStrict ? 1 : 0, "hidden");
  b.value(r, b.col("cum"), prm.cumulative ? 1 : 0, "hidden");
  b.value(r, b.col("pr"), prm.percentRow ? 1 : 0, "hidden");
  b.value(r, b.col("fr"), prm.fractionCheck ? 1 : 0, "hidden");
  // the plan gives the row a number somewhere (judgedByNumber): a `none` year's value is then said (§8g, §8e)
  b.value(r, b.col("num"), prm.numbered ? 1 : 0, "hidden");
  for (const yp of prm.years) {
    const k = prm.yearly ? yp.year : 0;
    if (!prm.yearly && yp !== prm.years[0]) continue;
    b.value(r, b.col(`op:${k}`), yp.op, "hidden");
    b.value(r, b.col(`tv:${k}`), yp.tv, "hidden");
    b.value(r, b.col(`tr:${k}`), yp.trajectory, "hidden");
    b.value(r, b.col(`yr:${k}`), yp.rule.yearly ? 1 : 0, "hidden");
  }
}

/** The band lines (LagBands) in the row's hidden cells, so the status formula reads the office's own 亮灯 rule. */
function writeBandConstants(b: SheetBuilder, r: number, lines: ReturnType<typeof bandLines>): void {
  b.value(r, b.col("la"), lines.lagging.a, "hidden");
  b.value(r, b.col("lb"), lines.lagging.b, "hidden");
  b.value(r, b.col("sa"), lines.severe.a, "hidden");
  b.value(r, b.col("sb"), lines.severe.b, "hidden");
}

interface Shape { F: number; N: number; step: number; years: number[]; t: IndicatorTemplate }

/** The row's formulas. Each mirrors a step of evaluateIndicator; see evaluation-rules.md §3. */
function writeFormulas(b: SheetBuilder, r: number, prm: IndicatorParams, { F, N, step, years, t }: Shape, lineRefs: { lines?: LineFormulas }): void {
  const ref = (k: string): string => b.ref(k, r);
  const first = years[0] ?? F;
  const last = years[years.length - 1] ?? F;
  const blockFirst = step === 2 ? b.letter(targetKey(first)) : b.letter(inKey(first));
  const BLK = `$${blockFirst}${r}:$${b.letter(inKey(last))}${r}`;
  const span = (p: string): string => `$${b.letter(`${p}:${first}`)}${r}:$${b.letter(`${p}:${last}`)}${r}`;
  // the year's index among the input years; the same for every row, so not a cell of its own
  const I = `(${YEAR_NAME}-${F}+1)`;
  const X = ref("x"), BAD = ref("bad"), V = ref("v"), P = ref("p"), MET = ref("met");
  const LO = ref("lo"), HI = ref("hi"), LOS = ref("los"), PB = ref("pb"), PR = ref("pr"), FR = ref("fr");
  const perYear = (p: string, i: string): string => (step === 2 ? indexInRow(span(p), i) : `$${b.letter(`${p}:0`)}${r}`);
  const OPc = perYear("op", I);
  const TVc = perYear("tv", I);
  // s = (Y − B)/(D − B), D the year the target is for (yearRule's `for`: the plan's target year, or before a milestone the
  // milestone's, §3 our reading, trial47b F3); only used for 1 ≤ I ≤ N, where the engine's clamp changes nothing
  const Sc = `((${YEAR_NAME}-${t.baselineYear})/(${targetYearFormula(prm, t.targetYear, t.baselineYear)}))`;
  const TRc = perYear("tr", I);
  // the year's own target (s = 1, no on-track tier), or the final target on 序时进度; the plan's last year is the final
  // target's own year (s = 1, no on-track tier either: 9 against `<9` in 2025 is 滞后, as bandStatus's ownYear)
  const YRc = `OR(${perYear("yr", I)}=1,${YEAR_NAME}>=${t.targetYear})`;
  const out = `OR(${I}<1,${I}>${N})`;
  const cell = indexInRow(BLK, `${I}*${step}`);

  // TRUE/FALSE are numbers to LibreOffice's ISNUMBER but not to Excel's: mark them as text first
  b.formula(r, b.col("x"), `IF(${out},"",IF(ISBLANK(${cell}),"",IF(ISLOGICAL(${cell}),"#BOOL",${cell})))`, "hidden");
  for (const y of years) {
    const c = b.ref(inKey(y), r);
    // §2, §2a: text, TRUE/FALSE, an error, or a number unusableNumber refuses;
    // a blank cell is not unusable (missing, or a gap in a running total)
    b.formula(r, b.col(`bad:${y}`), `IFERROR(IF(ISBLANK(${c}),0,IF(AND(ISNUMBER(${c}),NOT(ISLOGICAL(${c}))),IF(${unusableNumber(c, { LO, HI, LOS, PR, FR })},1,0),1)),1)`, "hidden");
  }
  const badSpan = `$${b.letter(`bad:${first}`)}${r}:$${b.letter(`bad:${last}`)}${r}`;
  if (prm.cumulative) {
    const R = `${indexInRow(BLK, "1")}:${indexInRow(BLK, `${I}*${step}`)}`;
    b.formula(r, b.col("bad"), `IF(${out},0,SUM(${indexInRow(badSpan, "1")}:${indexInRow(badSpan, I)}))`, "hidden");
    // with one target per year the targets between the inputs are the plan's text, which SUM skips
    b.formula(r, b.col("v"), `IF(OR(${out},${BAD}>0),"",SUM(${R}))`, "hidden");
  } else {
    b.formula(r, b.col("bad"), `IF(${out},0,${indexInRow(badSpan, I)})`, "hidden");
    b.formula(r, b.col("v"), `IF(ISERROR(${X}),"",IF(AND(ISNUMBER(${X}),${BAD}=0),${X},""))`, "hidden");
  }
  const trajectory = prm.cumulative ? `${V}/${TVc}` : `(${V}-${PB})/(${TVc}-${PB})`;
  // an approximate target (5.5左右) is judged by its distance alone, so no progress (§3, our reading), as in the engine
  b.formula(r, b.col("p"), `IF(OR(${out},${V}=""),"",IF(OR(${TRc}=0,${OPc}="~"),"",${trajectory}))`, "hidden");
  const eps = excelTolerance;
  const diff = `ABS(${V}-${TVc})`;
  const metTest = `IF(${OPc}=">=",${excelGe(V, TVc)},IF(${OPc}=">",${V}>${TVc}+${eps(V, TVc)},IF(${OPc}="<=",${V}<=${TVc}+${eps(V, TVc)},IF(${OPc}="<",${V}<${TVc}-${eps(V, TVc)},IF(${OPc}="~",${diff}<=${APPROX_MET}*ABS(${TVc})+${eps(diff, `${APPROX_MET}*ABS(${TVc})`)},FALSE)))))`;
  b.formula(r, b.col("met"), `IF(OR(${out},${V}=""),FALSE,${metTest})`, "hidden");

  const OPany = perYear("op", `MIN(MAX(${I},1),${N})`);
  // the reviewer's word trimmed as the engine trims it (" 已达标", "滞后" and a full-width space, pasted)
  const ASSESS = `IFERROR(${excelTrim(ref("assess"))},"")`;
  // bandStatus: the year a target is for (s = 1) is lagging or severe by the 严重滞后 line alone
  const [LA, LB, SA, SB] = (["la", "lb", "sa", "sb"] as const).map(ref);
  const severeAt = (share: string): string => `(${SA}*${share}-${SB})`;
  const grade = `IF(${P}="","${L.lagging}",IF(${YRc},IF(${excelGe(P, severeAt("1"))},"${L.lagging}","${L.severe}"),IF(${excelGe(P, `(${LA}*${Sc}-${LB})`)},"${L.on_track}",IF(${excelGe(P, severeAt(Sc))},"${L.lagging}","${L.severe}"))))`;
  // the same lines for the 进度 cell's decimals (progressDigitsRules, the first row's): a yearly year has s = 1 and no 滞后 line
  if (r === FIRST_DATA_ROW) {
    const share = `IF(${YRc},1,${Sc})`;
    lineRefs.lines = { expected: share, lagging: `IF(${YRc},1,${LA}*${Sc}-${LB})`, severe: `(${SA}*${share}-${SB})` };
  }
  const approx = `IF(${diff}<=${APPROX_LAGGING}*ABS(${TVc})+${eps(diff, `${APPROX_LAGGING}*ABS(${TVc})`)},"${L.lagging}","${L.severe}")`;
  const status =
    `IF(${I}<1,"${L.not_applicable}",IF(${OPany}="none","${L.not_applicable}",` +
    // a words target: the reviewer's word, else 未填报 while the year's cell is blank, else 待人工评估 (§3);
    // IFERROR because X holds the cell's error value, which is written, not blank
    `IF(${OPany}="text",IF(ISNUMBER(MATCH(${ASSESS},${ASSESSABLE},0)),${ASSESS},IF(IFERROR(${X}="",FALSE),"${L.missing}","${L.manual}")),` +
    `IF(${I}>${N},"${L.missing}",IF(ISERROR(${X}),"${L.invalid}",IF(${X}="","${L.missing}",` +
    `IF(${BAD}>0,"${L.invalid}",IF(${MET},"${L.met}",IF(${OPc}="~",${approx},${grade})))))))))`;
  b.formula(r, b.col("status"), status, "status");
  // §3a: progress below 0 (the value on the wrong side of the baseline) reads 倒退, never a negative
  // percentage; the cell keeps the number (its number format shows the word). A running total
  // has a progress before this year's cell is filled; the engine gives none to a missing year.
  b.formula(r, b.col("progress"), `IF(${P}="","",IF(${X}="","",${P}))`, "progress");
}

/**
 * Whether the number in cell `c` is unusable (§2, §2a), as a worksheet condition over the row's hidden
 * constants (`LO`, `HI`, `LOS` a strict lower bound, `PR` a % row, `FR` the fraction check): out of the
 * unit's range, a percent style in a % row (CELL("format") gives P0, P1, P2… in Excel, LibreOffice and
 * Gnumeric), a date or time style (D1…D9: Excel makes 4-2 typed a date; the engine reads a date), or a
 * fraction slip (0 < v ≤ 1). The range and the fraction's 1 are compared as §3 compares numbers, as
 * withinBounds and checkActual do: 100.00000000000001 is 100, 1.0000000000000002 is 1 (trial39d F1).
 * The one rule of the status formulas' `bad` flags and the input validation.
 */
function unusableNumber(c: string, k: { LO: string; HI: string; LOS: string; PR: string; FR: string }): string {
  // a strict lower bound is 0 (ages, unitBounds), where the tolerance is nothing: c<=0 is le(c, 0)
  return `OR(${excelToBound(c, "<", k.LO)},${excelToBound(c, ">", k.HI)},AND(${k.LOS}=1,${c}<=${k.LO}),AND(${k.PR}=1,LEFT(CELL("format",${c}),1)="P"),LEFT(CELL("format",${c}),1)="D",AND(${k.FR}=1,${c}>0,${excelToBound(c, "<=", "1")}))`;
}

/**
 * One validation per input range of a row: its prompt names the row's unit, target and
 * expected value. The rule itself is the same for every row: a custom formula that reads the
 * row's hidden bounds (lo, hi, los), as the status formula does, so it agrees with the engine
 * (strict lower bounds included; ISLOGICAL because LibreOffice counts TRUE as a number) and
 * the Office host can set it once over a whole column of rows, leaving only the prompt to each
 * row (see validationOps). test/sheet/validationRule proves it in LibreOffice.
 */
function inputValidations(b: SheetBuilder, r: number, prm: IndicatorParams): PlannedValidation[] {
  // Each prompt names the year its 序时应达 applies to, so it stays right when the workbook
  // rolls over to another reporting year (issue 14): a yearly table's cell gets its own year,
  // a row whose cells share one rule lists every year's value.
  // as the engine's expectedValue: only where a trajectory exists (a baseline already meeting its floor is not due to fall)
  // (a strict target in the year it is for, s = 1, is the target itself, to be passed: <9, as the engine's expectedStrict)
  const expected = (yp: YearParams): string | null => typeof yp.tv === "number" && prm.baseline !== "" && !prm.cumulative && yp.op !== "~" && yp.trajectory === 1
    ? `${yp.share >= 1 && (yp.op === "<" || yp.op === ">") ? yp.op : ""}${Number((prm.baseline + yp.share * (yp.tv - prm.baseline)).toPrecision(6))}` : null;
  // a row whose plan writes a negative number has no floor, an index % row no ceiling (unitBounds): "≤ hi", "≥lo" or any number
  const range = prm.bounds.lo <= -1e299 ? (prm.bounds.hi >= 1e299 ? "任意数值" : `≤${prm.bounds.hi}`) : prm.bounds.hi >= 1e299 ? `${prm.bounds.loStrict ? ">" : "≥"}${prm.bounds.lo}` : `${prm.bounds.lo}–${prm.bounds.hi}`;
  const unit = prm.unit.symbol || "未注明";
  const unjudged = prm.years.every((y) => y.op === "none");
  const lastFor = Math.max(...prm.years.map((y) => y.rule.for));
  const promptFor = (shown: YearParams[]): string => {
    const rule = shown[shown.length - 1];
    const exp = shown.flatMap((yp) => { const e = expected(yp); return e === null ? [] : [{ year: yp.year, e }]; });
    return [
      // a row no year of which has a target (`/` throughout) is checked by nothing, neither the engine nor the
      // validation (§8g): the prompt says so, not a range nobody holds the cell to (trial39d F2)
      unjudged ? `单位 ${unit}：可填文字或数值，不评估` : `单位 ${unit}（${range}）`,
      // a year judged against a later milestone says its year, never read as the 目标(T) column's (trial47d F4)
      `目标 ${rule?.rule.text || "—"}（${rule && !rule.rule.yearly && rule.rule.for < lastFor ? `${rule.rule.for} 年目标，` : ""}方向 ${rowDirectionLabel(prm)}）`,
      exp.length === 1 ? `${exp[0]?.year}年序时应达 ${exp[0]?.e}` : exp.length > 1 ? `序时应达：${exp.map((x) => `${x.year}年 ${x.e}`).join("；")}` : "",
      prm.cumulative ? "累计目标：填当年数" : "",
    ].filter(Boolean).join("\n").slice(0, 250);
  };
  const cols = prm.years.map((y) => ({ col: b.letter(inKey(y.year)), checked: y.op !== "text" && y.op !== "none", prompt: promptFor([y]) }));
  // yearly: each year's cell (targets sit between them); otherwise the row's input cells at once
  const ranges = prm.yearly
    ? cols.map((c) => ({ cells: `${c.col}${r}`, checked: c.checked, prompt: c.prompt }))
    : cols.length ? [{ cells: `${cols[0]?.col}${r}:${cols[cols.length - 1]?.col}${r}`, checked: cols.some((c) => c.checked), prompt: promptFor(prm.years) }] : [];
  const [LO, HI, LOS, PR, FR] = (["lo", "hi", "los", "pr", "fr"] as const).map((k) => `$${b.letter(k)}${r}`) as [string, string, string, string, string];
  return ranges.map(({ cells, checked, prompt }) => {
    const x = cells.split(":")[0] ?? cells;
    const text = { errorStyle: "warning" as const, promptTitle: "填报提示", prompt, errorTitle: "数值超出范围", error: "应为数值，且在本指标单位的合理范围内（见填报提示）；单位为 % 的，填 95，不填 95% 或 0.95。确认无误请点“是”。" };
    // a qualitative or not-applicable target takes any entry, as the engine does (it checks none)
    return checked
      // §2a: a percent style in a % row, and §2: a date style or a fraction slip, are refused as the status formula refuses them;
      // IF, not AND, before the number is used: AND evaluates every argument, and 1E-9*"文本" is #VALUE!
      ? { range: cells, type: "custom" as const, formula: `IF(AND(ISNUMBER(${x}),NOT(ISLOGICAL(${x}))),NOT(${unusableNumber(x, { LO, HI, LOS, PR, FR })}))`, ...text }
      : { range: cells, type: "any" as const, ...text };
  });
}
