import type { CheckItem } from "../../sheet/CheckReport";
import type { Fix } from "./Fix";
import type { IssueCode } from "../../domain/Issue";

/** Suggestions that guess at the scale from the row's other values or the plan's numbers (3.1% in a 个 row → 3.1), unlike a format fix (「2.5%」 → 2.5). */
const GUESSES: ReadonlySet<IssueCode> = new Set<IssueCode>(["scale_suspect", "project_investment_large", "percent_style_unit"]);

/**
 * The fixes a check offers: every issue with a `suggestion` and a cell. One fix per cell
 * (the first suggestion wins), in report order.
 */
export function buildFixes(items: readonly CheckItem[]): Fix[] {
  const out: Fix[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    for (const issue of item.issues) {
      if (issue.suggestion === undefined || !Number.isFinite(issue.suggestion) || !issue.cell) continue;
      const sheet = issue.sheet ?? item.sheet;
      const key = `${sheet}!${issue.cell}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const from = issue.received ?? (Object.values(item.cells).includes(issue.cell) ? item.value ?? "" : "");
      out.push({ sheet, cell: issue.cell, from, to: issue.suggestion, name: item.name, ...(GUESSES.has(issue.code) ? { guess: true as const } : {}) });
    }
  }
  return out;
}

/** `sheet!cell` as Excel writes it (quoted when the name needs it). */
export function fixRef(f: { sheet: string; cell: string }): string {
  return /^[A-Za-z0-9_\u4e00-\u9fff]+$/.test(f.sheet) ? `${f.sheet}!${f.cell}` : `'${f.sheet.replace(/'/g, "''")}'!${f.cell}`;
}
