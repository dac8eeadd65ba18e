import { normalizeText } from "../../domain/normalizeText";

/**
 * The year typed in 填报年度, as cells read numbers: full-width digits (２０２３), spaces and a
 * trailing 年 or 年度 (2023年) are accepted. A whole year in 2000–2100, else null.
 */
export function typedYear(raw: string): number | null {
  const m = /^(\d{4})(?:年度?)?$/.exec(normalizeText(raw));
  const year = m ? Number(m[1]) : NaN;
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null;
}
