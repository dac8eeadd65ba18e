import type { LockRefusal } from "../cycle/lockRefusals";
import type { CheckReport } from "../sheet/CheckReport";
import { lockRefusalLine } from "./lockRefusalLine";
import { LAGS_NAMED } from "./runLock";

/**
 * One reason `lock` would refuse a return for, in `check --json`'s `lockRefusals` (architecture.md, CLI):
 * `code` (lockRefusals': errors, rows_out_of_place, returned, changed, stale, unassessed, unassessed_list), `message` lock's line for
 * it in --lang as lock lists it (lockRefusalLine, listed: `at.file` only in the commands it names), and its facts: `errors` each error's code and cell;
 * `problem` the 审核 sheet's rows_out_of_place `{code, params}`; `sheet`, `rows` (1-based rows of the 审核 sheet)
 * for returned and stale (stale also `unmarked`, and `returned` those of its rows decided 退回修改, as its line names them);
 * both also `cells` each 退回修改 in force, or each row 待复核, `{sheet, cell, name, row}` (the indicator's sheet, the cell of the
 * year's value, its name, its row on the 审核 sheet, 0 when the sheet does not have it yet; a row 待复核 also `changed`, the cells of
 * `sheet` that changed since the decision, as its line names them: `["P7"]` for a 说明 alone), the same rows as `rows` and the line; `changes` each change since the lock `{sheet, cell, name, was,
 * now, row}`; stale and changed also `rechecked`, the 审核 rows (1-based, in order) whose 审核意见 already holds 已复核, which
 * does not count for the change (ReviewTally.rechecked), the rows the line says so of ([] for none); `cells` each row still 待人工评估 `{sheet, cell, name, written, passed}` (cell its 人工评估's;
 * passed: its 审核 row holds a 通过, which does not assess it); for unassessed_list each project or reform row
 * `{sheet, cell, name}` (cell check's for the row) whose 审核 row holds no 通过 or 已说明.
 */
export function lockRefusalJson(x: LockRefusal, at: { file: string; report: CheckReport }, lang: "zh" | "en"): Record<string, unknown> {
  const message = lockRefusalLine(x, { file: at.file, report: at.report, named: LAGS_NAMED, lang }, 1);
  switch (x.code) {
    case "errors": return { code: x.code, message, errors: x.errors.map((e) => ({ code: e.code, cell: e.cell ?? null })) };
    case "rows_out_of_place": return { code: x.code, message, problem: { code: x.problem.code, params: x.problem.params } };
    case "returned": return { code: x.code, message, sheet: x.sheet, rows: x.rows, cells: x.items.map((u) => ({ sheet: u.sheet, cell: u.cell, name: u.name, row: u.row })) };
    case "changed": return { code: x.code, message, changes: x.changes.map((c) => ({ sheet: c.sheet, cell: c.cell, name: c.name, was: c.was, now: c.now, row: c.row })), rechecked: x.rechecked };
    case "stale": return { code: x.code, message, sheet: x.sheet, rows: x.rows, cells: x.items.map((u) => ({ sheet: u.sheet, cell: u.cell, name: u.name, row: u.row, changed: u.changed?.length ? u.changed : [u.cell] })), unmarked: x.unmarked, returned: x.returned, rechecked: x.rechecked };
    case "unassessed": {
      const passed = new Set(x.passed);
      return { code: x.code, message, cells: x.rows.map((u) => ({ sheet: u.sheet, cell: u.cell, name: u.name, written: u.written, passed: passed.has(u.item) })) };
    }
    case "unassessed_list": return { code: x.code, message, cells: x.rows.map((u) => ({ sheet: u.sheet, cell: u.cell, name: u.name })) };
  }
}
