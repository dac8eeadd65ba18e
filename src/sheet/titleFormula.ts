import { YEAR_NAME } from "./keys";

/** Excel refuses a string constant longer than 255 characters in a formula. */
const LITERAL_MAX = 100;

/** A string constant of a formula: quotes doubled, split by & so no piece passes Excel's limit. */
function literal(text: string): string {
  const chars = [...text];
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += LITERAL_MAX) pieces.push(`"${chars.slice(i, i + LITERAL_MAX).join("").replace(/"/g, '""')}"`);
  return pieces.length ? pieces.join("&") : '""';
}

/**
 * The title row of a template sheet, `…（2024年度填报）`, as a formula over 报告年份: a person who
 * changes the year on the cover without the add-in sees the title follow it. The title stays
 * text inside a string constant, so a title that begins with = + - @ is never a formula of its own.
 */
export function titleFormula(title: string): string {
  return `${literal(`${title}（`)}&${YEAR_NAME}&"年度填报）"`;
}

/**
 * The same title with its year on a line of its own (…目标表⏎（2024年度填报）), for a title wrapped
 * over the repeated columns of a sheet printed pages wide: wrapped where the width ran out, it left
 * "）" or "填报）" alone on the second line. `nameLines`: the title's name broken into these lines
 * (their text joined is the name), so a long name does not leave "表" alone on a line either (trial31).
 * Null for a formula titleFormula did not make (left as it is).
 */
export function titleOnTwoLines(formula: string, nameLines?: readonly string[]): string | null {
  const tail = `（"&${YEAR_NAME}&"年度填报）"`;
  if (!formula.endsWith(tail)) return null;
  const name = nameLines && nameLines.length > 1 ? nameLines.map(literal).join("&CHAR(10)&") : `${formula.slice(0, -tail.length)}"`;
  return `${name}&CHAR(10)&"（"&${YEAR_NAME}&"年度填报）"`;
}
