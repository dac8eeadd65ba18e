import type { Issue } from "./Issue";

/** The sheet and cell an issue is about, omitting what is unknown (exactOptionalPropertyTypes). */
export function issuePlace(cell: string | undefined, sheet: string | undefined): Pick<Issue, "cell" | "sheet"> {
  const w: Pick<Issue, "cell" | "sheet"> = {};
  if (cell !== undefined) w.cell = cell;
  if (sheet !== undefined) w.sheet = sheet;
  return w;
}
