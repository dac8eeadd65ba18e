import { ElementPath } from "./ElementPath";
import { parseXmlPart, type XmlPartHandler } from "./parseXmlPart";
import { StringItemText } from "./StringItemText";
import { xlsxProblem } from "./xlsxProblem";
import { ZIP_LIMITS } from "./ZIP_LIMITS";

/** The shared strings part: one text per <si>, phonetic runs left out. Throws past maxSharedStrings. */
export function parseSharedStrings(bytes: Uint8Array, part: string): string[] {
  let out: string[] = [];
  // every item's text is read: decoded whole, a large part piece by piece between items
  parseXmlPart(bytes, part, () => {
    out = [];
    return sharedStringsReader(out);
  }, { wholeText: true, pieceEnd: "</si>" });
  return out;
}

function sharedStringsReader(out: string[]): XmlPartHandler {
  const path = new ElementPath();
  let item: StringItemText | null = null;
  return {
    open(tag) {
      const local = path.open(tag);
      if (item) item.open(local);
      else if (path.is("sst", "si")) {
        if (out.length >= ZIP_LIMITS.maxSharedStrings) throw xlsxProblem({ code: "too_many_shared_strings", params: { limit: ZIP_LIMITS.maxSharedStrings } });
        item = new StringItemText(path, path.depth);
      }
    },
    close() {
      if (item && path.depth === 2) {
        out.push(item.text);
        item = null;
      } else item?.close();
      path.close();
    },
    text(read) {
      item?.add(read);
    },
  };
}
