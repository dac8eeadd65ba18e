import fc from "fast-check";
import type { CellValue } from "../../../src/domain/CellValue";
import type { NumberFormatKind } from "../../../src/hosts/storedNumber";
import { parseWorksheet, placeSharedStrings } from "../../../src/hosts/xlsx/parseWorksheet";
import { ZIP_LIMITS } from "../../../src/hosts/xlsx/ZIP_LIMITS";
import { readError, SML, SML_STRICT, utf8 } from "./xmlParts";

/** How a worksheet part's cells become values (src/hosts/xlsx/parseWorksheet.ts, ECMA-376 Part 1 §18.3.1). */
const PART = "xl/worksheets/sheet1.xml";
const SHARED = ["共享甲", "", "shared & <b>"];
const STYLES: NumberFormatKind[] = ["plain", "percent", "date", "text"];

const letters = (col: number): string => (col < 26 ? "" : letters(Math.floor(col / 26) - 1)) + String.fromCharCode(65 + (col % 26));

/** The cells that hold something, as [A1 ref, value], row by row; and how many were counted. */
function cells(xml: string, date1904 = false): { cells: Array<[string, CellValue]>; counted: number } {
  const counted = { cells: 0 };
  const rows = parseWorksheet(utf8(xml), PART, { name: "表1", shared: SHARED, styles: STYLES, date1904, counted });
  const out: Array<[string, CellValue]> = [];
  rows.forEach((row, r) => row.forEach((v, c) => out.push([`${letters(c)}${r + 1}`, v])));
  return { cells: out, counted: counted.cells };
}

const sheet = (data: string): string => `<worksheet xmlns="${SML}"><sheetData>${data}</sheetData></worksheet>`;
const n = (value: number): CellValue => ({ type: "number", value });
const s = (text: string): CellValue => ({ type: "string", text });

describe("where a cell is: its r, else after the previous cell; a row's r, else after the previous row", () => {
  test.each<[string, string, Array<[string, CellValue]>]>([
    ["lower case and $ refs", `<row r="7"><c r="a1"><v>1</v></c><c r="$B$7"><v>2</v></c><c r="c$7"><v>3</v></c><c r="$ab7"><v>4</v></c></row>`,
      [["A1", n(1)], ["B7", n(2)], ["C7", n(3)], ["AB7", n(4)]]],
    ["a cell without r follows the previous one", `<row r="2"><c r="B2"><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>`, [["B2", n(1)], ["C2", n(2)], ["D2", n(3)]]],
    ["the first cell without r is in column A", `<row r="3"><c><v>1</v></c></row>`, [["A3", n(1)]]],
    ["a row without r follows the previous row", `<row r="3"><c r="A3"><v>1</v></c></row><row><c><v>2</v></c></row><row><c><v>3</v></c></row>`, [["A3", n(1)], ["A4", n(2)], ["A5", n(3)]]],
    ["the first row without r is row 1", `<row><c><v>1</v></c></row><row><c r="B2"><v>2</v></c></row>`, [["A1", n(1)], ["B2", n(2)]]],
    ["a row without r takes its first cell's row", `<row r="2"/><row><c r="C5"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>`, [["C5", n(1)], ["D5", n(2)], ["A6", n(3)]]],
    ["an explicit row r is kept when its cells say another row", `<row r="2"><c r="A9"><v>1</v></c></row><row><c><v>2</v></c></row>`, [["A3", n(2)], ["A9", n(1)]]],
    ["a row r that is not a number is as if missing", `<row r="4"/><row r="x"><c><v>1</v></c></row>`, [["A5", n(1)]]],
    ["four letters is not a ref: the cell follows the previous one", `<row r="1"><c r="B1"><v>1</v></c><c r="ABCD1"><v>2</v></c></row>`, [["B1", n(1)], ["C1", n(2)]]],
    ["eight digits is not a ref", `<row r="1"><c r="B1"><v>1</v></c><c r="A12345678"><v>2</v></c></row>`, [["B1", n(1)], ["C1", n(2)]]],
    ["digits first, a space, a sign or nothing after the letters is not a ref", `<row r="1"><c r="1A"><v>1</v></c><c r="A 1"><v>2</v></c><c r="A-1"><v>3</v></c><c r="A"><v>4</v></c><c r=""><v>5</v></c></row>`,
      [["A1", n(1)], ["B1", n(2)], ["C1", n(3)], ["D1", n(4)], ["E1", n(5)]]],
    ["a column past XFD is dropped", `<row r="1"><c r="XFE1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>`, [["XFD1", n(2)]]],
  ])("%s", (_label, data, expected) => {
    expect(cells(sheet(data)).cells).toEqual(expected);
  });

  test("three letters and seven digits are a ref: XFD1048576 is past ZIP_LIMITS.maxRows", () => {
    const e = readError(() => cells(sheet(`<row><c r="XFD1048576"><v>1</v></c></row>`)));
    expect(e.problem).toEqual({ code: "too_many_rows", params: { sheet: "表1", limit: ZIP_LIMITS.maxRows } });
  });
});

describe("a cell's r, s and t are read as XML reads them, whatever their shape (a plain one is read as written)", () => {
  const pct = (value: number): CellValue => ({ type: "number", value, percentStyle: true });
  test.each<[string, string, Array<[string, CellValue]>]>([
    ["references in r and s are decoded", `<row r="2"><c r="&#66;2" s="&#x31;"><v>0.5</v></c></row>`, [["B2", pct(0.5)]]],
    ["a reference in t is decoded", `<row r="1"><c r="A1" t="&#115;"><v>0</v></c></row>`, [["A1", s("共享甲")]]],
    ["whitespace around s is read as Number reads it", `<row r="1"><c r="A1" s=" 1&#9;"><v>0.5</v></c></row>`, [["A1", pct(0.5)]]],
    ["an r that decodes to no ref: the cell follows the previous one", `<row r="3"><c r="B3"><v>1</v></c><c r="A&amp;3"><v>2</v></c></row>`, [["B3", n(1)], ["C3", n(2)]]],
    ["a plain s that is no index is style 0's", `<row r="1"><c r="A1" s="1.5"><v>0.5</v></c></row>`, [["A1", n(0.5)]]],
  ])("%s", (_label, data, expected) => {
    expect(cells(sheet(data)).cells).toEqual(expected);
  });

  test.each<[string, string]>([
    ["a lone & in r", `<c r="A&1"><v>1</v></c>`],
    ["an unknown entity in s", `<c r="A1" s="&one;"><v>1</v></c>`],
    ["a reference to a character XML does not allow in t", `<c r="A1" t="&#1;"><v>1</v></c>`],
  ])("%s is bad_xml", (_label, c) => {
    expect(readError(() => cells(sheet(`<row r="1">${c}</row>`))).problem.code).toBe("bad_xml");
  });
});

describe("what a cell holds", () => {
  const one = (c: string): CellValue | undefined => cells(sheet(`<row r="1">${c}</row>`)).cells[0]?.[1];
  test.each<[string, string, CellValue | undefined]>([
    ["a number", `<c r="A1"><v>12.5</v></c>`, n(12.5)],
    ["a number with t=\"n\" and an exponent", `<c r="A1" t="n"><v>-1.5E3</v></c>`, n(-1500)],
    ["a number that is not one is text", `<c r="A1"><v>abc</v></c>`, s("abc")],
    ["a shared string", `<c r="A1" t="s"><v>0</v></c>`, s("共享甲")],
    ["an empty shared string is empty", `<c r="A1" t="s"><v>1</v></c>`, { type: "empty" }],
    ["a shared string with entities", `<c r="A1" t="s"><v>2</v></c>`, s("shared & <b>")],
    ["a shared string past the table is empty", `<c r="A1" t="s"><v>9</v></c>`, { type: "empty" }],
    ["an inline string", `<c r="A1" t="inlineStr"><is><t>甲&amp;乙</t></is></c>`, s("甲&乙")],
    ["an inline string of rich runs, phonetic runs left out",
      `<c r="A1" t="inlineStr"><is><r><rPr><b/><sz val="11"/></rPr><t>上</t></r><r><t xml:space="preserve"> 海 </t></r><rPh sb="0" eb="1"><t>シャンハイ</t></rPh><phoneticPr fontId="1"/></is></c>`, s("上 海 ")],
    ["an empty inline string is empty", `<c r="A1" t="inlineStr"><is><t/></is></c>`, { type: "empty" }],
    ["t=\"str\": a formula's text", `<c r="A1" t="str"><f>A2&amp;"x"</f><v>甲x</v></c>`, s("甲x")],
    ["t=\"str\" with an empty value: a formula that gave \"\"", `<c r="A1" t="str"><f>""</f><v></v></c>`, { type: "empty" }],
    ["t=\"str\" with <v/>", `<c r="A1" t="str"><f>""</f><v/></c>`, { type: "empty" }],
    ["t=\"str\", empty, no formula", `<c r="A1" t="str"><v></v></c>`, { type: "empty" }],
    ["a stored number in exponent form", `<c r="A1"><v>1.5E-3</v></c>`, n(0.0015)],
    ["a number with spaces around it", `<c r="A1"><v> 12 </v></c>`, n(12)],
    ["hex is not a stored number (Number() would take it as 16)", `<c r="A1"><v>0x10</v></c>`, s("0x10")],
    ["Infinity is not a stored number", `<c r="A1"><v>Infinity</v></c>`, s("Infinity")],
    ["binary is not a stored number", `<c r="A1"><v>0b11</v></c>`, s("0b11")],
    // the formula's text is kept where short: check quotes it, rollover carries it (a trial's =120/3 was lost)
    ["a formula without a cached value is uncalculated", `<c r="A1"><f>1+1</f></c>`, { type: "uncalculated", formula: "1+1" }],
    ["a formula with <v/> is uncalculated", `<c r="A1"><f>1+1</f><v/></c>`, { type: "uncalculated", formula: "1+1" }],
    ["a formula with <v></v> is uncalculated, never 0", `<c r="A1"><f>120/3</f><v></v></c>`, { type: "uncalculated", formula: "120/3" }],
    ["an uncalculated formula's text is decoded", `<c r="A1"><f>IF(B1&gt;0,&quot;是&quot;,"")</f></c>`, { type: "uncalculated", formula: 'IF(B1>0,"是","")' }],
    ["an uncalculated formula past FORMULA_KEPT keeps no text (the add-in's own, thousands a return)", `<c r="A1"><f>${"1+".repeat(200)}1</f></c>`, { type: "uncalculated" }],
    ["a shared formula's follower without a value is uncalculated", `<c r="A1"><f t="shared" si="0"/></c>`, { type: "uncalculated" }],
    ["a formula with its cached number", `<c r="A1"><f>1+1</f><v>2</v></c>`, n(2)],
    ["<v/> without a formula holds nothing", `<c r="A1"><v/></c>`, undefined],
    ["<v></v> without a formula holds nothing", `<c r="A1"><v></v></c>`, undefined],
    ["a styled blank holds nothing", `<c r="A1" s="1"/>`, undefined],
    ["t=\"b\" 1", `<c r="A1" t="b"><v>1</v></c>`, { type: "boolean", value: true }],
    ["t=\"b\" 0", `<c r="A1" t="b"><v>0</v></c>`, { type: "boolean", value: false }],
    ["t=\"b\" true", `<c r="A1" t="b"><v>true</v></c>`, { type: "boolean", value: true }],
    // trial44a F6: a formula's error result says it is a formula's, with its text where kept
    ["t=\"e\" of a formula: its text", `<c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c>`, { type: "error", code: "#DIV/0!", formula: "1/0" }],
    ["t=\"e\" without a formula: no formula", `<c r="A1" t="e"><v>#N/A</v></c>`, { type: "error", code: "#N/A" }],
    ["t=\"e\" of a shared formula's follower: a formula, no text", `<c r="A1" t="e"><f t="shared" si="0"/><v>#VALUE!</v></c>`, { type: "error", code: "#VALUE!", formula: "" }],
    ["t=\"e\" of a formula past FORMULA_KEPT: a formula, no text", `<c r="A1" t="e"><f>${"1+".repeat(200)}A1</f><v>#VALUE!</v></c>`, { type: "error", code: "#VALUE!", formula: "" }],
    // a formula that is only an error value (LibreOffice saves a typed #DIV/0! so, and Excel keeps it): that value, no formula
    ["t=\"e\" of LibreOffice's error value", `<c r="A1" s="23" t="e"><f aca="false">#DIV/0!</f><v>#DIV/0!</v></c>`, { type: "error", code: "#DIV/0!" }],
    ["t=\"e\" of an error value in lower case, spaced, with its =", `<c r="A1" t="e"><f> =#n/a </f><v>#N/A</v></c>`, { type: "error", code: "#N/A" }],
    ["t=\"e\" of #GETTING_DATA", `<c r="A1" t="e"><f>#GETTING_DATA</f><v>#GETTING_DATA</v></c>`, { type: "error", code: "#GETTING_DATA" }],
    ["t=\"e\" of a formula naming an error among others: a formula", `<c r="A1" t="e"><f>IF(B1,#N/A,1)</f><v>#N/A</v></c>`, { type: "error", code: "#N/A", formula: "IF(B1,#N/A,1)" }],
    ["an uncalculated error value (openpyxl's =#VALUE!): that value", `<c r="A1"><f>#VALUE!</f><v/></c>`, { type: "error", code: "#VALUE!" }],
    ["t=\"d\"", `<c r="A1" t="d"><v>2024-03-01T00:00:00</v></c>`, { type: "date", iso: "2024-03-01" }],
    ["a percent style", `<c r="A1" s="1"><v>0.95</v></c>`, { type: "number", value: 0.95, percentStyle: true }],
    ["a date style (the number stored kept for the message)", `<c r="A1" s="2"><v>45473</v></c>`, { type: "date", iso: "2024-06-30", serial: 45473 }],
    ["a style index past the table is plain", `<c r="A1" s="7"><v>3</v></c>`, n(3)],
    // trial44a F4: a text typed into a cell in the Text format (@) says so, so the message can say why retyping it keeps it text
    ["a shared string in the Text format", `<c r="A1" s="3" t="s"><v>0</v></c>`, { type: "string", text: "共享甲", textStyle: true }],
    ["an inline string in the Text format", `<c r="A1" s="3" t="inlineStr"><is><t>2.45</t></is></c>`, { type: "string", text: "2.45", textStyle: true }],
    ["a formula's text result in the Text format is no typed text", `<c r="A1" s="3" t="str"><f>B1&amp;""</f><v>2.45</v></c>`, s("2.45")],
    ["a number in the Text format (typed before the format was set) is a number", `<c r="A1" s="3"><v>2.45</v></c>`, n(2.45)],
    ["the value is text and CDATA together", `<c r="A1" t="str"><v>a<![CDATA[<&>]]>b</v></c>`, s("a<&>b")],
    ["a comment inside the value is nothing", `<c r="A1"><v>1<!-- x -->2</v></c>`, n(12)],
    ["whitespace-only text is text", `<c r="A1" t="inlineStr"><is><t> </t></is></c>`, s(" ")],
  ])("%s", (_label, c, expected) => {
    expect(one(c)).toEqual(expected);
  });

  test("a stored value is a number exactly when it is an xsd:double (sign, digits, point, exponent, spaces around)", () => {
    // xsd:double as SpreadsheetML stores numbers; whatever else Number() takes (0x10, Infinity, "") is text
    const XSD_DOUBLE = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
    const value = fc.string({ unit: fc.constantFrom(..."0123456789.-+eExXbI n"), minLength: 1, maxLength: 8 });
    fc.assert(fc.property(value, (v) => {
      const got = one(`<c r="A1"><v>${v}</v></c>`);
      const n = Number(v);
      if (XSD_DOUBLE.test(v) && Number.isFinite(n)) expect(got).toEqual({ type: "number", value: n });
      else expect(got).toEqual(v.trim() === "" && v === "" ? undefined : { type: "string", text: v });
    }), { seed: 20261201, numRuns: 2000 });
  });

  test("a shared string's cell read for another file's strings (SheetTemplate) keeps its Text format, and the other cells of that string do not take it", () => {
    const sharedAt: number[] = [];
    const xml = sheet(`<row r="1"><c r="A1" s="3" t="s"><v>0</v></c><c r="B1" t="s"><v>0</v></c></row>`);
    const rows = parseWorksheet(utf8(xml), PART, { name: "表1", shared: [], styles: STYLES, date1904: false, counted: { cells: 0 }, sharedAt });
    placeSharedStrings(rows, sharedAt, ["2.45"]);
    expect(rows[0]).toEqual([{ type: "string", text: "2.45", textStyle: true }, s("2.45")]);
  });

  test("a date style in the 1904 date system", () => {
    expect(cells(sheet(`<row r="1"><c r="A1" s="2"><v>44011</v></c></row>`), true).cells).toEqual([["A1", { type: "date", iso: "2024-06-30", serial: 44011 }]]);
  });
});

describe("only SpreadsheetML's worksheet/sheetData/row/c is a cell", () => {
  test.each<[string, string, Array<[string, CellValue]>]>([
    ["a <c> inside an extension element in a row", sheet(`<row r="1"><c r="A1"><v>1</v></c><x14:e xmlns:x14="urn:x14"><c r="B1"><v>2</v></c></x14:e></row>`), [["A1", n(1)]]],
    ["a <c> of another namespace in a row", sheet(`<row r="1"><o:c xmlns:o="urn:o" r="B1"><v>2</v></o:c><c><v>3</v></c></row>`), [["A1", n(3)]]],
    ["a <c> in extLst, outside sheetData", `<worksheet xmlns="${SML}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><extLst><ext><row r="2"><c r="A2"><v>2</v></c></row></ext></extLst></worksheet>`, [["A1", n(1)]]],
    ["rows inside an extension in sheetData", sheet(`<mc:AlternateContent xmlns:mc="urn:mc"><row r="2"><c r="A2"><v>2</v></c></row></mc:AlternateContent><row r="1"><c r="A1"><v>1</v></c></row>`), [["A1", n(1)]]],
    ["a <c> nested in a cell", sheet(`<row r="1"><c r="A1"><v>1</v><c r="B1"><v>2</v></c></c></row>`), [["A1", n(1)]]],
    ["a sheetData that is not the worksheet's", `<worksheet xmlns="${SML}"><e><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></e></worksheet>`, []],
    ["another root", `<chartsheet xmlns="${SML}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></chartsheet>`, []],
    ["no namespace at all", `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`, []],
    ["prefixed, strict", `<x:worksheet xmlns:x="${SML_STRICT}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>甲</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`, [["A1", s("甲")]]],
    ["s: another namespace's, x: SpreadsheetML's", `<x:worksheet xmlns:x="${SML}" xmlns:s="urn:o"><x:sheetData><x:row r="1"><s:c r="A1"><x:v>1</x:v></s:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`, [["B1", n(2)]]],
  ])("%s", (_label, xml, expected) => {
    expect(cells(xml).cells).toEqual(expected);
  });

  test("only cells that hold something are counted toward ZIP_LIMITS.maxCells", () => {
    const r = cells(sheet(`<row r="1"><c r="A1" s="1"/><c r="B1"><v>1</v></c><c r="C1"><f>X</f></c><c r="D1"><v/></c><c r="E1" t="inlineStr"><is><t/></is></c></row>`));
    expect(r.counted).toBe(3);
    expect(r.cells.map(([ref]) => ref)).toEqual(["B1", "C1", "E1"]);
  });
});

describe("a damaged tag whose attributes no reader asks for", () => {
  // <t xml:space="preserve">1>2</t> that lost its '>': saxen parses <t>'s attributes only when
  // asked, so "1" is taken for an attribute and the cell silently reads "2" (saxes: not well-formed)
  test("is bad_xml, not a shorter text", () => {
    const xml = sheet(`<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"1>2</t></is></c></row>`);
    expect(readError(() => cells(xml)).problem.code).toBe("bad_xml");
  });
});

describe("XML saxen refuses but XML 1.0 allows is read (saxes reads the part again); what both refuse is damaged", () => {
  const gbk = (xml: string): Uint8Array => {
    // the few characters used below, in GBK (a script that writes parts in the local code page)
    const table: Record<string, number[]> = { 嵊: [0xe1, 0xd3], 泗: [0xe3, 0xf4], 县: [0xcf, 0xd8] };
    const out: number[] = [];
    for (const ch of xml) out.push(...(table[ch] ?? [ch.charCodeAt(0)]));
    return new Uint8Array(out);
  };
  test.each<[string, string, Array<[string, CellValue]>]>([
    ["spaces around = in attributes", `<row r = "2"><c r= "B2" t ="inlineStr"><is><t>嵊泗县</t></is></c><c r="C2" s = "1"><v>0.5</v></c></row>`,
      [["B2", s("嵊泗县")], ["C2", { type: "number", value: 0.5, percentStyle: true }]]],
    ["an extension element with a Chinese name", `<row r="1"><c r="A1"><v>7</v></c></row></sheetData><extLst><ext uri="{0}" xmlns:w="urn:example:wps"><w:备注 w:类型="说明">文本</w:备注></ext></extLst><sheetData>`,
      [["A1", n(7)]]],
  ])("%s", (_label, data, expected) => {
    expect(cells(sheet(data)).cells).toEqual(expected);
  });

  test("a part declared as GBK is read as GBK", () => {
    const rows = parseWorksheet(gbk(`<?xml version="1.0" encoding="GBK"?>${sheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>嵊泗县</t></is></c></row>`)}`), PART, { name: "表1", shared: SHARED, styles: STYLES, date1904: false, counted: { cells: 0 } });
    expect(rows[0]?.[0]).toEqual(s("嵊泗县"));
  });

  test.each<[string, string]>([
    ["an encoding nobody knows", `<?xml version="1.0" encoding="x-nonsense"?>${sheet("")}`],
    ["a tag both parsers refuse", sheet(`<row r="1"><c r="A1" s="1" s="2"><v>1</v></c></row>`)],
    ["a cut part", sheet(`<row r="1"><c r="A1"><v>1</v></c></row>`).slice(0, 60)],
  ])("%s is bad_xml", (_label, xml) => {
    expect(readError(() => cells(xml)).problem.code).toBe("bad_xml");
  });

  test("cells are counted once when the part is read twice", () => {
    expect(cells(sheet(`<row r = "1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>`)).counted).toBe(2);
  });
});

// GridSheet.formulas: check tells a sheet that lost every formula (a values-only re-save, formulas_lost)
describe("how many cells hold a formula", () => {
  test.each<[string, string, number]>([
    ["none", `<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="s"><v>0</v></c></row>`, 0],
    ["a formula with its result", `<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>`, 1],
    ["a formula never calculated (no <v>)", `<row r="1"><c r="A1"><f>1+1</f></c></row>`, 1],
    ["a shared formula's master and a cell sharing it", `<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1</f><v>0</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>0</v></c></row>`, 2],
    ["a styled blank and a value beside a formula", `<row r="1"><c r="A1" s="1"/><c r="B1"><v>3</v></c><c r="C1" t="str"><f>"x"</f><v>x</v></c></row>`, 1],
  ])("%s", (_why, data, expected) => {
    const formulas = { cells: -1 };
    parseWorksheet(utf8(sheet(data)), PART, { name: "表1", shared: SHARED, styles: STYLES, date1904: false, counted: { cells: 0 }, formulas });
    expect(formulas.cells).toBe(expected);
  });
});

describe("where formulas are, and their whole text when asked (a check doubting a sheet's own formulas)", () => {
  const long = `IF($X4="","",$X4*2)+${"1+".repeat(60)}1`;
  const read = (xml: string, columns: number[] | null) => {
    const formulas = { cells: 0, at: [] as number[][] };
    const texts: Array<Array<{ text: string; row: number }>> = [];
    parseWorksheet(utf8(sheet(xml)), PART, { name: "表1", shared: SHARED, styles: STYLES, date1904: false, counted: { cells: 0 }, formulas });
    parseWorksheet(utf8(sheet(xml)), PART, { name: "表1", shared: SHARED, styles: STYLES, date1904: false, counted: { cells: 0 }, texts, ...(columns ? { textColumns: new Set(columns) } : {}) });
    const at = formulas.at.flatMap((cols, r) => (cols ?? []).map((c) => `${letters(c)}${r + 1}`));
    const whole = texts.flatMap((row, r) => (row ?? []).flatMap((f, c) => (f ? [`${letters(c)}${r + 1}@${f.row}:${f.text.length > 20 ? `${f.text.slice(0, 12)}…` : f.text}`] : [])));
    return { at, whole };
  };
  test.each<[string, string, string[], string[], number[] | null]>([
    ["only the columns asked for; a shared group's text still reaches its cells there", `<row r="4"><c r="R4"><f t="shared" ref="R4:S5" si="1">$X4</f><v>1</v></c><c r="S4"><f>$Y4</f><v>1</v></c><c r="T4"><f>$Z4</f></c></row><row r="5"><c r="S5"><f t="shared" si="1"/><v>1</v></c></row>`,
      ["R4", "S4", "T4", "S5"], ["S4@4:$Y4", "S5@4:$X4"], [18]],
    ["a formula with a result, one without, a value: the formulas' places and texts", `<row r="4"><c r="S4"><f>${long}</f><v>1</v></c><c r="T4"><f>A1+1</f></c><c r="U4"><v>3</v></c></row>`,
      ["S4", "T4"], ["S4@4:IF($X4=\"\",\"\"…", "T4@4:A1+1"], null],
    ["a shared formula's cells take the group's text and the row it is written for", `<row r="4"><c r="S4"><f t="shared" ref="S4:S6" si="0">$X4*2</f><v>2</v></c></row><row r="5"><c r="S5"><f t="shared" si="0"/><v>4</v></c></row><row r="6"><c r="S6"><f t="shared" si="0"/><v>6</v></c></row>`,
      ["S4", "S5", "S6"], ["S4@4:$X4*2", "S5@4:$X4*2", "S6@4:$X4*2"], null],
    ["a formula's text in pieces (entities) is read whole", `<row r="2"><c r="B2"><f>IF(A2&lt;1,"&#19981;","x")</f><v>x</v></c></row>`, ["B2"], ["B2@2:IF(A2<1,\"不\",\"x\")"], null],
  ])("%s", (_why, xml, at, whole, columns) => {
    expect(read(xml, columns)).toEqual({ at, whole });
  });
});
