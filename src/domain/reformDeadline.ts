import { normalizeText } from "./normalizeText";

/** A reform's 完成时限 read as a year, or a year and month: 2023年, 2023年底, 2024年6月, 2024.6, 2024-06. */
export interface ReformDeadline {
  year: number;
  /** 1–12 where a month was written; null for a year alone (its end) */
  month: number | null;
}

/**
 * The one reading of a reform's 完成时限 (evaluation-rules §5, our reading): a year (2023年, 2023年底, 2023年末, 2023年前,
 * 2023年内) or a year and month (2024年6月, 2024年6月底, 2024.6, 2024-06); null for anything else (长期坚持, 持续推进,
 * 2023—2025年), which the import keeps in the reform's tasks as it was.
 */
export function reformDeadline(text: string): ReformDeadline | null {
  const t = normalizeText(text).replace(/\s+/g, "").replace(/^(于|在)/, "").replace(/(前|以前|之前|内|完成)$/, "");
  const m = /^(\d{4})(?:年(?:底|末|度)?|(?:年|\.|-|\/)(\d{1,2})(?:月(?:底|末)?)?)?$/.exec(t);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  if (m[2] === undefined) return { year, month: null };
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year, month } : null;
}

