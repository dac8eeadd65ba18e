/**
 * Where the pane's 生成汇总, 汇总所选文件 and 生成评估 write their sheets (ownSheetMark.ts): over their own
 * earlier ones made from the same source, when they are still ours and unchanged, else as new sheets
 * beside whatever holds the names.
 */
import type { GridWorkbook } from "./Grid";
import { ownSheetMarkOf, type OwnSheetKind, type OwnSheetMark, type OwnSheetSource } from "./ownSheetMark";

/**
 * A sheet holding a planned name that is not replaced, and why: `edited`, ours but changed since; `with_edited`, ours
 * and unchanged, but made with a sheet since changed or gone (the set is kept whole); `this_workbook`, ours, a summary
 * of the open workbook (生成汇总) where the chosen files' is asked for; `chosen_files`, ours, a summary of chosen files
 * (汇总所选文件) where this workbook's is asked for; `other_files`, ours, a summary of chosen files of another set of units; `earlier_version`, ours, marked before sources were (its source unknown);
 * `not_ours`, made by a person or another command.
 */
export interface KeptSheet {
  sheet: string;
  why: "edited" | "with_edited" | "this_workbook" | "chosen_files" | "other_files" | "earlier_version" | "not_ours";
}

/**
 * `replace`: part (the planned name, 汇总, 评估) → the sheet of ours to replace, whatever it is called
 * now; or null, with `kept`, the sheets that hold the planned names and why they stay (empty when
 * the names are free).
 */
export type OwnSheetPlace = { replace: Map<string, string> } | { replace: null; kept: KeptSheet[] };

/**
 * The latest set of our sheets of `kind` made from `source` that holds every part of `parts`, each once
 * and all as written; `hash` as markOwnSheets'. A summary of the open workbook and one of chosen files, or
 * of files of another set of units, never replace each other (a manager's six-county summary is not one
 * workbook's): the same summary is the same source, whichever files carry the units' returns now (a county
 * sent its return again). Excel compares sheet names case-insensitively.
 */
export function ownSheetPlace(kind: OwnSheetKind, parts: readonly string[], grid: GridWorkbook, source: OwnSheetSource, hash: (text: string) => string): OwnSheetPlace {
  const marks = grid.sheets.map((s) => ownSheetMarkOf(kind, s, hash)).filter((m): m is OwnSheetMark => m !== null);
  // 生成评估 has one source only: its marks from before sources were marked are of this workbook
  const sourceOf = (m: OwnSheetMark): OwnSheetSource | undefined => m.source ?? (kind === "evaluation" ? "workbook" : undefined);
  const sets = new Map<string, OwnSheetMark[]>();
  for (const m of marks) sets.set(m.set, [...(sets.get(m.set) ?? []), m]);
  const whole = (set: OwnSheetMark[]): boolean => set.length === parts.length && parts.every((p) => set.filter((m) => m.part === p).length === 1) && set.every((m) => m.unchanged && sourceOf(m) === source);
  const found = [...sets.values()].filter(whole).pop();
  if (found) return { replace: new Map(found.map((m) => [m.part, m.sheet])) };
  const why = (m: OwnSheetMark): KeptSheet["why"] => {
    const from = sourceOf(m);
    if (from === undefined) return "earlier_version";
    if (from !== source) return from === "workbook" ? "this_workbook" : source === "workbook" ? "chosen_files" : "other_files";
    return m.unchanged ? "with_edited" : "edited";
  };
  const kept = parts.flatMap((p): KeptSheet[] => {
    const holder = grid.sheets.find((s) => s.name.toLowerCase() === p.toLowerCase());
    if (!holder) return [];
    const mark = marks.find((m) => m.sheet === holder.name);
    return [{ sheet: holder.name, why: mark ? why(mark) : "not_ours" }];
  });
  return { replace: null, kept };
}
