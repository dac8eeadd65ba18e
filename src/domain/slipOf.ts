import { reasonCode } from "./reasonCode";

/**
 * The problems one cause can give every value of a return at once, said as one line for that return where they are most
 * of its problems (massSlip): a number stored as text (WPS or a script saving the file, values pasted from a web page).
 */
export type MassSlip = "text_number";

/**
 * A problem's mass slip, or null: text_number, the cell's own or an earlier year's (earlier_year_invalid,
 * unjudged_value_invalid: params.reason), where the text is the number it reads as (「95.3」, 「95.3%」 in a % row). One
 * read as a slip of a digit or unit, as a fraction, as 万元, or with words beside it keeps its own line: its advice is its own.
 */
export function slipOf(x: { code: string; params?: Readonly<Record<string, string | number>> | undefined }): MassSlip | null {
  const code = reasonCode(x);
  if (code !== "text_number") return null;
  const own = ["slipRead", "fraction", "wanAmount", "typedNote"].some((k) => x.params?.[k] !== undefined);
  return own ? null : "text_number";
}
