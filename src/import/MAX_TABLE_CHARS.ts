/**
 * The most characters of text `import` reads as one indicator table (a sheet's cells, a pasted
 * text, a .csv, a .docx or web-page table). A plan's whole text is a few hundred thousand
 * characters and its indicator table far less; the importer takes about 6 s a million. POI's
 * poc-shared-strings.xlsx (12,000 cells each showing one 1 MB shared string, 12 GB of text from a
 * 110 KB file) ran for hours before this bound; a sheet past it is passed over when looking for the
 * table and refused when chosen.
 */
export const MAX_TABLE_CHARS = 1_000_000;
