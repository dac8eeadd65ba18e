import { isSentence } from "./header";
import { HAN, splitLines, squash, trimCell } from "./text";

/** The example a refusal quotes ends after the clause that reaches this many characters (then …… says more follows), cut at the longest. */
const EXAMPLE_CHARS = 12;
const EXAMPLE_LONGEST = 30;
/** A point of a list written as running text (`●经济增长6%左右`): a sentence without its stop. */
const BULLET = /^[●•·▪◆◇○◎]\s*(?=\S)/;
/**
 * A numbered point of a list (`一、地区生产总值增长6%左右；`, `1. 城镇调查失业率控制在5.5%以内`, `（一）…`, `(1)…`, `①…`), as a
 * 政府工作报告 writes its 主要预期目标: a sentence without its stop, as a bullet's point is. Not a bare `1 ` (a table's 序号).
 */
const NUMBERED = /^(?:[一二三四五六七八九十]{1,3}、|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|\d{1,2}(?:[.．、](?!\d)|[)）])|[①-⑳])\s*(?=\S)/;
/** A table's cells in a point: two figures apart by spaces only (`亿元 300 450`), or a column's gap (two spaces). */
const CELLS = /\d[\d.%]*\s+[≥≤<>＞＜~～—-]?\d|\S(?: {2,}|\u3000)\S/;
/** A list's point is a target's line, not a paragraph: at most this many characters (a notice's numbered paragraphs are running text). */
const POINT_CHARS = 60;
/** The least text in sentences that is running text: a paragraph, not a line typed to try (`随便写的一段话，没有表格。`). */
const PROSE_CHARS = 40;

/** Running text found where a table was looked for: the example a refusal quotes, and whether it is a list of points. */
export interface Prose {
  example: string;
  list: boolean;
}

/**
 * Whether a text with no table header is running text (a notice's or a programme's, `到2027年，全县……达到……`),
 * not a table: no tab, lines that are sentences (header.ts isSentence: a clause's stop outside brackets) or a list's
 * points (`●经济增长6%左右`, BULLET; `一、…`, `1. …`, `（一）…`, NUMBERED, holding no table's cells) of PROSE_CHARS characters
 * or more, and at least half of its characters. Returns
 * the example a refusal quotes (`prose`): the first line naming a year to reach (`到2027年`), else a figure not a year's, else a number, else the first sentence, its clauses up to EXAMPLE_CHARS characters, without a point's bullet or number;
 * null when the text is not prose (a table whose header was not found is refused as one: no-header). `list`: most of
 * its sentences are a list's points (bulleted or numbered, of POINT_CHARS characters at most), so the refusal says a list, not a paragraph.
 */
export function proseText(text: string): Prose | null {
  if (text.includes("\t")) return null;
  const lines = splitLines(text).map(trimCell).filter((l) => l !== "");
  const point = (l: string): boolean => BULLET.test(l) || (NUMBERED.test(l) && HAN.test(l.replace(NUMBERED, "")) && !CELLS.test(l.replace(NUMBERED, "")));
  const read = lines.filter((l) => isSentence(squash(l)) || point(l));
  const sentences = read.map((l) => l.replace(BULLET, "").replace(NUMBERED, ""));
  const list = read.filter((l) => point(l) && l.length <= POINT_CHARS).length * 2 > read.length;
  const chars = (ls: readonly string[]): number => ls.reduce((n, l) => n + l.length, 0);
  // counted as written, a point's number with it (`（一）` is part of what was pasted)
  if (chars(read) < PROSE_CHARS || chars(read) * 2 < chars(lines)) return null;
  // a target's sentence (到2027年，…) before any with a number, before the first
  // a figure other than a year's (a list's heading `二、2018年发展主要预期目标` names a year, its points the targets)
  const figure = (l: string): boolean => /\d/.test(l.replace(/20\d\d\s*年/g, ""));
  const first = sentences.find((l) => /[到至]\s*20\d\d/.test(l)) ?? sentences.find(figure) ?? sentences.find((l) => /\d/.test(l)) ?? sentences[0] ?? "";
  // each clause with its stop (a match, not a split on a lookbehind, which Office 2019's webview cannot run)
  const clauses = first.match(/[^,，。;；!！?？]+[,，。;；!！?？]?|[,，。;；!！?？]/g) ?? [first];
  let example = "";
  for (const c of clauses) {
    if ([...example].length >= EXAMPLE_CHARS) break;
    example += c;
  }
  const more = example.length < first.length;
  example = example.replace(/[,，。;；!！?？]$/, "");
  if ([...example].length > EXAMPLE_LONGEST) return { example: `${[...example].slice(0, EXAMPLE_LONGEST).join("")}……`, list };
  return { example: more ? `${example}……` : example, list };
}
