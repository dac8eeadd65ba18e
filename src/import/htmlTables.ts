import { FOOTNOTE_MARK, NOTE_START, NUMBERED_IN_NOTE } from "./rules/noteLine";
import { unitNote } from "./rules/unitNote";

/**
 * The tables of an HTML document as rows of cell texts: what mammoth makes of a .docx
 * (`<table><tr><td><p>…</p></td>…`), walked without a DOM so the CLI and tests need none.
 * Paragraphs inside a cell become lines of the cell; `colspan` adds empty cells after the cell,
 * `rowspan` leaves the cell empty in the rows below (the importer reads a blank category as "the
 * same as above"). Each table also gets the text of the paragraph just before it (its title) and
 * the notes just after it (`注：…`, `①…`: what a plan prints below its table, which a pasted copy
 * carries and the importer keeps). Only the innermost tables are read: a table holding a table is a
 * page's layout (an article inside `<table width="100%">`), and tables are counted as a reader sees
 * them (trial40b F12). A Word footnote (mammoth's `<li id="footnote-1">` list at the end) pointed to
 * from a table's cell is added to that table's notes as `[1] …`, the mark the cell shows.
 */
export interface HtmlTable {
  /**
   * the text of the last paragraph or heading before the table ("" when none); when that is a unit
   * note (`金额单位：万元`), the one before it and the note, on two lines (the note is no title)
   */
  caption: string;
  rows: string[][];
  /** the paragraphs right after the table that are its notes (注：…, 资料来源：…, ①…, ※…, and a note's numbered lines) */
  notes: string[];
  /**
   * the names the document gives itself before the table, where the plan's name may be when the table's
   * title names no place (planRegion): the headings (h1–h6) before it in order, the document's first
   * paragraph or heading (a Word document's title is often a plain paragraph), then the page's <title>
   */
  names: string[];
  /** the paragraphs and headings between the table before (or the document's start) and this one: its caption among them (continuedTables) */
  paragraphsBefore: string[];
}

/** [start, end) of each innermost table of `html` (one holding no other table), in document order. */
function innermostTables(html: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const open: Array<{ at: number; inner: boolean }> = [];
  for (const m of html.matchAll(/<(\/?)table\b[^>]*>/gi)) {
    const at = m.index ?? 0;
    if (m[1] === "") {
      const parent = open[open.length - 1];
      if (parent) parent.inner = true;
      open.push({ at, inner: false });
      continue;
    }
    const t = open.pop();
    if (t && !t.inner) out.push([t.at, at + m[0].length]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** mammoth's footnotes and endnotes (`<li id="footnote-1"><p>…<a href="#footnote-ref-1">↑</a></p></li>`): their texts by id. */
function wordNotes(html: string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const m of html.matchAll(/<li\b[^>]*id="((?:footnote|endnote)-\d+)"[^>]*>([\s\S]*?)<\/li>/gi)) {
    const text = textOf((m[2] ?? "").replace(/<a\b[^>]*href="#(?:footnote|endnote)-ref-[^"]*"[^>]*>[\s\S]*?<\/a>/gi, "")).replace(/\n/g, "");
    if (m[1] !== undefined && text !== "") notes.set(m[1], text);
  }
  return notes;
}

/** The note paragraphs at the start of `html` (what follows a table, up to the next one). */
function notesAfter(html: string): string[] {
  const notes: string[] = [];
  for (const p of html.matchAll(/<(p|h[1-6])\b[^>]*>([\s\S]*?)<\/\1>/gi)) {
    const t = textOf(p[2] ?? "");
    if (t === "") continue;
    // a note's first line or a footnote of its own (noteLine's words); once a note has begun, its numbered lines
    if (!NOTE_START.test(t) && !FOOTNOTE_MARK.test(t) && !(notes.length > 0 && NUMBERED_IN_NOTE.test(t))) break;
    notes.push(t);
  }
  return notes;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: " " };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e.startsWith("#x") || e.startsWith("#X")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/**
 * `<sup>2</sup>` as `²`: a footnote mark (`城市<sup>2</sup>空气质量`, `15.7<sup>4</sup>`) stays a mark
 * that nameMark and valueMark take off, where dropping the tag glued it into the name or the value
 * (`城市2空气`, `15.74`); a unit's power (`m<sup>2</sup>`) reads `m²`. Other superscripts keep their text.
 */
function superscriptDigits(html: string): string {
  return html.replace(/<sup\b[^>]*>\s*(\d{1,2})\s*<\/sup>/gi, (_m, d: string) => [...d].map((c) => SUPERSCRIPT_DIGITS[Number(c)] ?? c).join(""));
}

/** The text of a piece of HTML: block ends become line breaks, superscript digits stay superscripts, tags go, entities are decoded. */
function textOf(html: string): string {
  return decode(superscriptDigits(html).replace(/<br\s*\/?>/gi, "\n").replace(/<\/(p|h[1-6]|li|div)>/gi, "\n").replace(/<[^>]*>/g, ""))
    .split("\n").map((l) => l.trim()).filter((l) => l !== "").join("\n");
}

const span = (attrs: string, name: string): number => {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, "i").exec(attrs);
  return m?.[1] === undefined ? 1 : Math.max(1, Math.min(100, Number(m[1])));
};

export function htmlTables(html: string): HtmlTable[] {
  const out: HtmlTable[] = [];
  const pageTitle = textOf(/<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? "");
  const footnotes = wordNotes(html);
  const ranges = innermostTables(html);
  const headings: string[] = [];
  let firstPara = "";
  let last = 0;
  ranges.forEach(([start, end], k) => {
    const before = html.slice(last, start);
    const blocks = [...before.matchAll(/<(p|h[1-6])\b[^>]*>([\s\S]*?)<\/\1>/gi)].map((p) => ({ heading: (p[1] ?? "").toLowerCase() !== "p", text: textOf(p[2] ?? "") })).filter((b) => b.text !== "");
    const paras = blocks.map((b) => b.text);
    if (last === 0) firstPara = paras[0] ?? "";
    headings.push(...blocks.filter((b) => b.heading).map((b) => b.text));
    last = end;
    const inner = html.slice(start, end);
    const rows: string[][] = [];
    const carried: Array<number> = []; // rowspan still to fill, per column
    for (const tr of inner.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)) {
      const row: string[] = [];
      let col = 0;
      const fillSpans = (): void => {
        while ((carried[col] ?? 0) > 0) {
          carried[col] = (carried[col] ?? 0) - 1;
          row.push("");
          col++;
        }
      };
      for (const td of (tr[1] ?? "").matchAll(/<t([dh])\b([^>]*)>([\s\S]*?)<\/t\1>/gi)) {
        fillSpans();
        const attrs = td[2] ?? "";
        const cols = span(attrs, "colspan");
        const down = span(attrs, "rowspan");
        for (let c = 0; c < cols; c++) {
          row.push(c === 0 ? textOf(td[3] ?? "") : "");
          if (down > 1) carried[col] = down - 1;
          col++;
        }
      }
      fillSpans();
      rows.push(row);
    }
    const next = ranges[k + 1]?.[0];
    const lastPara = paras[paras.length - 1] ?? "";
    const caption = unitNote(lastPara) !== null && paras.length > 1 ? `${paras[paras.length - 2] ?? ""}\n${lastPara}` : lastPara;
    const names = [...new Set([...headings, firstPara, pageTitle].filter((t) => t !== ""))];
    // the Word footnotes its cells point to, after its own notes, each with the mark the cell shows
    const pointed = [...new Set([...inner.matchAll(/href="#((?:footnote|endnote)-\d+)"/gi)].map((r) => r[1] ?? ""))];
    const wordNoteLines = pointed.flatMap((id) => {
      const text = footnotes.get(id);
      return text === undefined ? [] : [`[${id.replace(/\D+/g, "")}]${text}`];
    });
    const after = notesAfter(next === undefined ? html.slice(last) : html.slice(last, next));
    out.push({ caption, rows, notes: [...after, ...wordNoteLines.filter((n) => !after.includes(n))], names, paragraphsBefore: paras });
  });
  return out;
}
