import JSZip from "jszip";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { checkGrid } from "../../src/sheet/checkGrid";
import { gridCell, type GridWorkbook } from "../../src/sheet/Grid";
import type { Status } from "../../src/domain/Status";
import { BASE_STATUS, corpusFile, INDICATOR_SHEET } from "./corpusReturns";

/**
 * Issue 12: the kinds the corpus has no file for, made the way those programs make them, from
 * the demo return as LibreOffice saved it (corpus 08 without its one extra cell). Each is read
 * and checked; where the change must not change the meaning, the grid equals the unchanged one.
 */
type Parts = Map<string, string>;

async function baseParts(): Promise<Parts> {
  const zip = await JSZip.loadAsync(corpusFile("08-styled-empty-cell-at-row-1048576.xlsx"));
  const parts: Parts = new Map();
  for (const f of Object.values(zip.files)) if (!f.dir) parts.set(f.name, await f.async("string"));
  const sheet = parts.get("xl/worksheets/sheet2.xml") ?? "";
  parts.set("xl/worksheets/sheet2.xml", sheet.replace(/<row r="1048576"[^>]*>.*?<\/row>/, ""));
  return parts;
}

async function zipOf(parts: Parts): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of parts) zip.file(name, text);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const edit = (parts: Parts, name: string, f: (s: string) => string): void => {
  const s = parts.get(name);
  if (s === undefined) throw new Error(`no part ${name}`);
  const out = f(s);
  if (out === s) throw new Error(`edit of ${name} changed nothing`);
  parts.set(name, out);
};

const sheetParts = (parts: Parts): string[] => [...parts.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));

/** A cell style (index into cellXfs) added for a number format. */
function addStyle(parts: Parts, numFmtId: number, formatCode?: string): number {
  let index = -1;
  edit(parts, "xl/styles.xml", (s) => {
    let out = s;
    if (formatCode !== undefined) {
      const code = formatCode.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
      out = out.replace("</numFmts>", `<numFmt numFmtId="${numFmtId}" formatCode="${code}"/></numFmts>`);
    }
    return out.replace(/<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/, (_m, n: string, body: string) => {
      index = Number(n);
      return `<cellXfs count="${index + 1}">${body}<xf numFmtId="${numFmtId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="true"/></cellXfs>`;
    });
  });
  return index;
}

/** Sets one cell of the indicator sheet (sheet2) to a number in a style. */
function setNumber(parts: Parts, ref: string, value: number, style: number): void {
  edit(parts, "xl/worksheets/sheet2.xml", (s) => s.replace(new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`), `<c r="${ref}" s="${style}" t="n"><v>${value}</v></c>`));
}

const DAY = 86_400_000;
const serial = (iso: string, date1904: boolean): number => (Date.parse(iso) - (date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30))) / DAY;

/** Every row and cell of each sheet without r, blanks written as <c/> and <row/> (as exporters that omit r do). */
function withoutRefs(xml: string): string {
  return xml.replace(/<sheetData>([\s\S]*)<\/sheetData>/, (_m, data: string) => {
    let lastRow = 0;
    const rows = data.replace(/<row r="(\d+)"([^>]*?)(\/>|>([\s\S]*?)<\/row>)/g, (_r, rn: string, attrs: string, _end: string, cells: string | undefined) => {
      const gap = "<row/>".repeat(Number(rn) - lastRow - 1);
      lastRow = Number(rn);
      let lastCol = 0;
      const body = (cells ?? "").replace(/<c r="([A-Z]+)\d+"/g, (_c, col: string) => {
        const n = [...col].reduce((x, ch) => x * 26 + ch.charCodeAt(0) - 64, 0);
        const fill = "<c/>".repeat(n - lastCol - 1);
        lastCol = n;
        return `${fill}<c`;
      });
      return `${gap}<row${attrs}>${body}</row>`;
    });
    return `<sheetData>${rows}</sheetData>`;
  });
}

/** A whole column (AZ) coloured: a styled empty cell on every row to 1,048,576, as Excel stores it. */
function wholeColumn(xml: string): string {
  let last = 0;
  const filled = xml.replace(/<row r="(\d+)"([^>]*?)>([\s\S]*?)<\/row>/g, (_m, rn: string, attrs: string, cells: string) => {
    last = Number(rn);
    return `<row r="${rn}"${attrs}>${cells}<c r="AZ${rn}" s="20"/></row>`;
  });
  const more: string[] = [];
  for (let r = last + 1; r <= 1_048_576; r++) more.push(`<row r="${r}"><c r="AZ${r}" s="20"/></row>`);
  return filled.replace("</sheetData>", `${more.join("")}</sheetData>`);
}

interface Kind {
  name: string;
  make: (parts: Parts) => void;
  /** the grid must equal the unchanged return's */
  sameGrid: boolean;
  status?: Record<string, Status>;
  /** cells of the indicator sheet and what they read as */
  cells?: Record<string, unknown>;
  /** an issue a row must have: code and what it received */
  issue?: { id: string; code: string; received: string };
}

const ISO = "2024-06-30";

const KINDS: Kind[] = [
  {
    name: "phonetic runs (拼音指南) on every shared string",
    make: (p) => edit(p, "xl/sharedStrings.xml", (s) => s.replace(/<\/si>/g, '<rPh sb="0" eb="1"><t>pīnyīn</t></rPh><phoneticPr fontId="0" type="noConversion"/></si>')),
    sameGrid: true,
  },
  {
    name: "phonetic runs inside an inline string",
    make: (p) => edit(p, "xl/worksheets/sheet2.xml", (s) => s.replace(/<c r="L6"[^>]*?(\/>|>.*?<\/c>)/, '<c r="L6" t="inlineStr"><is><r><t>已达</t></r><r><t>标</t></r><rPh sb="0" eb="3"><t>yǐdábiāo</t></rPh></is></c>')),
    sameGrid: false,
    cells: { L6: { type: "string", text: "已达标" } },
    status: { "ss23-03": "invalid" },
  },
  {
    name: "1904 date system (workbookPr date1904), a date typed into L4",
    make: (p) => {
      edit(p, "xl/workbook.xml", (s) => s.replace('date1904="false"', 'date1904="true"'));
      setNumber(p, "L4", serial(ISO, true), addStyle(p, 14));
    },
    sameGrid: false,
    // the stored number is kept beside the date (what the cell shows in a General format)
    cells: { L4: { type: "date", iso: ISO, serial: serial(ISO, true) } },
    status: { "ss23-01": "invalid" },
    issue: { id: "ss23-01", code: "not_a_number", received: ISO },
  },
  {
    name: "1900 date system, the same date typed into L4",
    make: (p) => setNumber(p, "L4", serial(ISO, false), addStyle(p, 14)),
    sameGrid: false,
    cells: { L4: { type: "date", iso: ISO, serial: serial(ISO, false) } },
    status: { "ss23-01": "invalid" },
    issue: { id: "ss23-01", code: "not_a_number", received: ISO },
  },
  {
    name: "literal percent 0.0\\% (LibreOffice) on L6: 86 is 86",
    make: (p) => setNumber(p, "L6", 86, addStyle(p, 200, "0.0\\%")),
    sameGrid: false,
    cells: { L6: { type: "number", value: 86 } },
  },
  {
    name: 'literal percent 0.00"%" on L6: 86 is 86',
    make: (p) => setNumber(p, "L6", 86, addStyle(p, 201, '0.00"%"')),
    sameGrid: false,
    cells: { L6: { type: "number", value: 86 } },
  },
  {
    name: "workbook part renamed (xl/workbook2.xml, found through _rels/.rels), absolute and relative targets",
    make: (p) => {
      const wb = p.get("xl/workbook.xml") ?? "";
      const rels = p.get("xl/_rels/workbook.xml.rels") ?? "";
      p.delete("xl/workbook.xml");
      p.delete("xl/_rels/workbook.xml.rels");
      p.set("xl/workbook2.xml", wb);
      p.set("xl/_rels/workbook2.xml.rels", rels.replace('Target="worksheets/sheet2.xml"', 'Target="/xl/worksheets/sheet2.xml"').replace('Target="sharedStrings.xml"', 'Target="./sharedStrings.xml"'));
      edit(p, "_rels/.rels", (s) => s.replace(/Target="[^"]*workbook\.xml"/, 'Target="/xl/workbook2.xml"'));
      edit(p, "[Content_Types].xml", (s) => s.replace('PartName="/xl/workbook.xml"', 'PartName="/xl/workbook2.xml"'));
    },
    sameGrid: true,
  },
  {
    name: "no r on any row or cell of every sheet",
    make: (p) => { for (const n of sheetParts(p)) edit(p, n, withoutRefs); },
    sameGrid: true,
  },
  {
    name: "a whole column coloured down to row 1,048,576",
    make: (p) => edit(p, "xl/worksheets/sheet2.xml", wholeColumn),
    sameGrid: true,
  },
];

let base: GridWorkbook;
beforeAll(async () => {
  base = await readXlsxZip(await zipOf(await baseParts()));
});

test("the unchanged return gives the corpus README's 21 rows", () => {
  const r = checkGrid(base);
  if (!r.ok) throw new Error(r.message);
  expect(Object.fromEntries(r.report.items.map((i) => [i.id, i.status]))).toEqual(BASE_STATUS);
});

test.each(KINDS)("$name", async (k) => {
  const parts = await baseParts();
  k.make(parts);
  const grid = await readXlsxZip(await zipOf(parts));
  if (k.sameGrid) expect(grid).toEqual(base);
  const sheet = grid.sheets.find((s) => s.name === INDICATOR_SHEET);
  if (!sheet) throw new Error("no indicator sheet");
  for (const [ref, want] of Object.entries(k.cells ?? {})) {
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    const col = [...(m?.[1] ?? "")].reduce((x, ch) => x * 26 + ch.charCodeAt(0) - 64, 0);
    expect({ ref, v: gridCell(sheet, Number(m?.[2]), col) }).toEqual({ ref, v: want });
  }
  const r = checkGrid(grid);
  if (!r.ok) throw new Error(r.message);
  expect(Object.fromEntries(r.report.items.map((i) => [i.id, i.status]))).toEqual({ ...BASE_STATUS, ...k.status });
  if (k.issue) {
    const { id, code, received } = k.issue;
    const issue = r.report.items.find((i) => i.id === id)?.issues.find((i) => i.code === code);
    expect(issue?.received).toBe(received);
  }
}, 120_000);
