import { isUngradedDoubt } from "../domain/isUngradedDoubt";
import { valueToVerify } from "../domain/valueToVerify";
import type { CheckItem } from "../sheet/CheckReport";

/** A carried value the old return's check found likely in another unit, as it sits in the new return. */
export interface CarriedSlip {
  /** where it sits in the new return */
  sheet: string;
  cell: string;
  name: string;
  year: number;
  /** as typed in the old return */
  value: string;
  /**
   * §2's scale_suspect (over 1000× the baseline or target) or §8f's far_from_plan beyond GRADED_FAR_LIMIT or with a
   * slip reading check offers (isScaleSlip: 2.35 for 23.5);
   * on a cumulative row, §3's level_typed (the year's level) or year_over_pace (far beyond the pace); §2a's
   * percent_style_unit with check's offer (1.82% in a 比 row, stored 0.0182: `meant` 1.82); §2's fraction_suspect
   * (0.035 typed for 3.5% in a % row below §2's error: `meant` 3.5)
   */
  code: "scale_suspect" | "far_from_plan" | "level_typed" | "year_over_pace" | "percent_style_unit" | "fraction_suspect";
  /** percent_style_unit: the number as shown, check's offer (1.82), and the number stored (0.0182); fraction_suspect: the ×100 asked (3.5) */
  meant?: number;
  stored?: string;
  /** level_typed, year_over_pace: the year's own amount it would be (the rise; the value less last period's total), where known */
  amount?: number;
  /** far_from_plan: how many times the plan's largest (`above`) or what fraction of its smallest (`below`) */
  factor: number | null;
  side: "above" | "below";
}

/**
 * The old return's own-year values (`from`) that its check found likely in another unit, with no
 * 说明 keeping them, or a cumulative row's level or year far beyond the pace (isUngradedDoubt: what §6
 * will not grade; a trial's 龙游县 人均预期寿命 81.5 for a 〔1〕 rise went on silently), where rollover put them in the new
 * return (`newItems`, matched by template and row id; in its order). Rollover carries them as
 * typed (nothing is changed unasked), and the new year's check says such a value only as a
 * warning on an earlier year's cell (earlier_year_far), so they are named here too: a trial's 110000 in a 万亿元 row and a 10,000× 856 went
 * on unseen into the next year's return, its growth and its forecast.
 */
export function carriedSlips(oldItems: readonly CheckItem[], newItems: readonly CheckItem[], from: number): CarriedSlip[] {
  const slips = new Map<string, Omit<CarriedSlip, "sheet" | "cell" | "name" | "year">>();
  for (const i of oldItems) {
    const cell = i.kind === "indicator" ? i.cells[String(from)] : undefined;
    if (cell === undefined) continue;
    const own = i.issues.filter((x) => x.cell === cell && (x.sheet === undefined || x.sheet === i.sheet));
    const v = valueToVerify(own);
    if (!v || !isUngradedDoubt(v) || v.code === "running_total" || v.code === "approximate_backwards" || v.code === "compounded_fall") continue;
    const issue = own.find((x) => x.code === v.code);
    const amount = Number(v.code === "level_typed" ? issue?.params?.["rise"] : issue?.params?.["amount"]);
    const cumulative = v.code === "level_typed" || v.code === "year_over_pace";
    const meant = v.code === "percent_style_unit" && v.meant !== undefined ? { meant: v.meant, stored: String(issue?.params?.["stored"] ?? "") }
      : v.code === "fraction_suspect" && v.meant !== undefined ? { meant: v.meant } : {};
    slips.set(`${i.template}|${i.id}`, { value: issue?.received ?? i.value ?? "", code: v.code, factor: v.factor, side: v.side, ...(cumulative && Number.isFinite(amount) ? { amount } : {}), ...meant });
  }
  const out: CarriedSlip[] = [];
  for (const i of newItems) {
    const s = i.kind === "indicator" ? slips.get(`${i.template}|${i.id}`) : undefined;
    const cell = i.cells[String(from)];
    if (s && cell !== undefined) out.push({ sheet: i.sheet, cell, name: i.name, year: from, ...s });
  }
  return out;
}
