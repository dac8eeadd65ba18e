import { Parser } from "saxen";
import { PACKAGE_RELS_NS, RELATIONSHIP_ATTR_NS, SPREADSHEET_NS } from "./spreadsheetNamespaces";
import { XlsxReadError } from "./XlsxReadError";
import { xlsxProblem } from "./xlsxProblem";
import { ZIP_LIMITS } from "./ZIP_LIMITS";

/** The namespaces a reader tells apart: SpreadsheetML (transitional or strict), a .rels part's, any other or none (""). */
export type XmlNamespace = "sml" | "rels" | "";

/**
 * The element just opened. One object is reused for every element: read it inside `open`,
 * never keep it. Attribute values are decoded (&amp; is &) and read only when asked for.
 */
export interface XmlTag {
  readonly ns: XmlNamespace;
  /** the name without its prefix */
  readonly local: string;
  /**
   * An attribute's value: an unprefixed name as written (`r`, `t`, `s`); the officeDocument
   * relationships attribute as `r:id` whatever prefix the part gave it.
   */
  attr(name: string): string | undefined;
}

export interface XmlPartHandler {
  open(tag: XmlTag): void;
  close(): void;
  /**
   * Character data, CDATA included; may come in several pieces. `read` decodes the piece on
   * demand, so text a reader does not want (a formula) costs nothing.
   */
  text?(read: () => string): void;
}

// saxen renames each namespace's prefix to these, whatever the part wrote; a part that uses one
// of them for another namespace gets a fresh prefix from saxen, so they cannot be confused
const PREFIX = { sml: "s", rels: "p", relAttr: "r" } as const;
const COLON = 58;
const NS_MAP: Record<string, string> = { [PACKAGE_RELS_NS]: PREFIX.rels };
for (const uri of SPREADSHEET_NS) NS_MAP[uri] = PREFIX.sml;
for (const uri of RELATIONSHIP_ATTR_NS) NS_MAP[uri] = PREFIX.relAttr;

// the five entities of XML 1.0 and character references; anything else is not well-formed
const BAD_ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/;

const NON_ASCII = /[\u0080-\u00ff]/;

/**
 * The part as the string saxen reads, and how a piece of it becomes text. UTF-16 (by its BOM)
 * and, where node's Buffer is missing (the task pane), UTF-8 are decoded whole. In node a
 * UTF-8 part is read one char per byte (latin1, five times faster than decoding it) and only
 * the values a reader asks for are decoded from UTF-8: every byte of a multi-byte character
 * is 0x80 or above, so no `<`, `>`, `&`, `"` or `=` is ever mistaken, and invalid bytes end
 * as U+FFFD as TextDecoder makes them.
 */
function partText(b: Uint8Array): { xml: string; utf8: ((s: string) => string) | null } {
  if (b[0] === 0xff && b[1] === 0xfe) return { xml: new TextDecoder("utf-16le").decode(b), utf8: null };
  if (b[0] === 0xfe && b[1] === 0xff) return { xml: new TextDecoder("utf-16be").decode(b), utf8: null };
  const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  if (typeof Buffer === "undefined") return { xml: new TextDecoder("utf-8").decode(b), utf8: null };
  const buf = Buffer.from(b.buffer, b.byteOffset + bom, b.byteLength - bom);
  return { xml: buf.toString("latin1"), utf8: (s) => (NON_ASCII.test(s) ? Buffer.from(s, "latin1").toString("utf8") : s) };
}

/**
 * Parses one part with saxen, namespace-aware (a prefix is only a name for a namespace, so
 * <x:c> is <c> of SpreadsheetML), with the entities and CDATA of XML 1.0 and no DTD expansion.
 * Attributes and text are decoded only when a reader asks for them: most of a return's sheet
 * is formulas nobody reads, and skipping them is what keeps `check` near the cost of
 * inflating the file (issue 19).
 *
 * A part that is not well-formed XML (unclosed or mismatched tags, no root, text outside the
 * root, a bad attribute, an unknown entity in what is read) is a damaged file (XlsxReadError
 * "bad_xml"); one nested past ZIP_LIMITS.maxXmlDepth is "too_deep"; what a handler throws (a
 * limit) passes through as thrown.
 */
export function parseXmlPart(bytes: Uint8Array, part: string, h: XmlPartHandler): void {
  const bad = (detail: string): Error => xlsxProblem({ code: "bad_xml", params: { part, detail } });
  const parser = new Parser();
  parser.ns(NS_MAP);
  let depth = 0;
  let roots = 0;
  let getAttrs: () => Record<string, string> = () => ({});
  let decode: (s: string) => string = (s) => s;
  let utf8: ((s: string) => string) | null = null;
  // UTF-8 first: an entity may stand for a character past latin1
  const value = (raw: string): string => {
    const t = utf8 ? utf8(raw) : raw;
    if (t.indexOf("&") === -1) return t;
    if (BAD_ENTITY.test(t)) throw bad(`unknown entity in "${t.slice(0, 40)}"`);
    return decode(t);
  };
  const tag = {
    ns: "" as XmlNamespace,
    local: "",
    attr(name: string): string | undefined {
      const raw = getAttrs()[name];
      return raw === undefined ? undefined : value(raw);
    },
  };
  parser.on("openTag", (name, attrs, dec) => {
    if (++depth > ZIP_LIMITS.maxXmlDepth) throw xlsxProblem({ code: "too_deep", params: { part, limit: ZIP_LIMITS.maxXmlDepth } });
    if (depth === 1 && ++roots > 1) throw bad("more than one root element");
    // our prefixes are one letter, so the name's second char tells (saxen renamed the rest)
    if (name.charCodeAt(1) === COLON) {
      const p = name.charAt(0);
      tag.ns = p === PREFIX.sml ? "sml" : p === PREFIX.rels ? "rels" : "";
      tag.local = name.substring(2);
    } else {
      const colon = name.indexOf(":");
      tag.ns = "";
      tag.local = colon === -1 ? name : name.substring(colon + 1);
    }
    getAttrs = attrs;
    decode = dec;
    h.open(tag);
  });
  parser.on("closeTag", () => {
    depth--;
    h.close();
  });
  const text = h.text?.bind(h);
  if (text) {
    let raw = "";
    const read = (): string => value(raw);
    parser.on("text", (t, dec) => { raw = t; decode = dec; text(read); });
    let cdata = "";
    const readCdata = (): string => (utf8 ? utf8(cdata) : cdata);
    parser.on("cdata", (t) => { cdata = t; text(readCdata); });
  }
  parser.on("error", (e) => { throw e; });
  parser.on("warn", (e) => { throw e; });
  try {
    const decoded = partText(bytes);
    utf8 = decoded.utf8;
    const failed = parser.parse(decoded.xml);
    if (failed) throw failed;
    if (roots === 0) throw bad("no root element");
    if (depth !== 0) throw bad("unexpected end of file");
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    throw bad((e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "");
  }
}
