import type { CellStyle } from "../../sheet/SheetPlan";
import { cellKey, rectAddress, type Rect } from "./addressing";
import { uniformRects } from "./cellBlocks";
import { borderSettings, styleBytes, styleSettings, type StyleSetting } from "./styleFormat";

/** A planned cell's look: its style (STYLES[key]) and its own fill. */
export interface CellLookPlan {
  key: string;
  style: CellStyle | undefined;
  fill: string | undefined;
  /**
   * The cell holds a number written once (no formula, not an input cell a person may type text over): Excel, WPS and
   * LibreOffice show it alike whether it wraps or not (a number never wraps) and whether it is aligned right or left
   * to General (which puts a number on the right), so its wrap and a right alignment are free (settingWrites).
   */
  figure?: boolean;
}

/** One format write: these settings over one rectangle, and its estimated request bytes (styleBytes). */
export interface StyleWrite { address: string; settings: StyleSetting[]; bytes: number }

/**
 * The format writes that give every listed cell (keyed by cellKey) the look styleSettings gives it, the cheaper
 * (in estimated request bytes) of two ways:
 * - by style: one write of all its settings per maximal rectangle of one style and fill (as until session 35);
 * - by setting: each setting (font name, size, bold, colour, wrap, alignment, fill, the border lines) over the
 *   maximal rectangles of the cells that have it, the settings that land on the same rectangle in one write.
 *   Cells of different styles mostly share most settings (the font, the border), so where the styles change from
 *   row to row (the 评估 sheet's 附表: text, numbers, percents, wrapped text) a setting still covers whole columns.
 *   At 5,000 indicators the 评估 sheet's formats went from 1,684 writes of every setting (about 4.9 MB as office.js
 *   sends them) to a few hundred of one or two settings each. A figure's wrap and right alignment are free
 *   (CellLookPlan.figure): it joins the rectangles of the wrap or of the right alignment of the cells round it,
 *   or none, so that where numbers and wrapped texts take turns row by row (the 附表's actual, 进度 and baseline
 *   columns: 5,400 rectangles filled at 5,000 indicators) one rectangle covers the column, and none where only
 *   numbers would be aligned right. A setting with the most cells of its own goes first.
 * Either way every cell gets its own settings (a figure may differ in those two, as it shows alike), once (the
 * rectangles of one setting never overlap, two settings of one property, such as two alignments, never share a
 * cell, and a free figure joins one rectangle of one property at most), and a bordered cell its four sides: the
 * sheet looks the same (test/ui/evaluationSheetUnchanged compares it cell by cell).
 */
export function styleRects(cells: ReadonlyMap<number, CellLookPlan>): StyleWrite[] {
  const byStyle = uniformRects(cells, (s) => s.key).flatMap((r) => write(rectAddress(r), styleSettings(r.value.style, r.value.fill, r.r1 - r.r0 + 1, r.c1 - r.c0 + 1)));
  const bySetting = settingWrites(cells);
  const total = (w: StyleWrite[]): number => w.reduce((n, x) => n + x.bytes, 0);
  return total(bySetting) < total(byStyle) ? bySetting : byStyle;
}

const BORDER = "border";

function write(address: string, settings: StyleSetting[]): StyleWrite[] {
  return settings.length === 0 ? [] : [{ address, settings, bytes: styleBytes(address, settings) }];
}

/** The writes by setting: a setting's cells as maximal rectangles, one write per rectangle with every setting that covers it. */
function settingWrites(cells: ReadonlyMap<number, CellLookPlan>): StyleWrite[] {
  // each style's settings as keys, worked out once per style and fill (a sheet holds a handful)
  const keysOf = new Map<string, Array<{ key: string; setting: StyleSetting | null }>>();
  const cellsOf = new Map<string, { setting: StyleSetting | null; cells: Map<number, true> }>();
  // figures whose wrap, and whose alignment to the right, are free: each goes with the first rectangle it helps grow
  const free: Record<Loose, Map<number, true>> = { wrap: new Map(), right: new Map() };
  for (const [k, look] of cells) {
    let keys = keysOf.get(look.key);
    if (!keys) {
      const settings = styleSettings(look.style, look.fill, 1, 1);
      keys = settings.filter((s) => s.part !== "border").map((s) => ({ key: `${s.part}.${s.prop}=${JSON.stringify(s.value)}`, setting: s }));
      if (settings.some((s) => s.part === "border")) keys.push({ key: BORDER, setting: null });
      keysOf.set(look.key, keys);
    }
    if (look.figure) {
      free.wrap.set(k, true);
      if (!look.style?.horizontal || look.style.horizontal === "right") free.right.set(k, true);
    }
    for (const { key, setting } of keys) {
      let group = cellsOf.get(key);
      if (!group) cellsOf.set(key, (group = { setting, cells: new Map() }));
      const loose = setting && looseAs(setting);
      if (!(look.figure && loose)) group.cells.set(k, true);
    }
  }
  const atAddress = new Map<string, StyleSetting[]>();
  // the settings with the most cells of their own first: they take the free figures between them
  for (const { setting, cells: these } of [...cellsOf.values()].sort((a, b) => b.cells.size - a.cells.size)) {
    const loose = setting && looseAs(setting);
    const pool = loose ? free[loose] : undefined;
    const union = pool ? new Map([...these, ...pool]) : these;
    for (const r of uniformRects(union, () => "")) {
      if (pool && !holdsAny(r, these)) continue;
      if (pool) for (let row = r.r0; row <= r.r1; row++) for (let col = r.c0; col <= r.c1; col++) pool.delete(cellKey(row, col));
      const address = rectAddress(r);
      const settings = setting ? [setting] : borderSettings(rows(r), r.c1 - r.c0 + 1);
      const there = atAddress.get(address);
      if (there) there.push(...settings);
      else atAddress.set(address, settings);
    }
  }
  return [...atAddress].flatMap(([address, settings]) => write(address, settings));
}

/** The settings a figure shows alike either way: its wrap (a number never wraps) and a right alignment (General puts a number right). */
type Loose = "wrap" | "right";

function looseAs(s: StyleSetting): Loose | null {
  if (s.part !== "format") return null;
  if (s.prop === "wrapText") return "wrap";
  return s.prop === "horizontalAlignment" && s.value === "Right" ? "right" : null;
}

function holdsAny(r: Rect, cells: ReadonlyMap<number, true>): boolean {
  for (let row = r.r0; row <= r.r1; row++) for (let col = r.c0; col <= r.c1; col++) if (cells.has(cellKey(row, col))) return true;
  return false;
}

function rows(r: Rect): number {
  return r.r1 - r.r0 + 1;
}
