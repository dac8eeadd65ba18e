import JSZip from "jszip";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { oleFile } from "../support/oleFile";

/**
 * `import` given a file by what is in it, not only by its name. A corpus sweep of real-world
 * workbooks (calamine, ClosedXML, SheetJS test files) found every .ods, .xlsb and .xltx read as
 * pasted text: its zip bytes searched for an indicator header (6 s for one .ods), then "no header
 * found … the pasted text does not look like a table". And a table saved by Notepad on Chinese
 * Windows (GBK, its "ANSI") or as "Unicode" (UTF-16) read as mojibake, with the same refusal.
 */
const dir = mkdtempSync(join(tmpdir(), "import-kinds-"));

const TABLE = [
  "某某县“十四五”卫生健康主要指标",
  "序号\t指标名称\t单位\t2020年\t2025年\t属性",
  "1\t人均预期寿命\t岁\t79.2\t80以上\t预期性",
  "2\t每千人口执业(助理)医师数\t人\t3.1\t3.6\t预期性",
  "",
].join("\r\n");

/** GB18030 bytes of text, by decoding every two-byte code (Node's TextDecoder decodes GB18030 but has no encoder). */
function gbk(text: string): Uint8Array {
  const dec = new TextDecoder("gb18030");
  const code = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) {
    const ch = dec.decode(new Uint8Array([a, b]));
    if (ch.length === 1 && !code.has(ch)) code.set(ch, [a, b]);
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) { out.push(ch.charCodeAt(0)); continue; }
    const c = code.get(ch);
    if (!c) throw new Error(`no GBK code for ${ch}`);
    out.push(...c);
  }
  return new Uint8Array(out);
}

function utf16le(text: string): Uint8Array {
  const b = new Uint8Array(2 + text.length * 2);
  b[0] = 0xff; b[1] = 0xfe;
  for (let i = 0; i < text.length; i++) { b[2 + 2 * i] = text.charCodeAt(i) & 0xff; b[3 + 2 * i] = text.charCodeAt(i) >> 8; }
  return b;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const esc = (t: string): string => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A minimal SpreadsheetML package holding TABLE in its one sheet as inline strings (what a .xltx or .xlsx is inside). */
async function workbookOf(): Promise<Uint8Array> {
  const z = new JSZip();
  z.file("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  z.file("xl/workbook.xml", `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="指标" sheetId="1" r:id="s1"/></sheets></workbook>`);
  z.file("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  const rows = TABLE.split("\r\n").filter((l) => l !== "").map((l, r) =>
    `<row r="${r + 1}">${l.split("\t").map((v) => `<c t="inlineStr"><is><t>${esc(v)}</t></is></c>`).join("")}</row>`);
  z.file("xl/worksheets/sheet1.xml", `<worksheet xmlns="${MAIN}"><sheetData>${rows.join("")}</sheetData></worksheet>`);
  return z.generateAsync({ type: "uint8array" });
}

async function odsOf(): Promise<Uint8Array> {
  const z = new JSZip();
  z.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
  z.file("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
  return z.generateAsync({ type: "uint8array" });
}

async function xlsbOf(): Promise<Uint8Array> {
  const z = new JSZip();
  z.file("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.bin"/></Relationships>`);
  z.file("xl/workbook.bin", "\u0083\u0001\u0000");
  return z.generateAsync({ type: "uint8array" });
}

interface Case {
  name: string;
  file: string;
  make: () => Uint8Array | Promise<Uint8Array>;
  /** imported: the indicators read; else the one stderr line (exit 2) */
  indicators?: string[];
  line?: RegExp;
}

const CASES: Case[] = [
  { name: "a table saved by Notepad as ANSI on Chinese Windows (GBK)", file: "指标表-gbk.txt", make: () => gbk(TABLE), indicators: ["人均预期寿命", "每千人口执业(助理)医师数"] },
  { name: "a table saved as Unicode (UTF-16 LE with its BOM)", file: "指标表-utf16.txt", make: () => utf16le(TABLE), indicators: ["人均预期寿命", "每千人口执业(助理)医师数"] },
  { name: "a UTF-8 table with a BOM (as before)", file: "指标表-bom.txt", make: () => new TextEncoder().encode("\ufeff" + TABLE), indicators: ["人均预期寿命", "每千人口执业(助理)医师数"] },
  { name: "an Excel template (.xltx) holding the table", file: "指标表.xltx", make: workbookOf, indicators: ["人均预期寿命", "每千人口执业(助理)医师数"] },
  { name: "an .ods", file: "指标表.ods", make: odsOf, line: /^.*指标表\.ods：不是 \.xlsx 文件（是 OpenDocument 表格（\.ods）），请另存为 \.xlsx$/ },
  { name: "an .xlsb", file: "指标表.xlsb", make: xlsbOf, line: /^.*指标表\.xlsb：不是 \.xlsx 文件（是 Excel 二进制工作簿（\.xlsb）），请另存为 \.xlsx$/ },
  { name: "a WPS .et of the old binary kind (an OLE workbook)", file: "指标表.et", make: () => oleFile(["Workbook"]), line: /^.*指标表\.et：是旧版 \.xls 格式/ },
  { name: "a PDF", file: "规划.pdf", make: () => new TextEncoder().encode("%PDF-1.7\n1 0 obj\n"), line: /^.*规划\.pdf：不是 \.xlsx 工作簿（是 PDF 文件），没有导入；请导入规划的指标表（\.xlsx、\.csv、\.txt、\.docx 或网页）$/ },
  // trial42b F4: check's words for a CSV named .xlsx speak of returns; an import says to rename it
  { name: "random bytes named .xlsx", file: "乱码.xlsx", make: () => Uint8Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 256), line: /^.*乱码\.xlsx：不是 \.xlsx 工作簿（看不出是什么文件），没有导入；请导入规划的指标表/ },
  { name: "a CSV named .xlsx", file: "指标表.xlsx", make: () => new TextEncoder().encode("指标,2020\n人均预期寿命,80\n"), line: /^.*指标表\.xlsx：不是 \.xlsx 工作簿（是文本文件），没有导入；如是 CSV 或文本的指标表，请把扩展名改成 \.csv 或 \.txt 再导入$/ },
];

test.each(CASES)("$name", async (c) => {
  const f = join(dir, c.file);
  writeFileSync(f, await c.make());
  const out = join(dir, `${c.file}.json`);
  const r = await cli("import", f, "--out", out);
  if (c.indicators) {
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const t = JSON.parse(readFileSync(out, "utf8")) as { title: string; indicators: Array<{ name: string }> };
    expect(t.indicators.map((i) => i.name)).toEqual(c.indicators);
    expect(t.title).toBe("某某县“十四五”卫生健康主要指标");
  } else {
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split("\n")).toHaveLength(1);
    expect(r.err.trimEnd()).toMatch(c.line as RegExp);
    expect(existsSync(out)).toBe(false);
  }
});
