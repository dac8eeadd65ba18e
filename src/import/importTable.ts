import { UNCLASSIFIED } from "../templates/UNCLASSIFIED";
import { PLACEHOLDER_NAMES } from "./placeholderNames";
import { parseTemplate } from "../templates/parseTemplate";
import type { IndicatorTemplate } from "../templates/TemplateSchema";
import { buildIndicators } from "./buildIndicators";
import { LINE_RULES } from "./lineRules";
import { refuse, type Refused } from "./refusalMessages";
import { tableLine, type LineOutcome } from "./LineRule";
import { planNameLines } from "./planNameLines";
import { planNotesField } from "./planNotesField";
import { planName } from "./rules/planName";
import { planRegion, type RegionFrom } from "./planRegion";
import { templateId } from "./rules/templateId";
import { startReading } from "./startReading";
import { trimCell } from "./text";
import { PASTED, type TableSource } from "./TableSource";
import type { ImportCode, UnreadEffect, UnreadParams } from "./unreadMessages";
import { sourceDocument } from "./sourceDocument";

export type { ImportCode } from "./unreadMessages";

/**
 * `plan-returns import`: makes an indicator template from a plan's indicator table as text (pasted
 * from a PDF, Word or a web page; or made from an .xlsx sheet, a .docx table or a range selected in
 * Excel by gridToText). Pure: no file system, no DOM. It never guesses silently: every line it did
 * not load, and every place where it joined, split or took something from elsewhere (a unit from
 * the values, a target from the 累计 column), is in `unread` with a code, its parameters and the
 * reason in Chinese and English (unreadMessages.ts); a row it is unsure of is left out rather than loaded.
 * When it loads nothing it says why with a code and the text in both languages (refusalMessages.ts).
 *
 * How it reads: a small set of rules, each in its own file under src/import/rules with its own tests,
 * driven by one loop:
 * 1. startReading: the lines (traditional characters read as simplified, script markup `_{2.5}` as
 *    text, a header broken over lines joined; a table copied one cell per line made into rows), the header (header.ts:
 *    the name column by its words, the value columns by content: years, 基期/目标/现状, 属性, 单位,
 *    权重 (not loaded), 〔累计〕, 完成情况, 备注), the title (joined when broken), and the line rules
 *    that rewrite whole lines before the rows (cells broken by a web page's copy, a category down the
 *    left edge);
 * 2. the loop below: each line passes through LINE_RULES (lineRules.ts) until one reads it: notes,
 *    page numbers, headings, a repeated header, the table's end, rows with a 序号 (glued or not, or
 *    read from the right under category columns), broken names, domain pieces, 其中 and part rows;
 * 3. buildIndicators: each loaded row through COLUMN_RULES (columnRules.ts): the unit (a unit column,
 *    the name's last bracket, else the unit the values carry), the target (the 累计 column's total
 *    when empty), the direction of the target's operator, attribute, results, notes, yearly targets;
 *    a compound baseline `98/98.75` split by the name's 、.
 * Names are kept as written (after the 序号); the id, unless given, is templateId(title, region, period, rows).
 */

export interface ImportOptions {
  id?: string | undefined;
  title?: string | undefined;
  region?: string | undefined;
  /** the plan's baseline and target years where the header has no column for them (import --baseline-year, --target-year); before the title's 十四五 */
  baselineYear?: number | undefined;
  targetYear?: number | undefined;
  /**
   * the names the document the table comes from gives itself (an .html page's <title>, the headings
   * before the table, a Word document's first paragraph: readTableFile), where a plan's name is looked
   * for when neither `region` nor the table's title names the place (planRegion); after the lines above the title
   */
  documentNames?: readonly string[] | undefined;
  /** the document the table comes from, as given (import --document); else the plan's name the document or the lines above the title give (planName), else `fileName`, else 粘贴的表格文本 */
  document?: string | undefined;
  /** the file the table was read from (its name only): the 来源 where no plan's name is found */
  fileName?: string | undefined;
  /** what the text was made from and each line's row there (gridLines), so messages name the sheet's or table's rows (default: a paste, its lines) */
  source?: TableSource | undefined;
  /** told after each line below the header is read, `done` of `total` (a large sheet takes seconds: the CLI shows it) */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** A line that was not read, or was read with a change to check. */
export interface UnreadLine {
  /** 1-based: the row of the sheet or table the text was made from (ImportOptions.source), else the line of the pasted text */
  line: number;
  text: string;
  code: ImportCode;
  /** the code's parameters (the reason as data; its text comes from unreadMessages) */
  params: UnreadParams[ImportCode];
  /** not-loaded: something of the line is left out; to-check: loaded with a change to check */
  effect: UnreadEffect;
  /** 中文, ending in 未载入 (left out) or 已载入，请核对 (loaded, to check): unreadMessage(…, "zh") */
  reason: string;
  /** the same in English: unreadMessage(…, "en") */
  reasonEn: string;
}

export interface ImportStats {
  /** lines in the paste */
  lines: number;
  /** 1-based first and last line of the table (header to last row or note) */
  tableFirstLine: number;
  tableLastLine: number;
  /** indicators in the template (a row split into parts counts once per part) */
  indicators: number;
  /** lines whose content went into the template */
  linesLoaded: number;
  /** unread entries that left something out of the template */
  notLoaded: number;
  /** unread entries for something loaded but changed (joined, split), to be checked */
  toCheck: number;
  /** lines of the table (below the header) with content that is not in the template */
  rowsNotLoaded: number;
}

export type ImportResult =
  /** `source`: what the text was made from (ImportOptions.source, else a paste): unreadPlace names a line by it */
  /**
   * `indicatorRows`: by indicator id, the rows of the source (as an unread line's `line` names them,
   * ascending) it was read from: the pane ties a line said to the preview rows it speaks of
   */
  /** `regionFrom`: where the template's region came from (planRegion), said by describeRegionFrom */
  /** `repeatedHeaders`: the 1-based rows (as `line` names them) where the table's header came again (a page break) and was skipped; absent when none */
  | { ok: true; template: IndicatorTemplate; unread: UnreadLine[]; stats: ImportStats; source: TableSource; indicatorRows: Record<string, number[]>; regionFrom: RegionFrom; repeatedHeaders?: number[] }
  | Refused;

export function importTable(text: string, opts: ImportOptions = {}): ImportResult {
  const started = startReading(typeof text === "string" ? text : "", opts.title ?? "", opts.source, { baselineYear: opts.baselineYear, targetYear: opts.targetYear });
  if (!started.ok) return started;
  const { reading, title } = started;
  const { header, headerAt } = reading;

  const below = reading.grid.length - header.last - 1;
  let told = 0;
  for (let i = header.last + 1; i < reading.grid.length; i++) {
    const line = tableLine(reading.grid[i] ?? [], i);
    let outcome: LineOutcome = "pass";
    for (const rule of LINE_RULES) {
      outcome = rule(line, reading);
      if (outcome !== "pass") break;
    }
    if (outcome === "end") break;
    if (typeof outcome === "object") i = outcome.skipTo;
    told = Math.min(i - header.last, below);
    opts.onProgress?.(told, below);
  }
  // the table ended before the last line (notes, another table below it)
  if (told < below) opts.onProgress?.(below, below);
  reading.finish();

  const { indicators: built, rows: indicatorRows } = buildIndicators(reading);
  const { unread } = reading;
  if (built.length === 0) {
    return refuse("no-rows", { line: reading.rowOf(headerAt), reasons: unread.slice(0, 3).map(({ line, reason, reasonEn }) => ({ line, reason, reasonEn })) }, reading.source);
  }
  const baselineYear = header.baselineYear ?? 0;
  const targetYear = header.targetYear ?? 0;
  const names = [...planNameLines(reading.grid, started.titleAt), ...(opts.documentNames ?? [])];
  const place = planRegion(trimCell(opts.region ?? ""), title, names);
  // the 来源 every return's cover prints: the plan's own name where one is found, not a saved page's file name (trial26a: plan15.html 专栏1)
  const named = names.map(planName).find((x) => x !== null)?.name;
  const { region } = place;
  // the plan's own notes go to planNotes (shown on every return's cover); `notes` holds the importer's own
  const notes: string[] = [];
  // a table with no 领域 at all: its returns print the column blank (hasDomains; trial34 C10)
  if (built.every((d) => d.domain === UNCLASSIFIED)) notes.push("导入时指标表没有领域（分类）列，各指标记为“未分类”，填报表的“领域”列留空。");
  else if (built.some((d) => d.domain === UNCLASSIFIED)) notes.push("导入时部分指标没有领域（分类），记为“未分类”。");
  // said in the template too, so a reader of the template knows the column was in the plan
  for (const c of header.columns) if (c.kind === "vision") notes.push(`导入时未载入“${c.label}”一列：它是规划期之后的远景目标，不是 ${targetYear} 年的规划目标。`);
  for (const c of header.columns) if (c.kind === "later-target") notes.push(`导入时未载入“${c.label}”一列：导入时取 ${targetYear} 年为目标年份（--target-year），它是其后的目标。`);
  for (const c of header.columns) if (c.kind === "past-target") notes.push(`导入时未载入“${c.label}”一列：它是 ${baselineYear} 年或以前的计划目标，不是 ${targetYear} 年的目标。`);
  // the region is printed into every sheet's name and title: where it came from is said, and none is left blank
  if (place.note !== null) notes.push(place.note);
  const id = trimCell(opts.id ?? "") || templateId(title, region, baselineYear, targetYear, built);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return refuse("bad-id", { id });

  const template = {
    schemaVersion: 1 as const,
    id,
    kind: "indicators" as const,
    title: title || PLACEHOLDER_NAMES.title(baselineYear, targetYear),
    region: region || PLACEHOLDER_NAMES.region,
    source: {
      document: sourceDocument(opts, named),
      table: started.table || title || "指标表",
    },
    baselineYear,
    targetYear,
    yearlyTargetYears: header.yearlyYears,
    notes,
    ...planNotesField(reading.notes),
    indicators: built,
  };
  const checked = parseTemplate(template, "import");
  if (!checked.ok || checked.template.kind !== "indicators") {
    const problems = checked.ok ? "不是指标模板" : checked.problems.map((p) => `${p.path}: ${p.message}`).join("；");
    return refuse("invalid-template", { problems });
  }

  unread.sort((a, b) => a.line - b.line);
  const rowsNotLoaded = new Set(unread.filter((u) => u.line > reading.rowOf(header.last) && u.effect === "not-loaded").map((u) => u.line));
  const loadedLines = new Set<number>();
  for (const r of reading.rows) if (r.state === "ok") r.lines.forEach((l) => loadedLines.add(l));
  return {
    ok: true,
    template: checked.template,
    unread,
    source: opts.source ?? PASTED,
    indicatorRows,
    regionFrom: place.from,
    ...(reading.repeatedHeaders.length > 0 ? { repeatedHeaders: [...reading.repeatedHeaders] } : {}),
    stats: {
      lines: reading.lines.length,
      tableFirstLine: headerAt + 1,
      tableLastLine: reading.lastLine + 1,
      indicators: built.length,
      linesLoaded: loadedLines.size,
      notLoaded: unread.filter((u) => u.effect === "not-loaded").length,
      toCheck: unread.filter((u) => u.effect === "to-check").length,
      rowsNotLoaded: rowsNotLoaded.size,
    },
  };
}
