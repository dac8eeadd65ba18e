import { parseSavedAt } from "../../../src/hosts/xlsx/parseSavedAt";

const core = (modified: string): Uint8Array => new TextEncoder().encode(
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>县发改局</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-01-02T00:00:00Z</dcterms:created>${modified}</cp:coreProperties>`);

// the save time a return carries, as Excel, WPS, LibreOffice, openpyxl and ExcelJS write it
test.each<[string, string, number | null]>([
  ["Excel, UTC", `<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-15T02:32:11Z</dcterms:modified>`, Date.UTC(2025, 0, 15, 2, 32, 11)],
  ["with fractions of a second", `<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-15T02:32:11.52Z</dcterms:modified>`, Date.UTC(2025, 0, 15, 2, 32, 11, 520)],
  ["with an offset (China time)", `<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-15T10:32:11+08:00</dcterms:modified>`, Date.UTC(2025, 0, 15, 2, 32, 11)],
  ["no zone: taken as UTC", `<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-15T02:32:11</dcterms:modified>`, Date.UTC(2025, 0, 15, 2, 32, 11)],
  ["spaces around it", `<dcterms:modified xsi:type="dcterms:W3CDTF">\n 2025-01-15T02:32:11Z </dcterms:modified>`, Date.UTC(2025, 0, 15, 2, 32, 11)],
  ["no modified: not said", "", null],
  ["empty", `<dcterms:modified xsi:type="dcterms:W3CDTF"></dcterms:modified>`, null],
  ["not a date", `<dcterms:modified>昨天</dcterms:modified>`, null],
  ["a date without a time", `<dcterms:modified>2025-01-15</dcterms:modified>`, null],
  ["no such day", `<dcterms:modified>2025-02-30T02:32:11Z</dcterms:modified>`, null],
])("%s", (_why, modified, expected) => {
  const at = parseSavedAt(core(modified), "docProps/core.xml");
  if (expected === null || at === null) expect(at).toBe(expected);
  else expect(new Date(at).toISOString()).toBe(new Date(expected).toISOString());
});

test.each<[string, string]>([
  ["damaged XML", `<cp:coreProperties xmlns:cp="x"><dcterms:modified>2025-01-15T02:32:11Z</dcterms:modified>`],
  ["not XML at all", "PK\u0003\u0004"],
  ["modified nested deeper, not the property", `<cp:coreProperties xmlns:cp="x" xmlns:o="y"><o:ext><o:modified>2025-01-15T02:32:11Z</o:modified></o:ext></cp:coreProperties>`],
])("a properties part that says nothing usable is no reason to refuse a return: %s", (_why, xml) => {
  expect(parseSavedAt(new TextEncoder().encode(xml), "docProps/core.xml")).toBeNull();
});
