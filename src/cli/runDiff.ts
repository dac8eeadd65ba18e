import { diffReturns, describeChange, type ValueChange } from "../cycle/diffReturns";
import { returnEntries } from "../cycle/returnEntries";
import { valueKey, type EnteredValue } from "../cycle/returnValues";
import { rowsAcrossReturns, type RowsAcrossReturns } from "../sheet/rowsAcrossReturns";
import { checkGrid } from "../sheet/checkGrid";
import { fileErrorJson, type FileErrorJson } from "./fileErrorJson";
import { fileErrorOf } from "./fileErrorOf";
import { loadWorkbookFile } from "./loadWorkbookFile";
import { resubmissionMessage, type ResubmissionMessageCode } from "./resubmissionMessages";

/** `diff --json`: the two versions and every changed value (architecture.md). */
export interface DiffJson {
  old: { file: string; unit: string; year: number };
  new: { file: string; unit: string; year: number };
  changes: ValueChange[];
  /**
   * the templates the two carry in versions with other rows (a plan amended mid-term, imported again
   * with the same id): their rows matched by name and unit, not by id (matchRowsAcross); `renamed`
   * pairs whose names differ by a spelling, rows `dropped` (the old's) and `added` (the new's) with
   * no match, each with how many cells were filled, left out of `changes`. Absent when none.
   */
  versions?: Array<{ template: string; title: string; renamed: Array<{ oldId: string; old: string; id: string; name: string }>; dropped: Array<{ id: string; name: string; filled: number }>; added: Array<{ id: string; name: string; filled: number }> }>;
}

/** `usage`: the two are returns on different plans (refused, exit 1); otherwise a file that cannot be read or checked (exit 2), `error` its JSON object (fileErrorJson). */
export type DiffOutcome = { ok: true; json: DiffJson; text: string } | { ok: false; message: string; usage?: true; error?: FileErrorJson };

/**
 * `plan-returns diff old.xlsx new.xlsx`: every value that differs between two versions of a
 * return, old → new, located by template id, item id and field (a year, a project's or
 * reform's column, a row's 说明 or 人工评估) and shown with the cell where it sits in the new
 * version; a text replaced by the same number is a change (returnEntries). Rows sorted or
 * moved are not changes. Returns sharing no template (two plans: last period's and the new one's) are
 * refused in one line naming both plans by title; the text names a different unit or year. Two versions of one
 * template (other rows: a mid-term adjustment) are compared row by matched row (rowsAcrossReturns),
 * the rows without a match named once each (`versions`), never cell by cell against another indicator.
 */
export async function runDiff(oldFile: string, newFile: string, lang: "zh" | "en" = "zh"): Promise<DiffOutcome> {
  const sides = [];
  for (const file of [oldFile, newFile]) {
    const loaded = await loadWorkbookFile(file, lang);
    if (!loaded.ok) return { ok: false, message: loaded.message, error: fileErrorJson(file, fileErrorOf(file, { loaded }, lang)) };
    const r = checkGrid(loaded.grid);
    if (!r.ok) {
      const error = fileErrorOf(file, { grid: loaded.grid, checked: r }, lang);
      return { ok: false, message: error.message, error: fileErrorJson(file, error) };
    }
    sides.push({ file, report: r.report, values: returnEntries(loaded.grid, r.report) });
  }
  const [a, b] = sides as [typeof sides[0], typeof sides[0]];
  // returns on two plans (last period's and the new period's) share no row: said, not listed as every value added and removed
  if (!a.report.templates.some((t) => b.report.templates.some((x) => x.id === t.id))) {
    const titles = (r: typeof a): string => r.report.templates.map((t) => t.title).join("」「");
    return { ok: false, usage: true, message: resubmissionMessage("diff_other_plan", { old: a.file, new: b.file, oldTitle: titles(a), newTitle: titles(b) }, lang) };
  }
  const across = rowsAcrossReturns(a.report, b.report);
  const changes = diffReturns(asNewer(a.values, across), onlyMatched(b.values, across));
  const json: DiffJson = {
    old: { file: a.file, unit: a.report.reportingUnit, year: a.report.year },
    new: { file: b.file, unit: b.report.reportingUnit, year: b.report.year },
    changes,
  };
  const filled = (values: Map<string, EnteredValue>, template: string, id: string): number => [...values.values()].filter((x) => x.template === template && x.id === id && x.text !== "").length;
  if (across.differ.length) {
    json.versions = across.differ.map((d) => ({
      template: d.template, title: d.title,
      renamed: d.rows.pairs.filter((p) => p.renamed).map((p) => ({ oldId: p.older, old: d.older.get(p.older)?.name ?? p.older, id: p.newer, name: d.newer.get(p.newer)?.name ?? p.newer })),
      dropped: d.rows.dropped.map((id) => ({ id, name: d.older.get(id)?.name ?? id, filled: filled(a.values, d.template, id) })),
      added: d.rows.added.map((id) => ({ id, name: d.newer.get(id)?.name ?? id, filled: filled(b.values, d.template, id) })),
    }));
  }
  const say = (code: ResubmissionMessageCode, p: Record<string, string | number>): string => resubmissionMessage(code, p, lang);
  const notes: string[] = [];
  if (a.report.reportingUnit !== b.report.reportingUnit) notes.push(say("diff_units_differ", { a: a.report.reportingUnit, b: b.report.reportingUnit }));
  if (a.report.year !== b.report.year) notes.push(say("diff_years_differ", { a: a.report.year, b: b.report.year }));
  for (const d of json.versions ?? []) {
    notes.push(say("diff_other_version", { template: d.template, title: d.title }));
    for (const r of d.renamed) notes.push(say("diff_row_renamed", { old: r.old, new: r.name }));
    for (const r of d.dropped) notes.push(say("diff_row_dropped", { id: r.id, name: r.name, n: r.filled }));
    for (const r of d.added) {
      const item = across.differ.find((x) => x.template === d.template)?.newer.get(r.id);
      // the cells that hold its values, else its reporting year's (the cell check names for the row), not its first year's
      // blank (trial35 M8 named I16, the empty 2021, for a value in L16)
      const held = [...b.values.values()].filter((x) => x.template === d.template && x.id === r.id && x.text !== "").map((x) => x.cell);
      const cell = held.length ? held.join(lang === "en" ? ", " : "、") : item ? item.cells[String(b.report.year)] ?? Object.values(item.cells)[0] ?? item.statusCell : "";
      notes.push(say("diff_row_added", { name: r.name, sheet: item?.sheet ?? "", cell, n: r.filled }));
    }
  }
  const texts = changes.filter((c) => c.field === "note" || c.field === "assess").length;
  const head = say("diff_head", { old: a.file, new: b.file, values: changes.length - texts, texts });
  const text = [head, ...notes, ...changes.map((c) => `  ${describeChange(c, lang)}`)].join("\n");
  return { ok: true, json, text };
}

/** The older return's values keyed as the newer's rows (rowsAcrossReturns): a row of another version under the id of the same indicator in the newer, a row with no match left out. */
function asNewer(older: Map<string, EnteredValue>, across: RowsAcrossReturns): Map<string, EnteredValue> {
  if (!across.differ.length) return older;
  const out = new Map<string, EnteredValue>();
  for (const v of older.values()) {
    const d = across.differ.find((x) => x.template === v.template);
    const id = d ? d.rows.pairs.find((p) => p.older === v.id)?.newer : v.id;
    if (id === undefined) continue;
    const moved = { ...v, id };
    out.set(valueKey(moved), moved);
  }
  return out;
}

/** The newer return's values without the rows the older version has no match for (named once instead). */
function onlyMatched(newer: Map<string, EnteredValue>, across: RowsAcrossReturns): Map<string, EnteredValue> {
  if (!across.differ.length) return newer;
  return new Map([...newer].filter(([, v]) => !across.differ.some((d) => d.template === v.template && d.rows.added.includes(v.id))));
}
