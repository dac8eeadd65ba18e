import { SaxesParser, type SaxesTagNS } from "saxes";
import { XlsxReadError } from "./XlsxReadError";
import { xlsxProblem } from "./xlsxProblem";
import { ZIP_LIMITS } from "./ZIP_LIMITS";

export interface XmlPartHandler {
  open(tag: SaxesTagNS): void;
  close(tag: SaxesTagNS): void;
  /** character data, CDATA included; may come in several pieces */
  text?(text: string): void;
}

const CHUNK = 1 << 20;

function encodingOf(b: Uint8Array): string {
  if (b[0] === 0xff && b[1] === 0xfe) return "utf-16le";
  if (b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/**
 * Parses one part with saxes, namespace-aware (a prefix is only a name for a namespace, so
 * <x:c> is <c>), with entities and CDATA as XML 1.0 has them and no DTD expansion. The bytes
 * are decoded and fed in 1 MB pieces, so time and memory stay linear in the part's size.
 * A part that is not well-formed XML is a damaged file (XlsxReadError "bad_xml"); what a
 * handler throws (a limit) passes through as thrown.
 */
export function parseXmlPart(bytes: Uint8Array, part: string, h: XmlPartHandler): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  let depth = 0;
  parser.on("opentagstart", () => {
    if (++depth > ZIP_LIMITS.maxXmlDepth) throw xlsxProblem({ code: "too_deep", params: { part, limit: ZIP_LIMITS.maxXmlDepth } });
  });
  parser.on("opentag", (t) => h.open(t));
  parser.on("closetag", (t) => { depth--; h.close(t); });
  const text = h.text?.bind(h);
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  const decoder = new TextDecoder(encodingOf(bytes));
  try {
    for (let at = 0; at < bytes.length; at += CHUNK) {
      parser.write(decoder.decode(bytes.subarray(at, at + CHUNK), { stream: at + CHUNK < bytes.length }));
    }
    parser.close();
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    throw xlsxProblem({ code: "bad_xml", params: { part, detail: (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "" } });
  }
}
