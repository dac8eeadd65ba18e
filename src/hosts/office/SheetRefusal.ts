/**
 * A sheet the Office host did not write, and why, as coded data: the pane and the ribbon dialog word it
 * in their language (ui/shared/sheetRefusalText, from the zh and en catalogues). Until this version the
 * host wrote Chinese lines (工作表「…」已存在，未覆盖) that an English pane showed as they were.
 * - `exists`: a sheet of that name is already in the workbook (applyPlan, replaceSheet; never overwritten)
 * - `duplicate_in_plan`: the plan names the sheet twice (only the first written)
 * - `missing`: a sheet to refresh is not in the workbook (refreshPlan)
 * - `other_template`: its A2 mark names another template (`found`) than the plan's (`planned`)
 * - `layout_changed`: its hidden marks no longer match the plan: `columns` (the key row: columns inserted, deleted
 *   or moved, `row` that row), `row_id` (row `row`'s indicator id: rows sorted, inserted or deleted), `extra_id`
 *   (row `row` below the plan's rows holds an id the plan has not)
 */
export type SheetRefusal =
  | { sheet: string; reason: "exists" }
  | { sheet: string; reason: "duplicate_in_plan" }
  | { sheet: string; reason: "missing" }
  | { sheet: string; reason: "other_template"; found: string; planned: string }
  | { sheet: string; reason: "layout_changed"; layout: "columns" | "row_id" | "extra_id"; row: number };
