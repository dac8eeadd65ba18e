import { classifyUnit } from "../../domain/Unit";
import { HAN } from "../text";

/**
 * Whether a cell can be an indicator's name: it has a Chinese character, or it is a Latin
 * abbreviation the plans use as a name (GDP, PM2.5, CPI, AQI: two letters or more, not a unit
 * word such as km or kWh, and not a number or a value such as ≤22).
 */
export function isNameText(cell: string): boolean {
  if (HAN.test(cell)) return true;
  const t = cell.trim();
  return /^[A-Za-z][A-Za-z0-9.&/+\- ]*$/.test(t) && /[A-Za-z]{2}/.test(t) && classifyUnit(t) === "other";
}
