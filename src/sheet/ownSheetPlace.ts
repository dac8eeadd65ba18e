/**
 * Where the pane's 生成汇总, 汇总所选文件 and 生成评估 write their sheets (ownSheetMark.ts): over their own
 * earlier ones made from the same source, when they are still ours and unchanged, else as new sheets
 * beside whatever holds the names.
 */
import type { GridWorkbook } from "./Grid";
import { ownSheetMarkOf, type OwnSheetKind, type OwnSheetMark, type OwnSheetSource } from "./ownSheetMark";

/**
 * A sheet holding a planned name that is not replaced, and why: `edited`, ours but changed since; `with_edited`, ours
 * and unchanged, but of a set with a sheet changed or gone (the set is kept whole, together with it); `this_workbook`,
 * ours, a summary of the open workbook (生成汇总) where the chosen files' is asked for; `chosen_files`, ours, a summary
 * of chosen files (汇总所选文件) where this workbook's is asked for; `other_files`, ours, a summary of chosen files of
 * another set of units; `earlier_version`, ours, marked before sources were (its source unknown); `not_ours`, made by
 * a person or another command.
 */
export interface KeptSheet {
  sheet: string;
  why: "edited" | "with_edited" | "this_workbook" | "chosen_files" | "other_files" | "earlier_version" | "not_ours";
}

/**
 * `replace`: part (the planned name, 汇总, 评估) → the sheet of ours to replace, whatever it is called
 * now, and `drop`, the set's other sheets of ours, unchanged, whose part is not planned this time (汇总范围,
 * when the units now fit on 汇总's line): replaced by nothing, so no stale part is left beside the new set;
 * or null, with `kept`, the sheets that hold the planned names and why they stay (empty when the names are free).
 */
export type OwnSheetPlace = { replace: Map<string, string>; drop: string[] } | { replace: null; kept: KeptSheet[] };

/**
 * The latest set of our sheets of `kind` made from `source` that is whole (each of its parts once, as many as
 * it was written with, all as written) and holds a part of `parts`: its sheets are replaced together, those of
 * parts not planned now dropped, whatever sizes the two sets are (a summary of 40 units or more has a third
 * sheet, 汇总范围; one of fewer has not). Else nothing is replaced and `kept` says why. A summary of the open
 * workbook and one of chosen files, or of files of another set of units, never replace each other (a
 * manager's six-county summary is not one workbook's): the same summary is the same source, whichever files
 * carry the units' returns now (a county sent its return again). `hash` as markOwnSheets'. Excel compares
 * sheet names case-insensitively.
 */
export function ownSheetPlace(kind: OwnSheetKind, parts: readonly string[], grid: GridWorkbook, source: OwnSheetSource, hash: (text: string) => string): OwnSheetPlace {
  const marks = grid.sheets.map((s) => ownSheetMarkOf(kind, s, hash)).filter((m): m is OwnSheetMark => m !== null);
  // 生成评估 has one source only: its marks from before sources were marked are of this workbook
  const sourceOf = (m: OwnSheetMark): OwnSheetSource | undefined => m.source ?? (kind === "evaluation" ? "workbook" : undefined);
  const sets = new Map<string, OwnSheetMark[]>();
  for (const m of marks) sets.set(m.set, [...(sets.get(m.set) ?? []), m]);
  const whole = (set: OwnSheetMark[]): boolean =>
    new Set(set.map((m) => m.part)).size === set.length
    && set.every((m) => m.unchanged && sourceOf(m) === source && (m.of === undefined || m.of === set.length))
    && set.some((m) => parts.includes(m.part));
  const found = [...sets.values()].filter(whole).pop();
  if (found) {
    return {
      replace: new Map(found.filter((m) => parts.includes(m.part)).map((m) => [m.part, m.sheet])),
      drop: found.filter((m) => !parts.includes(m.part)).map((m) => m.sheet),
    };
  }
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
  // the edited sheet an unchanged holder is kept with, named too though it holds no planned name (汇总范围 when the
  // new set has none), so the line says which sheet was changed
  const keptSets = new Set(kept.filter((k) => k.why === "with_edited").map((k) => marks.find((m) => m.sheet === k.sheet)?.set));
  const partners = marks.filter((m) => keptSets.has(m.set) && !m.unchanged && !kept.some((k) => k.sheet === m.sheet)).map((m): KeptSheet => ({ sheet: m.sheet, why: "edited" }));
  return { replace: null, kept: [...kept, ...partners] };
}
