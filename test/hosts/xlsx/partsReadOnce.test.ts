import JSZip from "jszip";
import { readXlsxZip, pakoInflateRaw, ZIP_LIMITS, type InflateRaw } from "../../../src/hosts/xlsx/readXlsxZip";
import type { GridWorkbook } from "../../../src/sheet/Grid";
import { PKG, REL, SML } from "./xmlParts";

/**
 * Parts that the county returns of one distribution share byte for byte (workbook, relationships,
 * styles, core properties, the 填报说明 and meta sheets) are inflated and parsed once a run
 * (PartCache, issue 19). What each file reads must stay exactly what a reader without the
 * cache gives it: a file whose part differs by one byte, a caller that changes what it got, a
 * damaged directory, the limits. The reader without the cache is a fresh copy of the module.
 */
type Files = Record<string, string>;

const COVER = "xl/worksheets/sheet1.xml";
const MAIN = "xl/worksheets/sheet2.xml";

function base(): Files {
  return {
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    "_rels/.rels": `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    "docProps/core.xml": `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/"><dcterms:modified>2024-03-01T08:00:00Z</dcterms:modified></cp:coreProperties>`,
    "xl/workbook.xml": `<workbook xmlns="${SML}" xmlns:r="${REL}"><workbookPr date1904="0"/><sheets><sheet name="填报说明" sheetId="1" r:id="rId1"/><sheet name="Sheet1" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="报告年份">填报说明!$B$2</definedName></definedNames></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": `<styleSheet xmlns="${SML}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="0"/></cellXfs></styleSheet>`,
    "xl/sharedStrings.xml": `<sst xmlns="${SML}"><si><t>填报单位</t></si><si><t>甲县</t></si><si><t>报告年份</t></si></sst>`,
    [COVER]: `<worksheet xmlns="${SML}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2" hidden="1"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>2024</v></c><c r="C2" s="1"><v>0.5</v></c><c r="D2" s="2"><v>45000</v></c></row><row r="3"><c r="A3"><f>B2+1</f></c><c r="B3" t="s"><v>7</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells></worksheet>`,
    [MAIN]: `<worksheet xmlns="${SML}"><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1"><v>12.5</v></c></row></sheetData></worksheet>`,
  };
}

/** `files` with `from` replaced by `to` in `part` (checked to be there). */
function changed(part: string, from: string, to: string): Files {
  const files = base();
  const text = files[part] ?? "";
  if (!text.includes(from)) throw new Error(`${from} not in ${part}`);
  files[part] = text.replace(from, to);
  return files;
}

async function zipOf(files: Files): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A copy of the reader with caches of its own, empty: what a file reads as in a process of its own. */
function freshReader(): { readXlsxZip: typeof readXlsxZip; ZIP_LIMITS: typeof ZIP_LIMITS } {
  let mod: { readXlsxZip: typeof readXlsxZip; ZIP_LIMITS: typeof ZIP_LIMITS } | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a second copy of the module, with its own caches
    mod = require("../../../src/hosts/xlsx/readXlsxZip") as typeof mod;
  });
  if (!mod) throw new Error("no module");
  return mod;
}

/** The workbook as plain data (a grid's non-enumerable formulaTexts left out). */
const data = (g: GridWorkbook): unknown => JSON.parse(JSON.stringify(g));

const outcome = (p: Promise<GridWorkbook>): Promise<unknown> => p.then(data, (e: unknown) => ({ error: (e as { problem?: unknown }).problem ?? String(e) }));

describe("a file whose part differs by one byte from one read before reads as its own", () => {
  test.each<[string, Files]>([
    ["shared strings (the same 填报说明 shows another unit)", changed("xl/sharedStrings.xml", "甲县", "乙县")],
    ["styles (a number no longer a percentage)", changed("xl/styles.xml", `<xf numFmtId="9"/>`, `<xf numFmtId="2"/>`)],
    ["workbook (a sheet's name)", changed("xl/workbook.xml", `name="Sheet1"`, `name="Sheet2"`)],
    ["workbook (date system)", changed("xl/workbook.xml", `date1904="0"`, `date1904="1"`)],
    ["workbook relationships (sheets swapped)", changed("xl/_rels/workbook.xml.rels", `Id="rId1"`, `Id="rId0"`)],
    ["package relationships (no core properties)", changed("_rels/.rels", `Target="docProps/core.xml"`, `Target="docProps/core.xmm"`)],
    ["core properties (saved another day)", changed("docProps/core.xml", "2024-03-01", "2024-03-02")],
    ["填报说明 (a number)", changed(COVER, "<v>2024</v>", "<v>2025</v>")],
    ["填报说明 (a row no longer hidden)", changed(COVER, `hidden="1"`, `hidden="0"`)],
    ["填报说明 (a merge)", changed(COVER, `ref="B1:C1"`, `ref="B1:D1"`)],
    ["填报说明 (a damaged tag)", changed(COVER, `<c r="B2">`, `<c r="B2"">`)],
  ])("%s", async (_, other) => {
    const [a, b] = [await zipOf(base()), await zipOf(other)];
    const fresh = freshReader();
    const [wantA, wantB] = [await outcome(fresh.readXlsxZip(a)), await outcome(freshReader().readXlsxZip(b))];
    expect(wantB).not.toEqual(wantA);
    // each after the other, twice: every reading is the file's own
    for (const [bytes, want] of [[a, wantA], [b, wantB], [a, wantA], [b, wantB]] as const) expect(await outcome(readXlsxZip(bytes))).toEqual(want);
  });
});

describe("a caller that changes what it read does not change what the next file reads", () => {
  test.each<[string, (g: GridWorkbook) => void]>([
    ["a cell replaced", (g) => { const row = g.sheets[0]?.rows[1]; if (row) row[1] = { type: "number", value: 1 }; }],
    ["a row emptied", (g) => { g.sheets[0]?.rows[0]?.splice(0); }],
    ["rows added", (g) => { g.sheets[0]?.rows.push([{ type: "string", text: "x" }]); }],
    ["a cell value changed in place", (g) => { const v = g.sheets[0]?.rows[0]?.[1]; if (v?.type === "string") (v as { text: string }).text = "丙县"; }],
    ["merges and hidden rows", (g) => { (g.sheets[0]?.merges as string[] | undefined)?.push("A9:B9"); (g.sheets[0]?.hiddenRows as number[] | undefined)?.push(9); }],
    ["formula cells", (g) => { (g.sheets[0]?.formulaCells?.[2] as number[] | undefined)?.push(5); }],
    ["defined names", (g) => { g.names["报告年份"] = { sheet: "x", row: 1, col: 1 }; }],
  ])("%s", async (_, change) => {
    const bytes = await zipOf(base());
    const want = await outcome(freshReader().readXlsxZip(bytes));
    const first = await readXlsxZip(bytes);
    try {
      change(first);
    } catch {
      // a value the cache holds is frozen: changing it in place is refused
    }
    expect(await outcome(readXlsxZip(bytes))).toEqual(want);
  });
});

/** The offsets of a part's CRC in the zip: its local header's and its central directory entry's. */
function crcOffsets(b: Uint8Array, name: string): number[] {
  const enc = new TextEncoder().encode(name);
  const out: number[] = [];
  for (let i = 0; i + 46 < b.length; i++) {
    if (b[i] !== 0x50 || b[i + 1] !== 0x4b) continue;
    const local = b[i + 2] === 3 && b[i + 3] === 4;
    const central = b[i + 2] === 1 && b[i + 3] === 2;
    if (!local && !central) continue;
    const at = i + (local ? 30 : 46);
    const n = (b[i + (local ? 26 : 28)] ?? 0) | ((b[i + (local ? 27 : 29)] ?? 0) << 8);
    if (n === enc.length && enc.every((c, k) => b[at + k] === c)) out.push(i + (local ? 14 : 16));
  }
  return out;
}

test.each<[string]>([[COVER], ["xl/styles.xml"], ["xl/workbook.xml"], ["xl/_rels/workbook.xml.rels"]])("%s read before, its recorded CRC changed: still damaged_zip", async (part) => {
  const good = await zipOf(base());
  await readXlsxZip(good);
  const bad = good.slice();
  const at = crcOffsets(bad, part);
  expect(at).toHaveLength(2);
  for (const i of at) bad[i] = (bad[i] ?? 0) ^ 0x01;
  const e = await outcome(readXlsxZip(bad));
  expect(e).toEqual({ error: { code: "damaged_zip" } });
});

describe("limits count a part read before as when it is read", () => {
  const saved = { ...ZIP_LIMITS };
  afterEach(() => Object.assign(ZIP_LIMITS, saved));
  // the parts a reading inflates, in bytes: all but [Content_Types].xml
  const files = base();
  const read = Object.entries(files).filter(([n]) => n !== "[Content_Types].xml").reduce((n, [, t]) => n + new TextEncoder().encode(t).length, 0);
  const core = new TextEncoder().encode(files["docProps/core.xml"]).length;
  test.each<[string, Partial<typeof ZIP_LIMITS>, boolean]>([
    ["total bytes: the last part read (core properties) past it, not said", { maxTotalBytes: read - 1 }, false],
    ["total bytes: the main sheet past it", { maxTotalBytes: read - core - 1 }, true],
    ["total bytes: the workbook part past it", { maxTotalBytes: 600 }, true],
    ["one part's bytes", { maxEntryBytes: 300 }, true],
    ["cells", { maxCells: 8 }, true],
  ])("%s", async (_, limits, refused) => {
    const bytes = await zipOf(base());
    const unlimited = await outcome(readXlsxZip(bytes));
    const fresh = freshReader();
    Object.assign(fresh.ZIP_LIMITS, limits);
    Object.assign(ZIP_LIMITS, limits);
    const want = await outcome(fresh.readXlsxZip(bytes));
    if (refused) expect(want).toHaveProperty("error");
    else expect(want).not.toEqual(unlimited);
    expect(await outcome(readXlsxZip(bytes))).toEqual(want);
  });
});

test("a file sharing parts with one read before inflates only its own (its shared strings and main sheet)", async () => {
  await readXlsxZip(await zipOf(base()));
  const sizes: number[] = [];
  const inflateRaw: InflateRaw = (d, max, expected) => {
    const out = pakoInflateRaw(d, max, expected);
    sizes.push(out?.length ?? -1);
    return out;
  };
  const other = changed("xl/sharedStrings.xml", "甲县", "乙县");
  other[MAIN] = (other[MAIN] ?? "").replace("12.5", "13.5");
  const g = await readXlsxZip(await zipOf(other), { inflateRaw });
  expect(g.sheets[0]?.rows[0]?.[1]).toEqual({ type: "string", text: "乙县" });
  const enc = (s: string | undefined): number => new TextEncoder().encode(s).length;
  expect(sizes.sort()).toEqual([enc(other["xl/sharedStrings.xml"]), enc(other[MAIN])].sort());
});
