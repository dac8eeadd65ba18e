import { cellText, type CellValue } from "../domain/CellValue";
import type { Issue } from "../domain/Issue";
import { normalizeText } from "../domain/normalizeText";
import { parseTarget } from "../domain/parseTarget";
import type { Target } from "../domain/Target";
import type { PlanCellTexts } from "./planCellTexts";

/** A plan cell of an indicator row that `check` compares with the template: 单位, 基期值, 目标. */
export type PlanCellField = keyof PlanCellTexts;

/** One plan cell of a row as the sheet shows it: its A1 reference and its content. */
export interface PlanCellSeen {
  field: PlanCellField;
  cell: string;
  value: CellValue;
}

/**
 * The row's plan cells that show something other than the template (a 中期调整 typed into the
 * unprotected sheet: 目标 ≥81.5 → ≥81), one warning `plan_cell_changed` each: `expected` the
 * template's text as the sheet writer writes it (planCellTexts), `received` the cell's,
 * `params.field` unit | baseline | target. The engine keeps grading on the template, so the sheet
 * would show ≥81 beside a status computed from 81.5; said, never followed (trial28d F4).
 *
 * Not a difference: what a person cannot see (spaces, full-width digits, a formula with no stored
 * value), and a 基期值 or 目标 read the same (3 typed for 3.0, >=81.5 for ≥81.5: parseTarget, the
 * operator words' one home; `percent`: the row's unit is %, so 55% reads as 55).
 */
export function planCellChanges(shown: PlanCellTexts, seen: readonly PlanCellSeen[], sheet: string, percent: boolean): Issue[] {
  const out: Issue[] = [];
  for (const { field, cell, value } of seen) {
    if (value.type === "uncalculated") continue;
    const written = cellText(value).trim();
    const expected = shown[field];
    // the cell as the sheet writer wrote it (most rows of every return): the same, before either text is normalised
    const template = expected.trim();
    if (written === template || normalizeText(written) === normalizeText(template)) continue;
    if (field !== "unit" && written !== "" && sameReading(parseTarget(written, percent), parseTarget(expected, percent))) continue;
    out.push({ code: "plan_cell_changed", severity: "warning", sheet, cell, expected, received: written, params: { field } });
  }
  return out;
}

/** Two readings of a plan's number that grade alike: the same kind, value(s) and strictness. */
function sameReading(a: Target, b: Target): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "text") return false;
  if (a.kind === "none") return true;
  if (a.kind === "compound" && b.kind === "compound") return a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i]);
  const strict = (t: Target): boolean => ("strict" in t ? t.strict : false);
  return "value" in a && "value" in b && a.value === b.value && strict(a) === strict(b);
}
