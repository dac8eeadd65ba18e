import { basename, extname } from "node:path";
import { unitFileName } from "./unitFileName";

/**
 * Files put in the order of the expected units by their names (`2024-甲县.xlsx`, as `distribute`
 * names them: unitFileName), before they are read, so that `summary` reads them once in the
 * ledger's order (a file named otherwise keeps its place after them; its cover decides later,
 * and `summary` sums again when the order read was not the ledger's). Stable.
 */
export function filesInUnitOrder(files: readonly string[], units: readonly string[] | undefined): string[] {
  if (!units?.length) return [...files];
  const rank = new Map(units.map((u, i) => [unitFileName(u, 0).slice(2, -".xlsx".length).toLowerCase(), i] as const));
  const of = (file: string): number => {
    const name = basename(file, extname(file)).replace(/^\d{4}-/, "").toLowerCase();
    return rank.get(name) ?? units.length;
  };
  const at = new Map(files.map((f, i) => [f, i] as const));
  return [...files].sort((a, b) => of(a) - of(b) || at.get(a)! - at.get(b)!);
}
