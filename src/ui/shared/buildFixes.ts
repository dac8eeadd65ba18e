import type { CheckItem } from "../../sheet/CheckReport";
import type { Fix } from "./Fix";
import type { IssueCode } from "../../domain/Issue";
import { acceptedDoubt } from "./acceptedDoubt";

/**
 * Suggestions that guess at the scale from the row's other values or the plan's numbers (3.1% in a 个 row → 3.1;
 * 68000 completed of a 12 亿元 project → 6.8, project_completed_scale; 0.74 in a % row whose plan is 70–90 → 74, §2's percent_fraction: maybe a real 0.74%,
 * and so the text 「0.74」 there, text_number with params.fraction), unlike a format fix
 * (「2.5%」 → 2.5): offered one at a time, marked as guesses, never in 全部修正. An earlier year's unusable value
 * carries its reason's code (params.reason) and is a guess when that is. An approximate figure (「约5」, not_a_number with
 * params.approximate) is one too: check asks the filer to type the exact value, 5 only if it truly is 5. So is a
 * suggestion §8f would call far from the plan (params.suggestionFar: 「1,234.5」 → 1234.5 in a 45.3 → 70 row). So is §8f's own
 * (far_from_plan, earlier_year_far: 2480500 → 2480.5 in a 2315 → 2600 公里 row, a unit slip guessed). So is a text
 * offered as the slip its number would be (params.slipRead: 「11200」 → 1.12 in a 1.12 万人次 row), an earlier year's too.
 */
const GUESSES: ReadonlySet<string> = new Set<IssueCode>(["scale_suspect", "project_investment_large", "project_completed_scale", "percent_style_unit", "percent_fraction", "fraction_suspect", "far_from_plan", "earlier_year_far"]);
const guessOf = (issue: { code: IssueCode; params?: Readonly<Record<string, unknown>> }): Fix["guess"] =>
  issue.params?.["approximate"] ? "approximate" : GUESSES.has(issue.code) || GUESSES.has(String(issue.params?.["reason"] ?? "")) || issue.params?.["fraction"] !== undefined || issue.params?.["slipRead"] !== undefined ? "scale" : issue.params?.["suggestionFar"] !== undefined ? "far" : undefined;

/**
 * The fixes a check offers: every issue with a `suggestion` and a cell. One fix per cell
 * (the first suggestion wins), in report order. A doubt the reviewer already accepted (acceptedDoubt: at the lock, or
 * a 通过 / 已说明 in force on an item of `accepted`, template|id) offers none: its 是否应为 … was answered (s43).
 */
export function buildFixes(items: readonly CheckItem[], accepted: ReadonlySet<string> = new Set()): Fix[] {
  const out: Fix[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    for (const issue of item.issues) {
      if (issue.suggestion === undefined || !Number.isFinite(issue.suggestion) || !issue.cell || acceptedDoubt(item, issue, accepted)) continue;
      const sheet = issue.sheet ?? item.sheet;
      const key = `${sheet}!${issue.cell}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const from = issue.received ?? (Object.values(item.cells).includes(issue.cell) ? item.value ?? "" : "");
      const guess = guessOf(issue);
      // the text 「96.5」 → 96.5 is a change, and must not read as 96.5 → 96.5 (trial 25c)
      const text = issue.code === "text_number";
      out.push({ sheet, cell: issue.cell, from, to: issue.suggestion, name: item.name, ...(guess ? { guess } : {}), ...(text ? { text } : {}) });
    }
  }
  return out;
}

/** `sheet!cell` as Excel writes it (quoted when the name needs it). */
export function fixRef(f: { sheet: string; cell: string }): string {
  return /^[A-Za-z0-9_\u4e00-\u9fff]+$/.test(f.sheet) ? `${f.sheet}!${f.cell}` : `'${f.sheet.replace(/'/g, "''")}'!${f.cell}`;
}
