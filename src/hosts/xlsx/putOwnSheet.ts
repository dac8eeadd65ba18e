import type { CellOrigin } from "../../sheet/reviewCellOrigins";
import { openPackageForEdit } from "./openPackageForEdit";
import { quoteSheet } from "../../sheet/a1";
import type { PlannedSheet } from "../../sheet/SheetPlan";
import { appendStyles } from "./appendStyles";
import { escXml, lookOf, sheetXml } from "./sheetXml";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_TYPE = `${REL_NS}/worksheet`;
const WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

const unesc = (s: string): string => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag);
  return m?.[1] === undefined ? undefined : unesc(m[1]);
};

/** The parts this edit changed or added: every other part of the package is left byte for byte. */
export interface PutOwnSheetResult {
  bytes: Buffer;
  /** the sheet's name (the one it had, when it replaced our earlier sheet) */
  name: string;
  changed: string[];
}

/** Where a relationship target points, as a part path from the package root. */
function partPath(target: string, base = "xl/"): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = (base + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/**
 * Adds a sheet of ours to a person's .xlsx, or replaces the one we added before, by editing
 * the package: only the sheet's part, the workbook's sheet list and relationships, content
 * types, styles.xml (formats appended, existing indices untouched) and the print-titles name
 * of that sheet change. `replace` names our earlier sheet (found by its mark), which keeps its
 * name, position and part; else the sheet is added last under `name`, which the caller has
 * made free (case-insensitively). A drawing or comments the person attached to our earlier
 * sheet stay attached.
 */
export async function putOwnSheet(xlsx: Uint8Array, sheet: PlannedSheet, opts: { replace?: string; keepStyles?: ReadonlyMap<string, CellOrigin> }): Promise<PutOwnSheetResult> {
  const zip = await openPackageForEdit(xlsx);
  // the parts are edited as UTF-8 text; a part saved in UTF-16 (rare, but valid) is refused, never rewritten as garbage
  const read = async (p: string): Promise<string | null> => {
    const b = await zip.file(p)?.async("uint8array");
    if (!b) return null;
    if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) throw new Error(`${p} 以 UTF-16 编码保存，无法在原文件中写入；请在 Excel 或 WPS 中打开并另存为 .xlsx 后重试`);
    return new TextDecoder("utf-8").decode(b);
  };
  const workbookPath = "xl/workbook.xml";
  let workbook = await read(workbookPath);
  const relsPath = "xl/_rels/workbook.xml.rels";
  let rels = (await read(relsPath)) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  let types = await read("[Content_Types].xml");
  const stylesPath = "xl/styles.xml";
  const styles = await read(stylesPath);
  if (workbook === null || types === null || styles === null) throw new Error("不是完整的 .xlsx 工作簿（缺少 workbook、styles 或内容类型部分）");
  const changed: string[] = [];

  const sheetsEl = /<([A-Za-z_][\w.-]*:)?sheets[\s>]/.exec(workbook);
  if (!sheetsEl) throw new Error("xl/workbook.xml 中没有工作表列表");
  const px = sheetsEl[1] ?? "";
  const sheetTags = [...workbook.matchAll(new RegExp(`<${px}sheet\\s[^>]*>`, "g"))].map((m) => m[0]);
  // only a prefix the root binds is in scope at our new <sheet>: openpyxl binds r on each <sheet> it writes
  const rootTag = /<(?![?!])[^>]*>/.exec(workbook)?.[0] ?? "";
  const rPrefix = (/xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(rootTag)?.[1]);
  const rid = (tag: string): string | undefined => /\s[\w.-]+:id="([^"]*)"/.exec(tag)?.[1];
  const relTags = [...rels.matchAll(/<([\w.-]+:)?Relationship\s[^>]*>/g)].map((m) => m[0]);
  const targetOf = (id: string): string | undefined => relTags.map((t) => (attr(t, "Id") === id ? attr(t, "Target") : undefined)).find((x) => x !== undefined);

  let name: string;
  let path: string;
  let sheetIndex: number;
  let tail = "";
  let oldStyles = new Map<string, string>();
  if (opts.replace !== undefined) {
    sheetIndex = sheetTags.findIndex((t) => attr(t, "name") === opts.replace);
    const tag = sheetTags[sheetIndex];
    const target = tag ? targetOf(rid(tag) ?? "") : undefined;
    if (!tag || !target) throw new Error(`工作表「${opts.replace}」不在工作簿中`);
    name = opts.replace;
    path = partPath(target);
    const old = (await read(path)) ?? "";
    oldStyles = cellStyles(old);
    // keep what the person attached to our sheet (comments, a drawing): their relationships stay
    tail = [...old.matchAll(/<([\w.-]+:)?(drawing|legacyDrawing|legacyDrawingHF)\s[^>]*\/>/g)].map((m) => m[0]).join("");
    if (tail && !/xmlns:r=/.test(tail)) {
      const p = /<([\w.-]+):id=/.exec(tail)?.[1];
      const ns = p ? new RegExp(`xmlns:${p}="([^"]*)"`).exec(old)?.[1] : undefined;
      if (p && p !== "r" && ns) tail = tail.replace(/<([\w.-]+:)?(\w+)\s/g, `<$2 xmlns:${p}="${ns}" `);
    }
  } else {
    name = sheet.name;
    sheetIndex = sheetTags.length;
    const taken = new Set(Object.keys(zip.files).map((f) => f.toLowerCase()));
    let n = sheetTags.length + 1;
    // a free part name, without a stray relationships part of the same name either
    while (taken.has(`xl/worksheets/sheet${n}.xml`) || taken.has(`xl/worksheets/_rels/sheet${n}.xml.rels`)) n++;
    path = `xl/worksheets/sheet${n}.xml`;
    const ids = new Set(relTags.map((t) => attr(t, "Id")));
    let k = relTags.length + 1;
    while (ids.has(`rId${k}`)) k++;
    const relId = `rId${k}`;
    const relPx = /<([\w.-]+:)?Relationships[\s>]/.exec(rels)?.[1] ?? "";
    rels = rels.replace(new RegExp(`</${relPx}Relationships>`), `<${relPx}Relationship Id="${relId}" Type="${WORKSHEET_TYPE}" Target="${path.slice(3)}"/></${relPx}Relationships>`);
    const ids2 = sheetTags.map((t) => Number(attr(t, "sheetId") ?? 0));
    const sheetId = Math.max(0, ...ids2) + 1;
    const r = rPrefix ? `${rPrefix}:id` : `r:id`;
    const ns = rPrefix ? "" : ` xmlns:r="${REL_NS}"`;
    workbook = workbook.replace(new RegExp(`</${px}sheets>`), `<${px}sheet name="${escXml(name)}" sheetId="${sheetId}"${ns} ${r}="${relId}"/></${px}sheets>`);
    const ctPx = /<([\w.-]+:)?Types[\s>]/.exec(types)?.[1] ?? "";
    types = types.replace(new RegExp(`</${ctPx}Types>`), `<${ctPx}Override PartName="/${path}" ContentType="${WORKSHEET_CT}"/></${ctPx}Types>`);
    zip.file(relsPath, rels);
    zip.file("[Content_Types].xml", types);
    changed.push(relsPath, "[Content_Types].xml");
  }

  // print titles: a defined name of ours, local to the sheet (the columns first, as Excel writes them)
  if (sheet.print?.titleRows) {
    const [a, b] = sheet.print.titleRows.split(":");
    const [c, d] = sheet.print.titleColumns?.split(":") ?? [];
    const cols = c && d ? `${quoteSheet(name)}!$${c}:$${d},` : "";
    const el = `<${px}definedName name="_xlnm.Print_Titles" localSheetId="${sheetIndex}">${escXml(`${cols}${quoteSheet(name)}!$${a}:$${b}`)}</${px}definedName>`;
    const existing = new RegExp(`<${px}definedName\\s[^>]*name="_xlnm\\.Print_Titles"[^>]*localSheetId="${sheetIndex}"[^>]*>[^<]*</${px}definedName>|<${px}definedName\\s[^>]*localSheetId="${sheetIndex}"[^>]*name="_xlnm\\.Print_Titles"[^>]*>[^<]*</${px}definedName>`);
    // the sheet is ours (new, or our earlier one replaced): its titles are ours to set, a sheet of
    // an older version's (rows only) gets the columns too
    if (existing.test(workbook)) workbook = workbook.replace(existing, el);
    else {
      if (new RegExp(`</${px}definedNames>`).test(workbook)) workbook = workbook.replace(new RegExp(`</${px}definedNames>`), `${el}</${px}definedNames>`);
      else {
        const after = [`</${px}externalReferences>`, `</${px}functionGroups>`, `</${px}sheets>`].find((t) => workbook!.includes(t))!;
        workbook = workbook.replace(after, `${after}<${px}definedNames>${el}</${px}definedNames>`);
      }
    }
  }

  const looks = sheet.cells.map(lookOf);
  const planned = appendStyles(styles, looks);
  const kept = keptStyles(oldStyles, opts.keepStyles, planned.formats);
  // a kept look on a figure takes the figure's number format (its decimals are ours: 4 after 3.76 shows 4, not 4.00)
  const formatOf = new Map(sheet.cells.map((c) => [c.address, lookOf(c).numFmt ?? ""] as const));
  const restyle = [...kept].flatMap(([at, k]) => (k.figure ? [[k.index, formatOf.get(at) ?? ""] as const] : []));
  const st = appendStyles(planned.xml, looks, restyle);
  const styleAt = (at: string): number | undefined => {
    const k = kept.get(at);
    return k === undefined ? undefined : k.figure ? st.restyledIndex.get(`${k.index}|${formatOf.get(at) ?? ""}`) ?? k.index : k.index;
  };
  const xml = sheetXml(sheet, (c) => styleAt(c.address) ?? st.index.get(JSON.stringify(lookOf(c))) ?? 0, tail);
  if (st.xml !== styles) { zip.file(stylesPath, st.xml); changed.push(stylesPath); }
  if (workbook !== (await read(workbookPath))) { zip.file(workbookPath, workbook); changed.push(workbookPath); }
  zip.file(path, xml);
  changed.push(path);
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
  return { bytes, name, changed };
}

/** Each cell's style index (`s`) in a sheet part, by address. */
function cellStyles(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?c\s[^>]*>/g)) {
    const r = attr(m[0], "r");
    const s = attr(m[0], "s");
    if (r && s) out.set(r, s);
  }
  return out;
}

/**
 * The person's formats on the cells we rewrite (trial27a: an orange fill on 审核!C6 lost on the next
 * review): a cell of their own column keeps its old style; a cell of ours keeps its old style where
 * that differs from the style most of that old column's rewritten cells have (ours, which the
 * person left alone). The indices stay valid: styles.xml's existing formats are never renumbered.
 * A figure's (CellOrigin.figure) number format is ours, one per cell by its decimals: its style is
 * told from the column's usual one without it (`formats`, the cellXfs elements), and a kept one is
 * marked `figure` to take the planned number format.
 */
function keptStyles(old: ReadonlyMap<string, string>, origins: ReadonlyMap<string, CellOrigin> | undefined, formats: readonly string[]): Map<string, { index: number; figure: boolean }> {
  const out = new Map<string, { index: number; figure: boolean }>();
  if (!origins || old.size === 0) return out;
  const tally = new Map<string, Map<string, number>>();
  const colOf = (a: string): string => /^[A-Z]+/.exec(a)?.[0] ?? "";
  // a figure's style without its number format: 0.00 beside 0 is the same look of ours
  const lookKey = (s: string, o: CellOrigin): string => {
    const el = o.figure && /^\d+$/.test(s) ? formats[Number(s)] : undefined;
    return el === undefined ? s : el.replace(/\s(numFmtId|applyNumberFormat)="[^"]*"/g, "");
  };
  for (const o of origins.values()) {
    const s = lookKey(old.get(o.from) ?? "0", o);
    const t = tally.get(colOf(o.from)) ?? new Map<string, number>();
    t.set(s, (t.get(s) ?? 0) + 1);
    tally.set(colOf(o.from), t);
  }
  const usual = new Map([...tally].map(([c, t]) => [c, [...t].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "0"]));
  for (const [at, o] of origins) {
    const s = old.get(o.from);
    if (s === undefined || !/^\d+$/.test(s)) continue;
    if (o.theirs || lookKey(s, o) !== usual.get(colOf(o.from))) out.set(at, { index: Number(s), figure: !o.theirs && o.figure === true });
  }
  return out;
}
