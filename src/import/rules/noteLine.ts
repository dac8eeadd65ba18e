import type { LineRule } from "../LineRule";
import { HAN } from "../text";
import { NUMBER_MARK } from "./numbering";

/** A note's first line: `注：`, `备注：`, `资料来源：`, `注1.`, `注（1）` (also htmlTables, for the notes after a document's table). */
export const NOTE_START = new RegExp(`^(注|备注|说明|资料来源|数据来源)\\s*\\d?\\s*[:：]|^注\\s*\\d+${NUMBER_MARK}|^注\\s*[[［(（]\\s*\\d+\\s*[\\]］)）]`);
/**
 * A footnote's own mark at the start of a line: ①–⑳, `[1]`, `〔1〕`, `*`, `※`, a superscript number (`¹…`, a
 * document's `<sup>1</sup>`: trial40b F1) (`（1）` is a 序号 too, so only inside a note).
 */
export const FOOTNOTE_MARK = /^([\u2460-\u2473]|[[［〔]\s*\d{1,2}\s*[\]］〕]|[*＊※]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})\s*(.+)$/u;
/** A numbered line, a note's own once one has begun (`2.…`, `2。…`: the marks of a 序号, numbering.ts). */
export const NUMBERED_IN_NOTE = new RegExp(`^(\\d+${NUMBER_MARK}|[(（]\\s*\\d{1,2}\\s*[)）])`);
/** prose, not an indicator's name: a sentence (`。`, `；`) or a clause (`，`) */
const PROSE = /[。；;，,]/;

/**
 * A note below the table (`注：…`, `资料来源：…`, and the numbered lines of a note, `1.…`, `②…`): kept
 * in the template's notes, not read as rows. A footnote line of its own after the rows (`②〔〕内为五年
 * 累计数。`: a mark, then prose, in one cell) is a note too: read as a row, its ② became a 序号.
 */
export const noteLine: LineRule = (line, reading) => {
  const { first } = line;
  const single = line.filled.length === 1;
  const mark = single ? FOOTNOTE_MARK.exec(first) : null;
  const footnote = mark?.[2] !== undefined && HAN.test(mark[2]) && (reading.inNote || (reading.rows.length > 0 && PROSE.test(mark[2])));
  if (NOTE_START.test(first) || footnote || (reading.inNote && single && NUMBERED_IN_NOTE.test(first))) {
    reading.notes.push(line.cells.filter((c) => c !== "").join(" "));
    reading.inNote = true;
    reading.lastLine = line.at;
    return "taken";
  }
  reading.inNote = false;
  return "pass";
};
