import type { CellComment } from "../../sheet/Grid";
import { ElementPath } from "./ElementPath";
import { parseXmlPart, type XmlPartHandler } from "./parseXmlPart";
import { StringItemText } from "./StringItemText";

/** At most this many comments of a sheet are kept (a return has a handful; a limit keeps a hostile part small). */
const COMMENTS_KEPT = 10_000;

/**
 * A worksheet's comments part (xl/commentsN.xml, ECMA-376 Part 1 §18.7): each comment's cell
 * (its `ref`, A1 as written) and its text (the runs of its <text>, as a shared string's, phonetic
 * runs left out), in the part's order. Errors: XlsxReadError "bad_xml" for a damaged part.
 */
export function parseComments(bytes: Uint8Array, part: string): CellComment[] {
  let out: CellComment[] = [];
  parseXmlPart(bytes, part, () => {
    out = [];
    return commentsReader(out);
  });
  return out;
}

function commentsReader(out: CellComment[]): XmlPartHandler {
  const path = new ElementPath();
  let ref: string | null = null;
  let item: StringItemText | null = null;
  return {
    open(tag) {
      const local = path.open(tag);
      if (item) item.open(local);
      else if (path.is("comments", "commentList", "comment")) ref = tag.attr("ref") ?? null;
      else if (ref !== null && path.is("comments", "commentList", "comment", "text")) item = new StringItemText(path, path.depth);
    },
    close() {
      if (item && path.depth === 4) {
        if (ref !== null && out.length < COMMENTS_KEPT) out.push({ cell: ref, text: item.text });
        item = null;
        ref = null;
      } else if (path.depth === 3) ref = null;
      else item?.close();
      path.close();
    },
    text(read) {
      item?.add(read);
    },
  };
}
