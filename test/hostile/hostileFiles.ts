import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { deflated, repeatedDeflate, zipBuffer, type RawEntry } from "./rawZip";

/**
 * Hostile .xlsx files (issue #7), built in a temp dir at test time: nothing large is committed.
 * Each case names the file it wrote and what the one line on stderr must say.
 */
export interface HostileCase {
  name: string;
  why: RegExp;
  make: (dir: string) => Promise<string> | string;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>';
const ROOT_RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>`;
const SHEET_TAIL = "</sheetData></worksheet>";
/**
 * A sheet marked as a return's own (A2): a sheet past a limit that is none of the return's is
 * passed over (a 企业名录 appended), so a limit is tested on a sheet the command needs
 */
const OURS_HEAD = `${SHEET_HEAD}<row r="2"><c r="A2" t="inlineStr"><is><t>plan-returns:template:t</t></is></c></row>`;

function workbookXml(sheets: number): string {
  const s = Array.from({ length: sheets }, (_, i) => `<sheet name="Sheet${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><sheets>${s}</sheets></workbook>`;
}

function workbookRels(sheets: number): string {
  const s = Array.from({ length: sheets }, (_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${s}</Relationships>`;
}

/** The parts every case shares, for `sheets` sheets (the sheets themselves not included). */
function skeleton(sheets = 1): RawEntry[] {
  return [
    deflated("[Content_Types].xml", CONTENT_TYPES),
    deflated("_rels/.rels", ROOT_RELS),
    deflated("xl/workbook.xml", workbookXml(sheets)),
    deflated("xl/_rels/workbook.xml.rels", workbookRels(sheets)),
  ];
}

function write(dir: string, name: string, data: Buffer | string): string {
  const f = join(dir, name);
  writeFileSync(f, data);
  return f;
}

async function jszipSkeleton(workbook: string | Buffer): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", ROOT_RELS);
  zip.file("xl/workbook.xml", workbook);
  zip.file("xl/_rels/workbook.xml.rels", workbookRels(1));
  zip.file("xl/worksheets/sheet1.xml", `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>hello</t></is></c></row>${SHEET_TAIL}`);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** `n` rows of XML made in pieces, joined once, from row 3 (under OURS_HEAD's mark). */
function rowsXml(n: number, row: (r: number) => string): string {
  const parts: string[] = [OURS_HEAD];
  // below the mark's row 2, so no row overwrites it
  for (let r = 3; r <= n + 2; r++) parts.push(row(r));
  parts.push(SHEET_TAIL);
  return parts.join("");
}

const GB39 = 3900; // MB of XML: just under 4 GiB, so no zip64 is needed for the declared size
const ROW = '<row r="1"><c r="A1"><v>1</v></c></row>';
const MB_OF_ROWS = ROW.repeat(Math.floor((1024 * 1024) / ROW.length));

export const hostileCases: HostileCase[] = [
  // (a) not a zip
  { name: "random-bytes", why: /不是 \.xlsx/, make: (d) => { const b = randomBytes(64 * 1024); b[0] = 0x42; return write(d, "random.xlsx", b); } },
  { name: "empty-file", why: /空的/, make: (d) => write(d, "empty.xlsx", Buffer.alloc(0)) },
  { name: "pdf-header", why: /不是 \.xlsx/, make: (d) => write(d, "report.xlsx", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n") },
  // (f) encrypted, truncated, not XML
  { name: "password-cfb", why: /加密/, make: (d) => { const b = Buffer.alloc(8192); Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b); return write(d, "locked.xlsx", b); } },
  { name: "truncated-zip", why: /损坏/, make: async (d) => { const b = await jszipSkeleton(workbookXml(1)); return write(d, "truncated.xlsx", b.subarray(0, Math.floor(b.length / 2))); } },
  { name: "workbook-not-xml", why: /工作簿|工作表|规划|模板/, make: async (d) => write(d, "notxml.xlsx", await jszipSkeleton(randomBytes(4096))) },
  // (b) zip bombs
  { name: "bomb-3.9GB-declared", why: /工作表「Sheet1」解压后超过 64 MB（约 [\d,]+ 行），本工具读不了/, make: (d) => {
    const z = repeatedDeflate(OURS_HEAD, MB_OF_ROWS, GB39);
    return write(d, "bomb.xlsx", zipBuffer([...skeleton(), { name: "xl/worksheets/sheet1.xml", data: z.data, method: 8, size: Math.min(z.size, 0xfffffffe), crc: 0 }]));
  } },
  { name: "bomb-3.9GB-lying-header", why: /工作表「Sheet1」解压后超过 64 MB/, make: (d) => {
    const z = repeatedDeflate(OURS_HEAD, MB_OF_ROWS, GB39);
    return write(d, "bomb-lie.xlsx", zipBuffer([...skeleton(), { name: "xl/worksheets/sheet1.xml", data: z.data, method: 8, size: 1000, crc: 0 }]));
  } },
  // not XML: its head tells nothing, so it is none of the return's and passed over, and the workbook is no return
  { name: "bomb-200MB-zeros-lying", why: /不是本工具下发的填报表/, make: (d) => {
    const z = repeatedDeflate("", "\0".repeat(1024 * 1024), 200);
    return write(d, "zeros.xlsx", zipBuffer([...skeleton(), { name: "xl/worksheets/sheet1.xml", data: z.data, method: 8, size: 4096, crc: 0 }]));
  } },
  { name: "bomb-5x60MB-total", why: /文件解压后超过 200 MB 上限/, make: (d) => {
    const z = repeatedDeflate(SHEET_HEAD, "<x/>".repeat(256 * 1024), 60); // no cells: only the total is too much
    const sheets = Array.from({ length: 5 }, (_, i): RawEntry => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: z.data, method: 8, size: z.size, crc: 0 }));
    return write(d, "bomb-total.xlsx", zipBuffer([...skeleton(5), ...sheets]));
  } },
  // (c) a million rows
  { name: "million-rows", why: /工作表「Sheet1」[\d,]+ 行，超过 100,000 行/, make: (d) => write(d, "rows.xlsx", zipBuffer([...skeleton(), deflated("xl/worksheets/sheet1.xml", rowsXml(1_000_000, (r) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`))])) },
  { name: "wide-sparse-grid", why: /工作表「Sheet1」（502 行）使工作簿的单元格超过 2,000,000 个/, make: (d) => write(d, "wide.xlsx", zipBuffer([...skeleton(), deflated("xl/worksheets/sheet1.xml", rowsXml(500, (r) => `<row r="${r}"><c r="XFD${r}"><v>1</v></c></row>`))])) },
  // (d) huge shared strings
  { name: "shared-string-100MB", why: /sharedStrings\.xml 解压后超过 64 MB 上限/, make: (d) => {
    const z = repeatedDeflate('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>', "规".repeat(Math.floor((1024 * 1024) / 3)), 100);
    return write(d, "sst-big.xlsx", zipBuffer([...skeleton(), { name: "xl/sharedStrings.xml", data: z.data, method: 8, size: z.size, crc: 0 }, deflated("xl/worksheets/sheet1.xml", SHEET_HEAD + SHEET_TAIL)]));
  } },
  { name: "shared-strings-1M", why: /无法读取，工作簿中不同的文字超过 500,000 个（共享字符串），本工具读不了；.*请删去该表，或用“移动或复制”把它移到新工作簿后保存/, make: (d) => {
    const parts = ['<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'];
    for (let i = 0; i < 1_000_000; i++) parts.push(`<si><t>s${i}</t></si>`);
    parts.push("</sst>");
    return write(d, "sst-many.xlsx", zipBuffer([...skeleton(), deflated("xl/sharedStrings.xml", parts.join("")), deflated("xl/worksheets/sheet1.xml", SHEET_HEAD + SHEET_TAIL)]));
  } },
  // (e) deeply nested / unclosed XML: must stay linear
  { name: "nested-100k-sheet", why: /工作簿|工作表|规划|模板/, make: (d) => write(d, "nested.xlsx", zipBuffer([...skeleton(), deflated("xl/worksheets/sheet1.xml", SHEET_HEAD + "<c>".repeat(100_000) + "<v>1</v>" + "</c>".repeat(100_000) + SHEET_TAIL)])) },
  { name: "nested-100k-workbook", why: /工作簿|工作表|规划|模板/, make: (d) => write(d, "nested-wb.xlsx", zipBuffer([
    deflated("[Content_Types].xml", CONTENT_TYPES), deflated("_rels/.rels", ROOT_RELS),
    deflated("xl/workbook.xml", `<workbook ${NS}>` + "<sheets><definedName>".repeat(100_000) + "</definedName></sheets>".repeat(100_000) + "</workbook>"),
    deflated("xl/_rels/workbook.xml.rels", workbookRels(1)),
  ])) },
  { name: "unclosed-1M-cells", why: /单元格超过 2,000,000 个上限|工作簿|工作表|规划|模板/, make: (d) => write(d, "unclosed.xlsx", zipBuffer([...skeleton(), deflated("xl/worksheets/sheet1.xml", SHEET_HEAD + '<c r="A1"><si>'.repeat(1_000_000)), deflated("xl/sharedStrings.xml", "<sst>" + "<si><t>".repeat(1_000_000))])) },
  { name: "no-gt-1M-tags", why: /工作簿|工作表|规划|模板/, make: (d) => write(d, "nogt.xlsx", zipBuffer([...skeleton(), deflated("xl/worksheets/sheet1.xml", SHEET_HEAD + '<c r="A1"'.repeat(1_000_000))])) },
  // not in the issue: a central directory of many entries (JSZip makes an object for each)
  { name: "entries-30k", why: /压缩包内文件超过 10,000 个上限/, make: (d) => {
    const many = Array.from({ length: 30_000 }, (_, i): RawEntry => ({ name: `x/${i}`, data: Buffer.alloc(0), method: 0, size: 0, crc: 0 }));
    return write(d, "entries.xlsx", zipBuffer([...skeleton(), ...many]));
  } },
];
