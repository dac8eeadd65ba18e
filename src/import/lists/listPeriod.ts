import { parsePeriod } from "../../domain/parsePeriod";
import { trimCell } from "../text";

/** A 建设起止年限 as the template keeps it (ProjectSchema.period), and whether it was respelt or could not be read. */
export interface ListPeriod {
  /** `2023-2025`, or `2024` for one year; the cell as written when it cannot be read */
  period: string;
  /** the years read (null when unreadable) */
  start: number | null;
  end: number | null;
  /** the written spelling differs from `period` (`2023年-2025年` → `2023-2025`) */
  respelt: boolean;
  /** the cell cannot be read as years (kept as written, said as a row problem); "" when it is empty */
  unreadable: boolean;
}

/**
 * A project's 建设起止年限 as plans write it (`2023-2024`, `2023—2025`, `2023～2025`, `2023年-2025年`,
 * `2024年`, `2021-2025年`), in the one form the sheet and §4 read (parsePeriod, the one reader of periods):
 * `2023-2025`, or `2024` for a single year. A cell that is no period (`2024年底`, `长期`, empty) is kept
 * as written and marked unreadable: check would say project_period_invalid on every return.
 */
export function readListPeriod(written: string): ListPeriod {
  const text = trimCell(written);
  const p = parsePeriod(text);
  if (!p.ok) return { period: text, start: null, end: null, respelt: false, unreadable: true };
  const period = p.start === p.end ? String(p.start) : `${p.start}-${p.end}`;
  return { period, start: p.start, end: p.end, respelt: period !== text, unreadable: false };
}
