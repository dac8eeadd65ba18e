/** When a version of a unit's return came to be: `savedAt` the workbook's own last save, `receivedAt` the file's time (ms). */
export interface VersionTimes {
  receivedAt: number;
  savedAt?: number;
}

/** What a unit's versions were put in order by: the workbooks' own save times, or the files' times. */
export type VersionBasis = "saved" | "received";

/**
 * How one unit's versions are put in order, oldest first (issue 18.4; our reading): by when each
 * workbook was last saved (docProps/core.xml, written by Excel, WPS and openpyxl on save) where
 * every one of them says it and not all the same, since a file's own time is when it was copied
 * or downloaded (two mail attachments saved at once come in the order they were saved); else by
 * the files' times. `by` says which, so the message can say it.
 */
export function versionOrder<T extends VersionTimes>(list: readonly T[]): { by: VersionBasis; time: (x: T) => number } {
  const saved = list.map((x) => x.savedAt);
  const usable = saved.every((t) => t !== undefined) && new Set(saved).size > 1;
  return usable ? { by: "saved", time: (x) => x.savedAt ?? 0 } : { by: "received", time: (x) => x.receivedAt };
}
