import type { Template } from "../templates/TemplateSchema";
import { APP_MARK, META_SHEET } from "./keys";
import { SheetBuilder } from "./SheetBuilder";
import { deflate, inflate } from "pako";
import { metaInflate } from "./metaInflate";
import { fromBase64, toBase64 } from "./base64";
import type { PlannedSheet } from "./SheetPlan";
import type { OwedValue } from "./OwedValue";
import { parseTemplate } from "../templates/parseTemplate";
import { TEMPLATE_SCHEMA } from "../templates/TEMPLATE_SCHEMA";

export const META_MARK = `${APP_MARK}:meta`;
/** 1: JSON in column A; 2: the same JSON deflated and base64-encoded (a fifth of the size) */
export const META_VERSION = 2;
/** Excel holds at most 32,767 characters in a cell. */
const CHUNK = 30000;

export interface WorkbookMeta {
  app: "plan-returns";
  version: number;
  createdYear: number;
  /** the sheet rules the workbook's sheets were written with (SHEET_RULES); absent before version 2 */
  rules?: number;
  /** the templates as loaded, so a check needs no catalog (and `--from` templates work) */
  templates: Template[];
  /**
   * The TEMPLATE_SCHEMA the templates passed when metaSheet wrote them; absent when one did not
   * (or before this mark existed). A reader takes marked templates as they are and validates the
   * rest: the zlib container's checksum already refuses a damaged or hand-edited text.
   */
  validated?: number;
  /**
   * the values earlier returns left blank with a reason (未填报（已说明）) that `rollover` or the pane's change of year carried
   * into this one still blank (cycle/owedValues); `check` names each while its cell stays blank (earlier_year_owed). Absent
   * in a workbook never rolled over, or made before session 46
   */
  owed?: OwedValue[];
}

/**
 * The very hidden sheet that identifies a plan-returns workbook and carries its templates.
 * Each template is validated here (TemplateSchema) and written as validated; the sheet is
 * marked `validated` only when every one passed, whatever `meta` said.
 */
export function metaSheet(meta: WorkbookMeta): PlannedSheet {
  const b = new SheetBuilder(META_SHEET, "meta");
  b.addColumn("data", 20);
  b.sheet.visibility = "veryHidden";
  b.value(1, 1, META_MARK, "text");
  b.value(2, 1, META_VERSION, "text");
  // compressed: at 5,000 indicators the plain JSON alone was a fifth of what the add-in sends
  const packed = toBase64(deflate(JSON.stringify(validatedMeta(meta))));
  for (let i = 0, r = 3; i < packed.length; i += CHUNK, r++) b.value(r, 1, packed.slice(i, i + CHUNK), "text");
  return b.sheet;
}

/** The metadata as written: its templates as the schema reads them, and the mark when all passed. */
function validatedMeta(meta: WorkbookMeta): WorkbookMeta {
  const rest: WorkbookMeta = { ...meta };
  delete rest.validated;
  const checked = meta.templates.map((t) => parseTemplate(t, "meta"));
  const templates: Template[] = [];
  for (const r of checked) if (r.ok) templates.push(r.template);
  // a template that fails is written as it was, unmarked, so a reader refuses it as before
  return templates.length === checked.length ? { ...rest, templates, validated: TEMPLATE_SCHEMA } : rest;
}

/** Joins the chunks of column A from row 3 on into the JSON text (either version); "" when unreadable. */
export function readMetaChunks(chunks: unknown[]): string {
  const joined = chunks.filter((c): c is string => typeof c === "string").join("");
  if (joined.startsWith("{")) return joined;
  const bytes = fromBase64(joined);
  if (!bytes) return "";
  try {
    // TextDecoder: pako's own string conversion took 9× as long on a 5,000-indicator template (issue 19)
    return typeof TextDecoder === "function" ? new TextDecoder("utf-8").decode(metaInflate(bytes)) : inflate(bytes, { to: "string" });
  } catch {
    return "";
  }
}
