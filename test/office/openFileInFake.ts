import JSZip from "jszip";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import type { FakeExcel } from "./fakeExcel";
import { parseAddress } from "./fakeExcel";
import { openInFake } from "./openInFake";

/**
 * The fake Excel holding what an .xlsx holds, as openInFake, and its sheet protection as Excel
 * opens it: each sheet's <sheetProtection> (protected, its options, a password) and each cell's
 * locked state (its cell format's <protection locked="0"> unlocks it; every other cell is locked).
 * Not read: a column's or row's own style on cells the sheet part does not list (our writers list
 * every styled cell), and allowEditRanges.
 */
export async function openFileInFake(bytes: Uint8Array): Promise<FakeExcel> {
  const fx = openInFake(await readXlsxZip(bytes));
  const zip = await JSZip.loadAsync(bytes);
  const read = async (p: string): Promise<string> => (await zip.file(p)?.async("string")) ?? "";
  const [workbook, rels, styles] = await Promise.all([read("xl/workbook.xml"), read("xl/_rels/workbook.xml.rels"), read("xl/styles.xml")]);
  const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles)?.[1] ?? "";
  const unlocked = [...xfs.matchAll(/<(?:\w+:)?xf\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?xf>)/g)].map((m) => /<(?:\w+:)?protection\b[^>]*\blocked="(0|false)"/.test(m[0]));
  const targets = new Map([...rels.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)].map((m) => [attr(m[0], "Id"), attr(m[0], "Target")]));
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
    const name = (attr(m[0], "name") ?? "").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'");
    const target = targets.get(/\s[\w.-]+:id="([^"]*)"/.exec(m[0])?.[1]);
    const sheet = fx.findSheet(name);
    if (!target || !sheet) continue;
    const xml = await read(target.startsWith("/") ? target.slice(1) : `xl/${target}`);
    for (const c of xml.matchAll(/<(?:\w+:)?c\s[^>]*>/g)) {
      const s = attr(c[0], "s");
      const r = attr(c[0], "r");
      if (!r || s === undefined || !unlocked[Number(s)]) continue;
      const { r0, c0 } = parseAddress(r);
      sheet.cell(r0, c0).format.locked = false;
    }
    const p = /<(?:\w+:)?sheetProtection\b[^>]*>/.exec(xml)?.[0];
    if (!p || !/\ssheet="(1|true)"/.test(p)) continue;
    // OOXML names what is protected ("1"); Excel's options name what is allowed (formatCells="0" → allowFormatCells)
    const allowed = (a: string, byDefault: boolean): boolean => { const v = attr(p, a); return v === undefined ? byDefault : v === "0" || v === "false"; };
    sheet.protection = {
      protected: true,
      options: {
        allowFormatCells: allowed("formatCells", false), allowFormatColumns: allowed("formatColumns", false), allowFormatRows: allowed("formatRows", false),
        allowInsertHyperlinks: allowed("insertHyperlinks", false), allowEditObjects: allowed("objects", true), allowEditScenarios: allowed("scenarios", true),
      },
      // a hashed password: no text given to unprotect() matches it
      ...(attr(p, "password") !== undefined || attr(p, "hashValue") !== undefined ? { password: "\u0000hashed in the file" } : {}),
    };
  }
  return fx;
}
