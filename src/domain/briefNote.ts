/** How many characters of a 说明 the report's running text quotes before cutting it with "…". */
export const BRIEF_NOTE_LENGTH = 40;

/**
 * A county's 说明 as the report's running text quotes it beside a missed binding row (evaluation-rules
 * §6, our reading): on one line, at most BRIEF_NOTE_LENGTH characters, a longer one cut with "…"
 * (the 附表 keeps it whole); "" for none.
 */
export function briefNote(note: string | null | undefined): string {
  const line = (note ?? "").replace(/\s+/g, " ").trim();
  const chars = [...line];
  return chars.length <= BRIEF_NOTE_LENGTH ? line : `${chars.slice(0, BRIEF_NOTE_LENGTH - 1).join("")}…`;
}
