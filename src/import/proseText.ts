import { isSentence } from "./header";
import { splitLines, squash, trimCell } from "./text";

/** The example a refusal quotes ends after the clause that reaches this many characters (then …… says more follows), cut at the longest. */
const EXAMPLE_CHARS = 12;
const EXAMPLE_LONGEST = 30;
/** A point of a list written as running text (`●经济增长6%左右`): a sentence without its stop. */
const BULLET = /^[●•·▪◆◇○◎]\s*(?=\S)/;
/** The least text in sentences that is running text: a paragraph, not a line typed to try (`随便写的一段话，没有表格。`). */
const PROSE_CHARS = 40;

/**
 * Whether a text with no table header is running text (a notice's or a programme's, `到2027年，全县……达到……`),
 * not a table: no tab, lines that are sentences (header.ts isSentence: a clause's stop outside brackets) or a list's
 * points (`●经济增长6%左右`, BULLET) of PROSE_CHARS characters or more, and at least half of its characters. Returns
 * the example a refusal quotes (`prose`): the first line naming a year to reach (`到2027年`), else a number, else the first sentence, its clauses up to EXAMPLE_CHARS characters;
 * null when the text is not prose (a table whose header was not found is refused as one: no-header).
 */
export function proseText(text: string): string | null {
  if (text.includes("\t")) return null;
  const lines = splitLines(text).map(trimCell).filter((l) => l !== "");
  const sentences = lines.filter((l) => isSentence(squash(l)) || BULLET.test(l)).map((l) => l.replace(BULLET, ""));
  const chars = (ls: readonly string[]): number => ls.reduce((n, l) => n + l.length, 0);
  if (chars(sentences) < PROSE_CHARS || chars(sentences) * 2 < chars(lines)) return null;
  // a target's sentence (到2027年，…) before any with a number, before the first
  const first = sentences.find((l) => /[到至]\s*20\d\d/.test(l)) ?? sentences.find((l) => /\d/.test(l)) ?? sentences[0] ?? "";
  // each clause with its stop (a match, not a split on a lookbehind, which Office 2019's webview cannot run)
  const clauses = first.match(/[^,，。;；!！?？]+[,，。;；!！?？]?|[,，。;；!！?？]/g) ?? [first];
  let example = "";
  for (const c of clauses) {
    if ([...example].length >= EXAMPLE_CHARS) break;
    example += c;
  }
  const more = example.length < first.length;
  example = example.replace(/[,，。;；!！?？]$/, "");
  if ([...example].length > EXAMPLE_LONGEST) return `${[...example].slice(0, EXAMPLE_LONGEST).join("")}……`;
  return more ? `${example}……` : example;
}
