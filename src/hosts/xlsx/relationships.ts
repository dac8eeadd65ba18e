import { parseXmlPart, type XmlPartHandler } from "./parseXmlPart";

export interface Relationship {
  id: string;
  /** the last segment of the type URI (officeDocument, worksheet, sharedStrings, styles, …): transitional and strict agree on it */
  type: string;
  /** the target part's name, resolved against the source part (no leading slash) */
  target: string;
}

/** The relationships part of a part (ECMA-376 Part 2 §9.3): xl/workbook.xml → xl/_rels/workbook.xml.rels; the package ("") → _rels/.rels. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relative target resolved against its source part's folder; an absolute one from the package root. */
export function resolveTarget(source: string, target: string): string {
  const t = target.replace(/\\/g, "/").split(/[?#]/)[0] ?? "";
  const base = t.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

/**
 * The internal relationships in a .rels part, their targets resolved against `source`; with `external`, the
 * external ones instead (TargetMode="External": a linked workbook's path or URL, a hyperlink), their targets as written.
 */
export function parseRelationships(bytes: Uint8Array, relsPart: string, source: string, external = false): Relationship[] {
  let out: Relationship[] = [];
  parseXmlPart(bytes, relsPart, () => {
    out = [];
    return relationshipsReader(out, source, external);
  });
  return out;
}

function relationshipsReader(out: Relationship[], source: string, external: boolean): XmlPartHandler {
  return {
    open(tag) {
      if (tag.local !== "Relationship" || tag.ns !== "rels") return;
      if ((tag.attr("TargetMode") === "External") !== external) return;
      const id = tag.attr("Id") ?? "";
      const type = tag.attr("Type") ?? "";
      const target = tag.attr("Target");
      if (target === undefined) return;
      out.push({ id, type: type.slice(type.lastIndexOf("/") + 1), target: external ? target : resolveTarget(source, target) });
    },
    close() {},
  };
}
