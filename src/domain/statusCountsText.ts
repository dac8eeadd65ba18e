import { STATUS_CODES, STATUS_LABELS, STATUS_LABELS_EN, type Status } from "./Status";

/**
 * A totals line's counts by status (`已达标 3  符合序时进度 6  …`), each with how many of them are values to verify
 * (`toVerify`: rows counted by the sheet's status that the report does not grade, CheckItem.ungraded, §6 our reading):
 * 已达标 3（其中 2 项数值待核实） / Met 3 (2 of them values to verify). The one home of check's totals line and summary's
 * (a trial read 已达标 3 where two were ×1000 slips the report left 未能评估（数值待核实）). The counts joined by two spaces.
 */
export function statusCountsText(counts: Readonly<Record<Status, number>>, toVerify: Partial<Readonly<Record<Status, number>>>, lang: "zh" | "en"): string {
  const labels = lang === "en" ? STATUS_LABELS_EN : STATUS_LABELS;
  return STATUS_CODES.map((s) => {
    const k = toVerify[s] ?? 0;
    if (k <= 0) return `${labels[s]} ${counts[s]}`;
    return lang === "en" ? `${labels[s]} ${counts[s]} (${k} of them ${k === 1 ? "a value" : "values"} to verify)` : `${labels[s]} ${counts[s]}（其中 ${k} 项数值待核实）`;
  }).join("  ");
}

/** How many of `rows` are values to verify (`ungraded` set), by their status: statusCountsText's `toVerify`. */
export function toVerifyByStatus(rows: Iterable<{ status: Status; ungraded?: unknown }>): Partial<Record<Status, number>> {
  const by: Partial<Record<Status, number>> = {};
  for (const r of rows) if (r.ungraded) by[r.status] = (by[r.status] ?? 0) + 1;
  return by;
}

/**
 * The 汇总 sheet's row under a 合计 row: how many of each count are values to verify (toVerifyByStatus), the same fact
 * statusCountsText gives a totals line, in a row of numbers as the sheet counts (the sheet is Chinese).
 */
export const TO_VERIFY_ROW = "其中数值待核实";
