import type { Column } from "./header";
import type { ImportCode, UnreadParams } from "./unreadMessages";

/** A field of a preview row a person can edit (the task pane's 从规划文本导入), and its 方向. */
export type UnreadField = "name" | "unit" | "baseline" | "target" | "direction";

type Fields = { [C in ImportCode]: readonly UnreadField[] | ((p: UnreadParams[C], targetYear: number) => readonly UnreadField[]) };

/** The field a cell of `column` is read into: a yearly target only in the target year (the final target). */
function columnField(c: Column, targetYear: number): readonly UnreadField[] {
  if (c.kind === "baseline" || c.kind === "target" || c.kind === "unit") return [c.kind];
  return c.kind === "yearly" && c.year === targetYear ? ["target"] : [];
}

const byColumn = (p: { column: Column }, targetYear: number): readonly UnreadField[] => columnField(p.column, targetYear);

/**
 * Which of a row's fields each code speaks of: when a person edits one of them in the preview, the
 * line has been answered (the pane's 已修改). [] for what the table, the header or the whole row
 * was read as (a join, a split, a category, a note), which no one field's edit answers, and for
 * lines said once for a table on its first row.
 */
const FIELDS: Fields = {
  traditional: [], "script-markup": [], "header-joined": [], "cell-per-line": [], "title-joined": [], "cell-breaks": [], "spanned-rows": [], "edge-category": [],
  "column-unknown": [], "column-weight": [], "column-vision": [], "column-past-target": [], "column-growth-other": [], "column-results": [], "target-vision-only": [], "target-choice": [], "years-from-title": [], "baseline-first-year": [], "baseline-year-column": [], "yearly-plan": [],
  "spaced-columns": [], "spaced-unaligned": [], "name-only": [], "attribute-empty": [], "attribute-unknown": [], "attribute-mark": [], "attribute-in-note": [],
  "row-shifted": byColumn, "attribute-early": byColumn, "one-cell": [], "cell-count": [], "unit-from-name": ["unit"], "unit-left-blank": ["unit"], "cjk-spaces": byColumn, "value-empty": byColumn, "number-only": [], "other-table": [], "project-table": [],
  "number-glued": [], "name-span": [], "group-category": [], "group-parts": [], "parts-parent": [], "attribute-merged": [], "number-gap": [], "number-heading": [], "heading-numbered": [],
  "name-joined": ["name"], "not-a-row": [], "table-end": [], "sub-row": ["name"], "name-parts": ["name"], "part-run-end": ["name"], "sub-indicators": [], "no-number": [],
  "heading-empty": [], "domain-alone": [], "domain-joined": [], "domain-section": [], "name-merged": [], "domain-page-break": [], "domain-wrapped": [], "category-name-wrapped": ["name"], "compound-split": [],
  "target-from-cumulative": ["target"], "target-cumulative-note": ["target"], "target-and-cumulative": ["target"], "target-from-growth": ["target", "name", "unit", "baseline"], "target-and-growth": ["target"], "target-in-unread-column": ["target"], "target-from-annual": (p) => (p.rate ? ["target", "name", "unit", "baseline"] : ["target"]), "baseline-words": ["baseline"], "baseline-bound": ["baseline"], "baseline-remark": ["baseline"], "target-none": ["target"], "direction-from-series": ["target", "direction"], "direction-series-up": ["direction"], "baseline-missing": [], "direction-name-keep": ["target", "direction"], "target-bare-reduction": ["target"], "direction-from-change": ["direction"], "plan-negative": ["target", "direction"],
  "unit-from-value": ["unit"], "unit-none": ["unit"], "unit-inferred": ["unit"], "unit-differs": ["unit"],
  "target-relative": ["target"], "target-level-rise": ["target"], "target-cumulative-rate": ["target"], "target-negative-total": ["target", "name"],
  "name-mark": ["name"], "name-spaces": ["name"], "name-justified": ["name"], "name-bracket": ["name", "unit"], "attribute-from-note": [], "name-digit": ["name"], "value-mark": byColumn, "value-glued-mark": byColumn, "dash-lookalike": byColumn, "decimal-stop": byColumn, "name-duplicate": ["name"],
  "target-approximate-direction": ["target", "direction"], "target-approximate-baseline-met": ["target", "direction"], "target-approximate-far": ["target"], "target-approximate-wide": ["target"], "target-words": ["target"], "target-compound": ["target", "name"], "target-remark": ["target"], "target-range": ["target"], "yearly-no-target": [],
  // a project or reform list's lines: its preview edits no field these speak of
  "list-total": [], "list-row-joined": [], "list-no-name": [], "list-group-empty": [], "list-unclassified": [], "list-category-long": [],
  "list-investment-wan": [], "list-investment-unit": [], "list-investment-approx": [], "list-investment-words": [], "list-period-respelt": [], "list-period-unreadable": [], "list-period-joined": [], "list-no-period": [],
  "list-column-unused": [], "list-deadline": [], "list-years": [], "list-markup": [],
  "list-unit-note": [], "list-header-rows": [], "list-type-remark": [], "list-spaced": [], "list-spaced-unaligned": [], "list-period-months": [],
};

/**
 * The fields of its row a reported line speaks of (see FIELDS); `targetYear`: the template's, for a
 * cell of the target year's yearly column. Pure; used by the task pane's preview (importPreview).
 */
export function unreadFields(u: { code: ImportCode; params: UnreadParams[ImportCode] }, targetYear: number): readonly UnreadField[] {
  const f = FIELDS[u.code] as readonly UnreadField[] | ((p: UnreadParams[ImportCode], y: number) => readonly UnreadField[]);
  return typeof f === "function" ? f(u.params, targetYear) : f;
}
