import { refuse, type Refused } from "./refusalMessages";
import { numberedHeadings } from "./rules/numberedHeadings";
import { completionColumns, growthOwner, headerLines, isHeaderContinuation, isIndicatorHeader, isProjectHeader, isReformHeader, planYearsFromTitle, readHeader, targetGrowthColumn, type PlanYears } from "./header";
import { TableReading } from "./TableReading";
import { PASTED, sourceRow, type TableSource } from "./TableSource";
import type { UnreadParams } from "./unreadMessages";
import { splitCells, splitLines, trimCell } from "./text";
import { joinBrokenCells, rowWidth } from "./rules/cellBreaks";
import { joinEdgeCategories } from "./rules/edgeCategory";
import { joinHeaderBreak, type JoinedHeader } from "./rules/headerBreaks";
import { cellPerLine } from "./rules/cellPerLine";
import { pipeColumns } from "./rules/pipeColumns";
import { justifiedLabels } from "./rules/justifiedLabels";
import { justifiedName } from "./rules/justifiedNames";
import { namesBulletin, namesPlan, statisticsLabels } from "./rules/statisticsTable";
import { proseText } from "./proseText";
import { alignSpannedRows, type SpannedRows } from "./rules/spannedRows";
import { readScripts } from "./rules/scriptMarkup";
import { findTitle } from "./tableTitle";
import { blankColumnsDropped } from "./blankColumnsDropped";
import { headerRowUnderSpans } from "./headerRowUnderSpans";
import { toSimplified } from "./rules/traditional";
import { headerWords, lineUpSpaced, spacedWords, type SpacedLines } from "./rules/spacedColumns";
import { spacedHeaderLine } from "./rules/spacedHeaderLines";

/** What is known of a paste before its rows are read, for the rules that rewrite whole lines. */
interface Pasted {
  /** per line of the paste, how many traditional characters were read as simplified */
  changed: number[];
  /** per line of the paste, the sub- or superscripts written as markup (`_{2.5}`) read as text */
  scripts: Array<{ text: string; changed: number; pasted: string }>;
  /** the paste has tabs (cells split on tabs; else on runs of spaces) */
  tabbed: boolean;
  titleLines: number[];
  titleText: string;
  /** a header broken over lines by a web page's copy, joined (rules/headerBreaks.ts) */
  headerJoined: JoinedHeader | null;
  /** rows whose columns were separated by single spaces, lined up with the header (rules/spacedColumns.ts); null when none */
  spaced: SpacedLines | null;
  /** a web page's table whose merged cells were copied on their first row only, lined up (rules/spannedRows.ts); null when none */
  spanned: SpannedRows | null;
}

/** A rule that rewrites or reports whole lines before the rows are read. */
type BeforeRows = (reading: TableReading, pasted: Pasted) => void;

/**
 * The line rules that run before the rows, in order (each rule's logic in its own file with its own
 * tests): traditional characters, script markup `_{2.5}` and a header broken over lines (read when the
 * lines were split, reported here), a broken title, rows whose columns were separated by spaces (lined
 * up when the lines were split, reported here),
 * cells broken over lines by a web page's copy, a category written down the left edge, header
 * columns that are not loaded (unknown, 权重, 远景, last year's 计划), result columns kept as results, and earlier target columns read as yearly targets.
 */
const BEFORE_ROWS: readonly BeforeRows[] = [
  (reading, p) => {
    const at = p.changed.findIndex((n) => n > 0);
    if (at >= 0) reading.report(at, "traditional", { count: p.changed.reduce((n, c) => n + c, 0) });
  },
  (reading, p) => {
    const at = p.scripts.findIndex((s) => s.changed > 0);
    if (at >= 0) reading.report(at, "script-markup", { count: p.scripts.reduce((n, s) => n + s.changed, 0), example: p.scripts[at]?.text ?? "" }, p.scripts[at]?.pasted);
  },
  (reading, p) => {
    if (p.headerJoined) reading.report(reading.headerAt, "header-joined", { lines: p.headerJoined.lines.map((l) => reading.sourceRow(l)), header: p.headerJoined.header.split("\t").join(" | ") });
  },
  (reading, p) => {
    if (p.titleLines.length > 1) reading.report(p.titleLines[0] ?? 0, "title-joined", { lines: p.titleLines.length, title: p.titleText });
  },
  (reading, p) => {
    if (!p.spaced) return;
    const first = p.spaced.aligned[0];
    const labels = (reading.grid[reading.headerAt] ?? []).filter((c) => c !== "");
    if (first !== undefined) reading.report(first, "spaced-columns", { rows: p.spaced.aligned.length, columns: labels.length, ...(p.spaced.categories ? { categories: true as const } : {}) });
    for (const u of p.spaced.unaligned) {
      reading.report(u.at, "spaced-unaligned", { why: u.why, columns: labels.length, labels: labels.join(" | "), ...(u.noAttribute ? { noAttribute: true as const } : {}) });
      reading.unaligned.add(reading.origins[u.at]?.[0] ?? u.at);
    }
  },
  (reading, p) => {
    const first = p.spanned?.rows[0];
    if (p.spanned && first !== undefined) reading.report(first, "spanned-rows", { rows: p.spanned.rows.length, categories: p.spanned.extra, headerBlanks: p.spanned.headerBlanks });
  },
  (reading, p) => {
    if (!p.tabbed) return;
    const last = reading.header.last;
    const after = reading.lines.slice(last + 1);
    const headerWidth = (reading.grid[reading.headerAt] ?? []).length;
    // a sheet's or a document table's lines name their rows: only a cell's own line breaks are joined
    const rowOf = reading.source.rows === undefined ? undefined : (i: number): number => reading.rowOf(last + 1 + i);
    const broken = joinBrokenCells(after, rowWidth(after, headerWidth), reading.k, last + 1, undefined, rowOf);
    if (broken.joined.length === 0) return;
    reading.lines = [...reading.lines.slice(0, last + 1), ...broken.lines];
    reading.origins = [...reading.origins.slice(0, last + 1), ...broken.origins];
    reading.grid = reading.lines.map((l) => splitCells(l, true));
    // each joined row's line by its first paste line, looked up once (a search per row is quadratic in a large sheet)
    const lineOf = new Map<number, number>();
    reading.origins.forEach((o, i) => {
      if (o[0] !== undefined && !lineOf.has(o[0])) lineOf.set(o[0], i);
    });
    for (const j of broken.joined) {
      const at = lineOf.get(j.lines[0] ?? -1) ?? -1;
      reading.report(at, "cell-breaks", { from: reading.sourceRow(j.lines[0] ?? 0), to: reading.sourceLastRow(j.lines[j.lines.length - 1] ?? 0), parts: j.parts, source: reading.source.kind });
    }
  },
  (reading) => {
    for (const e of joinEdgeCategories(reading.grid, reading.header.last + 1)) reading.report(e.at, "edge-category", { rows: e.rows, word: e.word });
  },
  (reading) => {
    for (const c of reading.header.columns) {
      if (c.kind === "ignored") reading.report(reading.headerAt, "column-unknown", { label: c.label });
      if (c.kind === "weight") reading.report(reading.headerAt, "column-weight", { label: c.label });
      if (c.kind === "vision") reading.report(reading.headerAt, "column-vision", { label: c.label, targetYear: reading.header.targetYear ?? 0 });
      if (c.kind === "past-target") reading.report(reading.headerAt, "column-past-target", { label: c.label, baselineYear: reading.header.baselineYear ?? 0, targetYear: reading.header.targetYear ?? 0 });
    }
    // a growth column after another year's column (`2023年预计完成 | 增长%`): that year's, not the target (growthTarget)
    const growthAt = targetGrowthColumn(reading.header);
    reading.header.columns.forEach((c, i) => {
      if (c.kind !== "growth" || i === growthAt) return;
      const of = reading.header.columns[growthOwner(reading.header.columns, i) ?? -1];
      const taken = growthAt < 0 ? "" : (reading.header.columns[reading.header.targetCol]?.label ?? "");
      reading.report(reading.headerAt, "column-growth-other", { label: c.label, of: of?.label ?? "", year: of?.year ?? null, targetYear: reading.header.targetYear ?? 0, taken });
    });
    // result columns other than the baseline: kept as results, which no return shows, so said (a trial's `2025年完成` went unmentioned)
    const results = reading.header.columns.filter((c) => c.kind === "result");
    if (results.length > 0) reading.report(reading.headerAt, "column-results", { labels: results.map((c) => c.label), years: [...new Set(results.map((c) => c.year ?? reading.header.targetYear ?? 0))], baselineYear: reading.header.baselineYear ?? 0 });
    const { targetChoice, targetYear, visionTarget, baselineYear, yearFrom } = reading.header;
    // no baseline column and the year from the title's 十三五: said, the table itself names neither
    if (yearFrom.baseline === "title" && reading.header.baselineCol === null) reading.report(reading.headerAt, "years-from-title", { baselineYear: baselineYear ?? 0, targetYear: targetYear ?? 0 });
    const firstYear = firstYearBaseline(reading);
    if (firstYear !== null) reading.report(reading.headerAt, "baseline-first-year", firstYear);
    const yearColumn = firstYear === null ? baselineYearColumn(reading) : null;
    if (yearColumn !== null) reading.report(reading.headerAt, "baseline-year-column", yearColumn);
    if (yearFrom.baseline === "yearly-plan") reading.report(reading.headerAt, "yearly-plan", { baselineYear: baselineYear ?? 0, targetYear: targetYear ?? 0, targetFromTitle: yearFrom.target === "yearly-plan", baselineLabel: reading.header.columns[reading.header.baselineCol ?? -1]?.label ?? "" });
    if (visionTarget) reading.report(reading.headerAt, "target-vision-only", { ...visionTarget, baselineYear: baselineYear ?? 0, targetYear: targetYear ?? 0 });
    if (targetChoice) reading.report(reading.headerAt, "target-choice", { ...targetChoice, targetYear: targetYear ?? 0, ...(baselineYear === null || baselineYear === undefined ? {} : { baselineYear }) });
  },
];

export type Started =
  /** `titleAt`: the title's first line (0-based; the header's when none was found), where a plan's name above it is looked for */
  | { ok: true; reading: TableReading; title: string; titleFound: string; table: string; titleAt: number }
  | Refused;

/**
 * The start of importTable: the lines of a paste (traditional characters read as simplified), the
 * indicator table's header and title, and the line rules that run before the rows. Refuses, with
 * one line saying why, a paste with no indicator table header (running text said as such: proseText) or without the plan's years.
 * Rows written between pipes (a web page's text copy, Markdown) are read as tabbed rows (pipeColumns).
 * `givenTitle` (may be "") wins over the title found above the table; `source`: what the text was made from (the rows its messages name);
 * `years`: the plan's years where the header has no column for them (PlanYears).
 */
export function startReading(text: string, givenTitle: string, source: TableSource = PASTED, years: PlanYears = {}): Started {
  // rows written between pipes (`| 1 | 地区生产总值 | 300 |`): read as tabbed rows
  const pasted = pipeColumns(text) ?? text;
  const read = readPaste(pasted, givenTitle, null, source, years);
  if (read.ok || read.code !== "no-header") return read;
  // no header either way: running text (a notice's 到2027年，全县……) is said to be text, not a table
  const noHeader = (): Refused => {
    const prose = proseText(pasted);
    return prose === null ? read : refuse("prose", prose, source);
  };
  // a table copied one cell per line: its cells made into rows, then read as any paste
  const perLine = cellPerLine(pasted);
  if (perLine === null) return noHeader();
  const again = readPaste(perLine.lines.join("\n"), givenTitle, perLine.origins, source, years);
  if (!again.ok) return again.code === "no-header" ? noHeader() : again;
  again.reading.report(perLine.headerAt, "cell-per-line", { columns: perLine.columns, rows: perLine.rows });
  for (const s of perLine.splits) {
    again.reading.report(s.at, "cell-breaks", { from: again.reading.sourceRow(s.lines[0] ?? 0), to: again.reading.sourceLastRow(s.lines[s.lines.length - 1] ?? 0), parts: s.parts, source: source.kind });
  }
  return again;
}

/** startReading on one text; `origins`: for each of its lines, the lines of the paste it comes from (null: itself). */
function readPaste(pasted: string, givenTitle: string, origins: number[][] | null, source: TableSource, years: PlanYears): Started {
  if (pasted.trim() === "") return refuse("empty", {}, source);
  const traditional = splitLines(pasted).map(toSimplified);
  const scripts = traditional.map((t) => ({ ...readScripts(t.text), pasted: t.text }));
  const tabbed = pasted.includes("\t");
  const headerBreak = tabbed ? joinHeaderBreak(scripts.map((t) => t.text)) : null;
  let lines = headerBreak?.lines ?? scripts.map((t) => t.text);
  let grid = lines.map((l) => splitCells(l, tabbed));
  // a sheet's empty spacer columns (blank in every row) are no columns: read, each label stood a column off its values
  const blank = tabbed ? blankColumnsDropped(grid) : null;
  if (blank && blank.dropped.length > 0) {
    grid = blank.grid;
    lines = grid.map((cells) => cells.join("\t"));
  }
  // the lines as pasted, before a label spread out by spaces is joined: where each word stands
  const original = lines;

  let headerAt = grid.findIndex(isIndicatorHeader);
  // a header whose labels a document spread out by spaces (`指  标  单  位`): its labels joined
  if (headerAt < 0 && !tabbed) {
    const justified = lines.findIndex((l) => justifiedLabels(l) !== l && (isIndicatorHeader(splitCells(justifiedLabels(l), false)) || isIndicatorHeader(headerWords(justifiedLabels(l)))));
    if (justified >= 0) {
      lines = lines.map((l, i) => (i === justified ? justifiedLabels(l) : l));
      grid[justified] = splitCells(lines[justified] ?? "", false);
      headerAt = grid.findIndex(isIndicatorHeader);
    }
  }
  // a header whose labels a copy left separated by single spaces (`类别 序号 指标 2020年 2025年 属性`)
  const spacedHeader = headerAt < 0 ? lines.findIndex((l) => isIndicatorHeader(headerWords(l))) : -1;
  if (spacedHeader >= 0) {
    headerAt = spacedHeader;
    grid[headerAt] = headerWords(lines[headerAt] ?? "");
  }
  if (headerAt < 0) {
    // a list's header is found at its spaces too (a PDF's copy): importList reads it
    const spaced = tabbed ? [] : lines.map(spacedWords);
    if (grid.some(isProjectHeader) || spaced.some(isProjectHeader)) return refuse("project-table", {}, source);
    if (grid.some(isReformHeader) || spaced.some(isReformHeader)) return refuse("reform-table", {}, source);
    // a 统计公报's table (`指  标 | 绝对数(亿元) | 比上年增长%`): no header of a plan, said as what it is
    // the text's top lines once, not for each line (a 19,456-row export without a header took 30 s)
    const top = topLines(lines);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? "";
      const above = lines.slice(Math.max(0, i - 3), i);
      const bulletin = namesBulletin([givenTitle, ...top, ...above]);
      const cells = [grid[i] ?? [], splitCells(justifiedLabels(line), tabbed), tabbed ? [] : spacedWords(justifiedLabels(line))];
      const labels = cells.map((c) => statisticsLabels(c, above.join(" "), bulletin !== null)).find((l) => l !== null);
      if (labels) return refuse("statistics-table", { line: sourceRow(source, origins?.[i]?.[0] ?? i), labels, year: yearOfLabels(labels), ...bulletinOver(bulletin, above.join(" ")) }, source);
    }
    return refuse("no-header", {}, source);
  }

  // a browser's copy of a two-row header: the lower row's cells, under the spans of the header only, placed under them
  const lower = tabbed ? headerRowUnderSpans(grid[headerAt] ?? [], grid[headerAt + 1] ?? []) : null;
  if (lower) {
    grid[headerAt + 1] = lower;
    lines = lines.map((l, i) => (i === headerAt + 1 ? lower.join("\t") : l));
  }
  // a header over two lines of a spaced paste: the lower line's words placed under the cells they stand under (rules/spacedHeaderLines)
  if (!tabbed) {
    for (const at of headerLines(grid, headerAt).slice(1)) {
      const placed = spacedHeaderLine(original[headerAt] ?? "", grid[headerAt] ?? [], original[at] ?? "");
      if (placed) grid[at] = placed;
    }
  }
  // a web page's merged cells copied on their first row only: lined up before the header is read (its name label spans the categories)
  const spanned = tabbed ? alignSpannedRows(grid, headerAt) : null;
  if (spanned) {
    grid = spanned.grid;
    lines = grid.map((cells) => cells.join("\t"));
  }
  // the header's number in a refusal: its source row (TableSource)
  const headerRow = sourceRow(source, origins?.[headerAt]?.[0] ?? headerAt);
  const titleInfo = findTitle(grid, lines, headerAt);
  const title = trimCell(givenTitle) || titleInfo.title;
  const read = readHeader(grid, headerAt, `${title} ${titleInfo.title}`, years);
  if (!read.ok && read.why === "target-year-absent") return refuse("target-year-absent", { line: headerRow, targetYear: years.targetYear ?? 0, years: read.years }, source);
  if (!read.ok && read.why === "group-unnamed") return refuse("header-group", { line: headerRow, label: read.label, columns: read.columns }, source);
  // a header over two lines whose lower line (the years) was not read with it (a PDF's single-spaced copy): name it, so the user joins the two
  const below = original[headerAt + 1] ?? "";
  if (!read.ok && read.why === "no-target" && /20\d\d\s*年/.test(below)) return refuse("header-unreadable", { line: headerRow, why: read.why, below: { line: sourceRow(source, origins?.[headerAt + 1]?.[0] ?? headerAt + 1), text: trimCell(below) } }, source);
  if (!read.ok) return refuse("header-unreadable", { line: headerRow, why: read.why }, source);
  const header = read.header;
  // before the years: a 完成情况 table's years are no plan's (its 预计值 of the target year was taken for a baseline, trial28c)
  const results = completionColumns(header);
  if (results.length > 0) return refuse("completion-table", { line: headerRow, results }, source);
  // a 统计公报's table (`指标 | 2024年 | 比上年增长（%）`, `2023年 | 2024年 | 比上年增长`): its years are no plan's; read as
  // one, its actual figures would be targets (a later year's, or with the --baseline-year no-years asked for). Years given: read as asked
  if (years.baselineYear === undefined && years.targetYear === undefined) {
    const above = lines.slice(Math.max(0, headerAt - 3), headerAt);
    const bulletin = namesBulletin([title, titleInfo.title, ...topLines(lines), ...above]);
    const context = `${title} ${titleInfo.title} ${above.join(" ")}`;
    const labels = statisticsLabels(grid[headerAt] ?? [], context, bulletin !== null);
    if (labels) return refuse("statistics-table", { line: headerRow, labels, year: yearOfLabels(labels), ...bulletinOver(bulletin, context) }, source);
  }
  if (header.baselineYear === null || header.targetYear === null) {
    return refuse("no-years", { line: headerRow, baselineYear: header.baselineYear, targetYear: header.targetYear }, source);
  }
  if (header.baselineYear >= header.targetYear) {
    // a header a web page's copy broke after a bare year (`2015⏎基期值`) that could not be joined: said so, not only the years
    const cells = (grid[headerAt] ?? []).filter((c) => c !== "");
    const cell = cells[cells.length - 1] ?? "";
    const next = (grid[headerAt + 1] ?? []).find((c) => c !== "") ?? "";
    const broken = /^20\d\d年?$/.test(cell) && next !== "" && isHeaderContinuation([next]) ? { broken: { cell, next } } : {};
    return refuse("years-order", { line: headerRow, baselineYear: header.baselineYear, targetYear: header.targetYear, ...broken }, source);
  }

  // a name a document spread out by spaces to fill its cell (`2  工  业  亿元`): its characters one cell again
  if (!tabbed) {
    const width = header.nameAt + 1 + header.columns.length;
    const unitNext = header.columns[0]?.kind === "unit";
    lines = lines.map((l, i) => (i > header.last ? justifiedName(l, width, unitNext) : l));
    grid = grid.map((cells, i) => (i > header.last ? splitCells(lines[i] ?? "", tabbed) : cells));
  }
  // rows whose columns are separated by single spaces: lined up with the header, then read as tabbed lines
  const spaced = lineUpSpaced(lines, grid[headerAt] ?? [], header, tabbed);
  const aligned = new Set(spaced.aligned);
  if (spacedHeader >= 0 || aligned.size > 0) {
    const headerCells = grid[headerAt] ?? [];
    lines = lines.map((l, i) => (i === headerAt ? headerCells.join("\t") : aligned.has(i) ? (spaced.lines[i] ?? l) : splitCells(l, tabbed).join("\t")));
    grid = lines.map((l) => splitCells(l, true));
  }
  const reading = new TableReading(lines, grid, header, headerAt, title, source);
  reading.tabbed = tabbed;
  reading.spacedLines = aligned;
  reading.attributeLeft = new Set(spaced.attributeLeft);
  if (origins !== null) reading.origins = origins.map((o, i) => (o.length > 0 ? o : [i]));
  const hasSpaced = aligned.size > 0 || spaced.unaligned.length > 0;
  const p: Pasted = { changed: traditional.map((t) => t.changed), scripts, tabbed, titleLines: titleInfo.lines, titleText: titleInfo.title, headerJoined: headerBreak?.joined ?? null, spaced: hasSpaced ? spaced : null, spanned };
  for (const rule of BEFORE_ROWS) rule(reading, p);
  reading.numberedHeadings = numberedHeadings(reading, header.last);
  reading.numbered = reading.grid.some((cells, i) => i > header.last && !reading.numberedHeadings.has(i) && reading.numberOf(cells) !== null);
  return { ok: true, reading, title, titleFound: titleInfo.title, table: titleInfo.table, titleAt: titleInfo.lines[0] ?? headerAt };
}

/** The year a 统计公报's figures are of (the latest `2024年` among its labels), null when they name none (`绝对数`). */
function yearOfLabels(labels: readonly string[]): number | null {
  const years = labels.map((l) => /^(20\d\d)/.exec(l)?.[1]).filter((y) => y !== undefined).map(Number);
  return years.length === 0 ? null : Math.max(...years);
}

/** The text's first non-empty lines, where a pasted document's title stands (a 统计公报's: namesBulletin). */
const TOP_LINES = 3;
function topLines(lines: readonly string[]): string[] {
  return lines.filter((l) => l.trim() !== "").slice(0, TOP_LINES);
}

/** A 统计公报's title named in the refusal where the words above its table name a plan (its opening paragraph's), else nothing. */
function bulletinOver(bulletin: string | null, above: string): { bulletin?: string } {
  return bulletin !== null && namesPlan(above) ? { bulletin } : {};
}

/** A title that names a table of targets, not of results (`节水达标建设目标分解表`, `2023年年度目标`, `目标任务表`). */
const TARGET_TABLE = /目标分解|任务分解|分解表|年度目标|目标任务|目标表/;

/**
 * The first of bare year columns taken as the baseline (`2016年 | 2017年 | 2018年`, no 基期/现状/基准 in the header) where
 * the table is one of yearly targets (a year column after the baseline's and the target's) or its title names a target
 * table, and no plan period is given or titled: which column was taken, and for a target table that it may be a target
 * (trial47c F3: a 目标分解表's 2016年 targets became the baseline, silently). Null where nothing is to say.
 */
function baselineYearColumn(reading: TableReading): UnreadParams["baseline-year-column"] | null {
  const { header, title } = reading;
  const { baselineYear, baselineCol } = header;
  if (header.yearFrom.baseline !== "header" || baselineCol === null || baselineYear === null) return null;
  if (header.given.baselineYear !== undefined || planYearsFromTitle(title) !== null) return null;
  const label = header.columns[baselineCol]?.label ?? "";
  if (!/^20\d\d年?$/.test(label)) return null;
  const targetTable = TARGET_TABLE.test(title);
  if (!targetTable && header.yearlyYears.length === 0) return null;
  return { label, baselineYear, title, targetTable };
}

/**
 * A baseline taken from the first of bare year columns (`2024年 | 2025年 | 2027年 | 2030年`) where neither the title
 * (十五五) nor --baseline-year names the plan's period, and a later column is the base year a five-year plan to that
 * end would have (2025 for 2030): both readings are plans users have (a 2024—2030 action plan; a 十五五 table with the
 * latest statistics before its base), so the first is kept as before and the other said, with how to take it
 * (trial40b: a bare year header kept the old period reading, silently). Null where nothing is to say.
 */
function firstYearBaseline(reading: TableReading): UnreadParams["baseline-first-year"] | null {
  const { header, title } = reading;
  const { baselineYear, targetYear, baselineCol } = header;
  if (header.yearFrom.baseline !== "header" || baselineCol === null || baselineYear === null || targetYear === null) return null;
  if (header.given.baselineYear !== undefined || planYearsFromTitle(title) !== null) return null;
  const label = header.columns[baselineCol]?.label ?? "";
  if (!/^20\d\d年?$/.test(label)) return null;
  const planBase = targetYear - 5;
  if (targetYear % 5 !== 0 || planBase <= baselineYear || !header.columns.some((c) => c.year === planBase && c.kind === "yearly")) return null;
  return { label, baselineYear, targetYear, planBase };
}
