/**
 * Where the pane's 生成汇总 and 生成评估 write their sheets (ownSheetMark.ts): over their own
 * earlier ones, when they are still ours and unchanged, else as new sheets beside whatever holds
 * the names.
 */
import type { GridWorkbook } from "./Grid";
import { ownSheetMarkOf, type OwnSheetKind, type OwnSheetMark } from "./ownSheetMark";

/** A sheet holding a planned name that is not replaced: `edited`, ours but changed since (or its partner sheet changed or gone); `not_ours`, made by a person or another command. */
export interface KeptSheet {
  sheet: string;
  why: "edited" | "not_ours";
}

/**
 * `replace`: part (the planned name, 汇总, 评估) → the sheet of ours to replace, whatever it is called
 * now; or null, with `kept`, the sheets that hold the planned names and why they stay (empty when
 * the names are free).
 */
export type OwnSheetPlace = { replace: Map<string, string> } | { replace: null; kept: KeptSheet[] };

/**
 * The latest set of our sheets of `kind` that holds every part of `parts`, each once and all as
 * written; `hash` as markOwnSheets'. Excel compares sheet names case-insensitively.
 */
export function ownSheetPlace(kind: OwnSheetKind, parts: readonly string[], grid: GridWorkbook, hash: (text: string) => string): OwnSheetPlace {
  const marks = grid.sheets.map((s) => ownSheetMarkOf(kind, s, hash)).filter((m): m is OwnSheetMark => m !== null);
  const sets = new Map<string, OwnSheetMark[]>();
  for (const m of marks) sets.set(m.set, [...(sets.get(m.set) ?? []), m]);
  const whole = (set: OwnSheetMark[]): boolean => set.length === parts.length && parts.every((p) => set.filter((m) => m.part === p).length === 1) && set.every((m) => m.unchanged);
  const found = [...sets.values()].filter(whole).pop();
  if (found) return { replace: new Map(found.map((m) => [m.part, m.sheet])) };
  const kept = parts.flatMap((p): KeptSheet[] => {
    const holder = grid.sheets.find((s) => s.name.toLowerCase() === p.toLowerCase());
    if (!holder) return [];
    return [{ sheet: holder.name, why: marks.some((m) => m.sheet === holder.name) ? "edited" : "not_ours" }];
  });
  return { replace: null, kept };
}
