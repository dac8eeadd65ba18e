import { parseSharedStrings } from "../../../src/hosts/xlsx/parseSharedStrings";
import { SML, SML_STRICT, utf16, utf8 } from "./xmlParts";

/** The shared strings part through the XML layer: one text per <si>, runs joined, phonetic runs left out. */
const PART = "xl/sharedStrings.xml";

test.each<[string, string, string[]]>([
  ["plain and rich items, CJK and entities", `<sst xmlns="${SML}" count="3"><si><t>甲&amp;乙</t></si><si><r><rPr><b/></rPr><t>上</t></r><r><t xml:space="preserve"> 海 </t></r></si><si><t/></si></sst>`,
    ["甲&乙", "上 海 ", ""]],
  ["phonetic runs and properties left out", `<sst xmlns="${SML}"><si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si></sst>`, ["東京"]],
  ["prefixed, strict", `<x:sst xmlns:x="${SML_STRICT}"><x:si><x:t>&#x4e2d;</x:t></x:si></x:sst>`, ["中"]],
  ["an <si> of another namespace is not an item", `<sst xmlns="${SML}" xmlns:s="urn:o"><s:si><t>no</t></s:si><si><t>yes</t></si></sst>`, ["yes"]],
  ["a <t> in an extension inside an item is not its text", `<sst xmlns="${SML}" xmlns:o="urn:o"><si><t>a</t><o:e><t>no</t></o:e></si></sst>`, ["a"]],
  ["CDATA and comments in a <t>", `<sst xmlns="${SML}"><si><t>a<![CDATA[<b>]]><!-- c -->d</t></si></sst>`, ["a<b>d"]],
])("%s", (_label, xml, items) => {
  expect(parseSharedStrings(utf8(xml), PART)).toEqual(items);
});

test("a UTF-16 shared strings part reads as its UTF-8 twin", () => {
  const xml = `<?xml version="1.0" encoding="UTF-16"?><sst xmlns="${SML}"><si><t>指标（%）</t></si></sst>`;
  expect(parseSharedStrings(utf16(xml, "le"), PART)).toEqual(["指标（%）"]);
  expect(parseSharedStrings(utf16(xml, "be"), PART)).toEqual(["指标（%）"]);
});

// a large part is read in pieces cut after </si> (parseXmlPart, pieceEnd): items of every kind,
// many-byte characters right at the cuts, the same as read whole
test.each<[string, (i: number) => string, (i: number) => string]>([
  ["plain CJK items", (i) => `<si><t>指标${i}（万人）</t></si>`, (i) => `指标${i}（万人）`],
  ["rich runs, entities and a 4-byte character", (i) => `<si><r><t>甲&amp;${i}</t></r><r><t xml:space="preserve"> 𠀀 </t></r></si>`, (i) => `甲&${i} 𠀀 `],
])("a part of 20,000 %s reads item by item across its pieces", (_label, item, text) => {
  const n = 20000;
  const xml = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${SML}" count="${n}">${Array.from({ length: n }, (_, i) => item(i)).join("")}</sst>`;
  expect(utf8(xml).length).toBeGreaterThan(3 * 64 * 1024);
  const got = parseSharedStrings(utf8(xml), PART);
  expect(got).toHaveLength(n);
  expect(got.every((t, i) => t === text(i))).toBe(true);
});
