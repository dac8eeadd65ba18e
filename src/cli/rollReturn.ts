import { carriedReference } from "../sheet/carriedReference";
import { unusableReferences } from "../cycle/unusableReferences";
import { unusableReferencesLines } from "./unusableReferencesLines";
import { lockedChanges } from "../cycle/lockedChanges";
import { readLock } from "../cycle/LockRecord";
import { findReviewSheet } from "../sheet/reviewSheet";
import { carriedInvalid } from "../cycle/carriedInvalid";
import { carriedSlips } from "../cycle/carriedSlips";
import { typedAhead } from "../cycle/typedAhead";
import { rolledInvalidLines } from "./rolledInvalidLines";
import { rolledReferencesLine } from "./rolledReferencesLine";
import { excelInput } from "../hosts/xlsx/excelInput";
import { fillInputs, type InputEntry } from "../hosts/xlsx/fillInputs";
import { readXlsxZip } from "../hosts/xlsx/readXlsxZip";
import { setNumFmt } from "../hosts/xlsx/setNumFmt";
import { planToWorkbook } from "../hosts/xlsx/writeXlsx";
import { xlsxBytes } from "../hosts/xlsx/xlsxBytes";
import { buildWorkbookPlan } from "../sheet/buildWorkbookPlan";
import { carriedInputs } from "../sheet/carriedInputs";
import type { CheckItem, CheckReport } from "../sheet/CheckReport";
import { checkGrid } from "../sheet/checkGrid";
import { COVER_NAME } from "../sheet/coverSheet";
import type { GridWorkbook } from "../sheet/Grid";
import { inKeyYear } from "../sheet/keys";
import type { Template } from "../templates/TemplateSchema";
import { cycleMessage } from "./cycleMessages";
import { mergedUnits } from "../cycle/mergedUnits";
import { describeWorkbookProblem } from "../sheet/describeWorkbookProblem";
import { unreadPlace } from "../sheet/unreadPlace";
import { workbookProblem } from "../sheet/WorkbookProblem";
import type { Lang } from "./fileMessages";
import type { AmendedTemplate } from "../cycle/amendedTemplate";
import { returnValues } from "../cycle/returnValues";
import { yearsSkipped } from "../cycle/yearsSkipped";
import { blankOf } from "../cycle/blankOf";
import { BLANK_WORDS } from "../cycle/BLANK_WORDS";
import type { ReturnBlank } from "../cycle/UnitFacts";
import { explainedBlanks, type ExplainedBlank } from "../cycle/explainedBlanks";
import { explainedBlankLines } from "./explainedBlankLines";
import { owedValues } from "../cycle/owedValues";

/** At most this many values typed ahead are named one by one; the rest are counted. */
const NAMED_AHEAD = 20;
/** At most this many cells outside a sheet's table are named; the line counts them all. */
const NAMED_LOOSE = 5;

/**
 * One return rolled over to `year` (the work of `rollover`, for one file or each file of a
 * folder): the new workbook's bytes, made from the templates the return carries, with its
 * 填报单位, every value entered (by template id, row id and column key), the cover's 填报人 and
 * 联系电话, and `deadline` (ISO) on the cover when given; and the lines that say what was
 * carried and what was not, in `lang`: the first names `out`, then the per-year cells and
 * sign-offs left, the later years carried when rolling back, each value entered for a year
 * after the return's own (never sent or checked as that year's: named by its cell in the new
 * return), each value of the return's own or an earlier year that the new return's check calls unusable (named
 * the same way, with what is wrong), the columns added and the cells filled outside a sheet's
 * table (not carried, each sheet's in one line), and the sheets not carried; `carried`, the count the first line gives (values
 * entered and the cover's fields), and `yearsSkipped`, the years between the return's and `year` never received
 * (rolled_years_skipped; [] when none), for `--json`; `blank`, what the return held when it holds nothing for its own year
 * (cycle/blankOf, summary's classification: "file" 收到空表, "year" 本年度未填; summary counts it 未报), said in a 注意 line as a
 * skipped year is (rolled_year_blank), null when it holds the year's values or rolls back; `explained`, the rows left blank
 * for its own year with a reason (explainedBlanks: 未填报（已说明）), and those an earlier return left so and still blank (owedValues),
 * still blank in the new return and said after the 说明 not carried (rolled_explained_blank), [] when none or rolling back;
 * the new return's metadata keeps them (WorkbookMeta.owed), so its check names each while it is blank (earlier_year_owed). Nothing is read or written here.
 */
export async function rollReturn(file: string, out: string, old: { grid: GridWorkbook; report: CheckReport; templates: Template[] }, o: { year: number; deadline?: string | undefined; amended?: ReadonlyMap<string, AmendedTemplate> | undefined }, lang: Lang): Promise<{ bytes: Buffer; lines: string[]; carried: number; yearsSkipped: number[]; blank: ReturnBlank | null; explained: ExplainedBlank[] }> {
  const from = old.report.year;
  // rollover --from: the old return's rows under the amended template's ids (a dropped row under none)
  const oldItems = o.amended ? asAmended(old.report.items, o.amended) : old.report.items;
  // a value not yet available (未填报（已说明）) stays owed: its 说明 is not carried, so the new return's metadata keeps it,
  // and its check names the cell while it is blank (earlier_year_owed; session 46); a year before the new one only
  const owed = owedValues(oldItems, from).filter((x) => x.year < o.year);
  const plan = buildWorkbookPlan(old.templates, { year: o.year, reportingUnit: old.report.reportingUnit, ...(o.deadline ? { deadline: o.deadline } : {}), ...(owed.length ? { owed } : {}) });
  // the same year (rollover --from onto the amended version): the year's own cells are carried too
  const carried = carriedInputs(old.grid, plan, o.amended, o.year === from);
  const wb = planToWorkbook(plan);
  // a date's serial is carried as stored; in the return's own date system it shows the same day
  if (old.grid.date1904) wb.properties.date1904 = true;
  const entries: InputEntry[] = [];
  const placed: typeof carried.inputs = [];
  // a formula never calculated whose text the reader did not keep (a shared formula's other cells, a long one)
  const unwritten: typeof carried.inputs = [];
  for (const c of carried.inputs) {
    const x = excelInput(c.value);
    if (x) { entries.push({ template: c.template, id: c.id, key: c.key, ...x }); placed.push(c); }
    else unwritten.push(c);
  }
  // a figure of the year (累计完成投资) left blank, last year's in the cell's comment (YEAR_FIGURE_KEYS; trial40c F12)
  // one last year's check found no amount (2024.6, 85%) is named as typed, never quoted in 亿元 (unusableReferences; trial40f F5)
  const unusable = unusableReferences(oldItems, from);
  const references = carried.references.map((c) => {
    const bad = unusable.get(`${c.template}|${c.id}`);
    return { template: c.template, id: c.id, key: c.key, value: null, note: carriedReference(c.value, from, o.year, bad?.issue ?? null), ...(bad ? { unusable: bad } : {}) };
  });
  const left = fillInputs(wb, [...entries, ...references]);
  if (left.length) throw new Error(`carried values not placed: ${left.length}`); // the plan named every cell
  const cover = wb.getWorksheet(COVER_NAME);
  for (const f of carried.cover) {
    const x = excelInput(f.value);
    if (!cover || !x) continue;
    const cell = cover.getCell(f.row, f.col);
    cell.value = x.value;
    if (x.numFmt) setNumFmt(cell, x.numFmt);
  }
  const bytes = await xlsxBytes(wb, plan);
  const count = entries.length + carried.cover.length;
  const lines = [cycleMessage("rolled", { out, year: o.year, deadline: o.deadline ?? "", file, from, n: count }, lang)];
  // a return of two or more years before: the years between were never received, said before anything else (a trial's
  // 2022 return became a 2024 one without a word that 2023 was never reported)
  const skipped = yearsSkipped(from, o.year);
  if (skipped.length) lines.push(cycleMessage("rolled_years_skipped", { unit: old.report.reportingUnit.trim(), file, from, year: o.year, gap: skipped.join(lang === "en" ? ", " : "、") }, lang));
  // a return received without its own year's values is 未报 to summary (收到空表, 本年度未填): its year stays blank in the new
  // return unless chased, as a skipped year's does (trial37b F4: rolled over without a word)
  const blank = o.year > from ? blankOf(old.grid, old.report) : null;
  if (blank) lines.push(cycleMessage("rolled_year_blank", { unit: old.report.reportingUnit.trim(), file, from, year: o.year, blank, words: BLANK_WORDS[lang][blank] }, lang));
  if (carried.perYear) lines.push(cycleMessage("rolled_left", { n: carried.perYear }, lang));
  // the rows left blank with a reason are said beside the 说明 not carried, once the new return is read back (below)
  const explainedAt = lines.length;
  const referencesLine = rolledReferencesLine(references.map((r) => ({ text: r.note, ...(r.unusable ? { unusable: r.unusable } : {}) })), from, o.year, "comment", lang);
  if (referencesLine) lines.push(referencesLine);
  lines.push(...unusableReferencesLines(references.flatMap((r) => (r.unusable ? [r.unusable] : [])), from, o.year, lang, NAMED_AHEAD));
  if (carried.signOffs) lines.push(cycleMessage("rolled_signoffs_left", { n: carried.signOffs }, lang));
  // a row the amended plan dropped: its values stay in the old file, each such row said once
  if (o.amended) {
    const values = [...returnValues(old.grid, old.report).values()];
    for (const [template, a] of o.amended) {
      for (const c of a.changes) {
        if (c.kind !== "dropped" && c.kind !== "unit") continue;
        const oldId = c.kind === "unit" ? c.oldId : c.id;
        const filledYears = values.filter((x) => x.template === template && x.id === oldId && x.text !== "").map((x) => x.field);
        if (!filledYears.length) continue;
        const params = { name: c.name, n: filledYears.length, years: filledYears.join(lang === "en" ? ", " : "、") };
        // a unit changed: the values are another measure, not converted (the rules are silent), to be filled in anew
        lines.push(c.kind === "unit" ? cycleMessage("rolled_from_unit_left", { ...params, old: c.old, new: c.new }, lang) : cycleMessage("rolled_from_left", params, lang));
      }
    }
  }
  const join = (ys: number[]): string => ys.join(lang === "en" ? ", " : "、");
  // rolling back (a missed earlier return): the later years' values come along and read as filled ahead
  const later = [...new Set(entries.map((e) => Number(inKeyYear(e.key))).filter((y) => y > o.year && y <= from))].sort();
  if (o.year < from && later.length) lines.push(cycleMessage("rolled_back", { year: o.year, from, years: join(later) }, lang));
  // a value the old return held for a year after its own was never sent or checked as that year's
  // (perhaps typed in the wrong column): each is named where it sits in the new return
  // the new return is read back once: typedAhead's cells and carriedInvalid's verdicts are its check's
  let newItems: readonly CheckItem[] | null = null;
  const readBack = async (): Promise<readonly CheckItem[]> => {
    if (newItems) return newItems;
    const newReport = checkGrid(await readXlsxZip(bytes));
    if (!newReport.ok) throw new Error(`the rolled-over return does not check: ${newReport.message}`);
    return (newItems = newReport.report.items);
  };
  let ahead: ReturnType<typeof typedAhead> = [];
  if (placed.some((c) => Number(inKeyYear(c.key)) > from)) ahead = typedAhead(placed, await readBack(), from);
  // a value the new return's check calls unusable is carried as it is (nothing is changed unasked), so
  // each is named here, where it sits in the new return, not first by the new year's check
  const invalid = carriedInvalid(placed, await readBack(), from);
  // a value not yet available (未填报（已说明）): its 说明 stays behind, so the value still owed is named (trial45b F1)
  const explained = o.year > from ? explainedBlanks(owed, await readBack()) : [];
  lines.splice(explainedAt, 0, ...explainedBlankLines(explained, lang));
  // each list: a line saying what it is and how many, then the first NAMED_AHEAD, then how many more
  const list = <T>(xs: readonly T[], head: string, line: (x: T) => string): void => {
    if (!xs.length) return;
    lines.push(head, ...xs.slice(0, NAMED_AHEAD).map(line));
    if (xs.length > NAMED_AHEAD) lines.push(cycleMessage("rolled_ahead_more", { n: xs.length - NAMED_AHEAD }, lang));
  };
  lines.push(...rolledInvalidLines(invalid, from, lang, NAMED_AHEAD));
  const changes = lockedChanges(old.report);
  list(changes, cycleMessage("rolled_locked_changes", { from, n: changes.length }, lang), (c) => cycleMessage("locked_change", { ...c }, lang));
  // a likely unit slip is a warning, carried as typed: named once here, since the new year's check
  // no longer flags an earlier year's warning
  const slips = carriedSlips(oldItems, await readBack(), from);
  list(slips, cycleMessage("rolled_slips", { from, n: slips.length }, lang),
    (x) => cycleMessage("rolled_slip_value", { sheet: x.sheet, cell: x.cell, name: x.name, year: x.year, value: x.value, code: x.code, side: x.side, factor: x.factor ?? "", ...(x.amount === undefined ? {} : { amount: x.amount }), ...(x.meant === undefined ? {} : { meant: x.meant, stored: x.stored ?? "" }) }, lang));
  list(ahead, cycleMessage("rolled_ahead", { from, years: join([...new Set(ahead.map((a) => a.year))].sort()), n: ahead.length }, lang), (a) => cycleMessage("rolled_ahead_value", { ...a }, lang));
  // nothing a person made is dropped unsaid: each such formula by its cell in the old return
  list(unwritten, cycleMessage("rolled_formulas_left", { n: unwritten.length }, lang), (c) => cycleMessage("rolled_formula_left", oldPlace(oldItems, c), lang));
  if (carried.addedColumns.length) {
    const columns = carried.addedColumns.map((c) => cycleMessage("rolled_added_column", { sheet: c.sheet, column: c.column, header: c.header, n: c.filled }, lang));
    lines.push(cycleMessage("rolled_added_columns", { columns: columns.join(lang === "en" ? "; " : "、") }, lang));
  }
  // one line a sheet: notes under the table are the unit's own, and nothing a person made is dropped unsaid
  for (const l of carried.looseCells) {
    lines.push(cycleMessage("rolled_loose_cells", { place: unreadPlace({ ...l, cells: l.cells.slice(0, NAMED_LOOSE), count: l.cells.length }, lang) }, lang));
  }
  // comments (批注) are the unit's own notes on a cell; the new file has none: one line a sheet that is carried
  for (const s of old.grid.sheets) {
    if (!s.comments?.length || carried.otherSheets.includes(s.name)) continue;
    const shown = s.comments.slice(0, NAMED_LOOSE).map((c) => c.cell);
    lines.push(cycleMessage("rolled_comments", { sheet: s.name, cells: shown.join(lang === "en" ? ", " : "、"), shown: shown.length, n: s.comments.length, sample: oneLine(s.comments[0]?.text ?? "") }, lang));
  }
  // the year's 审核 sheet and lock record are ours, and that year's: said, as the other year's own parts are
  const review = findReviewSheet(old.grid.sheets);
  const lock = readLock(old.grid);
  const locked = lock !== null;
  // a record carried in from another year (applyLock otherYear) is named by its own year, not the year rolled from
  const lockYear = lock !== null && !("error" in lock) && typeof lock.year === "number" ? lock.year : from;
  if (review || locked) lines.push(cycleMessage("rolled_review_left", { from, sheet: review?.name ?? "", locked: locked ? 1 : 0, lockYear }, lang));
  // a second sheet of a template: check reads one, and so does the roll-over; said as check says it
  // copies named after other units are their returns merged in (mergedUnits): said once, with what they are to do
  const merged = mergedUnits(old.report);
  const unitCopies = carried.copies.filter((c) => old.report.problems.some((p) => p.code === "units_merged" && p.params.sheets.split("\n").includes(c.sheet)));
  const first = unitCopies[0];
  if (first) lines.push(cycleMessage("rolled_merged", { file, n: unitCopies.length, sheets: unitCopies.map((c) => lang === "en" ? `"${c.sheet}"` : `「${c.sheet}」`).join(lang === "en" ? ", " : ""), of: first.of, unit: old.report.reportingUnit, units: merged.units.join(lang === "en" ? ", " : "、") }, lang));
  for (const c of carried.copies) if (!unitCopies.includes(c)) lines.push(cycleMessage("rolled_sheet_copy", { problem: describeWorkbookProblem(workbookProblem("sheet_copy", c), lang), of: c.of }, lang));
  if (carried.otherSheets.length) lines.push(cycleMessage("rolled_other_sheets", { sheets: carried.otherSheets.join(lang === "en" ? ", " : "、") }, lang));
  return { bytes, lines, carried: count, yearsSkipped: skipped, blank, explained };
}

/** A comment's text on one line, cut to a sample (a comment may run to paragraphs). */
function oneLine(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > 30 ? `${t.slice(0, 30)}…` : t;
}

/** Where a carried input sat in the old return (sheet, cell, indicator, year), from that return's check; the row's name alone where its check gave no cell. */
function oldPlace(items: readonly CheckItem[], c: { template: string; id: string; key: string }): Record<string, string> {
  const item = items.find((i) => i.template === c.template && i.id === c.id);
  const year = inKeyYear(c.key) ?? "";
  const cell = item?.cells[year] ?? item?.cells[c.key] ?? "";
  return { sheet: item?.sheet ?? "", cell, name: item?.name ?? c.id, year };
}

/** The old return's items of each amended template under the amended version's row ids (a row it dropped left out). */
function asAmended(items: readonly CheckItem[], amended: ReadonlyMap<string, AmendedTemplate>): CheckItem[] {
  return items.flatMap((i) => {
    const a = amended.get(i.template);
    if (!a) return [i];
    const id = [...a.oldOf].find(([, o]) => o === i.id)?.[0];
    return id === undefined ? [] : [{ ...i, id }];
  });
}
