import { indicatorLabel } from "../templates/indicatorLabel";
import { coverUnitText } from "./coverUnitText";
import { ASSESS_CHOICES } from "../domain/ASSESS_CHOICES";
import { SHEET_RULES } from "./SHEET_RULES";
import { cellText, type CellValue } from "../domain/CellValue";
import { isExplainedMissing } from "../domain/isExplainedMissing";
import { isReasonWritten } from "../domain/isReasonWritten";
import { describeIssue } from "../domain/describeIssue";
import { typedText } from "../domain/typedText";
import { evaluateIndicator } from "../domain/evaluateIndicator";
import { ungradedDoubt } from "../domain/ungradedDoubt";
import { evaluateProject } from "../domain/evaluateProject";
import { evaluateReform } from "../domain/evaluateReform";
import type { Issue } from "../domain/Issue";
import { emptyCounts, STATUS_LABELS, type Status } from "../domain/Status";
import { indicatorSpec } from "../templates/indicatorSpec";
import { parseTemplate } from "../templates/parseTemplate";
import { TEMPLATE_SCHEMA } from "../templates/TEMPLATE_SCHEMA";
import type { Template } from "../templates/TemplateSchema";
import { templateRows } from "../templates/templateRows";
import { amendmentRecord } from "../templates/amendmentRecord";
import { a1, columnLetter, parseA1 } from "./a1";
import { mergedInto } from "./mergedInto";
import type { CheckItem, CheckReport } from "./CheckReport";
import { COVER_MARK, COVER_NAME, UNIT_CELL, YEAR_CELL } from "./coverSheet";
import { gridCell, type GridSheet, type GridWorkbook } from "./Grid";
import { FIRST_DATA_ROW, inKey, inKeyYear, KEY_ROW, parseTemplateMark, UNIT_NAME, YEAR_NAME } from "./keys";
import { META_MARK, readMetaChunks, type WorkbookMeta } from "./metaSheet";
import { specPlan } from "./specPlan";
import { targetForYear } from "../domain/yearRule";
import type { IndicatorSpec } from "../domain/IndicatorSpec";
import { planCellChanges, type PlanCellSeen } from "./planCellChanges";
import { planCellTexts } from "./planCellTexts";
import { parseTarget } from "../domain/parseTarget";
import { targetValue } from "../domain/Target";
import { outsideEveryPlan, periodProblems } from "../templates/periodProblems";
import { DEFAULT_CHECK_RULES, type CheckRules } from "../domain/CheckRules";
import { explainWarnings } from "../domain/explainWarnings";
import { memo } from "../domain/memo";
import { describeWorkbookProblem } from "./describeWorkbookProblem";
import { workbookProblem, type WorkbookProblem } from "./WorkbookProblem";
import { rowsOutOfPlace } from "./rowsOutOfPlace";
import { rowLabels } from "../templates/rowLabels";
import { plannedSheetNames, returnSheets } from "./returnSheets";
import { unreadCells } from "./unreadCells";
import { brokenFormulas } from "./brokenFormulas";
import { coverYearChanged } from "./coverYearChanged";
import { copiedPreviousYear } from "./copiedPreviousYear";
import { earlierYearsBlank } from "./earlierYearsBlank";
import { owedIssues } from "./owedIssues";
import { owedInGap } from "./owedInGap";
import { hasStatusHeader } from "./isReturnSheet";
import { withMissingRows } from "./withMissingRows";
import { mergedUnitSheets, unitOfSheetName } from "./mergedUnitSheets";
import { linkedValues } from "./linkedValues";
import { valueColumns } from "./valueColumns";
import { domainApart } from "../templates/domainApart";
import { uncalculatedSheet } from "./uncalculatedSheet";

/** At most this many unread cells of a sheet are named in `cells_not_read`; it counts them all. */
const UNREAD_NAMED = 5;
/** At most this many hidden rows of a sheet are named in `rows_hidden`; it counts them all. */
const HIDDEN_NAMED = 5;

/** The plan's rows of a sheet that the sheet hides (GridSheet.hiddenRows), top down, with their names; none where the reader cannot tell. */
function hiddenItems(s: GridSheet, checked: readonly CheckItem[], rowsById: ReadonlyMap<string, number>): Array<{ row: number; name: string }> {
  const hidden = new Set(s.hiddenRows ?? []);
  if (hidden.size === 0) return [];
  return checked.flatMap((i) => {
    const row = rowsById.get(i.id);
    return row !== undefined && hidden.has(row) ? [{ row, name: i.name }] : [];
  }).sort((a, b) => a.row - b.row);
}

/** Whether a row below the header shows a name in `nameCol` (the sheet's rows are there, whatever their ids). */
function hasNamedRow(s: GridSheet, nameCol: number): boolean {
  for (let r = FIRST_DATA_ROW; r <= s.rows.length; r++) if (text(gridCell(s, r, nameCol)).trim()) return true;
  return false;
}

/**
 * A check's result, or why there is none: `reason` as `check --json` reports it, `problem` the
 * coded problem (not_plan_returns; meta_corrupt or meta_template_invalid; no_year; rows_out_of_place;
 * id_column_deleted, a template sheet's hidden id column deleted or its ids cleared;
 * cover_year_outside_plan, reason `outside_plan`; template_sheet_missing, when no template of the metadata
 * has its sheet: the return's sheet deleted, nothing left to check) and
 * `message` its Chinese line (describeWorkbookProblem; English from `problem`).
 */
export type CheckOutcome =
  | { ok: true; report: CheckReport }
  | { ok: false; reason: CheckRefusal; message: string; problem: WorkbookProblem };

/** Why a workbook could not be checked, as `check --json`'s `error.code` gives it. */
export type CheckRefusal = "not_plan_returns" | "bad_meta" | "no_year" | "rows_out_of_place" | "id_column_deleted" | "outside_plan" | "template_sheet_missing";

function failed(reason: CheckRefusal, problem: WorkbookProblem): CheckOutcome {
  return { ok: false, reason, message: describeWorkbookProblem(problem, "zh"), problem };
}

const LABEL_TO_STATUS = new Map<string, Status>(Object.entries(STATUS_LABELS).map(([k, v]) => [v, k as Status]));

function text(v: CellValue): string {
  return cellText(v);
}

type MetaRead = { meta: WorkbookMeta; templates: Template[] } | { error: WorkbookProblem };

/**
 * Reads the metadata sheet; null when the workbook is not a plan-returns workbook. The
 * result is shared by every workbook carrying the same metadata text (1,000 county returns of
 * one plan decode and validate it once, issue 19): callers never change it.
 */
export function readMeta(g: GridWorkbook): MetaRead | null {
  const sheet = g.sheets.find((s) => text(gridCell(s, 1, 1)) === META_MARK);
  if (!sheet) return null;
  const chunks = sheet.rows.slice(2).map((row) => (row[0]?.type === "string" ? row[0].text : undefined));
  const packed = chunks.filter((c): c is string => typeof c === "string").join("");
  return metaOf(`${sheet.name}\u0000${packed}`);
}

function readMetaText(sheetName: string, packed: string): MetaRead {
  let data: unknown;
  try {
    data = JSON.parse(readMetaChunks([packed]));
  } catch {
    return { error: workbookProblem("meta_corrupt", { sheet: sheetName }) };
  }
  const meta = data as WorkbookMeta;
  // templates metaSheet validated with this schema when it wrote them (the zlib checksum stands
  // for the text since): taken as they are, without loading zod (issue 19)
  if (meta.validated === TEMPLATE_SCHEMA && !packed.startsWith("{") && Array.isArray(meta.templates)) return { meta, templates: meta.templates };
  const templates: Template[] = [];
  for (const [i, t] of (Array.isArray(meta.templates) ? meta.templates : []).entries()) {
    const key = templateKey(t);
    const known = key ? VALIDATED.get(key.id) : undefined;
    if (key && known?.json === key.json) { templates.push(known.template); continue; }
    const r = parseTemplate(t, `${sheetName}!templates[${i}]`);
    if (!r.ok) return { error: workbookProblem("meta_template_invalid", { file: r.file, path: r.problems[0]?.path ?? "", message: r.problems[0]?.message ?? "" }) };
    if (key) remember(key, r.template);
    templates.push(r.template);
  }
  return { meta, templates };
}

/**
 * Templates already validated, by id, with the JSON they were validated from: a run over
 * 1,000 county returns of one plan validates its template once (issue 19), and a template
 * of the same id but other content (edited, another version) is validated on its own.
 */
const VALIDATED = new Map<string, { json: string; template: Template }>();
const VALIDATED_MAX = 64;

// the metadata read, by sheet name and metadata text (a sheet name cannot hold U+0000)
const metaOf = memo((key: string): MetaRead => {
  const cut = key.indexOf("\u0000");
  return readMetaText(key.slice(0, cut), key.slice(cut + 1));
}, VALIDATED_MAX);

function templateKey(raw: unknown): { id: string; json: string } | null {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === "string" ? { id, json: JSON.stringify(raw) } : null;
}

function remember(k: { id: string; json: string }, template: Template): void {
  if (VALIDATED.size >= VALIDATED_MAX && !VALIDATED.has(k.id)) VALIDATED.delete(VALIDATED.keys().next().value as string);
  VALIDATED.set(k.id, { json: k.json, template });
}

/**
 * The sheet names the metadata's templates were given (plannedSheetNames), once per templates read: readMeta
 * shares one list among every return of a plan (issue 19), and a list of other templates is another object.
 */
function plannedOf(templates: readonly Template[]): ReadonlyMap<string, string> {
  let planned = PLANNED.get(templates);
  if (!planned) PLANNED.set(templates, (planned = plannedSheetNames(templates)));
  return planned;
}

const PLANNED = new WeakMap<readonly Template[], ReadonlyMap<string, string>>();

/** The reporting year the formulas use: the cell 报告年份 names, else the cover's C5; null when not a whole number. */
export function readYear(g: GridWorkbook): number | null {
  const v = yearCell(g);
  return v.type === "number" && Number.isInteger(v.value) ? v.value : null;
}

/** The reporting year's cell (the defined name 报告年份, else the cover's), empty when there is neither. */
function yearCell(g: GridWorkbook): CellValue {
  const n = g.names[YEAR_NAME];
  const cover = g.sheets.find((s) => text(gridCell(s, KEY_ROW, 1)) === COVER_MARK);
  return n ? gridCell(g.sheets.find((s) => s.name === n.sheet) ?? { name: "", visible: true, rows: [] }, n.row, n.col)
    : cover ? gridCell(cover, YEAR_CELL.row, YEAR_CELL.col) : { type: "empty" as const };
}

/** No sheet of the workbook is our cover (its mark), and no defined name 报告年份 points at a sheet it has: the 填报说明 sheet was deleted. */
function coverDeleted(g: GridWorkbook): boolean {
  const n = g.names[YEAR_NAME];
  if (n && g.sheets.some((s) => s.name === n.sheet)) return false;
  return !g.sheets.some((s) => text(gridCell(s, KEY_ROW, 1)) === COVER_MARK);
}

/** The cover's 填报单位 (the defined name's cell, else the cover's), trimmed; "" when there is none. */
export function readUnit(g: GridWorkbook): string {
  const n = g.names[UNIT_NAME];
  const cover = n ? g.sheets.find((s) => s.name === n.sheet) : g.sheets.find((s) => text(gridCell(s, KEY_ROW, 1)) === COVER_MARK);
  return cover ? text(gridCell(cover, n?.row ?? UNIT_CELL.row, n?.col ?? UNIT_CELL.col)).trim() : "";
}

/** Column keys from the hidden key row; column A carries the template mark. */
function columnKeys(s: GridSheet): Map<string, number> {
  const keys = new Map<string, number>();
  const row = s.rows[KEY_ROW - 1] ?? [];
  row.forEach((c, i) => {
    if (i === 0) keys.set("#first", 1);
    else if (c.type === "string" && c.text) keys.set(c.text, i + 1);
  });
  return keys;
}

/** The blocks the formulas index by year (INDEX over a range): the inputs with their targets, and each per-year hidden key. */
function yearBlock(key: string): string | null {
  const m = /^(in|tgt|bad|op|tv|tr|yr):\d{4}$/.exec(key);
  const prefix = m?.[1];
  return prefix === undefined ? null : prefix === "tgt" ? "in" : prefix;
}

/**
 * Columns without a key inside a year block (a 备注 column inserted between 2023 and 2024): a range
 * the formulas index by year takes them in, so the sheet's own status reads the wrong cells. A column
 * inserted anywhere else moves the single cells formulas refer to with it, and is harmless.
 */
function insertedColumns(s: GridSheet): string[] {
  const keyed = (s.rows[KEY_ROW - 1] ?? []).flatMap((c, i) => (i > 0 && c.type === "string" && c.text ? [{ col: i + 1, block: yearBlock(c.text) }] : []));
  const out: string[] = [];
  for (const [k, left] of keyed.entries()) {
    const right = keyed[k + 1];
    if (!right || left.block === null || left.block !== right.block) continue;
    for (let c = left.col + 1; c < right.col; c++) out.push(columnLetter(c));
  }
  return out;
}

/**
 * Checks a workbook read by any host: finds its sheets by their marks, its rows by their
 * ids, and runs the engine. Sorting, inserted rows or columns, and renamed sheets do not
 * matter; a sheet whose marks are gone is reported, not guessed at.
 */
export function checkGrid(g: GridWorkbook, yearOverride?: number, rules: CheckRules = DEFAULT_CHECK_RULES): CheckOutcome {
  const m = readMeta(g);
  if (m === null) {
    // a return copied into a new workbook keeps its cover but not our hidden sheet: say so
    const unit = coverUnitText(g);
    // an empty workbook is said to be empty (a trial's was told to import it as a plan's table)
    const empty = g.sheets.every((s) => s.rows.every((row) => row.every((c) => c.type === "empty" || (c.type === "string" && c.text.trim() === ""))));
    // ... unless a sheet was passed over unread as too large: that one is named, never called empty (trial42b F2)
    const big = g.sheets.find((s) => s.notRead);
    const bigParams = big ? { notRead: big.name, ...(big.notRead?.rows ? { rows: big.notRead.rows, ...(big.notRead.exact ? { exact: true as const } : {}) } : {}) } : null;
    // a sheet carrying a return's mark (A2) and header row without our hidden sheet: a return's sheet copied into a new
    // workbook, said as summary and report say it (trial43b F3: it was told to import it as a plan's table)
    const copied = unit ? undefined : g.sheets.find((s) => parseTemplateMark(text(gridCell(s, KEY_ROW, 1))) !== null);
    return failed("not_plan_returns", workbookProblem("not_plan_returns", unit ? { unit } : copied ? { copied: copied.name } : empty ? bigParams ?? { empty: true } : {}));
  }
  if ("error" in m) return failed("bad_meta", m.error);
  // the 填报说明 sheet deleted while the indicator sheets and our metadata are whole (trial34 M2: the return was dropped
  // as 文件已损坏): the year is the one the workbook was made for, the unit the file's name (the caller's, as for a blank unit)
  const coverGone = coverDeleted(g);
  const madeFor = typeof m.meta.createdYear === "number" && Number.isInteger(m.meta.createdYear) ? m.meta.createdYear : null;
  if (coverGone && yearOverride === undefined && madeFor === null) return failed("no_year", workbookProblem("cover_deleted", { sheet: COVER_NAME }));
  const year = yearOverride ?? readYear(g) ?? (coverGone ? madeFor : null);
  if (year === null) {
    // what the cell holds is said (「2023年」, a date, a formula's error); text is said to be text,
    // since 2023 stored as text reads 「2023」 like the number it should be
    const held = yearCell(g);
    return failed("no_year", workbookProblem("no_year", { sheet: COVER_NAME, cell: a1(YEAR_CELL.row, YEAR_CELL.col), received: text(held).trim(), ...(held.type === "string" && held.text.trim() !== "" ? { text: true } : {}) }));
  }
  // the cover's year after the period of every plan of the form (last period's form dated into the new one): no
  // row of it has a column for the year, so it is refused in one line, not read as every row 未填报 (a trial's 54
  // rows); a year before the period (the baseline year) is still checked, its period line among the problems
  const own = readYear(g);
  const ended = own === year && m.templates.every((t) => year > t.targetYear) ? outsideEveryPlan(m.templates, year) : undefined;
  if (ended) {
    const { template, title, from, to, twin, kind } = ended;
    return failed("outside_plan", workbookProblem("cover_year_outside_plan", { sheet: COVER_NAME, cell: a1(YEAR_CELL.row, YEAR_CELL.col), template, title, from, to, year, ...(twin ? { twin } : {}), ...(kind ? { kind } : {}) }));
  }
  const items: CheckItem[] = [];
  const problems: WorkbookProblem[] = [];
  if (coverGone) problems.push(workbookProblem("cover_deleted", { sheet: COVER_NAME, ...(madeFor !== null ? { year: madeFor } : {}) }));
  const seenTemplates = new Set<string>();
  // a year asked for that is not the cover's: said once, since every row then reads another year's column
  const cover = yearOverride === undefined ? null : own;
  if (cover !== null && cover !== year) problems.push(workbookProblem("year_not_cover", { sheet: COVER_NAME, cell: a1(YEAR_CELL.row, YEAR_CELL.col), year, cover }));
  for (const { code, template, title, from, to, year: y, twin } of periodProblems(m.templates, year)) problems.push(workbookProblem(code, { template, title, from, to, year: y, ...(twin ? { twin } : {}) }));
  // two templates of one id (two imports before ids were unique): a sheet cannot say which it is
  const duplicated = new Set(m.templates.map((t) => t.id).filter((id, i, all) => all.indexOf(id) !== i));
  for (const id of duplicated) {
    const titles = m.templates.filter((t) => t.id === id).map((t) => t.title);
    problems.push(workbookProblem("template_id_duplicated", { id, count: titles.length, titles: titles.join("\n") }));
  }

  // one sheet per template is the return; a copy of it is named, never read (returnSheets)
  const { chosen, copies } = returnSheets(g, plannedOf(m.templates));
  // copies named after other units are their returns merged into this one: said once, first, not as drafts
  const unit = readUnit(g);
  const merged = mergedUnitSheets(copies, unit);
  const first = merged[0];
  if (first) {
    const ofUnit = unitOfSheetName(first.of, unit);
    problems.unshift(workbookProblem("units_merged", { of: first.of, unit, sheets: merged.map((x) => x.sheet).join("\n"), units: [...new Set([...(ofUnit ? [ofUnit] : []), ...merged.map((x) => x.unit)])].join("\n"), count: merged.length, ...(ofUnit ? { ofUnit } : {}) }));
  }
  for (const s of g.sheets) {
    const id = parseTemplateMark(text(gridCell(s, KEY_ROW, 1)));
    if (id === null) {
      if (s.notRead) problems.push(workbookProblem("sheet_not_read", { sheet: s.name, ...(s.notRead.rows ? { rows: s.notRead.rows, ...(s.notRead.exact ? { exact: true as const } : {}) } : {}) }));
      else if (hasStatusHeader(s)) {
        problems.push(workbookProblem("key_row_deleted", { sheet: s.name }));
      }
      continue;
    }
    if (duplicated.has(id)) { seenTemplates.add(id); continue; }
    const copy = copies.find((c) => c.sheet === s.name);
    if (copy || chosen.get(id) !== s) {
      if (copy && !merged.some((x) => x.sheet === copy.sheet)) problems.push(workbookProblem("sheet_copy", { ...copy }));
      continue;
    }
    const t = m.templates.find((x) => x.id === id);
    if (!t) {
      problems.push(workbookProblem("template_not_in_meta", { sheet: s.name, id }));
      continue;
    }
    seenTemplates.add(id);
    const keys = columnKeys(s);
    // the hidden id column deleted (with the hidden columns unhidden and deleted, or its key cleared): no row can be told
    // to its indicator, so the workbook is refused, never read as a return sent empty (trial39c F1)
    const idCol = keys.get("id");
    if (idCol === undefined) return failed("id_column_deleted", workbookProblem("id_column_deleted", { sheet: s.name }));
    const rowsById = new Map<string, number>();
    for (let r = FIRST_DATA_ROW; r <= s.rows.length; r++) {
      const rid = text(gridCell(s, r, idCol)).trim();
      if (!rid) continue;
      if (rowsById.has(rid)) problems.push(workbookProblem("row_id_duplicated", { sheet: s.name, row: r, id: rid, first: rowsById.get(rid) ?? 0 }));
      else rowsById.set(rid, r);
    }
    // the id column kept but its ids cleared while the rows are there (their names shown): the same, not 48 rows 未找到
    const nameCol = keys.get("name");
    if (nameCol !== undefined && !rowLabels(t).some((x) => rowsById.has(x.id)) && hasNamedRow(s, nameCol)) return failed("id_column_deleted", workbookProblem("id_column_deleted", { sheet: s.name, cleared: true }));
    // names moved away from their hidden ids (the visible columns sorted alone): judging the
    // values by id would give them to other indicators, so the workbook is refused, not guessed at
    if (nameCol !== undefined) {
      const { moved, renamed } = rowsOutOfPlace(s, nameCol, rowLabels(t), rowsById);
      const first = moved[0];
      if (first) return failed("rows_out_of_place", workbookProblem("rows_out_of_place", { sheet: s.name, rows: moved.slice(0, 5).map((x) => x.row).join("\n"), count: moved.length, row: first.row, seen: first.seen, expected: first.expected }));
      for (const x of renamed) problems.push(workbookProblem("row_name_changed", { sheet: s.name, ...x }));
    }
    // value cells whose formula links to another workbook: a warning on each, read as the result the file saved
    const linked = linkedValues(s, valueColumns(s), rowsById.values(), g.linkedBooks ?? []);
    const checked = checkSheet(s, t, keys, rowsById, year, problems, rules, linked);
    items.push(...checked);
    // rows of the plan hidden (the reader tells it): their values count as any row's, said once so a reviewer unhides them
    const hidden = hiddenItems(s, checked, rowsById);
    if (hidden.length) problems.push(workbookProblem("rows_hidden", { sheet: s.name, rows: hidden.slice(0, HIDDEN_NAMED).map((h) => h.row).join("\n"), names: hidden.slice(0, HIDDEN_NAMED).map((h) => h.name).join("\n"), count: hidden.length }));
    // a year of the plan without its input column (a sheet made before every year had one): its
    // formulas read another year's cell, so the sheet is to be refreshed, not its formulas blamed
    const noColumn = t.kind === "indicators" && year > t.baselineYear && year <= t.targetYear && !keys.has(inKey(year));
    // every template sheet has formulas (status, progress): none at all is a values-only re-save,
    // told once below, so its fixed status labels are not each blamed as typed over
    const lost = s.formulas === 0 && checked.length > 0;
    // some rows' own formulas gone (a value pasted over one, one cleared), reading another row (rows
    // inserted by a script that does not rewrite formulas) or columns of ours deleted: the sheet shows
    // grades not its rows', told once below
    const broken = lost ? null : brokenFormulas(s, t, keys, rowsById, year);
    // the year's column deleted with the sheet's layout otherwise the current one is said there, with the columns gone
    if (noColumn && !broken?.params.deleted) problems.push(workbookProblem("year_column_missing", { sheet: s.name, year }));
    // last year's column copied into this year's and not updated: told once for the sheet, never of one row
    // (a ceiling kept stays the same by design), as each value alone passes every rule (§8h, our reading)
    const copied = copiedPreviousYear(s, t, keys, rowsById, year);
    if (copied) problems.push(workbookProblem("previous_year_copied", { sheet: s.name, ...copied }));
    // a whole earlier year still blank after the unit reported before it (a return received 本年度未填, rolled over): said once a
    // year over the rows, not only on a cumulative row's sum (trial37c F5)
    for (const blank of earlierYearsBlank(s, t, keys, rowsById, year)) problems.push(workbookProblem("earlier_year_blank", { sheet: s.name, ...blank }));
    // a value an earlier return left blank with a reason, still blank here: its 说明 stayed in that year's return (§6a, session 46)
    // (on a cumulative row it stands in for cumulative_gap on that cell, saying both: one line a blank, session 47)
    for (const { item, issue } of owedIssues(m.meta.owed, t.id, checked, s, year)) item.issues = owedInGap(item.issues, issue, item.cells, withMessage);
    // a return filled for the year it was made for, its cover's year changed by hand: every row reads 未填报, said why once
    const changed = cover === null && typeof m.meta.createdYear === "number" ? coverYearChanged(s, t, keys, rowsById, year, m.meta.createdYear) : null;
    if (changed) problems.push(workbookProblem("cover_year_changed", { sheet: s.name, ...changed }));
    const inserted = insertedColumns(s);
    if (inserted.length > 0) problems.push(workbookProblem("column_inserted", { sheet: s.name, columns: inserted.join("\n") }));
    // what a person wrote that is not read (an inserted row, a note beside the table): named, not lost unsaid
    const unread = unreadCells(s, rowsById, t, year);
    if (unread) problems.push(workbookProblem("cells_not_read", { sheet: s.name, cells: unread.cells.slice(0, UNREAD_NAMED).join("\n"), count: unread.cells.length, inserted: unread.inserted.join("\n"), sample: unread.sample, ...(unread.columns ? { columns: unread.columns.map((c) => c.column).join("\n"), headers: unread.columns.map((c) => c.header).join("\n") } : {}) }));
    if (lost) problems.push(workbookProblem("formulas_lost", { sheet: s.name }));
    // a sheet nothing ever calculated (a script wrote the file): its cells of formulas with no result said once, not each (trial: 144 lines)
    const uncalculated = uncalculatedSheet(s, checked);
    if (uncalculated) problems.push(workbookProblem("formulas_uncalculated", uncalculated));
    if (broken) problems.push(workbookProblem("own_formulas_broken", { sheet: s.name, ...broken.params }));
    // A status cell that shows another label than the engine's was typed over, or the file was
    // saved for another reporting year without recalculation: a coded issue on the row, nothing written.
    // a workbook made with earlier sheet rules: a label its formula gives is that version's reading, told once
    const earlierRules = (m.meta.rules ?? 1) < SHEET_RULES;
    const outdated: string[] = [];
    if (!noColumn && (yearOverride === undefined || yearOverride === readYear(g))) for (const i of checked) {
      if (i.sheetStatus === undefined || i.sheetStatus === STATUS_LABELS[i.status]) continue;
      // an inserted column (told once, above) makes the formula show another label; a text no formula
      // gives (typed over) is still this row's own problem
      if ((inserted.length > 0 || lost) && LABEL_TO_STATUS.has(i.sheetStatus)) continue;
      if (earlierRules && LABEL_TO_STATUS.has(i.sheetStatus)) {
        outdated.push(i.statusCell ?? i.id);
        continue;
      }
      // a date typed where a number goes: the formula tells a date style only where CELL("format")
      // gives D… (Excel; LibreOffice gives G for most), so a formula that reads the serial as a
      // number was not typed over; the row's not_a_number issue says what to correct
      if (Object.values(i.cells).some((ref) => cellAtRef(s, ref).type === "date")) continue;
      // a row whose own formulas are gone or read another row is also in own_formulas_broken: marked so
      // lock counts it there once (trial27a's P1b: S11 typed over, counted in both)
      const inBroken = broken !== null && i.statusCell !== undefined && broken.affected.has(Number(/\d+$/.exec(i.statusCell)?.[0]));
      const issue: Issue = { code: "status_overwritten", severity: "error", sheet: s.name, expected: STATUS_LABELS[i.status], received: i.sheetStatus, params: { status: i.status, ...(inBroken ? { formulasBroken: 1 } : {}) } };
      if (i.statusCell) issue.cell = i.statusCell;
      i.issues.push(...withMessages([issue]));
    }
    if (outdated.length > 0) problems.push(workbookProblem("rules_outdated", { sheet: s.name, cells: outdated.join("\n") }));
  }
  const gone = m.templates.filter((t) => !seenTemplates.has(t.id));
  // every template's sheet deleted (a sheet's marks deleted is told as that, key_row_deleted): nothing of the
  // return is left, so it is refused as one that cannot be checked, never read as a return sent empty
  const firstGone = gone[0];
  if (firstGone && gone.length === m.templates.length && !problems.some((p) => p.code === "key_row_deleted")) {
    return failed("template_sheet_missing", workbookProblem("template_sheet_missing", { id: firstGone.id, title: firstGone.title }));
  }
  for (const t of gone) problems.push(workbookProblem("template_sheet_missing", { id: t.id, title: t.title }));
  const counts = emptyCounts();
  for (const i of items) counts[i.status]++;
  const templates = m.templates.map((t) => {
    const amended = amendmentRecord(t);
    return { id: t.id, title: t.title, kind: t.kind, rows: templateRows(t), ...(amended ? { amended } : {}), ...(t.region ? { region: t.region } : {}) };
  });
  // a row deleted from the return is still the plan's: a row 未填报 saying so, in every command alike
  return { ok: true, report: withMissingRows({ year, reportingUnit: unit, templates, items, counts, problems }, m.templates) };
}

/** The cell at an A1 reference of the sheet (empty when the reference is not one). */
function cellAtRef(s: GridSheet, ref: string): CellValue {
  const at = parseA1(ref);
  return at ? gridCell(s, at.row, at.col) : { type: "empty" };
}

/**
 * 滞后指标须填写说明: a lagging or severe row whose 说明 gives no reason (isReasonWritten, as for a blank
 * row's, §6a: empty, `/`, `—`, `无`, `暂无` …) gets a warning on that cell, as the sheet's own mark
 * (noteRequiredRule) shows it. A 说明 cell merged into one above it that holds a note (P10:P11, a
 * person's one note for two rows) is still empty, and says so (params.mergedWith: the top-left cell),
 * as the sheet shows the note across it.
 */
function withNoteCheck(status: Status, all: Issue[], note: CellValue, noteCell: string | undefined, s: GridSheet, project = false): Issue[] {
  // §8: a 说明 keeps a jump (or a revised or above-city value) as a noted warning
  const issues = explainWarnings(all, cellText(note));
  // a blank row with its reason written, as check asks of 暂无: still 未填报, said to be explained (§6a)
  if (isExplainedMissing({ status, note: cellText(note) })) {
    const i: Issue = { code: "missing_explained", severity: "info", sheet: s.name, params: { noted: 1, note: cellText(note).trim() } };
    if (noteCell !== undefined) i.cell = noteCell;
    return [...issues, i];
  }
  if (status !== "lagging" && status !== "severe") return issues;
  // a lag an earlier blank year takes part in (a cumulative total counting it as 0, §3): that year's values are asked
  // for first, then a 说明 if it still lags (trial37c F5: only the 说明 was asked for); the grade stays as it is
  const gaps = issues.filter((x) => x.code === "cumulative_gap").flatMap((x) => String(x.params?.["years"] ?? "").split(","));
  const asked = gaps.length ? issues.map((x) => (x.code === "cumulative_gap" ? { ...x, params: { ...x.params, lags: 1 } } : x)) : issues;
  if (isReasonWritten(cellText(note))) return asked;
  // a project's row is said as a project's (滞后项目须填写说明; trial47a F6: 滞后指标 on a project row)
  const kind = project ? { project: 1 } : {};
  const i: Issue = { code: "lagging_no_note", severity: "warning", sheet: s.name, expected: "说明", received: "", ...(gaps.length || project ? { params: { ...kind, ...(gaps.length ? { gaps: gaps.join(",") } : {}) } } : {}) };
  if (noteCell !== undefined) {
    i.cell = noteCell;
    const over = mergedInto(s.merges, noteCell);
    if (over !== undefined && isReasonWritten(cellText(cellAtRef(s, over)))) i.params = { ...kind, mergedWith: over };
  }
  return [...asked, i];
}

/**
 * A row still 待人工评估 whose 人工评估 cell holds something other than a conclusion of its list
 * (ASSESS_CHOICES: 达标 typed for 已达标, 待人工评估 copied down): a warning on that cell, since the
 * row stays 待人工评估 and lock refuses it without saying why (a second trial). Null when the cell is
 * empty (the row simply awaits its reviewer).
 */
function assessmentIssue(cell: CellValue, at: string | undefined, sheet: string): Issue | null {
  const written = cellText(cell).trim();
  if (written === "") return null;
  const i: Issue = { code: "assessment_invalid", severity: "warning", sheet, expected: ASSESS_CHOICES.map((c) => STATUS_LABELS[c]).join("、"), received: written };
  if (at !== undefined) i.cell = at;
  return i;
}

/**
 * A words (or compound) target's row graded by its 人工评估 while its cell for Y is blank and its 说明 gives no reason
 * (isReasonWritten): a warning on the 人工评估 cell (evaluation-rules §3, our reading, trial35 X1). The column is the
 * reviewer's, but the distributed sheet leaves it open to the filer, so a conclusion resting on nothing the unit
 * reported may be the unit's own; the status stays the conclusion (the sheet's formula gives it too), and the row is
 * flagged, so check, the pane, the summary's 问题清单 and review (需审核) ask a person to confirm it.
 */
function unsupportedAssessment(res: { status: Status; target: { kind: string } }, assess: Status | null, blank: boolean, note: CellValue, at: string | undefined, sheet: string, year: number): Issue | null {
  if (assess === null || res.status !== assess || !blank || isReasonWritten(cellText(note))) return null;
  if (res.target.kind !== "text" && res.target.kind !== "compound") return null;
  const i: Issue = { code: "assessment_unsupported", severity: "warning", sheet, params: { status: assess, year } };
  if (at !== undefined) i.cell = at;
  return i;
}

function numberOf(written: string): number | null {
  return targetValue(parseTarget(written));
}

function withMessages(issues: Issue[]): CheckItem["issues"] {
  return issues.map(withMessage);
}

function withMessage(i: Issue): CheckItem["issues"][number] {
  return { ...i, message: describeIssue(i, "zh"), messageEn: describeIssue(i, "en") };
}

/** The plan cells of an indicator row that check compares with the template (planCellChanges). */
const PLAN_CELLS = ["unit", "baseline", "target"] as const;

/** How many blank 责任单位 cells units_blank names (the count says the rest). */
const UNITS_BLANK_NAMED = 5;

/** `linked`: the value cells whose formula links to another workbook, with their warnings (linkedValues), by A1 reference. */
function checkSheet(s: GridSheet, t: Template, keys: Map<string, number>, rowsById: Map<string, number>, year: number, problems: WorkbookProblem[], rules: CheckRules, linked: ReadonlyMap<string, Issue>): CheckItem[] {
  const items: CheckItem[] = [];
  const col = (k: string): number | undefined => keys.get(k);
  const at = (r: number, k: string): CellValue => {
    const c = col(k);
    return c === undefined ? { type: "empty" } : gridCell(s, r, c);
  };
  const ref = (r: number, k: string): string | undefined => {
    const c = col(k);
    return c === undefined ? undefined : a1(r, c);
  };
  const statusCol = col("status");
  const base = (r: number) => {
    const sc = statusCol === undefined ? { type: "empty" as const } : gridCell(s, r, statusCol);
    const o: { statusCell: string; sheetStatus?: string; note?: string; noteCell?: string } = { statusCell: ref(r, "status") ?? "" };
    if (sc.type === "string") o.sheetStatus = sc.text;
    const noteCell = ref(r, "note");
    if (noteCell !== undefined) o.noteCell = noteCell;
    const note = text(at(r, "note")).trim();
    if (note) o.note = note;
    return o;
  };
  const missingRow = (id: string, name: string): void => {
    problems.push(workbookProblem("row_missing", { sheet: s.name, id, name }));
  };

  if (t.kind === "indicators") {
    // the year columns, found once per sheet (a county return has 46 rows, a province's 5,000)
    const inputs = [...keys].flatMap(([k, c]) => {
      const year = inKeyYear(k);
      return year === null ? [] : [{ year, c, letters: columnLetter(c) }];
    });
    const layout = rowCellsOfLayout(inputs);
    for (const d of t.indicators) {
      const r = rowsById.get(d.id);
      if (r === undefined) { missingRow(d.id, d.name); continue; }
      const spec = indicatorSpec(t, d);
      const { unit, plan } = specPlan(spec);
      const actuals: Record<string, CellValue> = {};
      for (const x of inputs) actuals[x.year] = gridCell(s, r, x.c);
      const cells = cellsOfRow(inputs, layout, r);
      // the row's 人工评估, 说明 and Y's cell, each read once for what follows
      const assessCell = at(r, "assess");
      const assessAt = ref(r, "assess");
      const note = at(r, "note");
      const noteAt = ref(r, "note");
      const own = actuals[String(year)] ?? { type: "empty" as const };
      const assess = LABEL_TO_STATUS.get(text(assessCell).trim()) ?? null;
      const res = evaluateIndicator({ spec, year, actuals, cells, sheet: s.name, assessment: assess, jumps: rules.jumps, plan });
      // a unit read from the name is the one the sheet writer put in the row's 单位 cell (planCellTexts): said there, not
      // on the year's cell (trial44b F4: 「K15 …单位栏为空」 beside a D15 showing 比)
      const unitAt = ref(r, "unit");
      if (unitAt !== undefined) for (const x of res.issues) if (x.code === "unit_inferred") x.cell = unitAt;
      const badAssessment = res.status === "manual" ? assessmentIssue(assessCell, assessAt, s.name) : null;
      if (badAssessment) res.issues.push(badAssessment);
      const unsupported = unsupportedAssessment(res, assess, own.type === "empty", note, assessAt, s.name, year);
      if (unsupported) res.issues.push(unsupported);
      // a 目标 or 基期值 typed over (a 中期调整 made in the sheet): still graded on the template, said on its cell
      const seen: PlanCellSeen[] = [];
      for (const field of PLAN_CELLS) {
        const cell = ref(r, field);
        if (cell !== undefined) seen.push({ field, cell, value: at(r, field) });
      }
      res.issues.push(...planCellChanges(planCellTexts(d, spec), seen, s.name, unit.unitClass === "percent"));
      if (linked.size > 0) for (const y of Object.keys(cells)) { const l = linked.get(cells[y] ?? ""); if (l) res.issues.push(l); }
      const item: CheckItem = {
        kind: "indicator", template: t.id, id: d.id, name: indicatorLabel(d),
        unit: unit.symbol, sheet: s.name, baseline: d.baseline, target: res.targetText, ...milestoneOf(spec, year), domain: d.domain,
        cells, ...base(r), status: res.status, progress: res.progress, expected: res.expected, ...(res.lines ? { lines: res.lines } : {}),
        // a formula never calculated is stated as typed (=120/3), as the report quotes an unusable value
        value: typedText(own), expectedValue: res.expectedValue, ...(res.expectedStrict ? { expectedStrict: res.expectedStrict } : {}),
        ...otherYearsOf(actuals, inputs, year),
        ...(res.target.kind === "cumulative" && res.value !== null ? { cumulative: res.value } : {}),
        issues: withMessages(withNoteCheck(res.status, res.issues, note, noteAt, s)),
      };
      if (d.attribute) item.attribute = d.attribute;
      const apart = domainApart(d, t.indicators);
      if (apart !== undefined) item.apart = apart;
      // the report's own decision (gradeIndicator asks the same), so the summary's list never disagrees with it
      const doubt = ungradedDoubt({ spec, year, actuals }, res, text(note).trim() !== "");
      if (doubt) item.ungraded = doubt.code;
      items.push(item);
    }
  } else if (t.kind === "projects") {
    const unitsBlank: string[] = [];
    for (const p of t.projects) {
      const r = rowsById.get(p.id);
      if (r === undefined) { missingRow(p.id, p.name); continue; }
      const cells: Record<string, string> = { completed: ref(r, "completed") ?? "", state: ref(r, "state") ?? "" };
      const pc: { completed?: string; state?: string; unit?: string; investment?: string; period?: string } = { ...cells };
      const u = ref(r, "unit"); if (u) pc.unit = u;
      const iv = ref(r, "investment"); if (iv) pc.investment = iv;
      const pe = ref(r, "period"); if (pe) pc.period = pe;
      const res = evaluateProject({ investment: p.investment, period: p.period, unit: text(at(r, "unit")), completed: at(r, "completed"), state: at(r, "state") }, year, pc, s.name);
      const l = linked.get(cells["completed"] ?? "");
      if (l) res.issues.push(l);
      // a blank row without 责任单位: said once for the sheet (units_blank), where evaluateProject leaves it (§4, our reading)
      if (text(at(r, "unit")).trim() === "" && !res.issues.some((i) => i.code === "project_no_unit")) unitsBlank.push(pc.unit ?? a1(r, 1));
      items.push({
        kind: "project", template: t.id, id: p.id, name: p.name, unit: "亿元", sheet: s.name, baseline: p.period,
        target: p.investment, domain: p.category, cells, ...base(r), status: res.status, progress: res.progress,
        expected: res.expected, ...(res.lines ? { lines: res.lines } : {}), value: text(at(r, "completed")), investment: numberOf(p.investment), owner: text(at(r, "unit")).trim(),
        state: text(at(r, "state")).trim(),
        issues: withMessages(withNoteCheck(res.status, res.issues, at(r, "note"), ref(r, "note"), s, true)),
      });
    }
    if (unitsBlank.length > 0) problems.push(workbookProblem("units_blank", { sheet: s.name, cells: unitsBlank.slice(0, UNITS_BLANK_NAMED).join("\n"), count: unitsBlank.length }));
  } else {
    for (const rf of t.reforms) {
      const r = rowsById.get(rf.id);
      if (r === undefined) { missingRow(rf.id, rf.name); continue; }
      const cells: Record<string, string> = { state: ref(r, "state") ?? "", evidence: ref(r, "evidence") ?? "" };
      const rc: { state?: string; evidence?: string; leadUnit?: string } = { ...cells };
      const lu = ref(r, "leadUnit"); if (lu) rc.leadUnit = lu;
      const res = evaluateReform({ leadUnit: text(at(r, "leadUnit")), state: at(r, "state"), evidence: at(r, "evidence"), ...(rf.deadline === undefined ? {} : { deadline: rf.deadline }) }, year, rc, s.name);
      items.push({
        kind: "reform", template: t.id, id: rf.id, name: rf.name, unit: "", sheet: s.name, baseline: rf.deadline ?? "", target: rf.goal,
        domain: rf.category, cells, ...base(r), status: res.status, progress: null, expected: null,
        value: text(at(r, "state")), issues: withMessages(res.issues),
      });
    }
  }
  return items;
}

/**
 * A row's input cells by year (`{ "2021": "F7", … }`, CheckItem.cells), made once per layout of the year columns and row
 * for every return of it: an object keyed by years is costly to build (its keys are array indices far apart), and
 * 1,000 county returns of one plan have the same columns and rows (issue 19). Frozen, as every report shares it.
 */
function cellsOfRow(inputs: ReadonlyArray<{ year: string; letters: string }>, layout: Array<Readonly<Record<string, string>>>, r: number): Readonly<Record<string, string>> {
  let cells = layout[r];
  if (cells === undefined) {
    const made: Record<string, string> = {};
    for (const x of inputs) made[x.year] = `${x.letters}${r}`;
    layout[r] = cells = Object.freeze(made);
  }
  return cells;
}

/** The rows' input cells made for one layout of the year columns (cellsOfRow), by row number; layouts past ROW_CELLS_LAYOUTS are forgotten, oldest first. */
function rowCellsOfLayout(inputs: ReadonlyArray<{ year: string; letters: string }>): Array<Readonly<Record<string, string>>> {
  const key = inputs.map((x) => `${x.year}${x.letters}`).join(",");
  let layout = ROW_CELLS.get(key);
  if (!layout) {
    if (ROW_CELLS.size >= ROW_CELLS_LAYOUTS) ROW_CELLS.delete(ROW_CELLS.keys().next().value as string);
    ROW_CELLS.set(key, (layout = []));
  }
  return layout;
}

const ROW_CELLS = new Map<string, Array<Readonly<Record<string, string>>>>();
const ROW_CELLS_LAYOUTS = 16;

/** An indicator's filled inputs of years other than `year`, as typed (CheckItem.otherYears); nothing when there are none. */
function otherYearsOf(actuals: Record<string, CellValue>, inputs: ReadonlyArray<{ year: string }>, year: number): { otherYears?: Record<string, string> } {
  // by the sheet's year columns, not by enumerating `actuals`: this runs for every row of every return (issue 19);
  // a year key is a whole number, so the object's keys are in ascending order whichever way it is built
  const own = String(year);
  let typed: Record<string, string> | undefined;
  for (const { year: y } of inputs) {
    const v = actuals[y];
    if (v === undefined || y === own || v.type === "empty") continue;
    (typed ??= {})[y] = typedText(v);
  }
  return typed ? { otherYears: typed } : {};
}

/**
 * The later milestone the year is judged against (`for` before the plan's target year), as gradeIndicator reads it:
 * targetForYear, the year's choice of target alone, not the whole yearRule the engine has already built for the row.
 */
function milestoneOf(spec: IndicatorSpec, year: number): { targetFor?: number } {
  const t = targetForYear(spec, year);
  return !t.yearly && t.for < spec.targetYear ? { targetFor: t.for } : {};
}
