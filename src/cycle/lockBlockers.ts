import type { CheckReport } from "../sheet/CheckReport";
import { lockErrors } from "./lockErrors";

/**
 * The errors that keep a return from being locked (lockErrors), counted as `check` shows them:
 * `invalid` the rows whose status is 数据异常 (check's totals line: 数据异常 7; a cell wrong two ways,
 * text and out of range, is one row), `overwritten` the status cells typed over on rows otherwise
 * graded (status_overwritten: S11), `other` any other error's cell on such a row ("表1!K4"), each
 * cell once; `formulas` the sheets whose own formulas no longer compute their rows (own_formulas_broken,
 * a sheet's problem, counted by its rows), `sheetsMissing` the templates whose sheet is gone (template_sheet_missing,
 * by title). trial27a: lock said 9 errors where check said 数据异常 7 and the 7 + S11 were the cells.
 */
export interface LockBlockers {
  invalid: number;
  overwritten: string[];
  other: string[];
  /** each sheet whose own formulas no longer compute `rows` of its rows (own_formulas_broken), one entry a sheet */
  formulas: Array<{ sheet: string; rows: number }>;
  /** the titles of the templates whose sheet was not found (template_sheet_missing), one entry a template */
  sheetsMissing: string[];
  /**
   * the cells changed since the return was locked (locked_value_changed), given by summary (arrivedReturn) only, for its
   * 错误数 and its 审核复核 line (toPutRight's `changed`, apart from 退回改正, trial38 F4): lock takes them once a reviewer decides on their rows, not as errors (lockErrors), so
   * check's 不能锁定 line leaves them to its 锁定后被改动 count; absent elsewhere
   */
  changed?: string[];
}

export function lockBlockers(report: CheckReport): LockBlockers {
  const out: LockBlockers = { invalid: 0, overwritten: [], other: [], formulas: [], sheetsMissing: [] };
  const several = new Set(report.items.map((i) => i.sheet)).size > 1;
  for (const item of report.items) {
    // the row's own errors; the sheets' blocking problems are counted once below, not once a row
    const errors = lockErrors({ ...report, items: [item], problems: [] });
    if (errors.length === 0) continue;
    if (item.status === "invalid") { out.invalid++; continue; }
    for (const e of errors) {
      const cell = e.cell ?? item.statusCell;
      const place = several ? `${item.sheet}!${cell}` : cell;
      // a status typed over on a row whose own formulas are broken is counted with that sheet's rows, below
      if (e.code === "status_overwritten" && e.params?.["formulasBroken"] === 1) continue;
      const list = e.code === "status_overwritten" ? out.overwritten : out.other;
      if (!list.includes(place)) list.push(place);
    }
  }
  for (const p of report.problems) {
    if (p.code === "own_formulas_broken") out.formulas.push({ sheet: p.params.sheet, rows: p.params.count });
    if (p.code === "template_sheet_missing") out.sheetsMissing.push(p.params.title);
  }
  return out;
}
