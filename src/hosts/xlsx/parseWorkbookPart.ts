import { ElementPath } from "./ElementPath";
import { parseXmlPart } from "./parseXmlPart";
import { RELATIONSHIP_ATTR_NS } from "./spreadsheetNamespaces";

export interface WorkbookPart {
  sheets: Array<{ name: string; visible: boolean; relId: string }>;
  definedNames: Array<{ name: string; ranges: string[] }>;
  /** workbookPr date1904: serial 0 is 1904-01-01 (Mac workbooks) */
  date1904: boolean;
}

const truthy = (v: string | undefined): boolean => v === "1" || v === "true";

/** The workbook part: its sheets in order (name, state, relationship id), defined names and date system. */
export function parseWorkbookPart(bytes: Uint8Array, part: string): WorkbookPart {
  const out: WorkbookPart = { sheets: [], definedNames: [], date1904: false };
  const path = new ElementPath();
  let name: { name: string; text: string } | null = null;
  parseXmlPart(bytes, part, {
    open(tag) {
      path.open(tag);
      const a = tag.attributes;
      if (path.is("workbook", "workbookPr")) out.date1904 = truthy(a.date1904?.value);
      else if (path.is("workbook", "sheets", "sheet")) {
        let relId = "";
        for (const k in a) {
          const at = a[k];
          if (at && at.local === "id" && RELATIONSHIP_ATTR_NS.has(at.uri)) relId = at.value;
        }
        out.sheets.push({ name: a.name?.value ?? "", visible: (a.state?.value ?? "visible") === "visible", relId });
      } else if (path.is("workbook", "definedNames", "definedName")) name = { name: a.name?.value ?? "", text: "" };
    },
    close() {
      if (name && path.is("workbook", "definedNames", "definedName")) {
        out.definedNames.push({ name: name.name, ranges: [name.text] });
        name = null;
      }
      path.close();
    },
    text(t) {
      if (name && path.is("workbook", "definedNames", "definedName")) name.text += t;
    },
  });
  return out;
}
