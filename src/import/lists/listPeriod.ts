import { parsePeriod } from "../../domain/parsePeriod";
import { trimCell } from "../text";

/** A 建设起止年限 as the template keeps it (ProjectSchema.period), and whether it was respelt or could not be read. */
export interface ListPeriod {
  /** `2023-2025`, or `2024` for one year; the cell as written when it cannot be read */
  period: string;
  /** the years read (null when unreadable) */
  start: number | null;
  end: number | null;
  /** the written spelling differs from `period` (`2023年-2025年` → `2023-2025`), months aside */
  respelt: boolean;
  /** months were written and dropped (`2023.6-2025.12` → `2023-2025`) */
  months: boolean;
  /** the cell cannot be read as years (kept as written, said as a row problem); "" when it is empty */
  unreadable: boolean;
}

// a year's month: `2023.6`, `2023．06`, `2023/6`, `2023年6月` (`2023-6` not: a dash is between years)
const MONTH = /(20\d\d)\s*(?:年\s*\d{1,2}\s*月份?|[.．/]\s*\d{1,2}(?!\d))/gu;

/**
 * A project's 建设起止年限 as plans write it (`2023-2024`, `2023—2025`, `2023～2025`, `2023年-2025年`,
 * `2024年`, `2021-2025年`), in the one form the sheet and §4 read (parsePeriod, the one reader of periods):
 * `2023-2025`, or `2024` for a single year. A cell that is no period (`2024年底`, `长期`, empty) is kept
 * as written and marked unreadable: check would say project_period_invalid on every return.
 * Months after the years (`2023.6-2025.12`, `2023.03-2026.06`, `2023年6月-2025年12月`) are dropped:
 * the sheet and §4 read years only, and the county could not correct the plan's period in its return.
 */
export function readListPeriod(written: string): ListPeriod {
  const text = trimCell(written);
  const yearsOnly = text.replace(MONTH, "$1");
  const months = yearsOnly !== text;
  const p = parsePeriod(yearsOnly);
  if (!p.ok) return { period: text, start: null, end: null, respelt: false, months: false, unreadable: true };
  const period = p.start === p.end ? String(p.start) : `${p.start}-${p.end}`;
  return { period, start: p.start, end: p.end, respelt: !months && period !== text, months, unreadable: false };
}

