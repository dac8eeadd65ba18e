import { unescapeXstring } from "../../../src/hosts/xlsx/unescapeXstring";
import { parseSharedStrings } from "../../../src/hosts/xlsx/parseSharedStrings";

/** Excel's _xHHHH_ escapes in strings (ECMA-376 Part 1 §22.9.2.19 ST_Xstring). */
test.each<[string, string, string]>([
  ["a carriage return Excel kept", "嵊泗县_x000D_", "嵊泗县\r"],
  ["CR LF inside a note", "第一行_x000D_\n第二行", "第一行\r\n第二行"],
  ["a control character XML cannot hold", "a_x0001_b", "a\u0001b"],
  ["a literal _x escaped as _x005F_", "_x005F_x000D_", "_x000D_"],
  ["lower-case hex", "_x00e9_", "é"],
  ["not an escape: three digits", "_x00D_", "_x00D_"],
  ["not an escape: no closing _", "_x000D", "_x000D"],
  ["plain text", "人均预期寿命(岁)", "人均预期寿命(岁)"],
])("%s", (_label, stored, text) => {
  expect(unescapeXstring(stored)).toBe(text);
});

test("shared strings come back unescaped", () => {
  const xml = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>嵊泗县_x000D_</t></si><si><r><t>a_x005F_</t></r><r><t>x0041_</t></r></si></sst>`;
  // runs are joined first: the escaped underscore before x0041_ keeps it literal, across runs too
  expect(parseSharedStrings(new TextEncoder().encode(xml), "xl/sharedStrings.xml")).toEqual(["嵊泗县\r", "a_x0041_"]);
});
