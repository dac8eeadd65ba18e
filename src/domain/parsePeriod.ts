import { normalizeText } from "./normalizeText";

export type Period =
  | { ok: true; start: number; end: number }
  | { ok: false; reason: "unreadable" | "out_of_range" | "start_after_end" };

/** Reads 建设起止年限: `2023-2024`, `2023—2024年`, `2023年-2024年`, or a single year. */
export function parsePeriod(text: string): Period {
  const t = normalizeText(text).replace(/年/g, "");
  const m = /^(\d{4})(?:(?:-|—|–|~|至|到)(\d{4}))?$/.exec(t);
  if (!m || m[1] === undefined) return { ok: false, reason: "unreadable" };
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  if ([start, end].some((y) => y < 2000 || y > 2100)) return { ok: false, reason: "out_of_range" };
  if (start > end) return { ok: false, reason: "start_after_end" };
  return { ok: true, start, end };
}
