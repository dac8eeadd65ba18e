/** A cell's raw content as a host read it: the engine decides what it means. */
export type CellValue =
  | { type: "empty" }
  /**
   * `percentStyle`: the cell's number format is a percent style, so 0.95 was typed as 95% (§2a);
   * `shown`: the text a fixed-decimals format shows where it is not the number's own (235.456789 in
   * 0.00 shows `235.46`, 0.0625 in 0.0% `6.3%`; hosts/storedNumber), for what a person reads of it
   * (the importer); the engine judges `value`
   */
  | { type: "number"; value: number; percentStyle?: true; shown?: string }
  /**
   * `textStyle`: the cell's number format is Text (@, 文本), which keeps a number typed into it as text: retyping
   * 2.45 there leaves 「2.45」 text again, so a message says to set the format to General first (trial44a F4)
   */
  | { type: "string"; text: string; textStyle?: true }
  | { type: "boolean"; value: boolean }
  /**
   * `serial`: the number stored, where a number sits in a date style (381 typed into a cell that held a date shows 1901-01-15);
   * `time`: what a time-only style shows of it (0.5 in h:mm shows 12:00, no date), said in place of the date
   */
  | { type: "date"; iso: string; serial?: number; time?: string }
  /**
   * a formula whose result was never stored (openpyxl writes <v></v>): no value, never 0.
   * `formula`: its text without the leading = (120/3), where the reader kept it
   */
  | { type: "uncalculated"; formula?: string }
  /**
   * `formula`: the cell holds a formula whose result is the error (=A1*2 pointing at a title gives #VALUE!), its text
   * without the leading = where the reader kept it, "" where it knows only that a formula is there (trial44a F6)
   */
  | { type: "error"; code: string; formula?: string };

export const EMPTY: CellValue = { type: "empty" };

export function num(value: number): CellValue {
  return { type: "number", value };
}

export function str(text: string): CellValue {
  return text.trim() === "" ? EMPTY : { type: "string", text };
}

/** The cell as a person would read it, for messages. */
export function cellText(v: CellValue): string {
  switch (v.type) {
    case "empty": return "";
    // a percent style shows 0.95 as 95%, as the person typed it
    case "number": return v.percentStyle ? `${Number((v.value * 100).toPrecision(12))}%` : String(v.value);
    case "string": return v.text;
    case "boolean": return v.value ? "TRUE" : "FALSE";
    case "date": return v.time ?? v.iso;
    case "error": return v.code;
    case "uncalculated": return "";
  }
}
