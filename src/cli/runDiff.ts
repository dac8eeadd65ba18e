import { diffReturns, describeChange, type ValueChange } from "../cycle/diffReturns";
import { returnEntries } from "../cycle/returnEntries";
import { checkGrid } from "../sheet/checkGrid";
import { checkFailureText } from "./checkFailureText";
import { loadWorkbookFile } from "./loadWorkbookFile";
import { resubmissionMessage, type ResubmissionMessageCode } from "./resubmissionMessages";

/** `diff --json`: the two versions and every changed value (architecture.md). */
export interface DiffJson {
  old: { file: string; unit: string; year: number };
  new: { file: string; unit: string; year: number };
  changes: ValueChange[];
}

export type DiffOutcome = { ok: true; json: DiffJson; text: string } | { ok: false; message: string };

/**
 * `plan-returns diff old.xlsx new.xlsx`: every value that differs between two versions of a
 * return, old → new, located by template id, item id and field (a year, a project's or
 * reform's column, a row's 说明 or 人工评估) and shown with the cell where it sits in the new
 * version; a text replaced by the same number is a change (returnEntries). Rows sorted or
 * moved are not changes. Returns of other templates are compared all the same (their values
 * show as added or removed); the text names a different unit or year.
 */
export async function runDiff(oldFile: string, newFile: string, lang: "zh" | "en" = "zh"): Promise<DiffOutcome> {
  const sides = [];
  for (const file of [oldFile, newFile]) {
    const loaded = await loadWorkbookFile(file, lang);
    if (!loaded.ok) return { ok: false, message: loaded.message };
    const r = checkGrid(loaded.grid);
    if (!r.ok) return { ok: false, message: checkFailureText(file, r, lang, loaded.grid) };
    sides.push({ file, report: r.report, values: returnEntries(loaded.grid, r.report) });
  }
  const [a, b] = sides as [typeof sides[0], typeof sides[0]];
  const changes = diffReturns(a.values, b.values);
  const json: DiffJson = {
    old: { file: a.file, unit: a.report.reportingUnit, year: a.report.year },
    new: { file: b.file, unit: b.report.reportingUnit, year: b.report.year },
    changes,
  };
  const say = (code: ResubmissionMessageCode, p: Record<string, string | number>): string => resubmissionMessage(code, p, lang);
  const notes: string[] = [];
  if (a.report.reportingUnit !== b.report.reportingUnit) notes.push(say("diff_units_differ", { a: a.report.reportingUnit, b: b.report.reportingUnit }));
  if (a.report.year !== b.report.year) notes.push(say("diff_years_differ", { a: a.report.year, b: b.report.year }));
  const texts = changes.filter((c) => c.field === "note" || c.field === "assess").length;
  const head = say("diff_head", { old: a.file, new: b.file, values: changes.length - texts, texts });
  const text = [head, ...notes, ...changes.map((c) => `  ${describeChange(c, lang)}`)].join("\n");
  return { ok: true, json, text };
}
