import { documentName } from "../templates/documentName";
import { sourceText } from "../templates/sourceText";
import type { PlanImportResult } from "./importPlanTable";
import type { ImportNote, ImportSurface } from "./importNoteMessages";

/**
 * The notes an import that read a table says of the template it wrote (importNoteMessages), in order: the
 * table's header met again below it and skipped (a page break; no row lost), the plan's notes kept as 规划表注, then a plan's document not named (its 来源 is the table's title, sourceText),
 * worded for `surface` (--document, or the pane's 规划文件名称). [] when there is nothing to say.
 */
export function importNotes(result: Extract<PlanImportResult, { ok: true }>, surface: ImportSurface): ImportNote[] {
  const t = result.template;
  const notes: ImportNote[] = [];
  const again = "repeatedHeaders" in result ? result.repeatedHeaders : undefined;
  if (again !== undefined && again.length > 0) notes.push({ code: "header-repeated", params: { rows: again } });
  const n = (t.planNotes ?? []).length;
  if (n > 0) notes.push({ code: "plan-notes-kept", params: { n } });
  if (documentName(t.source) === null) notes.push({ code: "no-document", params: { table: sourceText(t), surface } });
  return notes;
}
