/**
 * Limits for files read with readXlsxZip (docs/LIMITS.md): a county return is a few hundred KB,
 * a few hundred rows and a few thousand cells, so these only stop hostile or broken files.
 * Cells and rows count cells that hold something (a value, or a formula): a column styled down
 * to row 1,048,576 is a normal file.
 */
export const ZIP_LIMITS = {
  /** entries in the zip's central directory */
  maxEntries: 10_000,
  /** inflated size of one part (declared or real, whichever is met first) */
  maxEntryBytes: 64 * 1024 * 1024,
  /** inflated size of all the parts read, together */
  maxTotalBytes: 200 * 1024 * 1024,
  /** cells that hold something, and cells held in the grid (blanks between filled cells included) */
  maxCells: 2_000_000,
  /** highest row number, in a sheet, of a cell that holds something */
  maxRows: 100_000,
  /** highest column (XFD, Excel's own limit) */
  maxColumns: 16_384,
  /** entries in the shared strings part */
  maxSharedStrings: 500_000,
  /**
   * elements open at once in a part (libxml2's default too): SpreadsheetML nests about 10 deep,
   * and saxen keeps one namespace table per open element, so a 100,000-deep part
   * would cost quadratic time
   */
  maxXmlDepth: 256,
};
