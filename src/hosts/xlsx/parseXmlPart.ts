import { Parser } from "saxen";
import type { parseXmlPartStrictly as Strictly } from "./parseXmlPartStrictly";
import { XlsxReadError } from "./XlsxReadError";
import { PACKAGE_RELS_NS, RELATIONSHIP_ATTR_NS, SPREADSHEET_NS } from "./spreadsheetNamespaces";
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
  /**
   * The attributes as the part writes them, by name, values undecoded (`&amp;` stays): for a
   * reader of a value on every cell (r="B7", s="3") that checks its shape itself, since a value
   * of ASCII letters, digits, `$`, `.` and `-` is its own decoding; any other value goes through
   * `decode`, which gives what `attr` gives. A prefixed name is as written, or as saxen renamed
   * it: read those with `attr`.
   */
  readonly written: Readonly<Record<string, string | undefined>>;
  /** A value of `written` decoded as `attr` decodes it (a lone `&` or a bad reference is "bad_xml"). */
  decode(raw: string): string;
}

export interface XmlPartHandler {
  open(tag: XmlTag): void;
  close(): void;
  /**
   * Character data, CDATA included; may come in several pieces. `read` decodes the piece on
   * demand, so text a reader does not want (a formula) costs nothing. `keep(limit)` gives a
   * reader of the same piece that stays valid after this call (`read` does not), or null when
   * the piece is longer than `limit` characters as stored: for text whose worth is known only
   * later (a formula, quoted only when the cell turns out to hold no result).
   */
  text?(read: () => string, keep: (limit: number) => (() => string) | null): void;
}

// saxen renames each namespace's prefix to these, whatever the part wrote; a part that uses one
// of them for another namespace gets a fresh prefix from saxen, so they cannot be confused
const PREFIX = { sml: "s", rels: "p", relAttr: "r" } as const;
const COLON = 58;
// xml: is bound without a declaration (xml:space on <t>)
const NS_MAP: Record<string, string> = { [PACKAGE_RELS_NS]: PREFIX.rels, "http://www.w3.org/XML/1998/namespace": "xml" };
for (const uri of SPREADSHEET_NS) NS_MAP[uri] = PREFIX.sml;
for (const uri of RELATIONSHIP_ATTR_NS) NS_MAP[uri] = PREFIX.relAttr;

// the five entities of XML 1.0 and character references; a lone & is not well-formed
const REFERENCE = /&(?:#([0-9]{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));|&/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Whether a character reference names a character XML 1.0 allows (§2.2 Char). */
function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

const NON_ASCII = /[\u0080-\u00ff]/;
// what makes a value need more than being taken as it is: bytes of UTF-8 (or, decoded, any
// non-ASCII character, which is then harmless), a reference, or what XML 1.0 rewrites or forbids
const ATTRIBUTE_WORK = /[\u0080-\uffff]|[&<\t\n\r]/;
const TEXT_WORK = /[\u0080-\uffff]|[&\r]|]]>/;

/**
 * Whether a short value is plain ASCII without `&`, `<`, `>` or a tab, newline or CR: then it
 * needs nothing, in an attribute or in text. Read by char codes, since most values of a
 * return (r="B7", s="3", <v>12.5</v>) are a few chars and a regular expression costs more.
 */
function plainShort(raw: string): boolean {
  if (raw.length > 24) return false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x80 || c === 38 || c === 60 || c === 62 || c === 9 || c === 10 || c === 13) return false;
  }
  return true;
}

/** The encoding an XML declaration names, when it is neither UTF-8 nor UTF-16 (the default). */
function declaredEncoding(b: Uint8Array): string | null {
  if (b[0] !== 0x3c || b[1] !== 0x3f) return null; // <?
  let head = "";
  for (let i = 0; i < Math.min(b.length, 200); i++) {
    const c = b[i] ?? 0;
    head += String.fromCharCode(c);
    if (c === 0x3e) break; // >
  }
  const m = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(head);
  const enc = m?.[1]?.toLowerCase();
  return enc && !/^utf-?(8|16)$/.test(enc) ? enc : null;
}

/**
 * The part as the string saxen reads, and how a piece of it becomes text. UTF-16 (by its BOM)
 * and, where node's Buffer is missing (the task pane), UTF-8 are decoded whole. In node a
 * UTF-8 part is read one char per byte (latin1, five times faster than decoding it) and only
 * the values a reader asks for are decoded from UTF-8: every byte of a multi-byte character
 * is 0x80 or above, so no `<`, `>`, `&`, `"` or `=` is ever mistaken, and invalid bytes end
 * as U+FFFD as TextDecoder makes them. A part whose text is nearly all read (`wholeText`: the
 * shared strings) is decoded whole, which is cheaper there than value by value.
 */
function partText(b: Uint8Array, part: string, wholeText: boolean): { xml: string; utf8: ((s: string) => string) | null } {
  if (b[0] === 0xff && b[1] === 0xfe) return { xml: new TextDecoder("utf-16le").decode(b), utf8: null };
  if (b[0] === 0xfe && b[1] === 0xff) return { xml: new TextDecoder("utf-16be").decode(b), utf8: null };
  const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  // OPC allows only UTF-8 and UTF-16, but a script may write a part in GBK and say so: read it
  // as it says (LibreOffice does), or refuse it by name when the encoding is unknown
  const declared = bom ? null : declaredEncoding(b);
  if (declared) {
    try {
      return { xml: new TextDecoder(declared).decode(b), utf8: null };
    } catch {
      throw xlsxProblem({ code: "bad_xml", params: { part, detail: `unknown encoding ${declared}` } });
    }
  }
  if (typeof Buffer === "undefined") return { xml: new TextDecoder("utf-8").decode(b), utf8: null };
  const buf = Buffer.from(b.buffer, b.byteOffset + bom, b.byteLength - bom);
  if (wholeText) return { xml: buf.toString("utf8"), utf8: null };
  return { xml: buf.toString("latin1"), utf8: (s) => (NON_ASCII.test(s) ? Buffer.from(s, "latin1").toString("utf8") : s) };
}

/**
 * Parses one part with saxen, namespace-aware (a prefix is only a name for a namespace, so
 * <x:c> is <c> of SpreadsheetML), with the entities, character references, line ends (§2.11)
 * and attribute whitespace (§3.3.3) of XML 1.0, CDATA, and no DTD expansion. Attributes and
 * text are decoded only when a reader asks for them: most of a return's sheet is formulas
 * nobody reads, and skipping them is what keeps `check` fast (issue 19); every tag's
 * attributes are still parsed, so a damaged tag is never read as a shorter value.
 *
 * Where every namespace is declared on the root element (what Excel, LibreOffice, WPS and
 * ExcelJS write), saxen runs without its namespace mode, which costs it a third of its time
 * on a return's sheet, and a prefix is looked up in the root's declarations; any other part
 * is read in saxen's namespace mode. Both read the same elements, attributes and text.
 *
 * A part that is not well-formed XML is a damaged file (XlsxReadError "bad_xml", with the part
 * and saxen's or this layer's reason): unclosed or mismatched tags, no root or two, text or
 * CDATA outside the root, a bad or duplicate attribute, `<` in an attribute, `--` in a
 * comment, a prefix no declaration binds; and in a value that is read, a lone `&`, an unknown
 * entity, a reference to a character XML does not allow, `]]>` in text. Nesting past
 * ZIP_LIMITS.maxXmlDepth is "too_deep". What a handler throws (a limit, a reader's own bug)
 * passes through as thrown. `wholeText`: the reader reads nearly all the part's text (the
 * shared strings), so the part is decoded whole rather than value by value.
 */
export function parseXmlPart(bytes: Uint8Array, part: string, reader: XmlPartHandler | (() => XmlPartHandler), options: XmlPartOptions = {}): void {
  const fresh = typeof reader === "function" ? reader : () => reader;
  try {
    const h = fresh();
    const pieces = options.pieceEnd ? inPieces(bytes, options.pieceEnd, options.pieceBytes ?? PIECE_BYTES, options.wholeText ?? false) : null;
    if (pieces) {
      try {
        parseWithSaxen(pieces, part, h, true);
        return;
      } catch (e) {
        // the root binds one of our namespaces twice: read whole, below (nothing reached the handler yet)
        if (e !== SCOPED) throw e;
      }
    }
    const decoded = partText(bytes, part, options.wholeText ?? false);
    try {
      parseWithSaxen({ xml: [decoded.xml], utf8: decoded.utf8 }, part, h, !pieces && declaredOnRootOnly(decoded.xml));
    } catch (e) {
      // the root binds one of our namespaces twice: saxen's namespace mode says what that means
      // (nothing reached the handler yet, so it is still fresh)
      if (e !== SCOPED) throw e;
      parseWithSaxen({ xml: [decoded.xml], utf8: decoded.utf8 }, part, h, false);
    }
  } catch (e) {
    // saxen refuses a few things XML allows: a part it refuses is read again by saxes, with a
    // fresh handler, and refused only when saxes refuses it too (a handler given as an object
    // has kept what it read, so it cannot start over)
    if (!(e instanceof XlsxReadError) || e.problem.code !== "bad_xml" || typeof reader !== "function") throw e;
    const decoded = partText(bytes, part, true);
    // saxes loads only for such a part (a few in a thousand real files)
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- on demand, see above
    const { parseXmlPartStrictly } = require("./parseXmlPartStrictly") as { parseXmlPartStrictly: typeof Strictly };
    parseXmlPartStrictly(decoded.utf8 ? new TextDecoder("utf-8").decode(bytes) : decoded.xml, part, fresh());
  }
}

/** How parseXmlPart reads a part. */
export interface XmlPartOptions {
  /** the reader reads nearly all the part's text (the shared strings): decoded whole rather than value by value */
  wholeText?: boolean;
  /**
   * An end tag the part repeats (`</row>`, `</si>`): a large part is read in pieces cut just
   * after it (see inPieces), so no string of the whole part is made.
   */
  pieceEnd?: string;
  /** the size a piece reaches before it is cut at the next pieceEnd (tests cut smaller) */
  pieceBytes?: number;
}

/**
 * Below V8's largest ordinary heap object (128 KiB): a longer string goes to the large-object
 * space, whose fresh pages cost ~15× a copy here (a 5,000-row sheet: 95 ms to make its 30 MB
 * string; 1,000 county returns: 1.3 ms each, a fifth of `check`'s time per return).
 */
const PIECE_BYTES = 64 * 1024;

/**
 * The pieces of a part and how a value of a piece becomes text (partText's, piece by piece). A
 * piece is its text, or (inPieces) what makes it with the given text before and after it in one
 * string: `before + piece` is a rope that saxen's first charCodeAt copies again, a second string of
 * every piece (a third of what 1,000 county returns allocate besides saxen's own).
 */
interface Pieces { xml: Iterable<string | Piece>; utf8: ((s: string) => string) | null }

/** A piece's text with `before` and `after` around it, made as one string. */
type Piece = (before: string, after: string) => string;

/**
 * A UTF-8 part (node only) as pieces of about `size` bytes, each cut just after an occurrence
 * of `end` (an end tag): null when the part is small, or is not UTF-8, or its namespaces are
 * not all declared on the root (saxen's namespace mode keeps them across the whole part), or
 * anything after the root's start tag could hold `end` without being one: a comment, CDATA or
 * a processing instruction (`<!` or `<?`). Elsewhere `</row>` is always an end tag, since text
 * and attribute values cannot hold `<`; so every cut falls between two elements, and saxen
 * reads each piece after the open elements' start tags, as parseWithSaxen writes them. A cut
 * after an ASCII tag never splits a UTF-8 character.
 */
function inPieces(b: Uint8Array, end: string, size: number, wholeText: boolean): Pieces | null {
  if (typeof Buffer === "undefined" || b.length <= size || b[0] === 0xff || b[0] === 0xfe) return null;
  const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  if (!bom && declaredEncoding(b)) return null;
  const buf = Buffer.from(b.buffer, b.byteOffset + bom, b.byteLength - bom);
  const head = buf.toString("latin1", 0, Math.min(buf.length, PIECE_BYTES));
  const rootEnd = rootStartEnd(head);
  if (rootEnd === -1 || buf.indexOf("xmlns", rootEnd) !== -1 || markupAfter(buf, rootEnd, 0x21) || markupAfter(buf, rootEnd, 0x3f)) return null;
  const first = buf.indexOf(end, size);
  if (first === -1) return null;
  const enc = wholeText ? "utf8" : "latin1";
  const text = (from: number, to: number): Piece => (before, after) => {
    if (!before && !after) return buf.toString(enc, from, to);
    const b = Buffer.byteLength(before, enc);
    const n = b + (to - from) + Buffer.byteLength(after, enc);
    const s = scratchOf(n);
    s.write(before, 0, enc);
    buf.copy(s, b, from, to);
    s.write(after, b + to - from, enc);
    return s.toString(enc, 0, n);
  };
  function* pieces(): Generator<Piece> {
    let at = 0;
    for (let cut = first; cut !== -1; cut = buf.indexOf(end, at + size)) {
      yield text(at, cut + end.length);
      at = cut + end.length;
    }
    if (at < buf.length) yield text(at, buf.length);
  }
  return { xml: pieces(), utf8: wholeText ? null : (s) => (NON_ASCII.test(s) ? Buffer.from(s, "latin1").toString("utf8") : s) };
}

/** Bytes a piece is put together in before it becomes a string; kept for the next when small. */
let scratch: Buffer | null = null;

function scratchOf(n: number): Buffer {
  if (scratch && scratch.length >= n) return scratch;
  const s = Buffer.allocUnsafe(Math.max(n, 2 * PIECE_BYTES));
  // a piece that is one huge row is not kept for the life of the process
  if (n <= 16 * PIECE_BYTES) scratch = s;
  return s;
}

/**
 * Whether `<` followed by `mark` (`!` 0x21 or `?` 0x3f) occurs at or after `from`. Found by
 * the mark, which a sheet rarely holds, then the byte before it: `buf.indexOf("<!")` stops at
 * every `<` of the part (five times as long on a return's sheet). Exact in UTF-8, where no byte
 * of a multi-byte character is below 0x80.
 */
function markupAfter(buf: Buffer, from: number, mark: number): boolean {
  for (let i = buf.indexOf(mark, from + 1); i !== -1; i = buf.indexOf(mark, i + 1)) if (buf[i - 1] === 0x3c) return true;
  return false;
}

/** Where parseWithSaxen stops saxen at the end of a piece other than the last (see there). */
const PIECE_STOP = "<?plan-returns-piece-end?>";

/** Thrown at the root element when its declarations need saxen's namespace mode. */
const SCOPED = new Error("namespaces need saxen's namespace mode");

/**
 * Whether every namespace declaration of the part can only be on its root element: no
 * "xmlns" after the root's start tag (a declaration there, or text that merely says it, sends
 * the part to saxen's namespace mode) and no DOCTYPE. Where the start tag's end is misjudged
 * (a `>` in a quoted value), it is judged early, which only sends the part to that mode.
 */
function declaredOnRootOnly(xml: string): boolean {
  const end = rootStartEnd(xml);
  return end !== -1 && xml.indexOf("xmlns", end) === -1;
}

/**
 * Where the root element's start tag ends (its `>`), past the XML declaration, processing
 * instructions and comments before it; -1 when there is none, or a DOCTYPE comes first (left to
 * the namespace mode). A `>` in a quoted value ends it early, which only costs speed.
 */
function rootStartEnd(xml: string): number {
  let i = 0;
  for (;;) {
    i = xml.indexOf("<", i);
    if (i === -1) return -1;
    const c = xml.charCodeAt(i + 1);
    if (c === 63) { // <? … ?>
      i = xml.indexOf("?>", i + 2);
      if (i === -1) return -1;
    } else if (c === 33) { // <!-- … --> before the root; a DOCTYPE is left to the namespace mode
      if (!xml.startsWith("<!--", i)) return -1;
      i = xml.indexOf("-->", i + 4);
      if (i === -1) return -1;
    } else break;
  }
  return xml.indexOf(">", i);
}

/** What a name's prefix stands for when the root declares every namespace: our code, or "other". */
type Bound = XmlNamespace | "relAttr" | "other";

function boundOf(uri: string): Bound {
  return SPREADSHEET_NS.has(uri) ? "sml" : uri === PACKAGE_RELS_NS ? "rels" : RELATIONSHIP_ATTR_NS.has(uri) ? "relAttr" : uri === "" ? "" : "other";
}

function parseWithSaxen(decoded: Pieces, part: string, h: XmlPartHandler, rootOnly: boolean): void {
  const bad = (detail: string): Error => xlsxProblem({ code: "bad_xml", params: { part, detail } });
  const badFrom = (e: Error): Error => bad(e.message.split("\n")[0] ?? "");
  const parser = new Parser();
  if (!rootOnly) parser.ns(NS_MAP);
  let depth = 0;
  let roots = 0;
  let attrs: Record<string, string> = {};
  // the raw names of the elements open, and how many of a piece's first start tags only reopen them
  const open: string[] = [];
  let reopened = 0;
  const utf8 = decoded.utf8;
  // XML 1.0 §2.11: CR LF and a lone CR are LF in text and CDATA
  const lineEnds = (t: string): string => (t.indexOf("\r") === -1 ? t : t.replace(/\r\n?/g, "\n"));
  const references = (t: string): string => {
    if (t.indexOf("&") === -1) return t;
    return t.replace(REFERENCE, (m, dec?: string, hex?: string, name?: string) => {
      if (name) return NAMED[name] ?? m;
      const c = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1;
      if (!isXmlChar(c)) throw bad(m === "&" ? "& that starts no reference" : `reference to a character XML does not allow (${m})`);
      return String.fromCodePoint(c);
    });
  };
  // UTF-8 first (a reference may stand for a character past latin1), then what XML 1.0 does to
  // line ends (§2.11) and to whitespace in attributes (§3.3.3), then the references
  const attributeValue = (raw: string): string => {
    if (plainShort(raw) || !ATTRIBUTE_WORK.test(raw)) return raw; // most values (r="B7", s="3", t="s") need nothing
    const t = utf8 ? utf8(raw) : raw;
    if (t.indexOf("<") !== -1) throw bad("< in an attribute value");
    return references(t.replace(/\r\n|[\t\n\r]/g, " "));
  };
  const textValue = (raw: string): string => {
    if (plainShort(raw) || !TEXT_WORK.test(raw)) return raw;
    const t = utf8 ? utf8(raw) : raw;
    if (t.indexOf("]]>") !== -1) throw bad("]]> in text");
    return references(lineEnds(t));
  };
  // rootOnly: what each prefix stands for, from the root's declarations; the raw name r:id has
  let defaultNs: XmlNamespace = "";
  // xml: is bound without a declaration; xmlns: only declares (on the root alone, in this mode)
  const bound = new Map<string, Bound>([["xml", "other"], ["xmlns", "other"]]);
  let relIdKey: string | undefined;
  const prefixed = new Map<string, { ns: XmlNamespace; local: string }>();
  const checkedAttrs = new Set<string>();
  const bindRoot = (a: Record<string, string>): void => {
    const seen = new Set<Bound>();
    for (const k in a) {
      const isDefault = k === "xmlns";
      if (!isDefault && !k.startsWith("xmlns:")) continue;
      const b = boundOf(attributeValue(a[k] ?? ""));
      // one of our namespaces under two names (or r:id's as the default): saxen's mode decides
      if (b !== "other" && b !== "" && seen.has(b)) throw SCOPED;
      seen.add(b);
      if (isDefault) {
        if (b === "relAttr") throw SCOPED;
        defaultNs = b === "other" ? "" : b;
      } else if (a[k] !== "") {
        const p = k.substring(6);
        bound.set(p, b);
        if (b === "relAttr") relIdKey = `${p}:id`;
      }
    }
  };
  const elementOf = (name: string): { ns: XmlNamespace; local: string } => {
    let e = prefixed.get(name);
    if (!e) {
      const colon = name.indexOf(":");
      const prefix = name.substring(0, colon);
      const b = prefix === "xmlns" ? undefined : bound.get(prefix);
      if (b === undefined) throw bad(`missing namespace on <${name}>`);
      e = { ns: b === "sml" || b === "rels" ? b : "", local: name.substring(colon + 1) };
      prefixed.set(name, e);
    }
    return e;
  };
  const checkAttrPrefixes = (a: Record<string, string>): void => {
    for (const k in a) {
      const colon = k.indexOf(":");
      if (colon === -1 || checkedAttrs.has(k)) continue;
      if (!bound.has(k.substring(0, colon))) throw bad(`missing namespace for prefix ${k.substring(0, colon)}`);
      checkedAttrs.add(k);
    }
  };
  const tag = {
    ns: "" as XmlNamespace,
    local: "",
    written: attrs as Readonly<Record<string, string | undefined>>,
    attr(name: string): string | undefined {
      const raw = rootOnly && name === "r:id" ? (relIdKey === undefined ? undefined : attrs[relIdKey]) : attrs[name];
      return raw === undefined ? undefined : attributeValue(raw);
    },
    decode: attributeValue,
  };
  // saxen and this layer report what is not well-formed; what a handler throws passes as thrown
  // a piece other than the last ends with elements open: the end of that piece is not the end of the part
  let more = false;
  const pieceEnded = (e: Error): boolean => more && e.message === "unexpected end of file";
  // such a piece ends with our own processing instruction, where saxen is stopped: reaching the
  // end with elements open, saxen would make an Error (a stack trace) for every piece (inPieces
  // cuts only parts with no `<?` after the root's start tag, so no other can be met there)
  parser.on("question", (q) => { if (more && q === PIECE_STOP) parser.stop(); });
  parser.on("error", (e) => { if (!pieceEnded(e)) throw badFrom(e); });
  parser.on("warn", (e) => { throw badFrom(e); });
  parser.on("openTag", (name, getAttrs) => {
    // a piece starts with the start tags of the elements still open (their attributes were read)
    if (reopened > 0) { reopened--; return; }
    open.push(name);
    if (++depth > ZIP_LIMITS.maxXmlDepth) throw xlsxProblem({ code: "too_deep", params: { part, limit: ZIP_LIMITS.maxXmlDepth } });
    if (depth === 1 && ++roots > 1) throw bad("more than one root element");
    // every element's attributes are parsed, read or not, so a damaged tag (a lost `>`, a
    // duplicate attribute) is a damaged file rather than a shorter value
    tag.written = attrs = getAttrs();
    if (rootOnly) {
      if (depth === 1) bindRoot(attrs);
      checkAttrPrefixes(attrs);
      if (name.indexOf(":") === -1) {
        tag.ns = defaultNs;
        tag.local = name;
      } else {
        const e = elementOf(name);
        tag.ns = e.ns;
        tag.local = e.local;
      }
    } else if (name.charCodeAt(1) === COLON) {
      // saxen renamed our namespaces' prefixes to one letter, so the name's second char tells
      const p = name.charAt(0);
      tag.ns = p === PREFIX.sml ? "sml" : p === PREFIX.rels ? "rels" : "";
      tag.local = name.substring(2);
    } else {
      const colon = name.indexOf(":");
      tag.ns = "";
      tag.local = colon === -1 ? name : name.substring(colon + 1);
    }
    h.open(tag);
  });
  parser.on("closeTag", () => {
    depth--;
    open.pop();
    h.close();
  });
  parser.on("comment", (c) => {
    if (c.indexOf("--") !== -1 || c.endsWith("-")) throw bad("-- inside a comment");
  });
  let raw = "";
  const read = (): string => textValue(raw);
  let cdata = "";
  const readCdata = (): string => lineEnds(utf8 ? utf8(cdata) : cdata);
  // a closure only for a piece a reader keeps, and only when it is short
  const keep = (limit: number): (() => string) | null => {
    if (raw.length > limit) return null;
    const kept = raw;
    return () => textValue(kept);
  };
  const keepCdata = (limit: number): (() => string) | null => {
    if (cdata.length > limit) return null;
    const kept = cdata;
    return () => lineEnds(utf8 ? utf8(kept) : kept);
  };
  const text = h.text?.bind(h);
  if (text) parser.on("text", (t) => { raw = t; text(read, keep); });
  parser.on("cdata", (t) => {
    if (depth === 0) throw bad("CDATA outside the root element");
    cdata = t;
    text?.(readCdata, keepCdata);
  });
  const pieces = decoded.xml[Symbol.iterator]();
  for (let piece = pieces.next(); !piece.done;) {
    const next = pieces.next();
    more = !next.done;
    reopened = open.length;
    const before = reopened ? `<${open.join("><")}>` : "";
    const after = more ? PIECE_STOP : "";
    const p = piece.value;
    const failed = parser.parse(typeof p === "string" ? before + p + after : p(before, after));
    if (failed && !pieceEnded(failed)) throw badFrom(failed);
    piece = next;
  }
  if (roots === 0) throw bad("no root element");
  if (depth !== 0) throw bad("unexpected end of file");
}
