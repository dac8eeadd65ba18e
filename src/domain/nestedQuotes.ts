/**
 * A message's text with quotes inside quotes written single (GB/T 15834 引号: 引号里面还要用引号时，外面用双引号，里面用单引号):
 * a label the table already quotes, `“十四五”目标`, quoted by a message reads `“‘十四五’目标”`, never `““十四五”目标”`.
 * Only curly double quotes (“ ”) are nested; a text whose quotes do not pair (a cell's stray “) is returned as it is,
 * as pairing them would guess.
 */
export function nestedQuotes(text: string): string {
  if (!text.includes("“")) return text;
  let depth = 0;
  let out = "";
  for (const ch of text) {
    if (ch === "“") {
      out += depth > 0 ? "‘" : ch;
      depth++;
    } else if (ch === "”") {
      depth--;
      if (depth < 0) return text;
      out += depth > 0 ? "’" : ch;
    } else out += ch;
  }
  return depth === 0 ? out : text;
}
