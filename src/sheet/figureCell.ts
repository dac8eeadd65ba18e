import { decimalFormat } from "./decimalFormat";

/** A plain decimal as a person writes it: no sign but a minus, no leading zero, at most 10 decimals; `%` after for a typed percentage. */
const FIGURE = /^(-?)(0|[1-9]\d*)(?:\.(\d{1,10}))?(%?)$/;
/** Past 12 significant digits a number cell no longer shows the text as written (hosts read 12: storedNumber, cellAsText). */
const MAX_DIGITS = 12;

/**
 * A figure shown as text (`45`, `0.030`, `-1.5`; `95%`, a typed percentage as the return shows it, evaluation-rules §2a)
 * as the number cell that shows that very text: its value, and a fixed-decimals format with as many decimals as written
 * (`0.030` → 0.03 in `0.000`, `95%` → 0.95 in `0%`), so the cell sorts, sums and compares as a number, and reads back
 * (cellAsText) as the text it was made from. Null for anything else, which stays text: `≥50`, `5.5左右`, `[15]`, `/`,
 * `约100`, `４.２`, `007`, `-0`, words, a running total's `累计 8.4（2023 年 4.2）`.
 */
export function figureCell(text: string): { value: number; numFmt: string } | null {
  const m = FIGURE.exec(text.trim());
  if (!m) return null;
  const [, minus = "", whole = "", decimals = "", percent = ""] = m;
  const digits = `${whole}${decimals}`.replace(/^0+/, "");
  // -0 shows as 0: the text would not read back
  if (digits.length > MAX_DIGITS || (minus && digits === "")) return null;
  const written = `${minus}${whole}${decimals ? `.${decimals}` : ""}`;
  const n = Number(written);
  return percent ? { value: Number((n / 100).toPrecision(MAX_DIGITS + 2)), numFmt: `${decimalFormat(written)}%` } : { value: n, numFmt: decimalFormat(written) };
}
