import type { CellLook } from "./sheetXml";

const FONT = "Microsoft YaHei";

interface Section { start: number; end: number; open: string; inner: string; prefix: string }

/** The `<fonts …>…</fonts>` (any namespace prefix) of styles.xml, or null. */
function section(xml: string, tag: string): Section | null {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${tag}(\\s[^>]*)?(/?)>`).exec(xml);
  if (!m) return null;
  const prefix = m[1] ?? "";
  if (m[3] === "/") return { start: m.index, end: m.index + m[0].length, open: `<${prefix}${tag}${m[2] ?? ""}>`, inner: "", prefix };
  const close = `</${prefix}${tag}>`;
  const end = xml.indexOf(close, m.index);
  if (end < 0) return null;
  return { start: m.index, end: end + close.length, open: m[0], inner: xml.slice(m.index + m[0].length, end), prefix };
}

/** The top-level child elements named `tag` of a section's inner XML (they never nest). */
function children(inner: string, prefix: string, tag: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<${prefix}${tag}(?=[\\s/>])`, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(inner))) {
    const gt = inner.indexOf(">", m.index);
    if (inner[gt - 1] === "/") { out.push(inner.slice(m.index, gt + 1)); re.lastIndex = gt + 1; continue; }
    const close = `</${prefix}${tag}>`;
    const end = inner.indexOf(close, gt);
    out.push(inner.slice(m.index, end + close.length));
    re.lastIndex = end + close.length;
  }
  return out;
}

/**
 * Adds the cell formats `looks` need to a workbook's styles.xml, appended after the existing
 * ones so every index already in use keeps its meaning; an identical element already there
 * (ours from an earlier run, or the person's) is reused, so running again adds nothing.
 * Returns the new styles.xml and each look's cellXfs index (keyed by JSON.stringify(look)).
 * `restyled`: cell formats already there (by index) wanted with another number format (a code, "" for General): a kept
 * look of the person's on a figure whose decimals are ours (putOwnSheet); each gets its index in `restyledIndex`, keyed
 * `index|code`. `formats`: the cellXfs elements of the returned styles.xml, in index order.
 */
export function appendStyles(xml: string, looks: CellLook[], restyled: ReadonlyArray<readonly [number, string]> = []): { xml: string; index: Map<string, number>; restyledIndex: Map<string, number>; formats: string[] } {
  const index = new Map<string, number>();
  const restyledIndex = new Map<string, number>();
  const add = (tag: string, parent: string, el: (p: string) => string, create?: string): number => {
    let s = section(xml, parent);
    if (!s) {
      if (!create) throw new Error(`styles.xml has no ${parent}`);
      // a minimal styles part without the section: add it where the schema puts it
      const at = xml.search(new RegExp(`<([\\w.-]+:)?(${create})[\\s>/]`));
      const rootEnd = xml.search(/<\/([\w.-]+:)?styleSheet>/);
      const p = /<([\w.-]+:)?styleSheet/.exec(xml)?.[1] ?? "";
      const pos = at >= 0 ? at : rootEnd;
      xml = `${xml.slice(0, pos)}<${p}${parent} count="0"></${p}${parent}>${xml.slice(pos)}`;
      s = section(xml, parent)!;
    }
    const mine = el(s.prefix);
    const list = children(s.inner, s.prefix, tag);
    const found = list.indexOf(mine);
    if (found >= 0) return found;
    const open = /count="\d+"/.test(s.open) ? s.open.replace(/count="\d+"/, `count="${list.length + 1}"`) : s.open;
    xml = `${xml.slice(0, s.start)}${open}${s.inner}${mine}</${s.prefix}${parent}>${xml.slice(s.end)}`;
    return list.length;
  };
  // a number format's id: one already there with the same code, else a new one
  const numFmtId = (format: string): number => {
    const code = format.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
    const s = section(xml, "numFmts");
    const have = s ? children(s.inner, s.prefix, "numFmt").map((e) => ({ id: Number(/numFmtId="(\d+)"/.exec(e)?.[1] ?? 0), code: /formatCode="([^"]*)"/.exec(e)?.[1] ?? "" })) : [];
    const same = have.find((h) => h.code === code);
    const id = same?.id ?? Math.max(163, ...have.map((h) => h.id)) + 1;
    if (!same) add("numFmt", "numFmts", (p) => `<${p}numFmt numFmtId="${id}" formatCode="${code}"/>`, "fonts");
    return id;
  };
  const formatsOf = (): string[] => { const s = section(xml, "cellXfs"); return s ? children(s.inner, s.prefix, "xf") : []; };
  for (const look of looks) {
    const k = JSON.stringify(look);
    if (index.has(k)) continue;
    const colour = look.fontColor ?? look.color;
    const font = add("font", "fonts", (p) => `<${p}font>${look.bold ? `<${p}b/>` : ""}<${p}sz val="${look.size ?? 10}"/>${colour ? `<${p}color rgb="FF${colour}"/>` : ""}<${p}name val="${FONT}"/><${p}family val="2"/><${p}charset val="134"/></${p}font>`);
    const fill = look.fill ? add("fill", "fills", (p) => `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${look.fill}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`) : 0;
    const border = look.border ? add("border", "borders", (p) => {
      const side = (n: string): string => `<${p}${n} style="thin"><${p}color rgb="FFA6A6A6"/></${p}${n}>`;
      return `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`;
    }) : 0;
    const numFmt = look.numFmt ? numFmtId(look.numFmt) : 0;
    const align = `${look.horizontal ? ` horizontal="${look.horizontal}"` : ""} vertical="${look.vertical === "top" ? "top" : "center"}"${look.wrap ? ` wrapText="1"` : ""}${look.shrink ? ` shrinkToFit="1"` : ""}`;
    const xf = add("xf", "cellXfs", (p) => `<${p}xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><${p}alignment${align}/></${p}xf>`);
    index.set(k, xf);
  }
  for (const [from, code] of restyled) {
    const k = `${from}|${code}`;
    const el = formatsOf()[from];
    if (restyledIndex.has(k) || el === undefined) continue;
    const id = code ? numFmtId(code) : 0;
    const open = /^<[^>]*>/.exec(el)![0];
    const set = (tag: string, name: string, value: string): string => (new RegExp(`\\s${name}="`).test(tag) ? tag.replace(new RegExp(`(\\s${name}=")[^"]*"`), `$1${value}"`) : tag.replace(/(\/?>)$/, ` ${name}="${value}"$1`));
    const mine = el.replace(open, set(set(open, "numFmtId", String(id)), "applyNumberFormat", "1"));
    restyledIndex.set(k, add("xf", "cellXfs", () => mine));
  }
  return { xml, index, restyledIndex, formats: formatsOf() };
}
