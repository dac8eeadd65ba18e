import type { HeaderProblem } from "./refusalMessages";
import { squash } from "./text";
import { readListHeader } from "./lists/listHeader";

/**
 * The header of an indicator table: which column after the indicator's name holds the
 * baseline, the target, each year's target, a reported result, the attribute 属性 …
 */

export type ColumnKind = "baseline" | "target" | "yearly" | "result" | "attribute" | "unit" | "responsible" | "note" | "cumulative" | "weight" | "vision" | "past-target" | "later-target" | "growth" | "ignored";

export interface Column {
  /** the header text of the column, whitespace removed (`2025年目标`) */
  label: string;
  kind: ColumnKind;
  year?: number;
}

/** Whether a column holds a value of the indicator (a baseline, target, yearly target, result or 累计), not a word about it. */
export function holdsValue(c: Column): boolean {
  return c.kind === "baseline" || c.kind === "target" || c.kind === "yearly" || c.kind === "result" || c.kind === "cumulative";
}

export interface Header {
  /** 0-based index of the first and last header line */
  first: number;
  last: number;
  /** the value columns after the name column, in order */
  columns: Column[];
  baselineCol: number | null;
  /** the final target's column: a `target` column, or the last `yearly` column */
  targetCol: number;
  baselineYear: number | null;
  targetYear: number | null;
  /** where each of the two years was read: a column's label, given by the caller (PlanYears), the title's 十四五, the year before a yearly plan's target (baseline only), or nowhere (null) */
  yearFrom: { baseline: YearFrom; target: YearFrom };
  /** years with their own target (empty unless the table has one column per year) */
  yearlyYears: number[];
  /** several target columns with years (`2023年目标 | 2025年目标`): the earlier, kept as yearly targets; empty otherwise */
  interimYears: number[];
  /**
   * The table's only target lies beyond the plan (`2035年远景目标`, or a year after the plan's end):
   * it is kept as the target and said (column label, and the plan's end from the title where it
   * names one); null otherwise.
   */
  visionTarget: { label: string; planEnd: number | null } | null;
  /**
   * Which of several target years was taken (`2020年目标 | 2030年目标值`, `2025年 | 2028年 | 2030年`, a
   * table of every year aside): the target column's label, the earlier target columns' labels (kept
   * as yearly targets) and the later ones' (left out, when `chosen`: PlanYears.targetYear named an
   * earlier year); null when the table has one target year or one column per year.
   */
  targetChoice: TargetChoice | null;
  /** the years the caller gave: a page-break repeat of the header is read with them (its signature then the same) */
  given: PlanYears;
  /** identifies the column layout, to tell a page-break repeat from another table's header */
  signature: string;
  /** 0-based cell index of the name column in the header line */
  nameAt: number;
  /** the header has a 序号 (编号) column before the name */
  numberColumn: boolean;
  /**
   * How many cells the name label covers: 1, or more when blank cells follow it before the first
   * value label (`指标 | | | 2015年`, a merged 指标 over 领域 | 小类 | 名称: 3). Rows then carry their
   * categories in the cells the label spans.
   */
  nameSpan: number;
}

/** Header.targetChoice. */
export interface TargetChoice {
  taken: string;
  earlier: string[];
  /** the earlier columns' years */
  years: number[];
  later: string[];
  /** the year was given (import --target-year), not the last one taken */
  chosen: boolean;
}

/** Where a plan year was read (Header.yearFrom). */
export type YearFrom = "header" | "given" | "title" | "yearly-plan" | null;

/**
 * Years the caller gives (import --baseline-year / --target-year): used where the header has no column
 * with that year; a target year also chooses among several target columns (readHeader refuses one no
 * column has).
 */
export interface PlanYears {
  baselineYear?: number | undefined;
  targetYear?: number | undefined;
}

/** "target-year-absent": the year given (PlanYears.targetYear) is none of the header's target `years`. */
/**
 * "target-year-absent": the year given (PlanYears.targetYear) is none of the header's target `years`.
 * "group-unnamed": a group cell (`“十四五”目标` merged over two columns) whose columns no header line below
 * names, under which the rows hold values: `label`, and the `columns` it spans; which value is which cannot be told.
 */
export type HeaderRead =
  | { ok: true; header: Header }
  | { ok: false; why: HeaderProblem }
  | { ok: false; why: "target-year-absent"; years: number[] }
  | { ok: false; why: "group-unnamed"; label: string; columns: number };

// The name column's header, as plans write it (traditional characters are read as simplified first).
const NAME_LABEL = /^(主要|具体|监测|评价|考核|核心|发展|分项)?指标(名称|项目|项|内容)?(\(单位\))?$|^(指标)?名称$|^项目指标$/;
// `一级指标 | 二级指标 | …`: the indicators are the deepest level, the levels before them categories
const LEVEL_LABEL = /^[一二三四1-4]级指标(名称)?$/;
const ROLE_WORD = /20\d\d|基期|目标|现状|属性|完成情况|预期值|累计/;
const CONTINUATION = /^([到至]?(20\d\d)年?|年|中期|目标值?|规划目标|规划|计划(目标|数)?|基期值?|基数|现状值?|完成情况?|实际(完成)?值?|执行(情况|数|值)?|预计(完成)?数?|属性|单位|备注|值|预期|末|[〔[［(（]?累计[〕\]］)）]?)+$/;
/** The column naming who answers for an indicator (the template's responsibleUnit). */
const RESPONSIBLE_LABEL = /^(责任|牵头|主责)(单位|部门)$|^责任主体$/;

/** The name column of a header's labels (-1 when none): the first name label, or the deepest of 一级指标 / 二级指标 …. */
function nameColumn(labels: readonly string[]): number {
  const first = labels.findIndex((l) => NAME_LABEL.test(l) || LEVEL_LABEL.test(l));
  if (first < 0 || !LEVEL_LABEL.test(labels[first] ?? "")) return first;
  let last = first;
  while (LEVEL_LABEL.test(labels[last + 1] ?? "")) last++;
  return last;
}

/** The 0-based cell of a header line's name label (指标, 指标名称, the deepest 二级指标); -1 when it has none. */
export function headerNameAt(cells: readonly string[]): number {
  return nameColumn(cells.map(squash));
}

export function isIndicatorHeader(cells: readonly string[]): boolean {
  const labels = cells.map(squash);
  const nameAt = nameColumn(labels);
  if (nameAt < 0) return false;
  return labels.some((l, i) => i > nameAt && ROLE_WORD.test(l) && !isSentence(l));
}

// a clause's stop outside brackets: a header label may note inside them (`年均增长（%，累计）`), never outside
const CLAUSE_STOP = /[,，。;；!！?？]/;
const BRACKETED = /[(（〔[［【][^()（）〔〕[\]［］【】]*[)）〕\]］】]/g;

/**
 * Whether a cell is a sentence of prose, not a column's label: a clause's stop (，。；) outside brackets
 * (`到2027年，全县地区生产总值达到500亿元`): a notice's text read as a header took `到2027年` for a target year.
 */
export function isSentence(label: string): boolean {
  return CLAUSE_STOP.test(label.replace(BRACKETED, ""));
}

/**
 * Whether a word is a header's label: a name label, a label before it (序号, 类别) or a column the header
 * knows (单位, 属性, 备注, 2025年目标…), not a sentence. For labels a document spread out by spaces (`指  标`, justifiedLabels).
 */
export function isHeaderLabel(word: string): boolean {
  const label = squash(word);
  return NAME_LABEL.test(label) || LEVEL_LABEL.test(label) || LEAD_LABEL.test(label) || classify(label).kind !== "ignored";
}

/** A project list's header (项目名称, 总投资, 建设内容…: lists/listHeader, the one home of those words). */
export function isProjectHeader(cells: readonly string[]): boolean {
  return readListHeader(cells)?.kind === "projects";
}

/** A reform list's header (改革名称, 改革任务, 牵头单位…: lists/listHeader). */
export function isReformHeader(cells: readonly string[]): boolean {
  return readListHeader(cells)?.kind === "reforms";
}

/** Labels that stand before the name column in a header: 序号 and the category columns. */
const LEAD_LABEL = /^(序号|编号|序|类别|领域|分类|类型|一级指标)$/;

/**
 * The run of header labels around the first name label in a list of cells (a header written one
 * cell per line): the 序号 and category labels before it and the value labels after it; null
 * when there is no such run that makes an indicator header.
 */
export function headerRun(cells: readonly string[]): { from: number; to: number } | null {
  const labels = cells.map(squash);
  for (let n = 0; n < labels.length; n++) {
    if (!NAME_LABEL.test(labels[n] ?? "") && !LEVEL_LABEL.test(labels[n] ?? "")) continue;
    let from = n;
    while (from > 0 && LEAD_LABEL.test(labels[from - 1] ?? "")) from--;
    let to = n + 1;
    while (to < labels.length && classify(labels[to] ?? "").kind !== "ignored") to++;
    if (isIndicatorHeader(cells.slice(from, to))) return { from, to };
  }
  return null;
}

/**
 * The labels after an indicator header's name column that name no column it knows (a second `指标`), or a bare
 * `年均增速` a `〔累计〕` may follow: in a header a web page's copy broke over lines (`年均增速⏎〔累计〕`, `指标⏎属性`) these are the
 * cells not yet whole (rules/headerBreaks.ts). Empty for a header with no name label.
 */
export function unknownLabels(cells: readonly string[]): string[] {
  const labels = cells.map(squash);
  const nameAt = nameColumn(labels);
  if (nameAt < 0) return [];
  // a bare 年均增速 is read as a column (ANNUAL_LABEL), but a broken header's `年均增速⏎〔累计〕` is not whole yet
  return labels.slice(nameAt + 1).filter((l) => l !== "" && (classify(l).kind === "ignored" || ANNUAL_LABEL.test(l)));
}

/** A second header line: only years and header words (`\t\t2020 年\t2020 年`, `目标`). */
export function isHeaderContinuation(cells: readonly string[]): boolean {
  const labels = cells.map(squash).filter((l) => l !== "");
  return labels.length > 0 && labels.every((l) => CONTINUATION.test(l));
}

/** A group cell of a header line: a label at `at` over the blank cells after it up to `end` (exclusive), at least two columns. */
interface GroupSpan {
  at: number;
  end: number;
}

/**
 * The group cells among a header line's value labels (after the name column and the blank cells its
 * label spans): a label followed by blank cells, as a cell merged over several columns reads in a sheet
 * (a merged cell's value is in its first cell), a web page's `colspan` or a tab copy of either. The
 * last label's blanks run to `width` (a sheet's row loses its trailing empty cells).
 */
function groupSpans(labels: readonly string[], width: number): GroupSpan[] {
  const nameAt = nameColumn(labels);
  if (nameAt < 0) return [];
  let from = nameAt + 1;
  while (from < labels.length && (labels[from] ?? "") === "") from++;
  const out: GroupSpan[] = [];
  for (let i = from; i < labels.length; i++) {
    if ((labels[i] ?? "") === "") continue;
    let end = i + 1;
    while (end < Math.max(labels.length, width) && (labels[end] ?? "") === "") end++;
    if (end - i >= 2) out.push({ at: i, end });
  }
  return out;
}

/** A label a header line below a group cell may hold: a column's kind, a header word, or words without figures (`绝对值`). */
function isLabelBelow(label: string): boolean {
  return classify(label).kind !== "ignored" || CONTINUATION.test(label) || (/[\u3400-\u9fff]/u.test(label) && !/\d/.test(label));
}

/**
 * A header line below one with a group cell (`类别 | 指标 | 单位 | 2020年 | “十四五”目标 | | 属性` over
 * `| | | | 2025年 | 年均增长〔累计〕 |`, trial29a: the commonest county 纲要 layout): its labels stand under the
 * group's columns, one of them under a blank cell the group spans, any other cell under a value column holds a
 * header word (isHeaderContinuation's) and none stands under the name or a category. Then the two lines are
 * read together (readHeader).
 */
export function isGroupContinuation(above: readonly string[], cells: readonly string[]): boolean {
  const labels = above.map(squash);
  const below = cells.map(squash);
  const nameAt = nameColumn(labels);
  const spans = groupSpans(labels, below.length);
  if (spans.length === 0) return false;
  const inSpan = (i: number): GroupSpan | undefined => spans.find((g) => i >= g.at && i < g.end);
  let names = false;
  for (let i = 0; i < below.length; i++) {
    const l = below[i] ?? "";
    if (l === "") continue;
    const g = inSpan(i);
    if (g === undefined) {
      // under the name or a category: no header word (a header broken by a copy, `2015⏎基期值 | …`, trial29a)
      if (i <= nameAt || !CONTINUATION.test(l)) return false;
      continue;
    }
    if (!isLabelBelow(l)) return false;
    if (i > g.at) names = true;
  }
  return names;
}

/**
 * The header lines from `first` on (0-based indexes: `first` and the lines after it read with it): a
 * line of years or header words (isHeaderContinuation), or one naming the columns of a group cell
 * above it (isGroupContinuation). readHeader reads them so; gridLines keeps their cells whole.
 */
export function headerLines(rows: ReadonlyArray<readonly string[]>, first: number): number[] {
  const out = [first];
  let above = [...(rows[first] ?? [])];
  for (let r = first + 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    if (!isHeaderContinuation(cells) && !isGroupContinuation(above, cells)) break;
    out.push(r);
    // a later line names the columns of what the lines above made (their cells filled in, as readHeader joins them)
    above = above.map((c, i) => c + (cells[i] ?? ""));
    for (let i = above.length; i < cells.length; i++) above.push(cells[i] ?? "");
  }
  return out;
}

function yearOf(label: string): number | undefined {
  const m = /(20\d\d)/.exec(label);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/**
 * The column a growth column (`增长%`) speaks for: the nearest value column before it (an annual plan's
 * `2023年预计完成 | 增长% | 2024年计划 | 增长%`: the first is 2023's growth, the second the plan year's);
 * null when none comes before it. Index into `columns`.
 */
export function growthOwner(columns: readonly Column[], at: number): number | null {
  for (let j = at - 1; j >= 0; j--) {
    const c = columns[j];
    if (c && c.kind !== "growth" && c.kind !== "cumulative" && holdsValue(c)) return j;
  }
  return null;
}

/**
 * The growth column of the target year (growthTarget): the first growth column that speaks for the
 * target column or for no column; -1 when every growth column speaks for another year (that year's
 * growth, said and not loaded: startReading).
 */
export function targetGrowthColumn(header: Pick<Header, "columns" | "targetCol">): number {
  return header.columns.findIndex((c, i) => {
    if (c.kind !== "growth") return false;
    const owner = growthOwner(header.columns, i);
    return owner === null || owner === header.targetCol;
  });
}

/** A growth column without a year (`增长%`, `增长（%）`, `比上年增长`, `增速`); not 年均增长, a five-year average. */
const GROWTH_LABEL = /^(比上年)?(增长|增速|增幅)率?(\(%\)|%)?$/;
/** A five-year plan's yearly average growth column (`年均增长`, `年均增速（%）`), read as a 年均/累计 column. */
const ANNUAL_LABEL = /^(五年|“十[一二三四五六七八九]五”)?年均(增长|增速|增幅)率?(\(%\)|%)?$/;

/**
 * An estimate (`2025年预计`, `预计完成`, `预计数`, `预计实现`; not `预计目标`): before a later target it is that
 * year's result as the plan was written, the baseline (actualAsBaseline); alone (`2020年 | 2025年预计`) the target.
 */
const ESTIMATE = /预计(?!目标)/;
/**
 * A result's words (`完成`, `完成情况`, `2024年实际`, `实绩`, a yearly plan's `2023年执行情况` / `执行数` / `上年执行情况`: trial43a F2):
 * what a year came to, never its target (before a later target, the baseline: actualAsBaseline).
 */
const RESULT = /完成|实际|实绩|执行/;

function classify(label: string): Column {
  // a sentence names no column, whatever years or words it holds (isSentence)
  if (isSentence(label)) return { label, kind: "ignored" };
  const year = yearOf(label);
  const col = (kind: ColumnKind): Column => (year === undefined ? { label, kind } : { label, kind, year });
  if (/属性|^(指标)?(性质|类型)$|约束性|预期性/.test(label)) return { label, kind: "attribute" };
  if (/^(计量)?单位$/.test(label)) return { label, kind: "unit" };
  if (RESPONSIBLE_LABEL.test(label)) return { label, kind: "responsible" };
  if (/^权重|^分值$|^分数$/.test(label)) return { label, kind: "weight" };
  if (/累计/.test(label) && !/目标/.test(label)) return col("cumulative");
  // a bare 年均增长 column is the 年均/累计 one without its 〔累计〕: bare values yearly averages, 〔〕 ones totals
  // (cumulativeTarget); its data were not loaded at all (trial30e)
  if (ANNUAL_LABEL.test(label)) return col("cumulative");
  if (/备注|说明/.test(label)) return { label, kind: "note" };
  // a yearly plan's growth column beside the amounts (`2025年目标 | 增长%`): a rate for the target year (growthTarget)
  if (GROWTH_LABEL.test(label)) return { label, kind: "growth" };
  if (RESULT.test(label)) return col("result");
  if (/基期|基数|现状|基准/.test(label)) return col("baseline");
  // 计划 (`2026年计划`, `2026年计划数`): a yearly plan's target column, as 目标 and 预期 are; 预计 one too,
  // unless a later target follows it (actualAsBaseline: `2025年预计 | 2026年目标`)
  // 中期 (`2027年中期`, a 十五五 table's interim year), 远景 (`2035年远景`, beyond the plan: beyondPlan) and 到/至 a year (`到2030年`) name targets too
  if (/目标|规划|预期|预计|计划|中期|远景/.test(label) || /^[到至]20\d\d年/.test(label)) return col("target");
  if (year !== undefined && /^20\d\d年?(年末|末|值|数)?$/.test(label)) return col("yearly");
  return { label, kind: "ignored" };
}

/** The years a five-year plan named in the title covers: “十四五” (or 第十四个五年规划) → 2020 (baseline) and 2025. */
export function planYearsFromTitle(title: string): { baselineYear: number; targetYear: number } | null {
  const m = /十([一二三四五六七八九])个?五/.exec(title);
  const digit = m?.[1];
  if (digit === undefined) return null;
  const n = 10 + "一二三四五六七八九".indexOf(digit) + 1;
  const start = 1981 + 5 * (n - 6);
  return { baselineYear: start - 1, targetYear: start + 4 };
}

/**
 * The year a title names as its plan's end, when it names no period (planYearsFromTitle): the last
 * 20xx of `“健康中国2030”主要健康指标` or `（2016—2030年）`, not one named as a vision (`2035年远景`).
 * Null when there is none.
 */
function titleEndYear(title: string): number | undefined {
  const years = [...title.matchAll(/(20\d\d)(?!\d)(?!年?远景)/g)].map((m) => Number(m[1]));
  return years.length ? Math.max(...years) : undefined;
}

/**
 * Reads the header starting at line `first`, with the lines after it that only carry years or
 * header words (a header spread over two lines: `规划目标` / `2020 年`). A year no column gives is
 * taken from `given`, else from the plan period the title names (十三五: 2015 and 2020), else null.
 */
export function readHeader(rows: ReadonlyArray<readonly string[]>, first: number, title: string, given: PlanYears = {}): HeaderRead {
  const labels = (rows[first] ?? []).map(squash);
  const lines = headerLines(rows, first);
  const last = lines[lines.length - 1] ?? first;
  for (const at of lines.slice(1)) {
    const more = rows[at] ?? [];
    if (more.length === 1) {
      // No separators: the word belongs to the last year column (`2025年` / `目标`).
      const word = squash(more[0] ?? "");
      let at = -1;
      labels.forEach((l, i) => {
        if (/20\d\d/.test(l)) at = i;
      });
      if (at < 0) at = labels.length - 1;
      labels[at] = (labels[at] ?? "") + word;
    } else {
      const below = more.map(squash);
      const groups = groupSpans(labels, below.length);
      dropSpanWords(labels, below);
      const named = nameGroupColumns(labels, below, groups.filter((g) => (labels[g.at] ?? "") !== ""));
      below.forEach((cell, i) => {
        if (!named.has(i)) labels[i] = (labels[i] ?? "") + cell;
      });
    }
  }
  // a group cell no line below names, over columns the rows fill: which value is which cannot be told (trial29a: a
  // 4-column reading of a 5-column table loaded `unit 216.5, baseline 300`)
  const unnamed = groupSpans(labels, 0).find((g) => g.end < labels.length && rowsFill(rows, last, g));
  if (unnamed !== undefined) return { ok: false, why: "group-unnamed", label: labels[unnamed.at] ?? "", columns: unnamed.end - unnamed.at };
  const nameAt = nameColumn(labels);
  const columns = labels.slice(nameAt + 1).filter((l) => l !== "").map(classify);
  if (columns.length === 0) return { ok: false, why: "no-columns" };

  estimateBesideTarget(columns);
  actualAsBaseline(columns);
  const fromTitle = planYearsFromTitle(title);
  earlierActuals(columns, given.baselineYear ?? fromTitle?.baselineYear ?? columns.map((c) => planYearsFromTitle(c.label)).find((y) => y !== null)?.baselineYear);
  let baselineCol: number | null = columns.findIndex((c) => c.kind === "baseline");
  if (baselineCol < 0) baselineCol = null;
  const chosen = given.targetYear;
  const aimYears = targetYears(columns);
  if (chosen !== undefined && aimYears.length > 0 && !aimYears.includes(chosen)) return { ok: false, why: "target-year-absent", years: aimYears };
  const planEndGiven = chosen ?? fromTitle?.targetYear;
  const firstYear0 = columns.find((c) => c.year !== undefined && (c.kind === "baseline" || c.kind === "yearly"))?.year;
  const planEnd = planEndGiven ?? titleEndYear(title) ?? (firstYear0 === undefined ? undefined : firstYear0 + PLAN_SPAN);
  // beside a target within it, a column past the plan's end (given, the title's period or year, else
  // PLAN_SPAN after the first year) is beyond the plan: a 十五五 table's `2025 | 2030 | 2035` is a 2030 plan
  // with a 2035 vision, the commonest shape now; “健康中国2030”'s `2015 | 2020 | 2030` takes 2030 by its
  // title, and without a year in the title 2020 (said; --target-year 2030 takes the other)
  beyondPlan(columns, planEnd, chosen);
  const interimYears = finalTarget(columns);
  const explicitTarget = columns.findIndex((c) => c.kind === "target");
  const yearCols = columns.map((c, i) => (c.kind === "yearly" ? i : -1)).filter((i) => i >= 0);

  // Plain year columns: the first is the baseline when a later target or year follows it.
  const firstYear = yearCols[0];
  // (an earlier target column, `2023年目标`, is a target, never the baseline)
  if (baselineCol === null && firstYear !== undefined && !interimYears.includes(columns[firstYear]?.year ?? 0) && (yearCols.length >= 2 || explicitTarget >= 0)) {
    const c = columns[firstYear];
    if (c) c.kind = "baseline";
    baselineCol = firstYear;
    yearCols.shift();
  }
  let targetCol = explicitTarget;
  if (targetCol < 0) {
    const lastYear = yearCols[yearCols.length - 1];
    if (lastYear === undefined) return { ok: false, why: "no-target" };
    targetCol = lastYear;
    if (yearCols.length === 1) {
      const c = columns[lastYear];
      if (c) c.kind = "target";
      yearCols.length = 0;
    }
  }
  const target = columns[targetCol];
  const yearlyYears = yearCols.map((i) => columns[i]?.year ?? 0);
  if (target?.kind === "target" && target.year !== undefined && yearlyYears.length > 0 && !yearlyYears.includes(target.year)) {
    yearlyYears.push(target.year);
  }

  // (a baseline column without a year, `上年执行情况`, is a yearly plan's too)
  const yearPlan = (baselineCol === null || columns[baselineCol]?.year === undefined) && yearlyYears.length === 0 && fromTitle === null && target !== undefined ? yearlyPlanYear(title, target) : null;
  const baseline = pick(baselineCol === null ? undefined : columns[baselineCol]?.year, given.baselineYear, fromTitle?.baselineYear, yearPlan === null ? undefined : yearPlan - 1);
  // a yearly plan's target column without a year (`预期目标`) takes the year its title names, as its baseline the year before
  const aim = pick(target?.year, given.targetYear, fromTitle?.targetYear, yearPlan ?? undefined);
  const baselineYear = baseline.year;
  const targetYear = aim.year;
  // the only target year beyond the plan (PLAN_SPAN after the first year when no end is known): a vision target, said
  const sole = yearlyYears.length === 0 && interimYears.length === 0;
  const visionTarget = target && target.year !== chosen && (isBeyond(target, planEndGiven) || (sole && isBeyond(target, planEnd))) ? { label: target.label, planEnd: fromTitle?.targetYear ?? null } : null;
  const targetChoice = target ? choiceOf(columns, target, baselineYear, chosen) : null;
  const signature = columns.map((c) => `${c.kind}${c.year ?? ""}`).join(",");
  const numberColumn = labels.slice(0, nameAt).some((l) => /^(序号|编号|序)$/.test(l));
  let nameSpan = 1;
  while ((labels[nameAt + nameSpan] ?? "x") === "") nameSpan++;
  return {
    ok: true,
    header: { first, last, columns, baselineCol, targetCol, baselineYear, targetYear, yearFrom: { baseline: baseline.from, target: aim.from }, yearlyYears, interimYears, visionTarget, targetChoice, given, signature, nameAt, numberColumn, nameSpan },
  };
}

/** The first year known: the header's column, the caller's, the title's 十四五, the year before a yearly plan's. */
function pick(header: number | undefined, given: number | undefined, title: number | undefined, yearBefore?: number): { year: number | null; from: YearFrom } {
  if (header !== undefined) return { year: header, from: "header" };
  if (given !== undefined) return { year: given, from: "given" };
  if (title !== undefined) return { year: title, from: "title" };
  if (yearBefore !== undefined) return { year: yearBefore, from: "yearly-plan" };
  return { year: null, from: null };
}

/**
 * The year of a yearly plan's only target column: the title names that year's plan (`2024年…预期目标`,
 * `2023年…计划`, `2024年度…`) and no five-year plan, or the column says 年度 (`2024年度目标`); null otherwise.
 * A target column without a year (`预期目标`, `目标`: a 政府工作报告's or 年度计划's table, trial31c) takes the one
 * year such a title names. Such a plan's targets (增长6%以上) are measured from the year before, its baseline year.
 */
function yearlyPlanYear(title: string, target: Column): number | null {
  if (target.year !== undefined && new RegExp(`${target.year}年度`).test(target.label)) return target.year;
  const t = squash(title);
  if (/规划|五年|十[一二三四五六七八九]个?五|远景|20\d\d\s*[-—–~至到]\s*20\d\d/.test(t)) return null;
  const years = t.match(/20\d\d(?=年)/g) ?? [];
  const year = target.year ?? (years[0] === undefined ? undefined : Number(years[0]));
  if (year === undefined) return null;
  return years.length > 0 && years.every((y) => y === String(year)) && /预期目标|计划|年度/.test(t) ? year : null;
}

// A five-year plan's targets lie at most this many years after its baseline (a 2019 baseline is
// used when 2020's figures came late); a target further on is a 远景 (vision) target.
const PLAN_SPAN = 6;

/**
 * Target columns beyond the plan: `2035年远景目标` beside `2025年目标值`. Such a column (labelled 远景,
 * or for a year after `planEnd`, the plan's last year from the title, else the first year column
 * and PLAN_SPAN) becomes a `vision` column, not loaded, while a target within the plan remains; a
 * table whose only target is a 2035 one keeps it (Header.visionTarget says so). Changes `columns` in place.
 */
function beyondPlan(columns: Column[], planEnd: number | undefined, chosen: number | undefined): void {
  const aims = columns.filter((c) => c.kind === "target" || c.kind === "yearly");
  const beyond = (c: Column): boolean => c.year !== chosen && isBeyond(c, planEnd);
  // without a baseline column the first plain year is the baseline, not a target that remains
  const firstPlain = columns.some((c) => c.kind === "baseline") ? undefined : aims.find((c) => c.kind === "yearly");
  if (!aims.some((c) => c !== firstPlain && !beyond(c))) return;
  // after a year the caller chose, a target is one not taken (`2030年目标` when 2020 is chosen), not a vision
  for (const c of aims) if (beyond(c)) c.kind = chosen !== undefined && !/远景/.test(c.label) ? "later-target" : "vision";
}

/**
 * The target years a header's columns offer (import --target-year chooses among them): the years of its
 * target and year columns and of those beyond the plan, not the baseline's (nor a first plain year
 * standing for it). Read after actualAsBaseline, before any column is judged beyond the plan.
 */
function targetYears(columns: readonly Column[]): number[] {
  const aims = columns.filter((c) => c.kind === "target" || c.kind === "yearly" || c.kind === "vision");
  const baseline = columns.find((c) => c.kind === "baseline");
  // without a baseline column the first plain year before another target is the baseline (as readHeader reads it)
  const firstPlain = baseline === undefined && aims.length >= 2 ? aims.find((c) => c.kind === "yearly") : undefined;
  const baselineYear = baseline?.year ?? firstPlain?.year;
  const years = aims.filter((c) => c !== firstPlain && c.year !== undefined && (baselineYear === undefined || c.year > baselineYear)).map((c) => c.year ?? 0);
  return [...new Set(years)].sort((a, b) => a - b);
}

/**
 * Header.targetChoice: said when there are several target years, unless the table has a column for
 * every year after the baseline (a yearly table, whose last year is its plain end) and none was chosen.
 */
function choiceOf(columns: readonly Column[], target: Column, baselineYear: number | null, chosen: number | undefined): TargetChoice | null {
  const earlier = columns.filter((c) => c !== target && c.kind === "yearly" && c.year !== undefined && c.year !== target.year);
  const later = columns.filter((c) => c.kind === "later-target");
  if (earlier.length === 0 && later.length === 0) return null;
  const years = [...earlier.map((c) => c.year ?? 0), target.year ?? 0];
  const everyYear = baselineYear !== null && later.length === 0 && years.length === (target.year ?? 0) - baselineYear && years.every((y, i) => y === baselineYear + i + 1);
  if (everyYear && chosen === undefined) return null;
  return { taken: target.label, earlier: earlier.map((c) => c.label), years: earlier.map((c) => c.year ?? 0), later: later.map((c) => c.label), chosen: chosen !== undefined && chosen === target.year };
}

/** A target column beyond the plan: labelled 远景, or for a year after `planEnd`. */
function isBeyond(c: Column, planEnd: number | undefined): boolean {
  return /远景/.test(c.label) || (planEnd !== undefined && c.year !== undefined && c.year > planEnd);
}

/**
 * Several target columns with years (`2023年目标 | 2025年目标`): the latest is the plan's target, the
 * earlier ones its yearly targets (as a table with one column per year). Returns their years (empty
 * when the table has one target column). Changes `columns` in place.
 */
function finalTarget(columns: Column[]): number[] {
  const targets = columns.filter((c) => c.kind === "target" && c.year !== undefined);
  if (targets.length < 2 || columns.some((c) => c.kind === "target" && c.year === undefined)) return [];
  const last = Math.max(...targets.map((c) => c.year ?? 0));
  const earlier = targets.filter((c) => c.year !== last);
  for (const c of earlier) c.kind = "yearly";
  return [...new Set(earlier.map((c) => c.year ?? 0))];
}

/**
 * An estimate beside a target of its own year (`2020年目标值 | 2020年预计值 | 完成情况`, a 完成情况 table):
 * what the year is expected to come to, a result, not a second target (nor, being of the target's
 * year, a baseline: completionColumns). Changes `columns` in place.
 */
function estimateBesideTarget(columns: Column[]): void {
  const aimed = new Set(columns.filter((c) => c.kind === "target" && !ESTIMATE.test(c.label) && c.year !== undefined).map((c) => c.year));
  for (const c of columns) if (c.kind === "target" && ESTIMATE.test(c.label) && aimed.has(c.year)) c.kind = "result";
}

/**
 * The result columns of a header with no baseline column: the labels of its results (预计, 预计值, 完成,
 * 完成情况, 实际, 实绩) that are not before a later target (those are its baseline: actualAsBaseline).
 * Such a table (`2020年目标值 | 2020年预计值 | 完成情况`) says how the plan came out, it is not the plan's
 * indicator table: importTable refuses it (completion-table). Empty when the header has a baseline column or no result.
 */
export function completionColumns(header: Pick<Header, "columns" | "baselineCol">): string[] {
  if (header.baselineCol !== null) return [];
  return header.columns.filter((c) => c.kind === "result").map((c) => c.label);
}

/**
 * The baseline of a table with no baseline column, from its result columns before the latest target
 * year: the latest estimate (`2025年预计`, `2025年预计完成`: last year's result as the plan was written,
 * `2024年实际 | 2025年预计 | 2026年目标` → 2025), else the first actual (`2015年实际 | 2018年完成 | 2020年目标`
 * → 2015, a 完成情况 table). The other result columns stay results (the template's `results`, year →
 * value, as 舟山 表1 完成情况; `2025年完成` beside `2025年目标` too). A target column of the baseline year or
 * before is last year's plan in a 计划执行情况 table (`2025年计划 | 2025年预计完成 | 2026年计划`): the
 * `past-target` of no year of this plan, not loaded; a plain year column before the baseline a result.
 * So only the latest year's 计划 (目标, 预期) is the plan's target where a 预计/完成 column of an earlier
 * year stands between. Without an estimate, only a first year column that is an actual is the baseline. Changes `columns` in place.
 */
function actualAsBaseline(columns: Column[]): void {
  if (columns.some((c) => c.kind === "baseline")) return;
  // a yearly plan's `上年执行情况 | 本年预期目标` (a 计划报告's 附表, trial43a F2): last year's result, its year the one before the target's (readHeader)
  const lastYear = columns.find((c) => c.kind === "result" && c.year === undefined && /^[上去]年/.test(c.label));
  if (lastYear !== undefined && columns.slice(columns.indexOf(lastYear) + 1).some((c) => c.kind === "target")) {
    lastYear.kind = "baseline";
    return;
  }
  const aims = columns.filter((c) => c.year !== undefined && (c.kind === "target" || c.kind === "yearly"));
  const end = Math.max(...aims.map((c) => c.year ?? 0));
  const before = columns.filter((c) => (c.kind === "result" || ESTIMATE.test(c.label)) && c.year !== undefined && c.year < end);
  const estimates = before.filter((c) => ESTIMATE.test(c.label));
  // without an estimate, only a first year column that is an actual (`2023年目标 | 2021年完成 | 2025年目标` has none)
  const first = columns.find((c) => c.year !== undefined);
  const base = estimates.length > 0 ? estimates.reduce((a, c) => ((c.year ?? 0) >= (a.year ?? 0) ? c : a)) : first?.kind === "result" && before.includes(first) ? first : undefined;
  if (base?.year === undefined) return;
  base.kind = "baseline";
  for (const c of aims) {
    if (c === base || (c.year ?? 0) > (base.year ?? 0)) continue;
    // an earlier estimate or plain year is a result; a target of the baseline year or before, last year's plan
    c.kind = c.kind === "yearly" || ESTIMATE.test(c.label) ? "result" : "past-target";
  }
}

/**
 * Plain year columns before the plan's baseline year `base` (given, or the period the title or a column
 * names: 十五五 → 2025), beside a plain column of that year: the latest statistics before the base
 * (`2024年 | 2025年 | 2027年 | 2030年` under a 十五五 title), not the baseline. They become results, said
 * as such and kept out of the reporting years (trial40b F8: 2024 was read as the baseline and 2025 became a
 * reporting year of a 2024–2030 plan). Not where a column is labelled 基期 (it is the baseline), `base`
 * has no column or no target column follows it. Changes `columns` in place.
 */
function earlierActuals(columns: Column[], base: number | undefined): void {
  if (base === undefined || columns.some((c) => c.kind === "baseline")) return;
  // the base's column, and a target after it (a 十四五 title over `2015年 | 2020年` is no 2020–2025 table)
  if (!columns.some((c) => c.kind === "yearly" && c.year === base) || !columns.some((c) => (c.kind === "yearly" || c.kind === "target") && (c.year ?? 0) > base)) return;
  for (const c of columns) if (c.kind === "yearly" && c.year !== undefined && c.year < base) c.kind = "result";
}

/**
 * A word above several year columns (`规划目标` over `2020年 | 2025年`, a merged cell): it names the
 * group, not its first column, so it is dropped and the years below read as plain year columns
 * (the first the baseline, the last the target). Changes `labels` in place.
 */
function dropSpanWords(labels: string[], below: readonly string[]): void {
  const isYear = (l: string | undefined): boolean => l !== undefined && /^20\d\d年?(年末|末|值|数)?$/.test(l);
  for (let i = 0; i < labels.length; i++) {
    if ((labels[i] ?? "") === "" || !isYear(below[i])) continue;
    let end = i + 1;
    while (end < below.length && (labels[end] ?? "") === "" && isYear(below[end])) end++;
    if (end - i >= 2) labels[i] = "";
  }
}

/**
 * A group cell's columns named by the header line below it (`“十四五”目标` over `2025年 | 年均增长〔累计〕`): each
 * column takes the label below it, the group's word kept before a header word alone (`“十四五”目标2025年`, as a
 * word under one column is joined: `2025年` / `目标`) and dropped before a label of its own or a 累计 (`年均增长〔累计〕`:
 * the group's 目标 would make a 累计 column a target); a blank below keeps the group's word in the group's first column.
 * `groups`: the group cells of `labels` as they were before dropSpanWords, less those it dropped. Returns the
 * indexes so named (the caller joins the others as before). Changes `labels` in place.
 */
function nameGroupColumns(labels: string[], below: readonly string[], groups: readonly GroupSpan[]): Set<number> {
  const named = new Set<number>();
  for (const g of groups) {
    if (!below.slice(g.at + 1, g.end).some((l) => l !== "")) continue;
    const group = labels[g.at] ?? "";
    for (let j = g.at; j < g.end; j++) {
      const l = below[j] ?? "";
      labels[j] = l === "" ? (j === g.at ? group : "") : CONTINUATION.test(l) && classify(l).kind !== "cumulative" ? group + l : l;
      named.add(j);
    }
  }
  return named;
}

/** Whether a row below the header (from line `last` + 1) has a value in a blank column of group `g` (a row with a 序号 or name: a table row). */
function rowsFill(rows: ReadonlyArray<readonly string[]>, last: number, g: GroupSpan): boolean {
  for (let r = last + 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    for (let j = g.at + 1; j < g.end; j++) if (trimFilled(cells[j])) return true;
  }
  return false;
}

const trimFilled = (c: string | undefined): boolean => c !== undefined && c.trim() !== "";

/** How a column is named in a message: `基期值（2020年）`. */
export function describeColumn(c: Column): string {
  const year = c.year === undefined ? "" : `（${c.year}年）`;
  switch (c.kind) {
    case "baseline": return `基期值${year}`;
    case "target": return `目标值${year}`;
    case "yearly": return `${c.year ?? ""}年目标`;
    case "result": return `完成情况${year}`;
    case "attribute": return "属性";
    case "unit": return "单位";
    case "responsible": return "责任单位";
    case "note": return "备注";
    case "cumulative": return `累计值${year}`;
    case "weight": return `“${c.label}”`;
    case "vision": return `“${c.label}”`;
    case "past-target": return `“${c.label}”`;
    case "later-target": return `“${c.label}”`;
    case "growth": return `“${c.label}”`;
    case "ignored": return `“${c.label}”`;
  }
}
