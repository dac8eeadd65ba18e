import { STATUS_CODES, type Status } from "../../domain/Status";
import { STATUS_FILL } from "../../sheet/palette";

/** WCAG 2.1 relative luminance of an RRGGBB colour. */
function luminance(hex: string): number {
  const c = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0);
}

/** WCAG 2.1 contrast ratio of two RRGGBB colours (1 … 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** WCAG 2.1 AA for normal text. */
export const MIN_CONTRAST = 4.5;

/**
 * The pane's colours for a status: the sheet palette's fill, and its font when that reads at
 * ≥ 4.5:1 on it; else the darkest shade of the palette's font hue that does (black at worst),
 * so the pane follows the palette and never shows a pair below WCAG AA (issue 16).
 */
export function paneStatusColours(s: Status): { fill: string; font: string } {
  const { fill, font } = STATUS_FILL[s];
  if (contrast(fill, font) >= MIN_CONTRAST) return { fill, font };
  const rgb = [0, 2, 4].map((i) => parseInt(font.slice(i, i + 2), 16));
  for (let k = 0.9; k > 0; k -= 0.1) {
    const darker = rgb.map((v) => Math.round(v * k).toString(16).padStart(2, "0")).join("").toUpperCase();
    if (contrast(fill, darker) >= MIN_CONTRAST) return { fill, font: darker };
  }
  return { fill, font: "000000" };
}

/** Sets the pane's --st-<status>-fill / -font custom properties (CSSOM: allowed by the CSP). */
export function applyStatusColours(root: HTMLElement): void {
  for (const s of STATUS_CODES) {
    const c = paneStatusColours(s);
    root.style.setProperty(`--st-${s}-fill`, `#${c.fill}`);
    root.style.setProperty(`--st-${s}-font`, `#${c.font}`);
  }
}
