/** Display width of text in column-width units (a CJK character is about two). */
function textUnits(s: string): number {
  let n = 0;
  // a 10 pt CJK character is ≈ 13.3 px, a column-width unit 7 px
  for (const ch of s) n += wide(ch) ? 1.8 : 0.85;
  return n;
}

function wide(ch: string): boolean {
  return (ch.codePointAt(0) ?? 0) >= 0x2e80;
}

/** Punctuation a line never starts with (it stays with what it follows). */
const CLOSING = new Set([..."）)]】」』》〉，。、；：！？%‰,.;:!?"]);
/** Punctuation a line never ends with (it stays with what follows it). */
const OPENING = new Set([..."（([【「『《〈"]);

/** A no-break space (figureLines): it holds together what it stands between, a CJK character included. */
const NBSP = "\u00a0";

/** Whether a spreadsheet may wrap a line between `prev` and `cur`: after a space, either side of a wide (CJK) character, never inside a run of Latin letters or digits, nor beside a no-break space. */
function breakBetween(prev: string, cur: string): boolean {
  if (CLOSING.has(cur) || OPENING.has(prev) || cur === " " || cur === NBSP || prev === NBSP) return false;
  // LibreOffice keeps a digit with the bracket after it: 180.82（2024 is one word there
  if (OPENING.has(cur) && /\d/.test(prev)) return false;
  return prev === " " || wide(prev) || wide(cur);
}

/**
 * How many lines `text` takes wrapped in a column `width` units wide, as Excel and LibreOffice
 * wrap it: at spaces and beside CJK characters, never inside a number or a Latin word (one
 * longer than the line is cut), so `累计 11（2023 年 4）` in a column 10 wide is three lines
 * ("累计" / "11（2023 年" / "4）"), not the two its characters alone would fill. Line breaks
 * in the text start new lines.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  let lines = 0;
  for (const part of text.split("\n")) {
    const chars = [...part];
    const words: string[] = [];
    chars.forEach((ch, i) => {
      if (i === 0 || breakBetween(chars[i - 1]!, ch)) words.push(ch);
      else words[words.length - 1] += ch;
    });
    let n = 1;
    let used = 0;
    for (const w of words) {
      const fit = textUnits(w.replace(/ +$/, ""));
      if (used > 0 && used + fit > room) {
        n++;
        used = 0;
      }
      if (fit > room) {
        // a word longer than the line is cut where the line ends
        n += Math.ceil(fit / room) - 1;
        used = fit % room;
      }
      else used += textUnits(w);
    }
    lines += n;
  }
  return Math.max(1, lines);
}
