import type { LineRule } from "../LineRule";

const PAGE_NUMBER = /^[-—－–\s]*\d{1,4}[-—－–\s]*$|^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$/;

/** A page number a PDF's copy leaves between rows (`- 12 -`, `第 3 页 共 9 页`): a page break. */
export const pageNumber: LineRule = (line, reading) => {
  if (line.filled.length !== 1 || !PAGE_NUMBER.test(line.first)) return "pass";
  reading.pageBreak = true;
  return "taken";
};
