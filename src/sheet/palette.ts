import type { Status } from "../domain/Status";

/** Status colours: readable at a glance and in greyscale print (distinct lightness). */
export const STATUS_FILL: Record<Status, { fill: string; font: string }> = {
  met: { fill: "C6EFCE", font: "006100" },
  on_track: { fill: "DDEBF7", font: "1F4E79" },
  lagging: { fill: "FFE699", font: "7F6000" },
  severe: { fill: "F8696B", font: "FFFFFF" },
  invalid: { fill: "7030A0", font: "FFFFFF" },
  missing: { fill: "D9D9D9", font: "404040" },
  manual: { fill: "FFFFFF", font: "7F7F7F" },
  not_applicable: { fill: "FFFFFF", font: "A6A6A6" },
};

/** The statuses that get a conditional format (the rest keep the default look). */
export const COLOURED: Status[] = ["met", "on_track", "lagging", "severe", "invalid", "missing"];
