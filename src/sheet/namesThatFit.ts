/** a line names units up to about this many characters, then counts the rest ("等 N 个单位") */
const NAMED_CHARS = 200;

/**
 * The first of `names` that a line names before it counts the rest: up to about NAMED_CHARS characters of names
 * (a name and its separator counted as its length + 1), at least one. The 汇总 sheet's 汇总范围 line (scopeLine) and
 * the terminal's lines naming units (cli/unitsNamed) shorten alike: a summary of 300 units named them all on one line
 * (trial39c F8). All of `names` when they fit.
 */
export function namesThatFit(names: readonly string[]): string[] {
  const shown: string[] = [];
  let len = 0;
  for (const name of names) {
    if (shown.length > 0 && len + name.length > NAMED_CHARS) break;
    shown.push(name);
    len += name.length + 1;
  }
  return shown;
}
