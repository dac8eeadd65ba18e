import type { Template } from "../templates/TemplateSchema";
import { APP_MARK, META_SHEET } from "./keys";
import { SheetBuilder } from "./SheetBuilder";
import type { PlannedSheet } from "./SheetPlan";

export const META_MARK = `${APP_MARK}:meta`;
export const META_VERSION = 1;
/** Excel holds at most 32,767 characters in a cell. */
const CHUNK = 30000;

export interface WorkbookMeta {
  app: "plan-returns";
  version: number;
  createdYear: number;
  /** the templates as loaded, so a check needs no catalog (and `--from` templates work) */
  templates: Template[];
}

/** The very hidden sheet that identifies a plan-returns workbook and carries its templates. */
export function metaSheet(meta: WorkbookMeta): PlannedSheet {
  const b = new SheetBuilder(META_SHEET, "meta");
  b.addColumn("data", 20);
  b.sheet.visibility = "veryHidden";
  b.value(1, 1, META_MARK, "text");
  b.value(2, 1, META_VERSION, "text");
  const json = JSON.stringify(meta);
  for (let i = 0, r = 3; i < json.length; i += CHUNK, r++) b.value(r, 1, json.slice(i, i + CHUNK), "text");
  return b.sheet;
}

/** Joins the chunks of column A from row 3 on. */
export function readMetaChunks(chunks: unknown[]): string {
  return chunks.filter((c): c is string => typeof c === "string").join("");
}
