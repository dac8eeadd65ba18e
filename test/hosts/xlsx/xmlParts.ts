import { XlsxReadError } from "../../../src/hosts/xlsx/XlsxReadError";

/** Test support for the .xlsx XML layer: namespaces, encodings and how a failure is caught. */
export const SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const SML_STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
export const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The text as a part's bytes: UTF-8 (TextEncoder works with or without node's Buffer). */
export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** UTF-16 with its byte order mark, as Excel 2003 XML and some scripts write a part. */
export function utf16(s: string, order: "le" | "be"): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(order === "le" ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    const [a, b] = order === "le" ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff];
    out[2 + 2 * i] = a;
    out[3 + 2 * i] = b;
  }
  return out;
}

/** The XlsxReadError `f` throws, or a test failure saying what happened instead. */
export function readError(f: () => unknown): XlsxReadError {
  try {
    f();
  } catch (e) {
    if (e instanceof XlsxReadError) return e;
    throw new Error(`expected an XlsxReadError, got ${String(e)}`);
  }
  throw new Error("expected an XlsxReadError, the part was read");
}

/**
 * Runs `f` as in the task pane, where node's Buffer does not exist, so parseXmlPart decodes
 * UTF-8 with TextDecoder instead of reading latin1 and decoding per value.
 */
export function withoutBuffer<T>(f: () => T): T {
  const g = globalThis as { Buffer?: unknown };
  const saved = g.Buffer;
  g.Buffer = undefined;
  try {
    return f();
  } finally {
    g.Buffer = saved;
  }
}

/** Both ways a UTF-8 part is decoded: node (latin1, per value) and the task pane (whole part). */
export const DECODERS: Array<[string, <T>(f: () => T) => T]> = [
  ["node", (f) => f()],
  ["task pane", withoutBuffer],
];
