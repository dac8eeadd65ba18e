import type { LineRule } from "../LineRule";

const NOTE_START = /^(注|备注|说明|资料来源|数据来源)\s*\d?\s*[:：]|^注\s*\d+[.、．]|^注\s*[[［(（]\s*\d+\s*[\]］)）]/;

/**
 * A note below the table (`注：…`, `资料来源：…`, and the numbered lines of a note, `1.…`): kept
 * in the template's notes, not read as rows.
 */
export const noteLine: LineRule = (line, reading) => {
  const { first } = line;
  if (NOTE_START.test(first) || (reading.inNote && line.filled.length === 1 && /^\d+[.、．]/.test(first))) {
    reading.notes.push(line.cells.filter((c) => c !== "").join(" "));
    reading.inNote = true;
    reading.lastLine = line.at;
    return "taken";
  }
  reading.inNote = false;
  return "pass";
};
