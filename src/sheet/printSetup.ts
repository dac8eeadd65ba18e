import { HEADER_ROW, TITLE_ROW } from "./keys";
import { columnLetter, parseA1 } from "./a1";
import type { PlannedSheet, SheetPrint } from "./SheetPlan";
import { titleOnTwoLines } from "./titleFormula";

/** A4 landscape between 0.4" margins: 297 mm − 2 × 10.16 mm, in points. */
export const PRINTABLE_POINTS = ((297 - 2 * 10.16) / 25.4) * 72;
/** The smallest print scale kept: 10 pt text prints at 8.5 pt or larger. */
export const MIN_SCALE = 0.85;

/**
 * A column's width in points as Excel and LibreOffice lay it out: `chars` is the width in
 * characters of the default font's digit (7 px), plus 5 px of padding; 96 px to the inch.
 */
export function columnPoints(chars: number): number {
  return (Math.trunc(chars * 7) + 5) * 0.75;
}

/**
 * The print setup of a sheet of returns: A4 landscape, the header rows on every page, page
 * numbers, and as many pages wide as it takes to print at ≥ 85 % (about 8.5 pt): one page when
 * the visible columns fit, otherwise two (or more) with the first `titleColumnCount` columns (the
 * indicator's or project's name) repeated on every page, so a second page still says which row
 * is which. Hidden columns never print. Issue 16: a return squeezed onto one page printed at 6 pt.
 * Pages wide repeat row 1 over those columns only, so a title merged across the sheet printed cut
 * on the second page (…（2024年度填): its merge is brought within the repeated columns and
 * wrapped there, its row as high as its lines (titleWithinColumns).
 */
export function printSetup(sheet: PlannedSheet, titleColumnCount: number): SheetPrint {
  const widths = sheet.columns.map((c) => (c.hidden ? 0 : columnPoints(c.width)));
  const total = widths.reduce((a, w) => a + w, 0);
  const titles = widths.slice(0, titleColumnCount).reduce((a, w) => a + w, 0);
  const page = PRINTABLE_POINTS / MIN_SCALE;
  let pagesWide = 1;
  while (pagesWide < 4 && total + titles * (pagesWide - 1) > page * pagesWide) pagesWide++;
  const print: SheetPrint = { landscape: true, fitToWidth: true, titleRows: `1:${HEADER_ROW}`, footer: "第 &P 页，共 &N 页" };
  if (pagesWide > 1) {
    print.pagesWide = pagesWide;
    print.titleColumns = `A:${columnLetter(titleColumnCount)}`;
    titleWithinColumns(sheet, titleColumnCount);
  }
  return print;
}

/** A title's text as it shows: the string constants of its formula, the year four digits. */
function titleText(c: { value?: string | number | null; formula?: string }): string {
  if (c.formula === undefined) return String(c.value ?? "");
  // CHAR(10) is the line break titleOnTwoLines puts before the year
  const pieces = [...c.formula.matchAll(/"((?:[^"]|"")*)"|CHAR\(10\)/g)].map((m) => (m[1] === undefined ? "\n" : m[1].replace(/""/g, '"')));
  return pieces.join("") + (pieces.length > 1 ? "0000" : "");
}

/** Points a 14 pt bold line takes: CJK and full-width characters a full em, others about 0.6 em. */
function titlePoints(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? size : size * 0.6;
  return w;
}

/** A title merged from A1 across the sheet, merged over the first `count` columns instead, wrapped, its row high enough. */
function titleWithinColumns(sheet: PlannedSheet, count: number): void {
  const at = sheet.merges.findIndex((m) => m.startsWith(`A${TITLE_ROW}:`) && parseA1(m.split(":")[1] ?? "")?.row === TITLE_ROW);
  const cell = sheet.cells.find((c) => c.address === `A${TITLE_ROW}`);
  if (at < 0 || !cell || cell.style !== "title") return;
  sheet.merges[at] = `A${TITLE_ROW}:${columnLetter(count)}${TITLE_ROW}`;
  cell.style = "titleWrap";
  const width = Math.max(sheet.columns.slice(0, count).reduce((a, c) => a + (c.hidden ? 0 : columnPoints(c.width)), 0) - 8, 1);
  let lines = Math.max(1, Math.ceil(titlePoints(titleText(cell), 14) / width));
  // too long for one line: the year goes on a line of its own, never "）" alone
  const twoLines = lines > 1 && cell.formula !== undefined ? titleOnTwoLines(cell.formula) : null;
  if (twoLines !== null && cell.formula !== undefined) {
    const [name = "", year = ""] = titleText({ formula: twoLines }).split("\n");
    // a name longer than a line is broken into lines of about equal length at a word's end: wrapped where the
    // width ran out it left "表" alone (trial31: …主要指标⏎表⏎（2023年度填报）)
    const nameLines = balancedLines(name, Math.ceil(titlePoints(name, 14) / width));
    cell.formula = titleOnTwoLines(cell.formula, nameLines) ?? twoLines;
    lines = nameLines.length + Math.ceil(titlePoints(year, 14) / width);
  }
  sheet.rowHeights[TITLE_ROW] = Math.max(sheet.rowHeights[TITLE_ROW] ?? 0, 20 * lines + 6);
}

/**
 * After these a Chinese title's words end (县、市、发展、规划、时期、提升…); before these a new one begins (“ 《 （ 第, 主要指标).
 * A plan's period and its 时期 (“十五五”时期) are one phrase: never broken between (TIED; trial36 N6: "青州市“十五五”⏎时期…").
 */
const WORD_END = /(?:[省市县区镇乡街道]|发展|规划|建设|经济|社会|事业|服务|提升|时期|“[^”]*”)$/;
const WORD_START = /^(?:[“《（(第]|主要)/;
const TIED = /^(?:时期|期间)/;

/**
 * `text` in `count` lines of about equal length, each break at the word's end nearest the even split (WORD_END,
 * WORD_START; never inside a number or a Latin word, never before a closing mark), one line when `count` ≤ 1.
 */
function balancedLines(text: string, count: number): string[] {
  const chars = [...text];
  if (count <= 1 || chars.length < 2 * count) return [text];
  const lines: string[] = [];
  let from = 0;
  for (let k = 1; k < count; k++) {
    const even = Math.round((chars.length * k) / count);
    const spread = Math.max(1, Math.floor(chars.length / count / 3));
    let best = even;
    let bestScore = -Infinity;
    for (let at = Math.max(from + 1, even - spread); at <= Math.min(chars.length - 1, even + spread); at++) {
      const before = chars.slice(from, at).join("");
      const after = chars.slice(at).join("");
      // a break inside 2023 or PM2.5, or before ） 、 ， ”, is no break
      if (/[0-9A-Za-z.]$/.test(before) && /^[0-9A-Za-z.]/.test(after)) continue;
      if (/^[）)」》”、，。：；]/.test(after) || TIED.test(after)) continue;
      const score = (WORD_END.test(before) ? 2 : 0) + (WORD_START.test(after) ? 1 : 0) - Math.abs(at - even) / (spread + 1);
      if (score > bestScore) { bestScore = score; best = at; }
    }
    lines.push(chars.slice(from, best).join(""));
    from = best;
  }
  lines.push(chars.slice(from).join(""));
  return lines;
}
