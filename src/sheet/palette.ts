import type { Status } from "../domain/Status";
import type { MarkBorder } from "./SheetPlan";

/**
 * Status colours, fill and text: every pair at least 4.5:1 (WCAG 2.1 AA), and every fill at
 * least 4.5:1 against black too, because the summary and 审核 sheets put default text on a fill
 * (test/sheet/palette.test.ts computes both). Colour is never the only cue: see STATUS_MARK.
 */
export const STATUS_FILL: Record<Status, { fill: string; font: string }> = {
  met: { fill: "C6EFCE", font: "006100" },
  on_track: { fill: "DDEBF7", font: "1F4E79" },
  lagging: { fill: "FFE699", font: "6B5000" },
  severe: { fill: "F8696B", font: "000000" },
  invalid: { fill: "E4D2F0", font: "4B1C6F" },
  missing: { fill: "D9D9D9", font: "404040" },
  manual: { fill: "FFFFFF", font: "595959" },
  not_applicable: { fill: "FFFFFF", font: "6F6F6F" },
};

/** The statuses that get a conditional format (the rest keep the default look). */
export type ColouredStatus = "met" | "on_track" | "lagging" | "severe" | "invalid" | "missing";
export const COLOURED_STATUSES: ColouredStatus[] = ["met", "on_track", "lagging", "severe", "invalid", "missing"];
export const COLOURED: readonly Status[] = COLOURED_STATUSES;

/**
 * What tells the coloured statuses apart in black-and-white print, without colour: label weight,
 * slant and a border, each set by the status's conditional format. An empty cell shows only the
 * border, so 未填报 (an empty reporting-year cell) has one of its own. Each status's mark differs.
 */
export const STATUS_MARK: Record<ColouredStatus, { bold: boolean; italic: boolean; border?: MarkBorder }> = {
  met: { bold: false, italic: false },
  on_track: { bold: false, italic: true },
  lagging: { bold: true, italic: false },
  severe: { bold: true, italic: false, border: "continuous" },
  invalid: { bold: true, italic: true, border: "dashed" },
  missing: { bold: false, italic: false, border: "dashed" },
};

/** Border colour of a mark: black, so it prints as a line distinct from the grey grid. */
export const MARK_BORDER_COLOUR = "000000";

/**
 * 说明 required and empty (a 滞后 or 严重滞后 row, engine issue lagging_no_note): the 说明 cell's
 * own conditional format. An empty cell shows no text, so fill and a continuous border carry it.
 */
export const NOTE_REQUIRED = { fill: "FFC7CE", font: "9C0006", border: "continuous" as MarkBorder };
