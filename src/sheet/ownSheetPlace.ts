/**
 * Where the pane's 生成汇总 and 生成评估 write their sheets (ownSheetMark.ts): over their own
 * earlier ones, when they are still ours and unchanged, else as new sheets beside whatever holds
 * the names.
 */
import type { GridWorkbook } from "./Grid";
import { ownSheetMarkOf, type OwnSheetKind, type OwnSheetMark } from "./ownSheetMark";

/**
 * A sheet holding a planned name that is not replaced: `edited`, ours but changed since; `with_edited`, ours and
 * unchanged, but of a set with a sheet changed or gone (kept together with it); `not_ours`, made by a person or
 * another command.
 */
export interface KeptSheet {
  sheet: string;
  why: "edited" | "with_edited" | "not_ours";
}

/**
 * `replace`: part (the planned name, 汇总, 评估) → the sheet of ours to replace, whatever it is called
 * now, and `drop`, the set's other sheets of ours, unchanged, whose part is not planned this time (汇总范围,
 * when the units now fit on 汇总's line): replaced by nothing, so no stale part is left beside the new set;
 * or null, with `kept`, the sheets that hold the planned names and why they stay (empty when the names are free).
 */
export type OwnSheetPlace = { replace: Map<string, string>; drop: string[] } | { replace: null; kept: KeptSheet[] };

/**
 * The latest set of our sheets of `kind` that is whole (each of its parts once, as many as it was written
 * with, all as written) and holds a part of `parts`: its sheets are replaced together, those of parts not
 * planned now dropped, whatever sizes the two sets are (a summary of 40 units or more has a third sheet,
 * 汇总范围; one of fewer has not). Else nothing is replaced and `kept` says why. `hash` as markOwnSheets'.
 * Excel compares sheet names case-insensitively.
 */
export function ownSheetPlace(kind: OwnSheetKind, parts: readonly string[], grid: GridWorkbook, hash: (text: string) => string): OwnSheetPlace {
  const marks = grid.sheets.map((s) => ownSheetMarkOf(kind, s, hash)).filter((m): m is OwnSheetMark => m !== null);
  const sets = new Map<string, OwnSheetMark[]>();
  for (const m of marks) sets.set(m.set, [...(sets.get(m.set) ?? []), m]);
  const whole = (set: OwnSheetMark[]): boolean =>
    new Set(set.map((m) => m.part)).size === set.length && set.every((m) => m.unchanged && (m.of === undefined || m.of === set.length))
    && set.some((m) => parts.includes(m.part));
  const found = [...sets.values()].filter(whole).pop();
  if (found) {
    return {
      replace: new Map(found.filter((m) => parts.includes(m.part)).map((m) => [m.part, m.sheet])),
      drop: found.filter((m) => !parts.includes(m.part)).map((m) => m.sheet),
    };
  }
  const kept = parts.flatMap((p): KeptSheet[] => {
    const holder = grid.sheets.find((s) => s.name.toLowerCase() === p.toLowerCase());
    if (!holder) return [];
    const mark = marks.find((m) => m.sheet === holder.name);
    return [{ sheet: holder.name, why: !mark ? "not_ours" : mark.unchanged ? "with_edited" : "edited" }];
  });
  // the edited sheet an unchanged holder is kept with, named too though it holds no planned name (汇总范围 when the
  // new set has none), so the line says which sheet was changed
  const keptSets = new Set(kept.filter((k) => k.why === "with_edited").map((k) => marks.find((m) => m.sheet === k.sheet)?.set));
  const partners = marks.filter((m) => keptSets.has(m.set) && !m.unchanged && !kept.some((k) => k.sheet === m.sheet)).map((m): KeptSheet => ({ sheet: m.sheet, why: "edited" }));
  return { replace: null, kept: [...kept, ...partners] };
}
