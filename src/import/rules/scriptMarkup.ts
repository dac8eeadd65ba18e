/**
 * Sub- and superscripts as a PDF or LaTeX extraction writes them: `PM _{2.5} `, `m^{3}`, `CO_{2}`.
 * The braces and the spaces the extraction put around them are markup, not text: `城市细颗粒物
 * （PM _{2.5} ）平均浓度` reads `城市细颗粒物（PM2.5）平均浓度`. One space on either side is taken
 * with the markup, never two (two or more spaces separate the cells of a paste without tabs).
 */
// the char before the markup is matched and given back (a lookbehind, `(?<! )`, would make the
// import chunk unreadable to Office 2019's ES2017 webview)
const SCRIPT = /(^|[^ ])[ \u00a0]?[_^]\{([^{}]*)\}(?:[ \u00a0](?![ \u00a0]))?/gu;

/** The line with its script markup read as plain text, and how many pieces were read. */
export function readScripts(line: string): { text: string; changed: number } {
  let changed = 0;
  const text = line.replace(SCRIPT, (_m, before: string, inner: string) => {
    changed++;
    return before + inner.trim();
  });
  return { text, changed };
}
