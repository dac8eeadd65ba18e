import type { LineRule } from "../LineRule";
import { isIndicatorHeader, readHeader } from "../header";
import type { TableReading } from "../TableReading";

const squash = (s: string | undefined): string => (s ?? "").replace(/\s+/g, "");

/**
 * An indicator table's header below the rows: the same columns again after a page break (skipped,
 * reading goes on, its row kept for the note that says so), or another table's header (the table ends
 * here, said so). A header copied from a PDF with spaces between its labels is one cell on its line:
 * the same text as the header's lines, spaces aside, is the same header (trial40b F20: it was said
 * 这一行不是表格行 and counted as a row not loaded).
 */
export const repeatedHeader: LineRule = (line, reading) => {
  const headerLines = reading.header.last - reading.headerAt + 1;
  const sameText = Array.from({ length: headerLines }, (_, i) => i).every((i) => {
    const text = squash(reading.lines[line.at + i]);
    return text !== "" && text === squash(reading.lines[reading.headerAt + i]);
  });
  if (sameText) return skipped(reading, line.at, line.at + headerLines - 1);
  if (!isIndicatorHeader(line.cells)) return "pass";
  const again = readHeader(reading.grid, line.at, reading.title, reading.header.given);
  if (again.ok && again.header.signature === reading.header.signature) return skipped(reading, line.at, again.header.last);
  reading.closeOpen();
  reading.report(line.at, "other-table", { headerLine: reading.rowOf(reading.headerAt) });
  return "end";
};

function skipped(reading: TableReading, at: number, last: number): { skipTo: number } {
  reading.pageBreak = true;
  reading.repeatedHeaders.push(reading.rowOf(at));
  return { skipTo: last };
}
