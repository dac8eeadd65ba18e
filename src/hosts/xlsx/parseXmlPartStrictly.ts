import { SaxesParser, type SaxesTagNS } from "saxes";
import type { XmlNamespace, XmlPartHandler, XmlTag } from "./parseXmlPart";
import { PACKAGE_RELS_NS, RELATIONSHIP_ATTR_NS, SPREADSHEET_NS } from "./spreadsheetNamespaces";
import { xlsxProblem } from "./xlsxProblem";
import { ZIP_LIMITS } from "./ZIP_LIMITS";

/**
 * Parses a part with saxes, a conformant XML 1.0 parser, for the same handlers as
 * parseXmlPart. Used only where saxen refused a part: saxen is fast but refuses a few things
 * XML allows (spaces around `=` in an attribute, non-ASCII element names in an extension), so a
 * part saxes reads is read, and a part both refuse is damaged (XlsxReadError "bad_xml" with
 * saxes's reason). `xml` is the part already decoded.
 */
export function parseXmlPartStrictly(xml: string, part: string, h: XmlPartHandler): void {
  const bad = (detail: string): Error => xlsxProblem({ code: "bad_xml", params: { part, detail } });
  const parser = new SaxesParser({ xmlns: true, position: false });
  let depth = 0;
  let current: SaxesTagNS | null = null;
  const tag: XmlTag = {
    get ns(): XmlNamespace {
      const uri = current?.uri ?? "";
      return SPREADSHEET_NS.has(uri) ? "sml" : uri === PACKAGE_RELS_NS ? "rels" : "";
    },
    get local(): string {
      return current?.local ?? "";
    },
    // saxes gives values decoded: what it gives is what the part writes, read as XML
    get written(): Record<string, string> {
      const out: Record<string, string> = {};
      const a = current?.attributes ?? {};
      for (const k in a) out[k] = a[k]?.value ?? "";
      return out;
    },
    decode: (raw) => raw,
    attr(name: string): string | undefined {
      const a = current?.attributes ?? {};
      if (name !== "r:id") return a[name]?.value;
      for (const k in a) {
        const at = a[k];
        if (at && at.local === "id" && RELATIONSHIP_ATTR_NS.has(at.uri)) return at.value;
      }
      return undefined;
    },
  };
  parser.on("opentagstart", () => {
    if (++depth > ZIP_LIMITS.maxXmlDepth) throw xlsxProblem({ code: "too_deep", params: { part, limit: ZIP_LIMITS.maxXmlDepth } });
  });
  parser.on("opentag", (t) => { current = t; h.open(tag); current = null; });
  parser.on("closetag", () => { depth--; h.close(); });
  const text = h.text?.bind(h);
  if (text) {
    // saxes gives each piece decoded, as its own string: it stays valid as it is
    const give = (t: string): void => text(() => t, (limit) => (t.length > limit ? null : () => t));
    parser.on("text", give);
    parser.on("cdata", give);
  }
  parser.on("error", (e) => { throw bad(e.message.split("\n")[0] ?? ""); });
  parser.write(xml);
  parser.close();
}
