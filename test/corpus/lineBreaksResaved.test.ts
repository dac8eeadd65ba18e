import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseSharedStrings } from "../../src/hosts/xlsx/parseSharedStrings";
import { parseWorksheet } from "../../src/hosts/xlsx/parseWorksheet";
import { cli } from "../support/cli";

/**
 * A line break in a cell reads the same whoever saved it. Excel keeps a pasted CR LF as
 * `_x000D_` and a line feed; LibreOffice drops the CR when it saves (found re-saving a locked
 * return through every writer here: `check` then said 锁定后被改动 on a 说明 whose text it showed
 * unchanged, and `review` made a decided row 待复核). CR LF is read as LF; a CR alone is kept.
 */
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** How writers store 第一行⏎第二行 in XML text. */
const STORED: Array<[string, string, string]> = [
  ["Excel: _x000D_ and a line feed", "第一行_x000D_\n第二行", "第一行\n第二行"],
  ["Excel: _x000D_ and an escaped line feed", "第一行_x000D_&#10;第二行", "第一行\n第二行"],
  ["both escaped", "第一行_x000D__x000A_第二行", "第一行\n第二行"],
  ["character references", "第一行&#13;&#10;第二行", "第一行\n第二行"],
  ["LibreOffice: a line feed", "第一行&#10;第二行", "第一行\n第二行"],
  ["a literal CR LF (XML reads it as LF)", "第一行\r\n第二行", "第一行\n第二行"],
  ["a CR alone is kept", "第一行&#13;第二行", "第一行\r第二行"],
  ["two breaks", "a_x000D_\n_x000D_\nb", "a\n\nb"],
];

describe.each(STORED)("%s", (_label, stored, text) => {
  test("a shared string", () => {
    expect(parseSharedStrings(enc(`<sst xmlns="${MAIN}"><si><t xml:space="preserve">${stored}</t></si></sst>`), "xl/sharedStrings.xml")).toEqual([text]);
  });

  test("an inline string and a formula's string result", () => {
    const xml = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">${stored}</t></is></c><c r="B1" t="str"><f>A1</f><v xml:space="preserve">${stored}</v></c></row></sheetData></worksheet>`;
    const rows = parseWorksheet(enc(xml), "xl/worksheets/sheet1.xml", { name: "s", shared: [], styles: [], date1904: false, counted: { cells: 0 } });
    expect(rows[0]?.slice(0, 2)).toEqual([{ type: "string", text }, { type: "string", text }]);
  });
});

/** A return of 2023 whose first 说明 (P4) holds `stored`, as a writer keeps a line break. */
async function withNote(file: string, part: string, stored: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file(part)!.async("string");
  const cell = /<c r="P4"( s="\d+")?\/>|<c r="P4"( s="\d+")?[^>]*>[\s\S]*?<\/c>/;
  if (!cell.test(xml)) throw new Error("no P4 in the template sheet");
  zip.file(part, xml.replace(cell, (m: string) => `<c r="P4"${/ s="\d+"/.exec(m)?.[0] ?? ""} t="inlineStr"><is><t xml:space="preserve">${stored}</t></is></c>`));
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

const dir = mkdtempSync(join(tmpdir(), "line-breaks-"));
const SHEET = "xl/worksheets/sheet2.xml";

/** the same 说明 as written by one program, then re-saved by another */
const RESAVED: Array<[string, string, string]> = [
  ["Excel's CR LF, re-saved by LibreOffice (CR dropped)", "受疫情影响_x000D_\n已采取措施", "受疫情影响&#10;已采取措施"],
  ["a script's CR LF references, re-saved by LibreOffice", "受疫情影响&#13;&#10;已采取措施", "受疫情影响&#10;已采取措施"],
  ["LibreOffice's LF, re-saved by a program writing CR LF", "受疫情影响&#10;已采取措施", "受疫情影响_x000D_\n已采取措施"],
];

test.each(RESAVED)("a locked return, its 说明 %s: check finds nothing changed, diff no change", async (_label, before, after) => {
  const n = RESAVED.findIndex((r) => r[1] === before);
  const made = join(dir, `r${n}.xlsx`);
  const locked = join(dir, `r${n}-locked.xlsx`);
  const resaved = join(dir, `r${n}-resaved.xlsx`);
  expect((await cli("template", "zhoushan-2021-2025", "--year", "2023", "--out", made)).code).toBe(0);
  await withNote(made, SHEET, before);
  const lock = await cli("lock", made, "--out", locked);
  expect([lock.code, lock.err]).toEqual([0, ""]);
  writeFileSync(resaved, readFileSync(locked));
  await withNote(resaved, SHEET, after);

  const r = await cli("check", resaved, "--json");
  expect(r.code).toBe(0);
  const report = JSON.parse(r.out) as { items: Array<{ issues: Array<{ code: string; cell: string }> }> };
  expect(report.items.flatMap((i) => i.issues).filter((i) => i.code === "locked_value_changed")).toEqual([]);
  const d = await cli("diff", locked, resaved, "--json");
  expect([d.code, (JSON.parse(d.out) as { changes: unknown[] }).changes]).toEqual([0, []]);
}, 60000);
