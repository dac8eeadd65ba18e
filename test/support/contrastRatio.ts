/**
 * WCAG 2.1 contrast ratio of two sRGB colours given as RRGGBB (1 … 21): relative luminance
 * L = 0.2126 R + 0.7152 G + 0.0722 B of the linearised channels, ratio (L1 + 0.05) / (L2 + 0.05).
 * Source: https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio
 */
export function relativeLuminance(rgb: string): number {
  const ch = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (ch[0] ?? 0) + 0.7152 * (ch[1] ?? 0) + 0.0722 * (ch[2] ?? 0);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}
