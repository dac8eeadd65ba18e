import { diffReturns, describeChange, type ValueChange } from "../cycle/diffReturns";
import { returnValues } from "../cycle/returnValues";
import { checkGrid } from "../sheet/checkGrid";
import { checkFailureText } from "./checkFailureText";
import { loadWorkbookFile } from "./loadWorkbookFile";

/** `diff --json`: the two versions and every changed value (architecture.md). */
export interface DiffJson {
  old: { file: string; unit: string; year: number };
  new: { file: string; unit: string; year: number };
  changes: ValueChange[];
}

export type DiffOutcome = { ok: true; json: DiffJson; text: string } | { ok: false; message: string };

/**
 * `plan-returns diff old.xlsx new.xlsx`: every value that differs between two versions of a
 * return, old → new, located by template id, item id and field (a year, or a project's or
 * reform's column) and shown with the cell where it sits in the new version. Rows sorted or
 * moved are not changes. Returns of other templates are compared all the same (their values
 * show as added or removed); the text names a different unit or year.
 */
export async function runDiff(oldFile: string, newFile: string, lang: "zh" | "en" = "zh"): Promise<DiffOutcome> {
  const sides = [];
  for (const file of [oldFile, newFile]) {
    const loaded = await loadWorkbookFile(file, lang);
    if (!loaded.ok) return { ok: false, message: loaded.message };
    const r = checkGrid(loaded.grid);
    if (!r.ok) return { ok: false, message: checkFailureText(file, r, lang) };
    sides.push({ file, report: r.report, values: returnValues(loaded.grid, r.report) });
  }
  const [a, b] = sides as [typeof sides[0], typeof sides[0]];
  const changes = diffReturns(a.values, b.values);
  const json: DiffJson = {
    old: { file: a.file, unit: a.report.reportingUnit, year: a.report.year },
    new: { file: b.file, unit: b.report.reportingUnit, year: b.report.year },
    changes,
  };
  const en = lang === "en";
  const notes: string[] = [];
  if (a.report.reportingUnit !== b.report.reportingUnit) notes.push(en ? `note: the units differ (${a.report.reportingUnit || "blank"} / ${b.report.reportingUnit || "blank"})` : `注意：两份的填报单位不同（${a.report.reportingUnit || "空"} / ${b.report.reportingUnit || "空"}）`);
  if (a.report.year !== b.report.year) notes.push(en ? `note: the reporting years differ (${a.report.year} / ${b.report.year})` : `注意：两份的报告年份不同（${a.report.year} / ${b.report.year}）`);
  const head = en ? `${changes.length} value(s) changed from ${a.file} to ${b.file}` : `${a.file} → ${b.file}：${changes.length} 处数值变化`;
  const text = [head, ...notes, ...changes.map((c) => `  ${describeChange(c, lang)}`)].join("\n");
  return { ok: true, json, text };
}
