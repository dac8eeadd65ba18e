import { detectUnit } from "../domain/Unit";
import { normalizeText as normalize } from "../domain/normalizeText";
import { parseTarget } from "../domain/parseTarget";
import { parseTemplate } from "../templates/parseTemplate";
import type { IndicatorDef, IndicatorTemplate } from "../templates/TemplateSchema";
import {
  isHeaderContinuation, isIndicatorHeader, isProjectHeader, isReformHeader, readHeader,
  type Column, type Header,
} from "./header";
import { HAN, dropTrailingEmpty, joinCjk, nonEmptyIndexes, splitCells, splitLines, squash, trimCell } from "./text";
import { ATTRIBUTES } from "./rules/attributes";
import { joinBrokenCells, rowWidth } from "./rules/cellBreaks";
import { joinEdgeCategories } from "./rules/edgeCategory";
import { bareNumber } from "./rules/numbering";
import { alignRight, findNumber, type NumberCell } from "./rules/rowStart";
import { templateId } from "./rules/templateId";
import { joinTitleLines } from "./rules/titleLines";
import { toSimplified } from "./rules/traditional";
import { readValue } from "./rules/valueUnit";
import { UNREAD_EFFECT, unreadMessage, type ImportCode, type UnreadEffect, type UnreadParams } from "./unreadMessages";

export type { ImportCode } from "./unreadMessages";

/**
 * `plan-returns import`: makes an indicator template from a plan's indicator table as text (pasted
 * from a PDF, Word or a web page; or made from an .xlsx sheet, a .docx table or a range selected in
 * Excel by gridToText). Pure: no file system, no DOM. It never guesses silently: every line it did
 * not load, and every place where it joined, split or took something from elsewhere (a unit from
 * the values, a target from the 累计 column), is in `unread` with a code and the reason in Chinese
 * and English; a row it is unsure of is left out rather than loaded.
 *
 * How it reads, in one pass of rules (src/import/rules, each with its own tests):
 * 1. line rules, before the rows: traditional characters read as simplified (traditional.ts); a
 *    title broken over lines joined before the plan period is looked for (titleLines.ts); the header
 *    (header.ts: the name column by its words — 指标/指标名称/监测指标/主要指标/具体指标/评价指标 —
 *    and the value columns by content: years, 基期/目标/现状, 属性/性质, 单位, 权重 (not loaded),
 *    〔累计〕, 完成情况, 备注); lines broken inside cells by a web page's copy joined into rows and
 *    split by part (cellBreaks.ts); a category written down the left edge one character per line
 *    joined (edgeCategory.ts);
 * 2. the row loop below: where a row starts (rowStart.ts: a 序号 cell, a 序号 glued to the name —
 *    numbering.ts — or, with category columns and no 序号, the row read from the right), its values
 *    matched to the header's columns, parts (学前段…, 其中：…), names and domains broken by a
 *    page, headings (一、…), notes (注：…), page-break header repeats, the table's end;
 * 3. column rules per indicator: the unit (a unit column, the name's last bracket, else the unit
 *    the values carry: `12.3年以上`), the target (the 累计 column's total when the target is empty),
 *    the direction the target's operator says (valueUnit.ts, operators from parseTarget), a
 *    compound baseline `98/98.75` split by the name's 、.
 * Names are kept as written (after 1.); the id, unless given, is templateId(title, region, period).
 */

export interface ImportOptions {
  id?: string | undefined;
  title?: string | undefined;
  region?: string | undefined;
  /** the document the table comes from (default: 粘贴的表格文本) */
  document?: string | undefined;
}

/** A line (1-based, of the pasted text) that was not read, or was read with a change to check. */
export interface UnreadLine {
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
  | { ok: true; template: IndicatorTemplate; unread: UnreadLine[]; stats: ImportStats }
  | { ok: false; message: string };

interface Group {
  name: string;
  rows: number;
  /** the group came from a domain cell (not from standalone lines) */
  fromCell: boolean;
}

interface Row {
  group: Group;
  number: string;
  name: string;
  part?: string;
  values: string[];
  /** 0-based line indexes that make up the row */
  lines: number[];
  state: "open" | "ok" | "failed";
}


const SUB_ROW = /^其中\s*[:：]\s*(\S.*)$/u;
const NOTE_START = /^(注|备注|说明|资料来源|数据来源)\s*\d?\s*[:：]|^注\s*\d+[.、．]/;
const PAGE_NUMBER = /^[-—－–\s]*\d{1,4}[-—－–\s]*$|^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$/;
const HEADING = /^[一二三四五六七八九十]+\s*[、.．]\s*([\u3400-\u9fff\uf900-\ufaff][^，。；：:]{0,11})$|^[（(][一二三四五六七八九十]+[)）]\s*([\u3400-\u9fff\uf900-\ufaff][^，。；：:]{0,11})$/u;

function fail(message: string): ImportResult {
  return { ok: false, message };
}

function isPartLabel(text: string): boolean {
  const t = squash(text);
  return t.length > 0 && t.length <= 12 && HAN.test(t) && !/\d/.test(t) && !/[<>≤≥〔〕[\]]/.test(t);
}

function isDomainFragment(text: string): boolean {
  const t = squash(text);
  return t.length > 0 && t.length <= 8 && /^[\u3400-\u9fff\uf900-\ufaff]+$/u.test(t);
}

export function importTable(text: string, opts: ImportOptions = {}): ImportResult {
  const pasted = typeof text === "string" ? text : "";
  if (pasted.trim() === "") {
    return fail("粘贴的内容是空的：请从规划文本中复制整张指标表（含表头，如“指标名称 2020年 2025年目标”）后再导入。没有载入任何内容。");
  }
  const traditional = splitLines(pasted).map(toSimplified);
  let lines = traditional.map((t) => t.text);
  const tabbed = pasted.includes("\t");
  let grid = lines.map((l) => splitCells(l, tabbed));
  /** for each line read, the 0-based lines of the paste it comes from (lines joined by a rule) */
  let origins: number[][] = lines.map((_, i) => [i]);

  const headerAt = grid.findIndex(isIndicatorHeader);
  if (headerAt < 0) {
    if (grid.some(isProjectHeader)) {
      return fail("这是一张项目表（有“项目名称”“总投资”“建设内容”等列），不是指标表。请粘贴规划中的主要指标表（有“指标名称”和基期、目标年份列）。没有载入任何内容。");
    }
    if (grid.some(isReformHeader)) {
      return fail("这是一张改革任务表（有“改革名称”“改革任务”“牵头单位”等列），不是指标表。请粘贴规划中的主要指标表。没有载入任何内容。");
    }
    return fail("没有找到指标表的表头：表头应有“指标”或“指标名称”一列，以及年份列（如“2020年”“2025年 目标”）。粘贴的内容不像一张指标表，没有载入任何内容。");
  }

  const titleInfo = findTitle(grid, lines, headerAt);
  const title = trimCell(opts.title ?? "") || titleInfo.title;
  const read = readHeader(grid, headerAt, `${title} ${titleInfo.title}`);
  if (!read.ok) return fail(`第 ${headerAt + 1} 行的表头读不懂：${read.message}没有载入任何内容。`);
  const header = read.header;
  if (header.baselineYear === null || header.targetYear === null) {
    return fail(`第 ${headerAt + 1} 行的表头中没有基期年份或目标年份（如“2020年”“2025年 目标”），标题中也没有“十四五”之类的规划期。没有载入任何内容。`);
  }
  if (header.baselineYear >= header.targetYear) {
    return fail(`第 ${headerAt + 1} 行的表头中基期年份 ${header.baselineYear} 不早于目标年份 ${header.targetYear}。没有载入任何内容。`);
  }

  const unread: UnreadLine[] = [];
  const reportedKeys = new Set<string>();
  const report: Report = (i, code, params) => {
    const coded = { code, params };
    const reason = unreadMessage(coded);
    const key = `${i}\u0000${reason}`;
    if (reportedKeys.has(key)) return;
    reportedKeys.add(key);
    unread.push({ line: (origins[i]?.[0] ?? i) + 1, text: lines[i] ?? "", code, params, effect: UNREAD_EFFECT[code], reason, reasonEn: unreadMessage(coded, "en") });
  };
  const k = header.columns.length;

  // Line rules, in order, before the rows are read: each says what it changed.
  const simplifiedAt = traditional.findIndex((t) => t.changed > 0);
  if (simplifiedAt >= 0) {
    const count = traditional.reduce((n, t) => n + t.changed, 0);
    report(simplifiedAt, "traditional", { count });
  }
  if (titleInfo.lines.length > 1) {
    report(titleInfo.lines[0] ?? 0, "title-joined", { lines: titleInfo.lines.length, title: titleInfo.title });
  }
  if (tabbed) {
    const after = lines.slice(header.last + 1);
    const headerWidth = (grid[headerAt] ?? []).length;
    const broken = joinBrokenCells(after, rowWidth(after, headerWidth), k, header.last + 1);
    if (broken.joined.length > 0) {
      lines = [...lines.slice(0, header.last + 1), ...broken.lines];
      origins = [...origins.slice(0, header.last + 1), ...broken.origins];
      grid = lines.map((l) => splitCells(l, tabbed));
      for (const j of broken.joined) {
        const at = origins.findIndex((o) => o[0] === j.lines[0]);
        report(at, "cell-breaks", { from: (j.lines[0] ?? 0) + 1, to: (j.lines[j.lines.length - 1] ?? 0) + 1, parts: j.parts });
      }
    }
  }
  for (const e of joinEdgeCategories(grid, header.last + 1)) {
    report(e.at, "edge-category", { rows: e.rows, word: e.word });
  }

  for (const c of header.columns) {
    if (c.kind === "ignored") report(headerAt, "column-unknown", { label: c.label });
    if (c.kind === "weight") report(headerAt, "column-weight", { label: c.label });
  }

  const numbered = grid.some((cells, i) => i > header.last && findNumber(cells) !== null);
  const rows: Row[] = [];
  const tableNotes: string[] = [];
  let group: Group | null = null;
  let pending: Array<{ text: string; at: number }> = [];
  let pageBreak = false;
  let inNote = false;
  let lastNumber: number | null = null;
  let lastLine = header.last;
  let headingAt: number | null = null;

  const prevRow = (): Row | undefined => rows[rows.length - 1];
  let categories: string[] = [];
  let gluedReported = false;

  /** Whether the cells after a row's name are its values (or a part and its values, or none yet). */
  const fits = (cells: readonly string[], c: NumberCell): boolean => {
    const after = dropTrailingEmpty(cells.slice(c.nameAt + 1));
    return after.length === 0 || after.length === k || (after.length === k + 1 && isPartLabel(after[0] ?? ""));
  };
  /** Where a row starts: its 序号 and name, or (with category columns and no 序号) read from the right. */
  const rowStart = (cells: readonly string[]): NumberCell | null => {
    const num = findNumber(cells);
    const prev = prevRow();
    if (header.nameAt < 1 || header.numberColumn || prev?.state === "open") return num;
    const aligned = alignRight(cells, k, header.nameAt);
    if (!aligned) return num;
    if (num && num.nameAt === aligned.nameAt && fits(cells, num)) return num;
    if (!num && prev?.part !== undefined && isPartLabel(aligned.name)) return null;
    return aligned;
  };
  /** Whether a line after `from` is a full table row (so a stray line is not the table's end). */
  const rowFollows = (from: number): boolean => {
    for (let j = from + 1; j < grid.length; j++) {
      const c = grid[j] ?? [];
      const n = findNumber(c);
      if (n && dropTrailingEmpty(c.slice(n.nameAt + 1)).length >= k) return true;
    }
    return false;
  };

  const closeOpen = (): void => {
    const prev = prevRow();
    if (prev?.state === "open") {
      prev.state = "failed";
      report(prev.lines[0] ?? 0, "name-only", {});
    }
  };

  /** Checks the value cells of a row; false when the row cannot be loaded. */
  const acceptValues = (values: readonly string[], at: number): boolean => {
    for (let j = 0; j < values.length; j++) {
      const c = header.columns[j];
      const v = values[j] ?? "";
      if (!c || c.kind === "ignored" || c.kind === "weight") continue;
      if (c.kind === "attribute") {
        if (v === "") report(at, "attribute-empty", {});
        else if (ATTRIBUTES[squash(v)] === undefined) report(at, "attribute-unknown", { value: v });
        continue;
      }
      if (ATTRIBUTES[squash(v)] !== undefined) {
        report(at, "row-shifted", { value: v, column: c });
        return false;
      }
    }
    return true;
  };

  const setValues = (row: Row, cellsAfterName: readonly string[], at: number, allowPart: boolean): void => {
    const after = dropTrailingEmpty(cellsAfterName);
    let values: string[] | null = null;
    if (after.length === k) values = after;
    else if (allowPart && after.length === k + 1 && isPartLabel(after[0] ?? "")) {
      row.part = squash(after[0] ?? "");
      values = after.slice(1);
    }
    if (values === null) {
      row.state = "failed";
      const filled = after.filter((c) => c !== "");
      if (filled.length === 1 && cellsAfterName.length >= k && k > 1) {
        report(at, "one-cell", { value: filled[0] ?? "", columns: header.columns });
      } else {
        report(at, "cell-count", { found: after.length, columns: header.columns });
      }
      return;
    }
    if (!acceptValues(values, at)) {
      row.state = "failed";
      return;
    }
    row.values = values.map((v) => joinCjk(v));
    row.state = "ok";
    values.forEach((v, j) => {
      const c = header.columns[j];
      const joined = row.values[j] ?? v;
      if (c && joined !== v) report(at, "cjk-spaces", { value: v, joined, column: c });
      if (c && v === "" && (c.kind === "baseline" || c.kind === "target" || c.kind === "yearly")) {
        report(at, "value-empty", { column: c });
      }
    });
  };

  let i = header.last + 1;
  for (; i < grid.length; i++) {
    const cells = grid[i] ?? [];
    const filled = nonEmptyIndexes(cells);
    const firstAt = filled[0];
    if (firstAt === undefined) {
      pageBreak = true;
      continue;
    }
    const first = cells[firstAt] ?? "";
    if (NOTE_START.test(first) || (inNote && filled.length === 1 && /^\d+[.、．]/.test(first))) {
      tableNotes.push(cells.filter((c) => c !== "").join(" "));
      inNote = true;
      lastLine = i;
      continue;
    }
    inNote = false;
    if (filled.length === 1 && bareNumber(first) !== null) {
      report(i, "number-only", { number: first });
      continue;
    }
    if (filled.length === 1 && PAGE_NUMBER.test(first)) {
      pageBreak = true;
      continue;
    }
    const heading = filled.length === 1 && firstAt === 0 ? HEADING.exec(first) : null;
    if (heading) {
      // A row spanning the table that names the domain: 一、幼有善育 / （二）学有优教
      closeOpen();
      const name = joinCjk(heading[1] ?? heading[2] ?? "").replace(/\s+/g, "");
      group = { name, rows: 0, fromCell: false };
      headingAt = i;
      lastNumber = null; // 序号 may start again under each heading
      lastLine = i;
      continue;
    }
    if (isIndicatorHeader(cells)) {
      const again = readHeader(grid, i, title);
      if (again.ok && again.header.signature === header.signature) {
        i = again.header.last;
        pageBreak = true;
        continue;
      }
      closeOpen();
      report(i, "other-table", { headerLine: headerAt + 1 });
      break;
    }
    if (isProjectHeader(cells) || isReformHeader(cells)) {
      closeOpen();
      report(i, "project-table", {});
      break;
    }
    if (isHeaderContinuation(cells) && rows.length === 0) continue;

    const num = rowStart(cells);
    if (num) {
      closeOpen();
      lastLine = i;
      let domainText: string;
      if (num.domain) {
        // category columns: a blank category cell continues the one above it
        const cats = num.domain.map((c, j) => joinCjk(c).replace(/\s+/g, "") || (num.domain?.slice(0, j).some((d) => d !== "") ? "" : (categories[j] ?? "")));
        categories = cats;
        domainText = cats.filter((c) => c !== "").join("·");
        if (domainText === group?.name) domainText = "";
      } else {
        const domainCells = cells.slice(0, num.at).filter((c) => c !== "");
        domainText = domainCells.map((c) => joinCjk(c).replace(/\s+/g, "")).join("");
      }
      group = nextGroup(domainText, i);
      if (num.glued && !gluedReported) {
        gluedReported = true;
        report(i, "number-glued", { cell: cells[num.nameAt] ?? "", number: num.number, name: num.name });
      }
      if (num.number !== "") {
        const n = Number(num.number);
        if (lastNumber !== null && n !== lastNumber + 1) {
          report(i, "number-gap", { number: num.number, last: lastNumber });
        }
        lastNumber = n;
      }
      const row: Row = { group, number: num.number, name: num.name, values: [], lines: [i], state: "open" };
      rows.push(row);
      group.rows++;
      pageBreak = false;
      const after = cells.slice(num.nameAt + 1);
      if (dropTrailingEmpty(after).length > 0) setValues(row, after, i, true);
      continue;
    }

    // A line without a 序号.
    const prev = prevRow();
    const rest = cells.slice(firstAt + 1);
    const restFilled = dropTrailingEmpty(rest);
    if (restFilled.length === 0) {
      if (firstAt >= 1 && prev && prev.part === undefined && prev.state !== "failed" && HAN.test(first)) {
        prev.name = `${prev.name}${first}`;
        prev.lines.push(i);
        lastLine = i;
        report(i, "name-joined", { piece: first, rowLine: (prev.lines[0] ?? 0) + 1, number: prev.number, values: false });
        pageBreak = false;
        continue;
      }
      if (firstAt === 0 && isDomainFragment(first)) {
        pending.push({ text: squash(first), at: i });
        lastLine = i;
        continue;
      }
      closeOpen();
      if (rows.length > 0 && rowFollows(i)) {
        report(i, "not-a-row", { more: true });
        continue;
      }
      if (rows.length > 0) {
        const left = grid.slice(i).filter((c) => c.some((x) => x !== "")).length;
        report(i, "table-end", { left });
        break;
      }
      report(i, "not-a-row", { more: false });
      continue;
    }
    if (prev?.state === "open" && restFilled.length === k) {
      prev.name = `${prev.name}${first}`;
      prev.lines.push(i);
      lastLine = i;
      report(i, "name-joined", { piece: first, rowLine: (prev.lines[0] ?? 0) + 1, number: prev.number, values: true });
      setValues(prev, rest, i, false);
      pageBreak = false;
      continue;
    }
    closeOpen();
    const sub = SUB_ROW.exec(first);
    if (prev && prev.state !== "failed" && restFilled.length === k && sub?.[1] !== undefined) {
      // `其中：本科及以上学历比例(%)` under an indicator: a part of it, with its own values
      const row: Row = { group: prev.group, number: prev.number, name: prev.name, part: squash(sub[1]), values: [], lines: [i], state: "open" };
      rows.push(row);
      lastLine = i;
      report(i, "sub-row", { text: first, number: prev.number, part: row.part ?? "" });
      setValues(row, rest, i, false);
      pageBreak = false;
      continue;
    }
    if (prev && prev.part !== undefined && restFilled.length === k && isPartLabel(first)) {
      const row: Row = { group: prev.group, number: prev.number, name: prev.name, part: squash(first), values: [], lines: [i], state: "open" };
      rows.push(row);
      lastLine = i;
      setValues(row, rest, i, false);
      pageBreak = false;
      continue;
    }
    if (!numbered) {
      // A table without 序号: [领域] 指标名称 数值…
      const all = dropTrailingEmpty(cells);
      const leading = all.slice(0, Math.max(0, all.length - k)).filter((c) => c !== "");
      const name = leading[leading.length - 1] ?? "";
      if (all.length >= k + 1 && leading.length >= 1 && leading.length <= 2 && HAN.test(name)) {
        lastLine = i;
        group = nextGroup(leading.length === 2 ? joinCjk(leading[0] ?? "").replace(/\s+/g, "") : "", i);
        const row: Row = { group, number: "", name, values: [], lines: [i], state: "open" };
        rows.push(row);
        group.rows++;
        pageBreak = false;
        setValues(row, all.slice(all.length - k), i, false);
        continue;
      }
    }
    report(i, "no-number", {});
  }
  closeOpen();
  if (headingAt !== null && group && group.rows === 0) report(headingAt, "heading-empty", { heading: group.name });
  for (const p of pending) report(p.at, "domain-alone", { text: p.text });

  /** The domain a row belongs to, given the text of its domain cell ("" when it has none). */
  function nextGroup(cellText: string, at: number): Group {
    if (pending.length > 0) {
      const joined = pending.map((p) => p.text).join("") + cellText;
      report(at, "domain-joined", { lines: pending.map((p) => p.at + 1), joined });
      pending = [];
      return { name: joined, rows: 0, fromCell: false };
    }
    if (cellText === "") return group ?? { name: "", rows: 0, fromCell: false };
    if (
      group && pageBreak && group.rows === 1 && group.fromCell && group.name !== "" &&
      (group.name.length <= 3 || cellText.length <= 3) && !/服务$/.test(group.name)
    ) {
      const before = group.name;
      group.name = `${group.name}${cellText}`;
      report(at, "domain-page-break", { domain: cellText, before, joined: group.name });
      return group;
    }
    return { name: cellText, rows: 0, fromCell: true };
  }

  const built = buildIndicators(rows, header, lines, report);
  if (built.length === 0) {
    const why = unread.slice(0, 3).map((u) => `第 ${u.line} 行：${u.reason}`).join("；");
    return fail(`找到了表头（第 ${headerAt + 1} 行），但没有读出任何指标行${why ? `（${why}）` : ""}。没有载入任何内容。`);
  }

  const region = trimCell(opts.region ?? "") || regionFromTitle(title);
  const notes = [...tableNotes];
  if (built.some((d) => d.domain === "未分类")) notes.push("导入时部分指标没有领域（分类），记为“未分类”。");
  if (!region) notes.push("导入时未能从标题判断地区，region 记为“未注明”，请改为实际地区。");
  const id = trimCell(opts.id ?? "") || templateId(title, region, header.baselineYear, header.targetYear);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return fail(`模板编号“${id}”不合规：只能用小写字母、数字和“-”，且不能以“-”开头。没有载入任何内容。`);

  const template = {
    schemaVersion: 1 as const,
    id,
    kind: "indicators" as const,
    title: title || `导入的指标表（${header.baselineYear}—${header.targetYear}年）`,
    region: region || "未注明",
    source: {
      document: trimCell(opts.document ?? "") || "粘贴的表格文本",
      table: titleInfo.table || title || "指标表",
    },
    baselineYear: header.baselineYear,
    targetYear: header.targetYear,
    yearlyTargetYears: header.yearlyYears,
    notes,
    indicators: built,
  };
  const checked = parseTemplate(template, "import");
  if (!checked.ok || checked.template.kind !== "indicators") {
    const problems = checked.ok ? "不是指标模板" : checked.problems.map((p) => `${p.path}: ${p.message}`).join("；");
    return fail(`读出的模板没有通过校验（${problems}），没有载入任何内容。`);
  }

  unread.sort((a, b) => a.line - b.line);
  const rowsNotLoaded = new Set(unread.filter((u) => u.line > header.last + 1 && u.effect === "not-loaded").map((u) => u.line));
  const loadedLines = new Set<number>();
  for (const r of rows) if (r.state === "ok") r.lines.forEach((l) => loadedLines.add(l));
  return {
    ok: true,
    template: checked.template,
    unread,
    stats: {
      lines: lines.length,
      tableFirstLine: headerAt + 1,
      tableLastLine: lastLine + 1,
      indicators: built.length,
      linesLoaded: loadedLines.size,
      notLoaded: unread.filter((u) => u.effect === "not-loaded").length,
      toCheck: unread.filter((u) => u.effect === "to-check").length,
      rowsNotLoaded: rowsNotLoaded.size,
    },
  };
}

/**
 * The title line just above the header (joined with the lines above it when the layout broke it,
 * see joinTitleLines), and the table's label (`表 1 “十三五”…` → `表1`).
 */
function findTitle(grid: ReadonlyArray<readonly string[]>, lines: readonly string[], headerAt: number): { title: string; table: string; lines: number[] } {
  const candidates: Array<[number, string]> = [];
  let seen = 0;
  for (let i = headerAt - 1; i >= 0 && seen < 3; i--) {
    const filled = (grid[i] ?? []).filter((c) => c !== "");
    if (filled.length === 0) continue;
    seen++;
    // a label in a cell of its own before the title (`专栏 1` / `表1`) belongs to it
    const labelled = filled.length === 2 && TABLE_LABEL.test(filled[0] ?? "");
    const text = labelled ? filled.join(" ") : trimCell(lines[i] ?? "");
    if ((filled.length !== 1 && !labelled) || text.length > 80 || /[。；;]$/.test(text)) {
      if (candidates.length > 0) break;
      continue;
    }
    candidates.push([i, text]);
  }
  const joined = joinTitleLines(candidates);
  if (!joined) return { title: "", table: "", lines: [] };
  const m = /^((?:附)?(?:表|专栏)\s*[0-9一二三四五六七八九十]+)\s*[:：.．、]?\s*/.exec(joined.title);
  const table = m?.[1] ? m[1].replace(/\s+/g, "") : "";
  const title = trimCell(m ? joined.title.slice(m[0].length) : joined.title);
  return { title, table, lines: joined.lines };
}

const TABLE_LABEL = /^(附)?(表|专栏)\s*[0-9一二三四五六七八九十]+$/;
const REGION = /([\u3400-\u9fff\uf900-\ufaff]{2,4}?(?:省|市|县|区|自治州|盟|旗))/u;
const NOT_REGION = /(社|园|景|城|小|辖|地|片|山|街|新|示范|保护|功能|开发|服务|试验|先行)区$/;

function regionFromTitle(title: string): string {
  const m = REGION.exec(title);
  const r = m?.[1];
  return r !== undefined && !NOT_REGION.test(r) ? r : "";
}

type Report = <C extends ImportCode>(line: number, code: C, params: UnreadParams[C]) => void;

function buildIndicators(rows: readonly Row[], header: Header, lines: readonly string[], report: Report): IndicatorDef[] {
  const out: IndicatorDef[] = [];
  const ids = new Set<string>();
  const uniqueId = (base: string): string => {
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
  const partsSeen = new Map<string, number>();
  let unnumbered = 0;

  for (const row of rows) {
    if (row.state !== "ok") continue;
    const base = row.number === "" ? `r-${++unnumbered}` : `r${row.number.padStart(2, "0")}`;
    const variants = splitCompound(row, header);
    if (variants.length > 1) {
      report(row.lines[0] ?? 0, "compound-split", { baseline: row.values[header.baselineCol ?? -1] ?? "", parts: variants.map((v) => v.part ?? "") });
    }
    for (const v of variants) {
      let id = base;
      if (v.part !== undefined) {
        const n = (partsSeen.get(base) ?? 0) + 1;
        partsSeen.set(base, n);
        id = `${base}-${n}`;
      }
      out.push(toIndicator(v, uniqueId(id), header, lines, report));
    }
  }
  return out;
}

/**
 * `困难残疾人生活补贴、重度残疾人护理补贴覆盖率（%）` with baseline `98/98.75`: two indicators
 * written as one. Split only when the name lists exactly as many items (、) as there are values
 * and the last item ends like the first (…补贴); otherwise left whole.
 */
function splitCompound(row: Row, header: Header): Row[] {
  if (row.part !== undefined || header.baselineCol === null) return [row];
  const baseline = row.values[header.baselineCol] ?? "";
  const parsed = parseTarget(baseline);
  if (parsed.kind !== "compound") return [row];
  const n = parsed.values.length;
  const bare = detectUnit(row.name).bareName;
  const items = bare.split("、").map((s) => s.trim());
  const lastItem = items[items.length - 1] ?? "";
  const ending = (items[0] ?? "").slice(-2);
  const cut = ending.length === 2 ? lastItem.lastIndexOf(ending) : -1;
  if (items.length !== n || cut < 0 || cut + 2 >= lastItem.length) return [row];
  const labels = [...items.slice(0, -1), lastItem.slice(0, cut + 2)];
  if (labels.some((l) => l.length < 2)) return [row];
  const pieces = row.values.map((v) => {
    const p = v.split("/");
    return p.length === n ? p.map((s) => s.trim()) : null;
  });
  return labels.map((label, j) => ({
    ...row,
    part: label,
    values: row.values.map((v, c) => (c === header.baselineCol || pieces[c] ? (pieces[c]?.[j] ?? v) : v)),
  }));
}

function toIndicator(row: Row, id: string, header: Header, lines: readonly string[], report: Report): IndicatorDef {
  const at = row.lines[0] ?? 0;
  const name = row.name.trim();
  const detected = detectUnit(name);
  const valueOf = (c: number | null): string => (c === null ? "" : (row.values[c] ?? ""));
  const unitCol = header.columns.findIndex((c) => c.kind === "unit");
  let unit = unitCol >= 0 ? squash(valueOf(unitCol)) : detected.inferred ? "" : detected.symbol;
  let target = valueOf(header.targetCol);
  // The five-year total in a column of its own (〔累计〕): the target when the target cell is empty.
  const cumulativeCol = header.columns.findIndex((c) => c.kind === "cumulative");
  const cumulative = cumulativeCol >= 0 ? valueOf(cumulativeCol).trim() : "";
  if (cumulative !== "" && parseTarget(cumulative).kind !== "none") {
    if (parseTarget(target).kind === "none") {
      const written = /^[[〔［【]/.test(cumulative) ? cumulative : `〔${cumulative}〕`;
      report(at, "target-from-cumulative", { cumulative, written });
      target = written;
    } else {
      report(at, "target-and-cumulative", { target, cumulative });
    }
  }
  // A value that carries its unit (`12.3年以上`, `1.5万人`): the unit when the name has none.
  const baseline = valueOf(header.baselineCol);
  const carried = [readValue(baseline), readValue(target)];
  const valueUnit = carried.map((c) => c.unit).find((u) => u !== "" && u !== "%") ?? carried.map((c) => c.unit).find((u) => u !== "") ?? "";
  if (valueUnit !== "") {
    if (unit === "" && (!detected.inferred || normalize(valueUnit) === detected.symbol)) {
      unit = valueUnit;
      report(at, "unit-from-value", { unit: valueUnit });
    } else if (normalize(valueUnit) !== normalize(unit) && !(valueUnit === "%" && (unit === "%" || detected.symbol === "%"))) {
      report(at, "unit-differs", { valueUnit, unit: unit || detected.symbol });
    }
  }
  const percent = unit === "%" || (unit === "" && detected.symbol === "%");
  const def: IndicatorDef = {
    id,
    domain: row.group.name || "未分类",
    number: row.number,
    name,
    unit,
    baseline: valueOf(header.baselineCol),
    target,
    targetKind: parseTarget(target, percent).kind,
    source: row.lines.map((l) => lines[l] ?? "").join("\n"),
  };
  if (row.part !== undefined) def.part = row.part;
  // §3a step 2: the direction the target's operator says is written into the template
  const direction = readValue(target).direction;
  if (direction !== undefined) def.direction = direction;
  if (cumulative !== "" && target !== cumulative && !target.includes(cumulative)) def.note = `累计：${cumulative}`;
  header.columns.forEach((c: Column, j) => {
    const v = row.values[j] ?? "";
    if (c.kind === "attribute") {
      const a = ATTRIBUTES[squash(v)];
      if (a) def.attribute = a;
    } else if (c.kind === "result" && v !== "") {
      def.results = { ...(def.results ?? {}), [String(c.year ?? header.targetYear ?? "")]: v };
    } else if (c.kind === "note" && v !== "") {
      def.note = def.note === undefined ? v : `${v}；${def.note}`;
    }
  });
  if (header.yearlyYears.length > 0) {
    const yearly: Record<string, string> = {};
    header.columns.forEach((c, j) => {
      if (c.year !== undefined && (c.kind === "yearly" || (c.kind === "target" && header.yearlyYears.includes(c.year)))) {
        yearly[String(c.year)] = row.values[j] ?? "";
      }
    });
    def.yearlyTargets = yearly;
  }
  return def;
}
