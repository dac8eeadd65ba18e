import { UNCLASSIFIED } from "../../templates/UNCLASSIFIED";
import { parseTemplate } from "../../templates/parseTemplate";
import type { ProjectDef, ProjectTemplate, ReformDef, ReformTemplate } from "../../templates/TemplateSchema";
import { reformDeadline } from "../../domain/reformDeadline";
import { isIndicatorHeader, planYearsFromTitle } from "../header";
import type { ImportOptions, ImportStats, UnreadLine } from "../importTable";
import { PLACEHOLDER_NAMES } from "../placeholderNames";
import { refuse, type Refused } from "../refusalMessages";
import { joinBrokenCells, rowWidth } from "../rules/cellBreaks";
import { NOTE_START } from "../rules/noteLine";
import { NUMBER_MARK } from "../rules/numbering";
import { planNameLines } from "../planNameLines";
import { planRegion, type RegionFrom } from "../planRegion";
import { spacedWords } from "../rules/spacedColumns";
import { templateId } from "../rules/templateId";
import { toSimplified } from "../rules/traditional";
import { findTitle } from "../tableTitle";
import { PASTED, sourceLastRow, sourceRow, type TableSource } from "../TableSource";
import { splitCells, splitLines, trimCell } from "../text";
import { pipeColumns } from "../rules/pipeColumns";
import { UNREAD_EFFECT, unreadMessage, type ImportCode, type UnreadParams } from "../unreadMessages";
import { joinListHeaderRows } from "./joinListHeaderRows";
import { listGroup } from "./listGroup";
import { isProjectType, readListHeader, type ListField, type ListHeader, type ListKind } from "./listHeader";
import { readListInvestment } from "./listInvestment";
import { readListPeriod } from "./listPeriod";
import { planNotesField } from "../planNotesField";
import { sourceDocument } from "../sourceDocument";

/** What a list's import says of its size (ImportStats, with `items` for its indicators). */
export type ListImportStats = Omit<ImportStats, "indicators"> & {
  /** projects or reforms in the template */
  items: number;
};

/**
 * importList's result: as importTable's, with a project or reform template; `itemRows`: by item id, the
 * source rows (as an unread line's `line` names them) it was read from.
 */
export type ListImportResult =
  /** `regionFrom`: where the template's region came from (planRegion), as importTable's */
  | { ok: true; kind: ListKind; template: ProjectTemplate | ReformTemplate; unread: UnreadLine[]; stats: ListImportStats; source: TableSource; itemRows: Record<string, number[]>; regionFrom: RegionFrom }
  | Refused;

/** An item as read: its fields' cells (joined over wrapped lines), its category and its lines. */
interface Item {
  cells: Partial<Record<ListField, string>>;
  category: string;
  /** 0-based lines read (after cell breaks were joined) */
  at: number[];
}

// a 合计 / 总计 row: the list's sum, no item (小计 too: a group's)
const TOTAL = /^[合总小共]\s*计\s*(?:[（(:：].*)?$/u;
// a page number a PDF's copy leaves between rows (as rules/pageNumber)
const PAGE_NUMBER = /^[-—－–\s]*\d{1,4}[-—－–\s]*$|^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$/;
const ITEM_NUMBER = new RegExp(`^\\d{1,4}(?:[.．-]\\d{1,3})*${NUMBER_MARK}?$`);
// fields a wrapped line continues as a list of names (units, people), not as running text
const NAME_LIST_FIELDS: ReadonlySet<ListField> = new Set(["unit", "person", "leadUnit", "participants", "location"]);
// between the names of one cell written on several lines (县农业农村局⏎县经济开发区)
const NAME_SEPARATOR = "、";

/**
 * `plan-returns import` of a plan's project list (项目清单, 重大项目表) or reform list (改革清单, 改革任务表):
 * a projects or reforms template (ProjectSchema, ReformSchema), as importTable makes an indicator template.
 * Pure. The header's columns are read by meaning (lists/listHeader); below it each line is one of:
 * a blank line or page number (passed over), a note (`注：…`, kept in the template's notes), the same
 * header again after a page break (passed over), another table's header (the list ends there, said),
 * a 合计 row (not loaded, said), a group line (`一、教育`: the category of the items below; a 类别 column's
 * cell does the same, a blank one under a merged cell continuing it), an item (a 序号, or a name in a list
 * without 序号), or the rest of the item above wrapped onto a line of its own (joined, said). Investment is
 * read into 亿元 (lists/listInvestment), periods into `2023-2025` (lists/listPeriod), a reform's 完成时限 and
 * 备注 kept at the end of its tasks; every change and every line left out is in `unread`, coded.
 * The plan's years: given (ImportOptions), else the title's (`2024年…清单`: 2023–2024; 十四五: 2020–2025;
 * `2023—2027年`: 2022–2027), else the items' periods (the year before the first start to the last end);
 * refused in one line when none.
 */
export function importList(given: string, opts: ImportOptions = {}): ListImportResult {
  // a list written between pipes (Markdown, a chat reply) read as the tabbed paste it stands for, as startReading does
  const text = pipeColumns(given) ?? given;
  const source = opts.source ?? PASTED;
  const simplified = splitLines(text).map(toSimplified);
  const tabbed = text.includes("\t");
  let lines = simplified.map((t) => t.text);
  let grid = lines.map((l) => splitCells(l, tabbed));
  let headerAt = grid.findIndex((cells) => readListHeader(cells) !== null);
  // columns a PDF's copy left separated by single spaces: the header found at its spaces, each line below of exactly
  // its words read one word a column (rewritten with tabs); any other line cannot be placed and is said, not guessed
  const spaced = headerAt < 0 && !tabbed ? lineUpSpacedList(lines) : null;
  if (spaced) {
    headerAt = spaced.headerAt;
    lines = spaced.lines;
    grid = lines.map((l) => splitCells(l, true));
  }
  const upper = headerAt < 0 ? null : readListHeader(grid[headerAt] ?? []);
  if (upper === null) return refuse("no-header", {}, source);
  // a header over two rows (投资（万元） over 总投资 | 2025年计划投资): read together, the rows start below both
  const twoRows = joinListHeaderRows(upper, grid[headerAt] ?? [], grid[headerAt + 1] ?? []);
  const header = twoRows?.header ?? upper;
  const bodyAt = twoRows ? headerAt + 1 : headerAt;
  const kind = header.kind;
  let origins = lines.map((_, i) => [i]);
  const unread: UnreadLine[] = [];
  const said = new Set<string>();
  const rowOf = (i: number): number => sourceRow(source, origins[i]?.[0] ?? i);
  const report = <C extends ImportCode>(i: number, code: C, params: UnreadParams[C]): void => {
    const coded = { code, params };
    const reason = unreadMessage(coded, "zh", source);
    const key = `${i}\u0000${reason}`;
    if (said.has(key)) return;
    said.add(key);
    unread.push({ line: rowOf(i), text: lines[i] ?? "", code, params, effect: UNREAD_EFFECT[code], reason, reasonEn: unreadMessage(coded, "en", source) });
  };

  if (spaced) {
    const labels = (grid[headerAt] ?? []).filter((l) => l !== "").join(" | ");
    const columns = (grid[headerAt] ?? []).length;
    if (spaced.aligned.length > 0) report(spaced.aligned[0] ?? headerAt, "list-spaced", { rows: spaced.aligned.length, columns });
    // said with the line as pasted; the line itself is left out of the reading (blank), never guessed into a column
    for (const u of spaced.unaligned) report(u.at, "list-spaced-unaligned", { words: u.words, columns, labels });
    for (const u of spaced.unaligned) {
      lines[u.at] = "";
      grid[u.at] = [];
    }
  }
  const changed = simplified.findIndex((t) => t.changed > 0);
  if (changed >= 0) report(changed, "traditional", { count: simplified.reduce((n, t) => n + t.changed, 0) });
  const titleInfo = findTitle(grid, lines, headerAt);
  const title = trimCell(opts.title ?? "") || titleInfo.title;
  if (titleInfo.lines.length > 1) report(titleInfo.lines[0] ?? 0, "title-joined", { lines: titleInfo.lines.length, title: titleInfo.title });
  if (twoRows) report(bodyAt, "list-header-rows", { header: twoRows.labels.filter((l) => l !== "").join(" | ") });
  // a unit note (单位：万元) is no title: it gives the unit of a money column whose header names none
  if (titleInfo.unitAt >= 0) {
    const noted = /亿元|万元/.exec(titleInfo.unit)?.[0];
    const applies = kind === "projects" && header.fields.includes("investment") && header.investmentUnit === null && (noted === "万元" || noted === "亿元");
    report(titleInfo.unitAt, "list-unit-note", { note: trimCell(lines[titleInfo.unitAt] ?? ""), unit: applies ? (noted ?? "") : "" });
    if (applies && (noted === "万元" || noted === "亿元")) header.investmentUnit = noted;
  }
  header.fields.forEach((f, i) => {
    const label = header.labels[i] ?? "";
    if (f === null && label !== "") report(headerAt, "list-column-unused", { label, kind });
  });
  // a column labelled only 类别 whose values are all 新建 / 续建 / 前期 holds the projects' type, as a 建设性质 column does
  const categoryAt = header.fields.indexOf("category");
  if (kind === "projects" && categoryAt >= 0 && !header.fields.includes("type")) {
    const values = grid.slice(bodyAt + 1).filter((c) => c.filter((x) => trimCell(x) !== "").length >= 3).map((c) => trimCell(c[categoryAt] ?? "")).filter((v) => v !== "");
    if (values.length > 0 && values.every(isProjectType)) header.fields[categoryAt] = "type";
  }
  const typeAt = header.fields.indexOf("type");
  if (typeAt >= 0) report(headerAt, "list-type-remark", { label: header.labels[typeAt] ?? "" });

  // cells a web page's or a sheet's copy broke over lines (one line per line of a cell): joined into rows
  // (a cell's lines under units, people: several names, joined with 、; other cells' lines run on)
  if (tabbed) {
    const after = lines.slice(bodyAt + 1);
    const joinLines = (col: number, parts: readonly string[]): string => {
      const f = header.fields[col];
      return parts.join(f !== null && f !== undefined && NAME_LIST_FIELDS.has(f) ? NAME_SEPARATOR : "");
    };
    const broken = joinBrokenCells(after, rowWidth(after, (grid[headerAt] ?? []).length), 0, bodyAt + 1, joinLines);
    if (broken.joined.length > 0) {
      lines = [...lines.slice(0, bodyAt + 1), ...broken.lines];
      origins = [...origins.slice(0, bodyAt + 1), ...broken.origins];
      grid = lines.map((l) => splitCells(l, true));
      const firstLine = new Map<number, number>();
      origins.forEach((o, i) => {
        if (o[0] !== undefined && !firstLine.has(o[0])) firstLine.set(o[0], i);
      });
      for (const j of broken.joined) report(firstLine.get(j.lines[0] ?? -1) ?? headerAt, "cell-breaks", { from: sourceRow(source, j.lines[0] ?? 0), to: sourceLastRow(source, j.lines[j.lines.length - 1] ?? 0), parts: [], source: source.kind });
    }
  }

  const read = readRows(grid, header, bodyAt, report, rowOf);
  const { items, notes } = read;
  const built = kind === "projects" ? buildProjects(items, header, report, grid) : buildReforms(items, header, report, grid);
  const itemRows: Record<string, number[]> = {};
  const kept = built.filter((b) => b.def !== null);
  kept.forEach((b) => {
    itemRows[b.def?.id ?? ""] = [...new Set(b.item.at.map(rowOf))];
  });
  for (const b of built) if (b.def === null) report(b.item.at[0] ?? headerAt, "list-no-name", { number: b.item.cells.number ?? "" });
  const unclassified = kept.filter((b) => b.item.category === "");
  if (unclassified.length > 0) report(unclassified[0]?.item.at[0] ?? headerAt, "list-unclassified", { count: unclassified.length, word: UNCLASSIFIED });
  if (kept.length === 0 && spaced && spaced.aligned.length === 0) {
    // no line of the paste could be placed: one line saying to paste with tabs, not a line for each
    return refuse("list-spaced", { line: rowOf(headerAt), kind, columns: (grid[headerAt] ?? []).length }, source);
  }
  if (kept.length === 0) {
    return refuse("list-no-rows", { line: rowOf(headerAt), kind, reasons: unread.slice(0, 3).map(({ line, reason, reasonEn }) => ({ line, reason, reasonEn })) }, source);
  }

  const years = planYears(opts, title, kept.map((b) => b.def).filter((d): d is ProjectDef | ReformDef => d !== null));
  if (years === null) return refuse("list-no-years", { line: rowOf(headerAt), kind }, source);
  if (years.baselineYear >= years.targetYear) return refuse("years-order", { line: rowOf(headerAt), baselineYear: years.baselineYear, targetYear: years.targetYear }, source);
  if (years.from !== "given") report(headerAt, "list-years", { baselineYear: years.baselineYear, targetYear: years.targetYear, from: years.from });

  // the first line said with `code`, its parameters (for the template's notes)
  const firstSaid = <C extends ImportCode>(code: C): UnreadParams[C] | undefined => unread.find((u) => u.code === code)?.params as UnreadParams[C] | undefined;
  const place = planRegion(trimCell(opts.region ?? ""), title, [...planNameLines(grid, titleInfo.lines[0] ?? headerAt), ...(opts.documentNames ?? [])]);
  const { region } = place;
  // the plan's own notes go to planNotes (shown on every return's cover); `notes` holds the importer's own
  const allNotes: string[] = [];
  if (unclassified.length > 0) allNotes.push(`导入时 ${unclassified.length} 项不在任何分组之下，类别记为“${UNCLASSIFIED}”。`);
  const wan = firstSaid("list-investment-wan");
  if (wan) allNotes.push(`原表总投资按万元填写，导入时已除以 10000 折为亿元（如“${wan.written}”→“${wan.read}”）；各项的 source 保留原文。`);
  const approx = firstSaid("list-investment-approx");
  if (approx) allNotes.push(`原表部分总投资是约数（如“${approx.written}”），导入时取其数值（${approx.read}）。`);
  if (unread.some((u) => u.code === "list-deadline")) allNotes.push("原表的完成时限（及备注）记在各项改革任务的末尾。");
  if (place.note !== null) allNotes.push(place.note);
  const defs = kept.map((b) => b.def).filter((d): d is ProjectDef | ReformDef => d !== null);
  const idRows = defs.map((d) => ({ domain: d.category, number: d.number, name: d.name, unit: "", baseline: d.source }));
  const id = trimCell(opts.id ?? "") || templateId(title, region, years.baselineYear, years.targetYear, idRows, kind);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return refuse("bad-id", { id });

  const common = {
    schemaVersion: 1 as const,
    id,
    title: title || PLACEHOLDER_NAMES.listTitle(kind, years.baselineYear, years.targetYear),
    region: region || PLACEHOLDER_NAMES.region,
    source: { document: sourceDocument(opts), table: titleInfo.table || title || (kind === "projects" ? "项目清单" : "改革清单") },
    baselineYear: years.baselineYear,
    targetYear: years.targetYear,
    notes: allNotes,
    ...planNotesField(notes),
  };
  const template = kind === "projects" ? { ...common, kind, projects: defs } : { ...common, kind, reforms: defs };
  const checked = parseTemplate(template, "import");
  if (!checked.ok || checked.template.kind === "indicators") {
    const problems = checked.ok ? "不是项目或改革模板" : checked.problems.map((p) => `${p.path}: ${p.message}`).join("；");
    return refuse("invalid-template", { problems });
  }

  unread.sort((a, b) => a.line - b.line);
  const headerRow = rowOf(headerAt);
  const rowsNotLoaded = new Set(unread.filter((u) => u.line > headerRow && u.effect === "not-loaded").map((u) => u.line));
  const loaded = new Set<number>();
  for (const b of kept) b.item.at.forEach((i) => loaded.add(rowOf(i)));
  for (const g of read.groupLines) loaded.add(rowOf(g));
  return {
    ok: true,
    kind,
    template: checked.template,
    unread,
    source,
    itemRows,
    regionFrom: place.from,
    stats: {
      lines: lines.length,
      tableFirstLine: headerAt + 1,
      tableLastLine: read.lastLine + 1,
      items: defs.length,
      linesLoaded: loaded.size,
      notLoaded: unread.filter((u) => u.effect === "not-loaded").length,
      toCheck: unread.filter((u) => u.effect === "to-check").length,
      rowsNotLoaded: rowsNotLoaded.size,
    },
  };
}

type Report = <C extends ImportCode>(i: number, code: C, params: UnreadParams[C]) => void;

/**
 * A list pasted with single spaces between its columns (a PDF's copy): the first line whose words read as a list's
 * header, and the lines below it rewritten with tabs where that is sure — a line of exactly the header's words
 * (starting with a 序号 where the header has one), the header again, and a line read whole (a numbered group
 * `一、交通`, a note, a page number, a 合计 with its figures after it). Any other line (more words: a space inside a
 * name or 建设内容; fewer: a piece of a wrapped row, or a group without a number) is `unaligned`, left as it is.
 * Null when no line's words make a list's header.
 */
function lineUpSpacedList(lines: readonly string[]): { headerAt: number; lines: string[]; aligned: number[]; unaligned: Array<{ at: number; words: number }> } | null {
  const headerAt = lines.findIndex((l) => readListHeader(spacedWords(l)) !== null);
  if (headerAt < 0) return null;
  const labels = spacedWords(lines[headerAt] ?? "");
  const numberAt = readListHeader(labels)?.fields.indexOf("number") ?? -1;
  const out = [...lines];
  out[headerAt] = labels.join("\t");
  const aligned: number[] = [];
  const unaligned: Array<{ at: number; words: number }> = [];
  for (let i = headerAt + 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const words = spacedWords(line);
    const first = words[0] ?? "";
    if (words.length === 0 || PAGE_NUMBER.test(trimCell(line)) || NOTE_START.test(first) || listGroup(trimCell(line)) !== null) continue;
    if (TOTAL.test(first)) {
      out[i] = [first, words.slice(1).join(" ")].join("\t");
      continue;
    }
    if (readListHeader(words) !== null) {
      out[i] = words.join("\t");
      continue;
    }
    if (words.length === labels.length && (numberAt < 0 || ITEM_NUMBER.test(words[numberAt] ?? ""))) {
      out[i] = words.join("\t");
      aligned.push(i);
      continue;
    }
    unaligned.push({ at: i, words: words.length });
  }
  return { headerAt, lines: out, aligned, unaligned };
}

/** The lines below the header read into items (see importList); `groupLines`: the group lines whose category items took. */
function readRows(grid: ReadonlyArray<readonly string[]>, header: ListHeader, headerAt: number, report: Report, rowOf: (i: number) => number): { items: Item[]; notes: string[]; groupLines: number[]; lastLine: number } {
  const items: Item[] = [];
  const notes: string[] = [];
  const groupLines: number[] = [];
  const markup: Markup = { count: 0, tag: "", at: headerAt };
  const fieldAt = (f: ListField): number => header.fields.indexOf(f);
  const numberAt = fieldAt("number");
  const nameAt = fieldAt("name");
  const categoryAt = fieldAt("category");
  let category = "";
  let group: { at: number; name: string; items: number } | null = null;
  let inNote = false;
  let lastLine = headerAt;
  const closeGroup = (): void => {
    if (group && group.items === 0) report(group.at, "list-group-empty", { category: group.name });
  };
  // a 序号; in a list without one, a name with more after it (a name alone is a group line: 产业项目)
  const isItemStart = (cells: readonly string[]): boolean => {
    if (numberAt >= 0) return ITEM_NUMBER.test(trimCell(cells[numberAt] ?? ""));
    return trimCell(cells[nameAt] ?? "") !== "" && cells.some((c, k) => k !== nameAt && k !== categoryAt && trimCell(c) !== "");
  };
  // what comes first after `from`: an item, a table's header (this one again, or another), or neither
  const ahead = (from: number): "item" | "header" | "none" => {
    for (let j = from + 1; j < grid.length; j++) {
      const c = grid[j] ?? [];
      if (readListHeader(c) !== null || isIndicatorHeader(c)) return "header";
      if (isItemStart(c)) return "item";
    }
    return "none";
  };
  const nextIsItem = (from: number): boolean => {
    for (let j = from + 1; j < grid.length; j++) {
      const c = grid[j] ?? [];
      if (c.every((x) => x === "")) continue;
      return isItemStart(c);
    }
    return false;
  };

  for (let i = headerAt + 1; i < grid.length; i++) {
    const cells = grid[i] ?? [];
    const filled = cells.map((c, k) => (c === "" ? -1 : k)).filter((k) => k >= 0);
    if (filled.length === 0) continue;
    const first = cells[filled[0] ?? 0] ?? "";
    if (filled.length === 1 && PAGE_NUMBER.test(first)) continue;
    if (NOTE_START.test(first) || (inNote && filled.length === 1)) {
      notes.push(cells.filter((c) => c !== "").join(" "));
      inNote = true;
      lastLine = i;
      continue;
    }
    inNote = false;
    const again = readListHeader(cells);
    if (again !== null && again.kind === header.kind && again.fields.join() === header.fields.join()) continue;
    if (again !== null || isIndicatorHeader(cells)) {
      report(i, "other-table", { headerLine: rowOf(headerAt) });
      break;
    }
    if (TOTAL.test(trimCell(first))) {
      report(i, "list-total", { label: trimCell(first) });
      lastLine = i;
      continue;
    }
    // a group line: one cell, numbered (一、教育), or not numbered when an item follows it (教育类)
    // (in the 序号 or name column: a wrapped cell's piece further right, `2.整合…`, is no group)
    const lead = filled.length === 1 && (filled[0] ?? 0) <= Math.max(numberAt, nameAt);
    const groupName = lead ? listGroup(first) : subtotalGroup(cells, filled, numberAt, nameAt);
    const plainGroup = groupName === null && lead && !isItemStart(cells) && first.length <= 20 && !/[。；;，,]/.test(first) && nextIsItem(i) ? trimCell(first) : null;
    if (groupName !== null || plainGroup !== null) {
      // a group right under another (一、基础设施 / （一）交通) is its part: the items take the inner one
      category = groupName ?? plainGroup ?? "";
      group = { at: i, name: category, items: 0 };
      groupLines.push(i);
      lastLine = i;
      continue;
    }
    if (categoryAt >= 0 && trimCell(cells[categoryAt] ?? "") !== "") category = trimCell(cells[categoryAt] ?? "");
    const prev = items[items.length - 1];
    if (!isItemStart(cells)) {
      // the 序号 cell holds words (附件 2, the next table's title): no part of an item
      const wrapped = numberAt < 0 || trimCell(cells[numberAt] ?? "") === "";
      if (prev !== undefined && wrapped) {
        // the rest of the item above, its cells wrapped onto this line
        joinCells(prev, cells, i, header, markup);
        prev.at.push(i);
        report(i, "list-row-joined", { number: prev.cells.number ?? "", name: prev.cells.name ?? "", rowLine: rowOf(prev.at[0] ?? i) });
      } else if (items.length > 0 && ahead(i) === "none") {
        // prose after the list (抄送：…, the office, the date): the list ended on the line above
        const left = grid.slice(i + 1).filter((c) => c.some((x) => x !== "")).length;
        report(i, "table-end", { left });
        break;
      } else {
        report(i, "not-a-row", { more: ahead(i) === "item" });
      }
      lastLine = i;
      continue;
    }
    const item: Item = { cells: {}, category, at: [i] };
    joinCells(item, cells, i, header, markup);
    items.push(item);
    if (group) group.items++;
    lastLine = i;
  }
  closeGroup();
  if (markup.count > 0) report(markup.at, "list-markup", { count: markup.count, tag: markup.tag });
  return { items, notes, groupLines, lastLine };
}

// a group's subtotal beside its name (`一 | 产业项目（4个）| … | 30.1`): a figure, no words
const FIGURE = /^[-+]?\d[\d,，]*(?:\.\d+)?$/;

/**
 * The category of a group line written across the 序号 and name cells with its subtotals (`一 | 产业项目（4个）| … | 30.1`,
 * `| 一、产业项目 | … | 30.1`), or null: read as an indicator table's heading rows are (listGroup's Chinese numbering,
 * a numeral alone in the 序号 cell; rules/headingLine), every other filled cell a figure. Items have Arabic 序号, so
 * `1 | 甲工程 | … | 3.2` is never one (trial40c: 「一 | 产业项目（4个）」 was not a row, its 4 projects 未分类).
 */
function subtotalGroup(cells: readonly string[], filled: readonly number[], numberAt: number, nameAt: number): string | null {
  if (nameAt < 0 || trimCell(cells[nameAt] ?? "") === "") return null;
  if (filled.some((k) => k !== numberAt && k !== nameAt && !FIGURE.test(trimCell(cells[k] ?? "")))) return null;
  const heading = [numberAt, nameAt].filter((k) => k >= 0).map((k) => trimCell(cells[k] ?? "")).filter((c) => c !== "");
  return listGroup(heading.join(" "), "chinese");
}

// web markup a document's conversion left in a cell (`<p>县公安局</p> <p>县财政局</p>`, `<ol style="…"> 1.…`)
const MARKUP = /<\/?(?:p|ol|ul|li|br|span|div|strong|b|em|font)\b[^>]*>/giu;
// a wrapped piece that starts an item of its own (`2.摸清…`, `2。摸清…`, `（2）…`): a space before it, as between the
// items of a cell (`2.5亿元`, `2。5亿元` are numbers)
const LIST_ITEM = new RegExp(`^(?:\\d{1,2}${NUMBER_MARK}(?!\\d)|[（(]\\d{1,2}[)）])`, "u");

// the mark a continued row starts with: （续上）, （续）, （接上）, （接上页）, （续表）
const CONTINUED = /^[（(]\s*(?:续上?|接上页?|续表|续前)\s*[)）]\s*/u;

/** Cells with web markup so far: how many, the first tag and its line. */
interface Markup { count: number; tag: string; at: number }

/** A cell's text on line `at` without web markup (counted in `markup`, the first tag and line kept). */
function withoutMarkup(cell: string, markup: Markup, at: number): string {
  const tags = cell.match(MARKUP);
  if (!tags) return cell;
  markup.count++;
  if (markup.tag === "") [markup.tag, markup.at] = [tags[0] ?? "", at];
  return trimCell(cell.replace(MARKUP, " ").replace(/\s{2,}/g, " "));
}

/**
 * Adds a line's cells to an item's fields: a wrapped text continues (no separator; a space before a
 * numbered piece, `2.…`), a list of names (units, people) takes a `；`.
 */
function joinCells(item: Item, cells: readonly string[], at: number, header: ListHeader, markup: Markup): void {
  header.fields.forEach((f, k) => {
    if (f === null || f === "category") return;
    const v = withoutMarkup(trimCell(cells[k] ?? ""), markup, at);
    if (v === "") return;
    const before = item.cells[f];
    if (before === undefined || before === "") {
      item.cells[f] = v;
      return;
    }
    // a piece marked as the row above's (（续上）, （接上页）) joins it without its mark (trial40c: the name kept 「（续上）」)
    const piece = trimCell(v.replace(CONTINUED, ""));
    if (piece === "") return;
    const sep = NAME_LIST_FIELDS.has(f) ? "；" : LIST_ITEM.test(piece) ? " " : "";
    item.cells[f] = `${before}${sep}${piece}`;
  });
}

/** The template's category: the group's, else UNCLASSIFIED; one longer than the schema's 20 characters is cut (said). */
function categoryOf(item: Item, report: Report): string {
  if (item.category === "") return UNCLASSIFIED;
  const chars = [...item.category];
  if (chars.length <= 20) return item.category;
  const kept = chars.slice(0, 20).join("");
  report(item.at[0] ?? 0, "list-category-long", { category: item.category, kept });
  return kept;
}

/** The source text of an item: its lines as read, cells between tabs, lines apart. */
function sourceOf(item: Item, rows: ReadonlyArray<readonly string[]>): string {
  return item.at.map((i) => (rows[i] ?? []).join("\t").replace(/\t+$/, "")).join("\n");
}

interface Built<D> { item: Item; def: D | null }

/** A change said once for the table: how many items had it, and the first. */
interface Tally { count: number; written: string; read: string; at: number }

function tallied(t: Tally | undefined, written: string, read: string, at: number): Tally {
  return t ? { ...t, count: t.count + 1 } : { count: 1, written, read, at };
}

/**
 * A project's 建设起止年限 as written: its period cell, else its 开工年份 and 竣工年份 joined (`2022` and `2025`:
 * `2022-2025`; `2022年6月` and `2025年`: months are dropped by readListPeriod); "" where either is missing (a 谋划
 * project with no 开工年份 has no period to read). `joined`: read from the two columns.
 */
function periodWritten(c: Item["cells"]): { written: string; joined: boolean } {
  const period = trimCell(c.period ?? "");
  if (period !== "") return { written: period, joined: false };
  const [start, end] = [trimCell(c.start ?? ""), trimCell(c.end ?? "")];
  return start !== "" && end !== "" ? { written: `${start}-${end}`, joined: true } : { written: "", joined: false };
}

function buildProjects(items: readonly Item[], header: ListHeader, report: Report, rows: ReadonlyArray<readonly string[]>): Array<Built<ProjectDef>> {
  const said: { wan?: Tally; respelt?: Tally; months?: Tally; joined?: Tally } = {};
  const hasPeriod = ["period", "start", "end"].some((f) => header.fields.includes(f as ListField));
  // no project with a period at all (no such column, or all empty): one line for the list, not one a row (trial40c)
  const periods = items.filter((item) => (item.cells.name ?? "") !== "").map((item) => readListPeriod(periodWritten(item.cells).written));
  const noPeriod = periods.length > 0 && periods.every((p) => p.unreadable && p.period === "");
  let numbered = 0;
  const out = items.map((item): Built<ProjectDef> => {
    const c = item.cells;
    const name = c.name ?? "";
    const at = item.at[0] ?? 0;
    if (name === "") return { item, def: null };
    const inv = readListInvestment(c.investment ?? "", header.investmentUnit);
    if (inv.fromWan) said.wan = tallied(said.wan, c.investment ?? "", inv.investment, at);
    if (inv.approximate) report(at, "list-investment-approx", { written: c.investment ?? "", read: inv.investment });
    if (inv.words) report(at, "list-investment-words", { written: c.investment ?? "" });
    const written = periodWritten(c);
    const period = readListPeriod(written.written);
    if (period.unreadable && hasPeriod && !noPeriod) report(at, "list-period-unreadable", { written: period.period });
    if (written.joined && !period.unreadable) said.joined = tallied(said.joined, `${trimCell(c.start ?? "")} | ${trimCell(c.end ?? "")}`, period.period, at);
    else if (period.respelt) said.respelt = tallied(said.respelt, written.written, period.period, at);
    if (period.months) said.months = tallied(said.months, written.written, period.period, at);
    numbered++;
    return {
      item,
      def: {
        id: `proj-${String(numbered).padStart(2, "0")}`,
        number: c.number ?? "",
        name,
        content: c.content ?? "",
        location: c.location ?? "",
        investment: inv.investment,
        period: period.period,
        unit: c.unit ?? "",
        person: c.person ?? "",
        // 新建 / 续建 is the project's type, no category (the groups or a 类别 column give that): kept in its remark
        remark: [c.type ?? "", c.remark ?? ""].filter((x) => x !== "").join("；"),
        category: categoryOf(item, report),
        source: sourceOf(item, rows) || name,
      },
    };
  });
  const { wan, respelt, months, joined } = said;
  if (wan) report(wan.at, "list-investment-wan", { count: wan.count, written: wan.written, read: wan.read });
  if (joined) {
    const labels = (["start", "end"] as const).map((f) => header.labels[header.fields.indexOf(f)] ?? "");
    report(joined.at, "list-period-joined", { labels, count: joined.count, written: joined.written, read: joined.read });
  }
  const first = out.find((b) => b.def !== null);
  if (noPeriod && first) report(first.item.at[0] ?? 0, "list-no-period", { count: periods.length });
  if (respelt) report(respelt.at, "list-period-respelt", { count: respelt.count, written: respelt.written, read: respelt.read });
  if (months) report(months.at, "list-period-months", { count: months.count, written: months.written, read: months.read });
  const invAt = header.fields.indexOf("investment");
  if (invAt >= 0 && header.investmentUnit === null && out.some((b) => /\d/.test(b.def?.investment ?? ""))) {
    report(out.find((b) => b.def !== null)?.item.at[0] ?? 0, "list-investment-unit", { label: header.labels[invAt] ?? "" });
  }
  return out;
}

function buildReforms(items: readonly Item[], header: ListHeader, report: Report, rows: ReadonlyArray<readonly string[]>): Array<Built<ReformDef>> {
  let numbered = 0;
  // a 完成时限 read as a year or month is the reform's own field (a time node, §5 our reading); one not read stays in its tasks
  const unreadDeadline = items.some((item) => (item.cells.deadline ?? "") !== "" && reformDeadline(item.cells.deadline ?? "") === null);
  const extra = header.fields.map((f, i) => ((f === "deadline" && unreadDeadline) || f === "remark" ? header.labels[i] ?? "" : "")).filter((l) => l !== "");
  const out = items.map((item): Built<ReformDef> => {
    const c = item.cells;
    const name = c.name ?? "";
    if (name === "") return { item, def: null };
    numbered++;
    // a 完成时限 not read as a date and 备注 have no field of a reform: kept with its tasks, where the return's reader sees them
    const deadline = c.deadline && reformDeadline(c.deadline) !== null ? c.deadline : "";
    const tail = [c.deadline && deadline === "" ? `（完成时限：${c.deadline}）` : "", c.remark ? `（备注：${c.remark}）` : ""].join("");
    return {
      item,
      def: {
        id: `reform-${String(numbered).padStart(2, "0")}`,
        number: c.number ?? "",
        name,
        goal: c.goal ?? "",
        tasks: `${c.tasks ?? ""}${tail}`,
        ...(deadline === "" ? {} : { deadline }),
        leadUnit: c.leadUnit ?? "",
        person: c.person ?? "",
        participants: c.participants ?? "",
        category: categoryOf(item, report),
        source: sourceOf(item, rows) || name,
      },
    };
  });
  const first = out.find((b) => b.def !== null);
  if (extra.length > 0 && first) report(first.item.at[0] ?? 0, "list-deadline", { labels: extra });
  return out;
}

/**
 * The plan's years: given (both, or one with the other from the title or periods), else the title's (a
 * span `2023—2027年`: the year before its start and its end; 十四五: 2020–2025; one year `2024年`: 2023–2024),
 * else the items' periods (the year before the earliest start, the latest end); null when none.
 */
function planYears(opts: ImportOptions, title: string, defs: ReadonlyArray<ProjectDef | ReformDef>): { baselineYear: number; targetYear: number; from: "given" | "title" | "periods" } | null {
  const fromTitle = titleYears(title);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const d of defs) {
    if (!("period" in d)) continue;
    const p = readListPeriod(d.period);
    if (p.start !== null && p.end !== null) {
      starts.push(p.start);
      ends.push(p.end);
    }
  }
  const fromPeriods = starts.length > 0 ? { baselineYear: Math.min(...starts) - 1, targetYear: Math.max(...ends) } : null;
  const found = fromTitle ? { ...fromTitle, from: "title" as const } : fromPeriods ? { ...fromPeriods, from: "periods" as const } : null;
  if (opts.baselineYear !== undefined || opts.targetYear !== undefined) {
    const baselineYear = opts.baselineYear ?? (opts.targetYear !== undefined && found === null ? opts.targetYear - 1 : found?.baselineYear);
    const targetYear = opts.targetYear ?? (opts.baselineYear !== undefined && found === null ? opts.baselineYear + 1 : found?.targetYear);
    return baselineYear === undefined || targetYear === undefined ? null : { baselineYear, targetYear, from: "given" };
  }
  return found;
}

/** A list's years its title names: a span (`2023—2027年`), a five-year plan (十四五) or one year (`2024年…清单`); null when none. */
function titleYears(title: string): { baselineYear: number; targetYear: number } | null {
  const t = title.replace(/\s+/g, "");
  const span = /(20\d\d)年?[-—–~～至到]+(20\d\d)/.exec(t);
  if (span?.[1] !== undefined && span[2] !== undefined) return { baselineYear: Number(span[1]) - 1, targetYear: Number(span[2]) };
  const plan = planYearsFromTitle(t);
  if (plan) return plan;
  const years = [...new Set(t.match(/20\d\d(?=年)/g) ?? [])];
  return years.length === 1 ? { baselineYear: Number(years[0]) - 1, targetYear: Number(years[0]) } : null;
}
