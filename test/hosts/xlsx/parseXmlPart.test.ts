import { parseXmlPart, type XmlPartHandler } from "../../../src/hosts/xlsx/parseXmlPart";
import { parseWorkbookPart } from "../../../src/hosts/xlsx/parseWorkbookPart";
import { parseRelationships } from "../../../src/hosts/xlsx/relationships";
import { XlsxLimitError } from "../../../src/hosts/xlsx/XlsxReadError";
import { xlsxProblem } from "../../../src/hosts/xlsx/xlsxProblem";
import { ZIP_LIMITS } from "../../../src/hosts/xlsx/ZIP_LIMITS";
import { DECODERS, PKG, readError, REL, REL_STRICT, SML, SML_STRICT, utf16, utf8, withoutBuffer } from "./xmlParts";

/** The contract of the XML layer every .xlsx part is read through (src/hosts/xlsx/parseXmlPart.ts). */
const PART = "xl/worksheets/sheet1.xml";

/** Each element as "ns:local" (ns "" for another namespace or none), in document order. */
function tags(xml: string | Uint8Array): string[] {
  const out: string[] = [];
  parseXmlPart(typeof xml === "string" ? utf8(xml) : xml, PART, { open: (t) => void out.push(`${t.ns}:${t.local}`), close() {} });
  return out;
}

/** All text the part holds (CDATA included), and attribute `name` of its root. */
function read(xml: string | Uint8Array, name = "v"): { text: string; attr: string | undefined } {
  let text = "";
  let attr: string | undefined;
  let depth = 0;
  parseXmlPart(typeof xml === "string" ? utf8(xml) : xml, PART, {
    open(t) { if (depth++ === 0) attr = t.attr(name); },
    close() { depth--; },
    text(r) { text += r(); },
  });
  return { text, attr };
}

/** A handler that reads every attribute it is asked to and all text: nothing is left unchecked. */
const readAll = (names: string[]): XmlPartHandler => ({
  open(t) { for (const n of names) t.attr(n); },
  close() {},
  text(r) { r(); },
});

describe("namespaces: an element is SpreadsheetML or a .rels part's by its namespace, never by its prefix", () => {
  test.each<[string, string, string[]]>([
    ["default namespace", `<worksheet xmlns="${SML}"><sheetData/></worksheet>`, ["sml:worksheet", "sml:sheetData"]],
    ["prefix x:", `<x:worksheet xmlns:x="${SML}"><x:sheetData/></x:worksheet>`, ["sml:worksheet", "sml:sheetData"]],
    ["prefix ss: (strict)", `<ss:worksheet xmlns:ss="${SML_STRICT}"><ss:sheetData/></ss:worksheet>`, ["sml:worksheet", "sml:sheetData"]],
    ["strict default namespace", `<worksheet xmlns="${SML_STRICT}"><sheetData/></worksheet>`, ["sml:worksheet", "sml:sheetData"]],
    ["prefix ns0: (Python ElementTree)", `<ns0:worksheet xmlns:ns0="${SML}"><ns0:c/></ns0:worksheet>`, ["sml:worksheet", "sml:c"]],
    ["prefix s: for SpreadsheetML", `<s:worksheet xmlns:s="${SML}"><s:c/></s:worksheet>`, ["sml:worksheet", "sml:c"]],
    ["prefix p: for SpreadsheetML", `<p:worksheet xmlns:p="${SML}"><p:c/></p:worksheet>`, ["sml:worksheet", "sml:c"]],
    ["both SpreadsheetML namespaces in one part", `<a:worksheet xmlns:a="${SML}" xmlns:b="${SML_STRICT}"><b:c/></a:worksheet>`, ["sml:worksheet", "sml:c"]],
    ["s: for another namespace", `<worksheet xmlns="${SML}" xmlns:s="urn:other"><s:c/><c/></worksheet>`, ["sml:worksheet", ":c", "sml:c"]],
    ["r: for another namespace", `<worksheet xmlns="${SML}" xmlns:r="urn:other"><r:c/></worksheet>`, ["sml:worksheet", ":c"]],
    ["p: for another namespace", `<Relationships xmlns="${PKG}" xmlns:p="urn:other"><p:Relationship/><Relationship/></Relationships>`, ["rels:Relationships", ":Relationship", "rels:Relationship"]],
    ["s: for another namespace, p: for SpreadsheetML", `<p:worksheet xmlns:s="urn:other" xmlns:p="${SML}"><s:c/><p:c/></p:worksheet>`, ["sml:worksheet", ":c", "sml:c"]],
    ["s: another namespace's, then SpreadsheetML's in a child", `<s:a xmlns:s="urn:other"><s:c xmlns:s="${SML}"/><s:c/></s:a>`, [":a", "sml:c", ":c"]],
    ["a .rels part", `<Relationships xmlns="${PKG}"><Relationship/></Relationships>`, ["rels:Relationships", "rels:Relationship"]],
    ["a .rels part with a prefix", `<pr:Relationships xmlns:pr="${PKG}"><pr:Relationship/></pr:Relationships>`, ["rels:Relationships", "rels:Relationship"]],
    ["no namespace", `<worksheet><sheetData><c/></sheetData></worksheet>`, [":worksheet", ":sheetData", ":c"]],
    ["another default namespace", `<worksheet xmlns="urn:other"><c/></worksheet>`, [":worksheet", ":c"]],
    ["default namespace undeclared in a child", `<worksheet xmlns="${SML}"><a xmlns=""><c/></a><c/></worksheet>`, ["sml:worksheet", ":a", ":c", "sml:c"]],
    ["a prefix rebound in a child, then back in scope", `<x:worksheet xmlns:x="${SML}"><x:a xmlns:x="urn:other"><x:c/></x:a><x:c/></x:worksheet>`, ["sml:worksheet", ":a", ":c", "sml:c"]],
    ["a prefix rebound on a self-closing child", `<x:worksheet xmlns:x="${SML}"><x:a xmlns:x="urn:other"/><x:c/></x:worksheet>`, ["sml:worksheet", ":a", "sml:c"]],
    ["ns0: bound to SpreadsheetML, another default declared first", `<ns0:worksheet xmlns="urn:other" xmlns:ns0="${SML}"><c/><ns0:c/></ns0:worksheet>`, ["sml:worksheet", ":c", "sml:c"]],
    ["ns0: bound to SpreadsheetML, another default declared after", `<ns0:worksheet xmlns:ns0="${SML}" xmlns="urn:other"><c/><ns0:c/></ns0:worksheet>`, ["sml:worksheet", ":c", "sml:c"]],
    ["ns0: and ns1: both other namespaces", `<worksheet xmlns="urn:a" xmlns:ns0="urn:b" xmlns:ns1="urn:c" xmlns:x="${SML}"><ns0:c/><ns1:c/><x:c/><c/></worksheet>`, [":worksheet", ":c", ":c", "sml:c", ":c"]],
  ])("%s", (_label, xml, expected) => {
    expect(tags(xml)).toEqual(expected);
  });

  test("an element of another namespace whose prefix the part never declared is not well-formed", () => {
    expect(readError(() => tags(`<worksheet xmlns="${SML}"><x14:c/></worksheet>`)).problem).toEqual({ code: "bad_xml", params: { part: PART, detail: expect.any(String) } });
  });
});

describe("namespaces declared on the root alone (saxen without its namespace mode) read as in saxen's namespace mode", () => {
  /** Each element as ns:local, with the attributes asked for. */
  const seen = (xml: string): string[] => {
    const out: string[] = [];
    parseXmlPart(utf8(xml), PART, { open: (t) => void out.push(`${t.ns}:${t.local} r=${t.attr("r") ?? "-"} r:id=${t.attr("r:id") ?? "-"}`), close() {} });
    return out;
  };
  // the same part with a declaration repeated below the root, which sends it to saxen's namespace mode
  const scoped = (xml: string): string => xml.replace(/<([\w:]*c)( |>|\/)/, `<$1 xmlns:zz="urn:again"$2`);
  test.each<[string, string]>([
    ["default namespace", `<worksheet xmlns="${SML}"><c r="A1"/></worksheet>`],
    ["x: for SpreadsheetML, r: for relationships", `<x:worksheet xmlns:x="${SML}" xmlns:r="${REL}"><x:c r="A1" r:id="rId1"/></x:worksheet>`],
    ["rel: for relationships", `<worksheet xmlns="${SML}" xmlns:rel="${REL}"><c r="B2" rel:id="rId2"/></worksheet>`],
    ["SpreadsheetML bound twice, default and x:", `<worksheet xmlns="${SML}" xmlns:x="${SML}"><x:c r="A1"/><c r="B1"/></worksheet>`],
    ["relationships bound twice", `<worksheet xmlns="${SML}" xmlns:r="${REL}" xmlns:q="${REL}"><c r="A1" q:id="rId3"/></worksheet>`],
    ["an attribute in another namespace", `<worksheet xmlns="${SML}" xmlns:x14ac="urn:x14ac"><c r="A1" x14ac:r="no"/></worksheet>`],
    ["xml:space, bound without a declaration", `<worksheet xmlns="${SML}"><c r="A1" xml:space="preserve"/></worksheet>`],
    ["a comment and a declaration before the root", `<?xml version="1.0"?><!-- xmlns:x="${SML}" --><worksheet xmlns="${SML}"><c r="A1"/></worksheet>`],
    ["a > in a value of the root", `<worksheet a="1>2" xmlns="${SML}"><c r="A1"/></worksheet>`],
    ["no namespace at all", `<worksheet><c r="A1"/></worksheet>`],
  ])("%s", (_label, xml) => {
    expect(scoped(xml)).not.toBe(xml);
    expect(seen(xml)).toEqual(seen(scoped(xml)).map((t) => t));
  });

  test("text that says xmlns after the root sends the part to the namespace mode, read the same", () => {
    const xml = (t: string): string => `<x:worksheet xmlns:x="${SML}"><x:c r="A1"><x:v>${t}</x:v></x:c></x:worksheet>`;
    expect(read(xml("xmlns"), "r").text).toBe("xmlns");
    expect(tags(xml("xmlns"))).toEqual(tags(xml("plain")));
  });

  test.each<[string, string]>([
    ["an element's prefix", `<worksheet xmlns="${SML}"><c r="A1"/><x14:c/></worksheet>`],
    ["an attribute's prefix", `<worksheet xmlns="${SML}"><c r="A1" x14ac:dyDescent="0.25"/></worksheet>`],
    ["an attribute's prefix on the root", `<worksheet xmlns="${SML}" mc:Ignorable="x14ac"><c r="A1"/></worksheet>`],
    ["a prefix declared on a sibling only", `<worksheet xmlns="${SML}"><a xmlns:q="urn:q"/><c q:r="1"/></worksheet>`],
  ])("a prefix no declaration binds is bad_xml: %s", (_label, xml) => {
    expect(readError(() => parseXmlPart(utf8(xml), PART, readAll(["r"]))).problem).toEqual({ code: "bad_xml", params: { part: PART, detail: expect.any(String) } });
  });
});

describe("r:id on <sheet>: the officeDocument relationships attribute whatever its prefix", () => {
  const workbook = (decl: string, attrs: string): string =>
    `<workbook xmlns="${SML}" ${decl}><sheets><sheet name="表一" sheetId="1" ${attrs}/></sheets></workbook>`;
  test.each<[string, string, string, string]>([
    ["r:", `xmlns:r="${REL}"`, `r:id="rId1"`, "rId1"],
    ["rel:", `xmlns:rel="${REL}"`, `rel:id="rId2"`, "rId2"],
    ["strict r:", `xmlns:r="${REL_STRICT}"`, `r:id="rId3"`, "rId3"],
    ["declared on <sheet> itself", "", `xmlns:q="${REL}" q:id="rId4"`, "rId4"],
    ["r: another namespace's, x: the relationships'", `xmlns:r="urn:other" xmlns:x="${REL}"`, `r:id="no" x:id="rId5"`, "rId5"],
    ["r: another namespace's only", `xmlns:r="urn:other"`, `r:id="no"`, ""],
    ["an unprefixed id is not r:id", `xmlns:r="${REL}"`, `id="no"`, ""],
  ])("%s", (_label, decl, attrs, relId) => {
    expect(parseWorkbookPart(utf8(workbook(decl, attrs)), "xl/workbook.xml").sheets).toEqual([{ name: "表一", visible: true, relId }]);
  });

  test("a .rels part's Relationship, its prefix aside, and p: for another namespace ignored", () => {
    const rels = `<p:Relationships xmlns:p="urn:other" xmlns:q="${PKG}">` +
      `<q:Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<p:Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/decoy.xml"/></p:Relationships>`;
    expect(parseRelationships(utf8(rels), "xl/_rels/workbook.xml.rels", "xl/workbook.xml")).toEqual([{ id: "rId1", type: "worksheet", target: "xl/worksheets/sheet1.xml" }]);
  });
});

describe("entities and character references decode in text and in attributes", () => {
  test.each<[string, string]>([
    ["&amp;", "&"], ["&lt;", "<"], ["&gt;", ">"], ["&quot;", '"'], ["&apos;", "'"],
    ["&#20013;", "中"], ["&#x4e2d;", "中"], ["&#x4E2D;", "中"], ["&#0020013;", "中"],
    ["&amp;lt;", "&lt;"], ["中&amp;文&#x6587;", "中&文文"], ["a&lt;b&gt;c", "a<b>c"], ["&#9;&#10;&#13;", "\t\n\r"],
    // a character past the BMP by reference (a writer that escapes what is not ASCII)
    ["&#x1F600;", "😀"], ["&#128512;", "😀"], ["&#x20BB7;", "𠮷"],
  ])("%s is %j", (raw, decoded) => {
    expect(read(`<a v="${raw}">${raw}</a>`)).toEqual({ text: decoded, attr: decoded });
  });
});

describe("encodings: UTF-8 with or without BOM, UTF-16 by its BOM, in node and in the task pane", () => {
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a v="工作表一（2025年）">中文 𠮷 ½ é</a>`;
  const expected = { text: "中文 𠮷 ½ é", attr: "工作表一（2025年）" };
  test.each(DECODERS)("%s", (_mode, run) => {
    const parts: Array<[string, Uint8Array]> = [
      ["UTF-8", utf8(doc)],
      ["UTF-8 with BOM", utf8(`\ufeff${doc}`)],
      ["UTF-16LE with BOM", utf16(doc.replace("UTF-8", "UTF-16"), "le")],
      ["UTF-16BE with BOM", utf16(doc.replace("UTF-8", "UTF-16"), "be")],
    ];
    for (const [label, bytes] of parts) expect([label, run(() => read(bytes))]).toEqual([label, expected]);
  });

  test("the task-pane mode really runs without node's Buffer", () => {
    expect(withoutBuffer(() => typeof Buffer)).toBe("undefined");
    expect(typeof Buffer).toBe("function");
  });

  // invalid bytes end as U+FFFD, as TextDecoder makes them (its replacement is the WHATWG one)
  const invalid: Array<[string, number[]]> = [
    ["a lone continuation byte", [0x80]], ["a 3-byte character cut short", [0xe4, 0xb8]], ["an overlong /", [0xc0, 0xaf]],
    ["a UTF-16 surrogate as UTF-8", [0xed, 0xa0, 0x80]], ["past U+10FFFF", [0xf4, 0x90, 0x80, 0x80]], ["0xFF", [0xff]],
    ["a 4-byte character cut short", [0xf0, 0x9f, 0x98]], ["a cut character before ASCII", [0xe4, 0xb8, 0x41]], ["valid, invalid, valid", [0xe4, 0xb8, 0xad, 0xff, 0xe6, 0x96, 0x87]],
  ];
  test.each(invalid)("%s ends as TextDecoder decodes it, in text and in an attribute", (_label, seq) => {
    const bytes = (s: string, t: string): number[] => [...utf8(s), ...seq, ...utf8(t)];
    const part = new Uint8Array([...bytes('<a v="', '">'), ...bytes("", "</a>")]);
    const want = new TextDecoder().decode(new Uint8Array(seq));
    expect(want).toContain("\ufffd");
    for (const [, run] of DECODERS) expect(run(() => read(part))).toEqual({ text: want, attr: want });
  });
});

describe("CDATA, comments, processing instructions and DOCTYPE", () => {
  test.each<[string, string, string]>([
    ["CDATA is text, not decoded", `<a>x<![CDATA[<b>&amp;中]]>y</a>`, "x<b>&amp;中y"],
    ["a comment is nothing", `<a>x<!-- <b>&nbsp; 中 -->y</a>`, "xy"],
    ["processing instructions are nothing", `<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><a>x<?pi <b> ?>y</a>`, "xy"],
    ["a DOCTYPE with an external id is not fetched", `<!DOCTYPE a SYSTEM "http://example.invalid/a.dtd"><a>x</a>`, "x"],
    ["comments around the root", `<!-- before --><a>x</a><!-- after -->\n`, "x"],
  ])("%s", (_label, xml, text) => {
    expect(read(xml).text).toBe(text);
    expect(tags(xml)).toEqual([":a"]);
  });

  test.each([
    ["an entity of the internal subset", `<!DOCTYPE a [<!ENTITY e "boom">]><a>&e;</a>`],
    ["nested entities (billion laughs)", `<!DOCTYPE a [<!ENTITY l "lol"><!ENTITY l2 "&l;&l;&l;&l;">]><a v="&l2;">&l2;</a>`],
  ])("a DOCTYPE is never expanded: %s is bad_xml", (_label, xml) => {
    expect(readError(() => read(xml)).problem.code).toBe("bad_xml");
  });
});

describe("a part that is not well-formed is bad_xml, naming the part", () => {
  test.each<[string, string]>([
    ["an unclosed element", `<a><b>x</b>`],
    ["an unclosed root", `<a>`],
    ["a mismatched close tag", `<a><b></c></a>`],
    ["a close tag without an open one", `</a>`],
    ["text after the root", `<a/>x`],
    ["text before the root", `x<a/>`],
    ["two roots", `<a/><b/>`],
    ["two roots, the second with content", `<a></a><b>x</b>`],
    ["an empty part", ``],
    ["only whitespace", ` \n\t\r\n `],
    ["only a declaration and a comment", `<?xml version="1.0"?><!-- x -->`],
    ["an attribute without quotes", `<a v=1/>`],
    ["an attribute without a value", `<a v/>`],
    ["a duplicate attribute", `<a v="1" v="2"/>`],
    ["mismatched quotes", `<a v="1'/>`],
    ["no space between attributes", `<a v="1"w="2"/>`],
    ["&nbsp; in text", `<a>&nbsp;</a>`],
    ["&nbsp; in an attribute", `<a v="&nbsp;"/>`],
    ["a bare ampersand", `<a>AT&T</a>`],
    ["an entity without its semicolon", `<a>&amp</a>`],
    ["an upper-case entity name", `<a>&AMP;</a>`],
    ["an upper-case X in a character reference", `<a>&#X4e2d;</a>`],
    ["cut in a tag", `<a><b v="1`],
    ["cut in a tag name", `<a><b`],
    ["cut in a close tag", `<a></`],
    ["cut in a comment", `<a><!-- x`],
    ["cut in CDATA", `<a><![CDATA[x`],
    ["an undeclared prefix", `<x:a/>`],
    ["a tag name starting with a digit", `<1a/>`],
    ["a space before the tag name", `< a/>`],
  ])("%s", (_label, xml) => {
    const e = readError(() => parseXmlPart(utf8(xml), PART, readAll(["v", "w"])));
    expect(e.problem).toEqual({ code: "bad_xml", params: { part: PART, detail: expect.any(String) } });
    expect(e).not.toBeInstanceOf(XlsxLimitError);
    expect(e.message).toContain(PART);
  });

  test("a value nobody reads is not decoded, so its entity is not checked (a formula's text)", () => {
    const lazy: XmlPartHandler = { open() {}, close() {} };
    expect(() => parseXmlPart(utf8(`<a v="&nbsp;"><f>&nbsp;</f></a>`), PART, lazy)).not.toThrow();
  });
});

describe("depth: ZIP_LIMITS.maxXmlDepth elements open at once", () => {
  const nested = (n: number, leaf: string): string => "<a>".repeat(n - 1) + leaf + "</a>".repeat(n - 1);
  test.each([["an element", "<a></a>"], ["a self-closing element", "<a/>"]])("the limit is read; one more, %s, is too_deep", (_label, leaf) => {
    expect(tags(nested(ZIP_LIMITS.maxXmlDepth, leaf))).toHaveLength(ZIP_LIMITS.maxXmlDepth);
    const e = readError(() => tags(nested(ZIP_LIMITS.maxXmlDepth + 1, leaf)));
    expect(e).toBeInstanceOf(XlsxLimitError);
    expect(e.problem).toEqual({ code: "too_deep", params: { part: PART, limit: ZIP_LIMITS.maxXmlDepth } });
  });

  test("depth is of elements open at once, not of elements in the part", () => {
    expect(tags(`<a>${"<b><c/></b>".repeat(1000)}</a>`)).toHaveLength(2001);
  });
});

describe("what a handler throws passes through unchanged", () => {
  const limit = xlsxProblem({ code: "too_many_cells", params: { limit: 1 } });
  test.each<[string, Error]>([
    ["a limit (XlsxLimitError)", limit],
    ["a reader's own RangeError", new RangeError("reader failed")],
    ["a plain Error", new Error("reader failed")],
  ])("%s thrown in open, close or text", (_label, thrown) => {
    const xml = utf8("<a><b>x</b></a>");
    const at = (where: "open" | "close" | "text"): XmlPartHandler => ({
      open() { if (where === "open") throw thrown; },
      close() { if (where === "close") throw thrown; },
      text() { if (where === "text") throw thrown; },
    });
    for (const where of ["open", "close", "text"] as const) {
      let caught: unknown;
      try {
        parseXmlPart(xml, PART, at(where));
      } catch (e) {
        caught = e;
      }
      expect([where, caught]).toEqual([where, thrown]);
      expect(caught).toBe(thrown);
    }
  });
});

describe("XML 1.0 rules the old reader (saxes) kept", () => {
  test("the xml: prefix is bound without a declaration (xml:space on an element whose attributes are read)", () => {
    expect(read(`<a xmlns="${SML}" xml:space="preserve" v="1"> x </a>`)).toEqual({ text: " x ", attr: "1" });
    expect(read(`<a v="1" xml:space="preserve"> x </a>`)).toEqual({ text: " x ", attr: "1" });
  });

  test.each(DECODERS)("line ends in text are normalised to \\n (XML 1.0 §2.11), %s", (_mode, run) => {
    expect(run(() => read("<a>第一行\r\n第二行\r第三行</a>").text)).toBe("第一行\n第二行\n第三行");
  });

  // saxes rejected each of these; the reader reads them (each a failing case until parseXmlPart checks it)
  test.each<[string, string]>([
    // a comment whose '>' was lost runs on to the next comment's end, and the cells between vanish
    ["'--' inside a comment", `<a><!-- x --<b v="1"/>--></a>`],
    ["CDATA before the root", `<![CDATA[x]]><a/>`],
    ["CDATA after the root", `<a/><![CDATA[x]]>`],
    ["a reference to U+0000", `<a>&#0;</a>`],
    ["a reference to a lone surrogate", `<a v="&#xD800;"/>`],
    ["a reference to U+FFFE", `<a>&#xFFFE;</a>`],
    ["'<' in an attribute value", `<a v="1<2"/>`],
    ["']]>' in text", `<a>x]]>y</a>`],
  ])("%s is bad_xml", (_label, xml) => {
    expect(readError(() => parseXmlPart(utf8(xml), PART, readAll(["v"]))).problem.code).toBe("bad_xml");
  });

  test("whitespace in an attribute value is normalised to spaces (XML 1.0 §3.3.3), a reference is not", () => {
    expect(read(`<a v="x\ty\r\nz&#10;w"/>`).attr).toBe("x y z\nw");
  });
});

// a part cut in pieces after `</row>` (pieceEnd) is cut only where `</row>` can be nothing but an
// end tag: with a comment, a processing instruction or CDATA after the root it is read whole
// (markupAfter); `!` and `?` in text are no such markup. A handler given as an object is never
// read twice, so a cut in the wrong place would show here as a damaged part.
test.each<[string, string, string]>([
  ["a comment holding </row>", `<!-- </row> -->`, ""],
  ["a processing instruction holding </row>", `<?pi </row> ?>`, ""],
  ["CDATA holding </row>", `<row><c><v><![CDATA[</row>]]></v></c></row>`, "</row>"],
  ["! and ? in text, never after <", `<row><c><v>好！ a!b ok? 1&lt;?</v></c></row>`, "好！ a!b ok? 1<?"],
])("a large sheet with %s reads as it says, cut after </row> or whole", (_label, middle, said) => {
  const rows = (from: number) => Array.from({ length: 3000 }, (_, i) => `<row r="${from + i}"><c r="A${from + i}"><v>${i}</v></c></row>`).join("");
  const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${SML}"><sheetData>${rows(1)}${middle}${rows(5001)}</sheetData></worksheet>`;
  expect(utf8(xml).length).toBeGreaterThan(2 * 64 * 1024);
  let text = "";
  parseXmlPart(utf8(xml), PART, { open() {}, close() {}, text(r) { text += r(); } }, { pieceEnd: "</row>", pieceBytes: 1 });
  const numbers = Array.from({ length: 3000 }, (_, i) => String(i)).join("");
  expect(text).toBe(numbers + said + numbers);
});

// a piece other than the last ends where saxen is stopped, not at an end of file with elements
// open, for which saxen made an Error (a stack trace) each time: 4 of a county return's reads, 520
// of a 5,000-row one's
test.each<[string, number]>([
  ["a sheet of 3 pieces", 3000],
  ["a sheet of 30 pieces", 30000],
])("%s is read without making an Error", (_label, n) => {
  const rows = Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");
  const bytes = utf8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${SML}"><sheetData>${rows}</sheetData></worksheet>`);
  const Original = globalThis.Error;
  let made = 0;
  let cells = 0;
  globalThis.Error = class extends Original { constructor(message?: string) { super(message); made++; } } as ErrorConstructor;
  try {
    parseXmlPart(bytes, PART, { open(t) { if (t.local === "c") cells++; }, close() {} }, { pieceEnd: "</row>" });
  } finally {
    globalThis.Error = Original;
  }
  expect({ cells, made }).toEqual({ cells: n, made: 0 });
});
