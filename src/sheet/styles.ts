import { PROGRESS_FORMAT } from "./progressFormat";
import type { CellStyle, StyleKey } from "./SheetPlan";

/** The look of each style key; hosts translate these into their own formats. */
export const STYLES: Record<StyleKey, CellStyle> = {
  title: { bold: true, size: 14, horizontal: "left", vertical: "middle" },
  // a title over the columns repeated on every page across (printSetup): wrapped there, never cut
  titleWrap: { bold: true, size: 14, horizontal: "left", vertical: "middle", wrap: true },
  subtitle: { size: 10, color: "595959" },
  // a key merged across a table, wrapped within it: a line running past the last column widens the printed page
  subtitleWrap: { size: 10, color: "595959", wrap: true, vertical: "top" },
  header: { bold: true, fill: "DDE3EA", wrap: true, horizontal: "center", vertical: "middle", border: true },
  text: { border: true, vertical: "middle" },
  textWrap: { border: true, wrap: true, vertical: "middle" },
  target: { border: true, wrap: true, vertical: "middle", horizontal: "center", color: "1F3864" },
  number: { border: true, horizontal: "right" },
  // shrink to fit: a date typed into a year's narrow cell prints readable, not ### (validation and CF untouched)
  input: { border: true, fill: "FFFFFF", horizontal: "right", unlocked: true, shrink: true },
  inputText: { border: true, fill: "FFFFFF", wrap: true, unlocked: true },
  status: { border: true, bold: true, horizontal: "center", vertical: "middle" },
  // §3a: 倒退 below 0, one decimal, >999% above (PROGRESS_FORMAT says why)
  progress: { border: true, horizontal: "right", numFmt: PROGRESS_FORMAT },
  hidden: { color: "808080" },
  legendLabel: { bold: true, border: true, horizontal: "center" },
  note: { wrap: false },
  section: { bold: true, size: 11, color: "1F3864" },
  yearInput: { bold: true, size: 12, border: true, fill: "FFF2CC", horizontal: "left", unlocked: true },
};
