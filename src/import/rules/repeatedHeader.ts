import type { LineRule } from "../LineRule";
import { isIndicatorHeader, readHeader } from "../header";

/**
 * An indicator table's header below the rows: the same columns again after a page break (skipped,
 * reading goes on), or another table's header (the table ends here, said so).
 */
export const repeatedHeader: LineRule = (line, reading) => {
  if (!isIndicatorHeader(line.cells)) return "pass";
  const again = readHeader(reading.grid, line.at, reading.title, reading.header.given);
  if (again.ok && again.header.signature === reading.header.signature) {
    reading.pageBreak = true;
    return { skipTo: again.header.last };
  }
  reading.closeOpen();
  reading.report(line.at, "other-table", { headerLine: reading.rowOf(reading.headerAt) });
  return "end";
};
