import { ElementPath } from "./ElementPath";
import { parseXmlPart, type XmlPartHandler } from "./parseXmlPart";

export interface WorkbookPart {
  sheets: Array<{ name: string; visible: boolean; relId: string }>;
  definedNames: Array<{ name: string; ranges: string[] }>;
  /** workbookPr date1904: serial 0 is 1904-01-01 (Mac workbooks) */
  date1904: boolean;
  /**
   * whether the root is SpreadsheetML's <workbook> (transitional or strict): false for a part in another
   * namespace, such as Excel 2007's pre-release one (…/office/excel/2006/2), whose sheets cannot be read
   */
  spreadsheetML: boolean;
  /**
   * the relationship ids of <externalReferences>, in order: a formula's `[1]` is the first (ECMA-376 §18.2.9,
   * §18.14: the other workbooks the formulas link to, each an externalLink part)
   */
  externalReferences: string[];
}

const truthy = (v: string | undefined): boolean => v === "1" || v === "true";

/** The workbook part: its sheets in order (name, state, relationship id), defined names, date system and external references. */
export function parseWorkbookPart(bytes: Uint8Array, part: string): WorkbookPart {
  let out: WorkbookPart = { sheets: [], definedNames: [], date1904: false, spreadsheetML: false, externalReferences: [] };
  parseXmlPart(bytes, part, () => {
    out = { sheets: [], definedNames: [], date1904: false, spreadsheetML: false, externalReferences: [] };
    return workbookReader(out);
  });
  return out;
}

function workbookReader(out: WorkbookPart): XmlPartHandler {
  const path = new ElementPath();
  let name: { name: string; text: string } | null = null;
  return {
    open(tag) {
      path.open(tag);
      if (path.is("workbook")) out.spreadsheetML = true;
      else if (path.is("workbook", "workbookPr")) out.date1904 = truthy(tag.attr("date1904"));
      else if (path.is("workbook", "sheets", "sheet")) {
        const relId = tag.attr("r:id") ?? "";
        out.sheets.push({ name: tag.attr("name") ?? "", visible: (tag.attr("state") ?? "visible") === "visible", relId });
      } else if (path.is("workbook", "definedNames", "definedName")) name = { name: tag.attr("name") ?? "", text: "" };
      else if (path.is("workbook", "externalReferences", "externalReference")) out.externalReferences.push(tag.attr("r:id") ?? "");
    },
    close() {
      if (name && path.is("workbook", "definedNames", "definedName")) {
        out.definedNames.push({ name: name.name, ranges: [name.text] });
        name = null;
      }
      path.close();
    },
    text(read) {
      if (name && path.is("workbook", "definedNames", "definedName")) name.text += read();
    },
  };
}
