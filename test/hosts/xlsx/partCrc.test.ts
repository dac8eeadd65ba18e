import JSZip from "jszip";
import { readXlsxZip, XlsxReadError } from "../../../src/hosts/xlsx/readXlsxZip";
import { gridOfBytes } from "../../../src/cli/loadWorkbookFile";

/** A part whose bytes do not match the CRC the zip records is a damaged file, never other text (a flipped bit on a USB stick). */
const SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const FILES: Record<string, string> = {
  "xl/workbook.xml": `<workbook xmlns="${SML}" xmlns:r="${REL}"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  "xl/worksheets/sheet1.xml": `<worksheet xmlns="${SML}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
  "xl/sharedStrings.xml": `<sst xmlns="${SML}"><si><t>人均预期寿命(岁) ABCDEFGHIJ</t></si></sst>`,
};

async function workbook(compression: "STORE" | "DEFLATE"): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [n, t] of Object.entries(FILES)) z.file(n, t);
  return z.generateAsync({ type: "uint8array", compression });
}

/** The offset of the shared strings' data in the zip (after its local header). */
function dataOf(b: Uint8Array, name: string): number {
  const enc = new TextEncoder().encode(name);
  for (let i = 0; i + 30 < b.length; i++) {
    if (b[i] !== 0x50 || b[i + 1] !== 0x4b || b[i + 2] !== 3 || b[i + 3] !== 4) continue;
    const n = (b[i + 26] ?? 0) | ((b[i + 27] ?? 0) << 8);
    const x = (b[i + 28] ?? 0) | ((b[i + 29] ?? 0) << 8);
    if (n === enc.length && enc.every((c, k) => b[i + 30 + k] === c)) return i + 30 + n + x;
  }
  throw new Error(name);
}

test.each<["STORE" | "DEFLATE"]>([["STORE"], ["DEFLATE"]])("%s: the workbook reads as written", async (c) => {
  const g = await readXlsxZip(await workbook(c));
  expect(g.sheets[0]?.rows[0]?.[0]).toEqual({ type: "string", text: "人均预期寿命(岁) ABCDEFGHIJ" });
});

test.each<["STORE" | "DEFLATE", number]>([["STORE", 40], ["STORE", 60], ["DEFLATE", 12], ["DEFLATE", 20]])("%s, one bit flipped at data byte %i: damaged_zip", async (c, at) => {
  const b = await workbook(c);
  const i = dataOf(b, "xl/sharedStrings.xml") + at;
  b[i] = (b[i] ?? 0) ^ 0x04;
  const e = await readXlsxZip(b).then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(XlsxReadError);
  expect((e as XlsxReadError).problem.code).toBe("damaged_zip");
  // the CLI checks with node's zlib.crc32: the same refusal, one line
  const cli = await gridOfBytes("a.xlsx", Buffer.from(b));
  expect(cli.ok).toBe(false);
  if (!cli.ok) expect(cli.message).toMatch(/^a\.xlsx：文件已损坏/);
});
