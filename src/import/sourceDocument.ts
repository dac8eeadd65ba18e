import { PASTED_DOCUMENT } from "../templates/PASTED_DOCUMENT";
import type { ImportOptions } from "./importTable";
import { trimCell } from "./text";

/**
 * A template's `source.document` (indicator tables and lists alike): the document given (import --document),
 * else the plan's name the document or the lines above the title give (`named`), else the file read
 * (`fileName`: 规划.xlsx), else 粘贴的表格文本 (PASTED_DOCUMENT, a paste). trial40c: a list read from an .xlsx
 * said 粘贴的表格文本.
 */
export function sourceDocument(opts: Pick<ImportOptions, "document" | "fileName">, named?: string): string {
  return trimCell(opts.document ?? "") || named || trimCell(opts.fileName ?? "") || PASTED_DOCUMENT;
}
