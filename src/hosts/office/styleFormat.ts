import type { CellStyle } from "../../sheet/SheetPlan";
import { ACTION_BYTES, RANGE_BYTES, requestBytes } from "./requestSize";

/** The same font as the .xlsx host. */
export const FONT = "Microsoft YaHei";
const BORDER_COLOUR = "#A6A6A6";

/** One format property to set on a rectangle. */
export type StyleSetting =
  | { part: "font"; prop: "name" | "size" | "bold" | "color"; value: string | number | boolean }
  | { part: "fill"; prop: "color"; value: string }
  | { part: "format"; prop: "wrapText" | "verticalAlignment" | "horizontalAlignment"; value: string | boolean }
  | { part: "border"; edge: string; prop: "style" | "color" | "weight"; value: string };

/** What a planned style sets, for a rectangle of `rows` × `cols` cells (pure). */
export function styleSettings(st: CellStyle | undefined, fill: string | undefined, rows: number, cols: number): StyleSetting[] {
  const out: StyleSetting[] = [];
  if (st) {
    out.push({ part: "font", prop: "name", value: FONT });
    out.push({ part: "font", prop: "size", value: st.size ?? 10 });
    out.push({ part: "font", prop: "bold", value: st.bold ?? false });
    if (st.color) out.push({ part: "font", prop: "color", value: `#${st.color}` });
    out.push({ part: "format", prop: "wrapText", value: st.wrap ?? false });
    out.push({ part: "format", prop: "verticalAlignment", value: st.vertical === "top" ? "Top" : "Center" });
    if (st.horizontal) out.push({ part: "format", prop: "horizontalAlignment", value: st.horizontal === "left" ? "Left" : st.horizontal === "center" ? "Center" : "Right" });
    if (st.border) out.push(...borderSettings(rows, cols));
  }
  const fillColour = fill ?? st?.fill;
  if (fillColour) out.push({ part: "fill", prop: "color", value: `#${fillColour}` });
  return out;
}

/** The thin grey line round every cell of a rectangle of `rows` × `cols` cells: its four edges, and the lines inside it. */
export function borderSettings(rows: number, cols: number): StyleSetting[] {
  const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (rows > 1) edges.push("InsideHorizontal");
  if (cols > 1) edges.push("InsideVertical");
  return edges.flatMap((edge): StyleSetting[] => [
    { part: "border", edge, prop: "style", value: "Continuous" },
    { part: "border", edge, prop: "color", value: BORDER_COLOUR },
    { part: "border", edge, prop: "weight", value: "Thin" },
  ]);
}

/** Estimated request bytes of applying these settings to one range. */
export function styleBytes(address: string, settings: StyleSetting[]): number {
  // object paths: the range, its format, the font, the fill, the border collection, each edge
  const edges = settings.filter((s) => s.part === "border" && s.prop === "style").map((s) => (s.part === "border" ? s.edge : ""));
  const navigations = 2 + (settings.some((s) => s.part === "font") ? 1 : 0) + (settings.some((s) => s.part === "fill") ? 1 : 0) + (edges.length > 0 ? 1 + edges.length : 0);
  // the range's own path costs RANGE_BYTES, more than an action: a write of one setting (styleRects) is mostly its path
  return RANGE_BYTES - ACTION_BYTES + requestBytes(settings.length + navigations, address, ...edges, ...settings.map((s) => s.value));
}

/**
 * Applies the settings to every cell of one rectangle: one call per property, whatever the
 * number of cells (per-cell formatting is what made 25k rows take 31 s).
 */
export function applyStyleSettings(range: Excel.Range, settings: StyleSetting[]): void {
  const f = range.format;
  const borders = new Map<string, Excel.RangeBorder>();
  for (const s of settings) {
    switch (s.part) {
      case "font": (f.font as unknown as Record<string, unknown>)[s.prop] = s.value; break;
      case "fill": f.fill.color = s.value; break;
      case "format": (f as unknown as Record<string, unknown>)[s.prop] = s.value; break;
      case "border": {
        let b = borders.get(s.edge);
        if (!b) borders.set(s.edge, (b = f.borders.getItem(s.edge as Excel.BorderIndex)));
        (b as unknown as Record<string, unknown>)[s.prop] = s.value;
        break;
      }
    }
  }
}

/** A column width in characters (as the .xlsx host writes it) in points, as Office.js wants. */
export function columnWidthPoints(chars: number): number {
  const maxDigitWidth = 7;
  const px = Math.trunc(((256 * chars + Math.trunc(128 / maxDigitWidth)) / 256) * maxDigitWidth);
  return px * 0.75;
}
