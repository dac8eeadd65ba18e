import { HAN } from "../text";

/**
 * The word that opens an indicator's parts, `其中`, and the one list of words a line-broken cell's parts may start
 * with (`其中:小学`, `含：…`): every rule that reads parts asks here (subRow, cellBreaks, numberedRow).
 */
export const SUB_WORD = "其中";
const PART_WORDS = [SUB_WORD, "含"] as const;

/** A cell's line that starts with a parts word, its colon optional (`其中:小学`, `其中小学`): the word and colon to take off. */
export const PART_PREFIX = new RegExp(`^(?:${PART_WORDS.join("|")})\\s*[:：]?\\s*`, "u");

/** `其中 ：` glued after a name (with a comma or a space before it, or none), the parts after it. */
const GLUED = new RegExp(`^(.*?)[\\s，,；;]*${SUB_WORD}\\s*[:：]\\s*(.*)$`, "u");
/** How a name lists its parts after 其中: `小学/初中`, `小学、初中`. */
const PART_SEPARATOR = /[/／、]/u;

/** A name whose parts are written into it after 其中 (partsInName). */
export interface PartsInName {
  /** the name before 其中, its unit bracket kept (`义务教育标准班额比例(%)`) */
  parent: string;
  /** the parts after it, in order ([] for a name that ends in `其中：`, its parts on the rows below) */
  parts: string[];
  /** what the parts are separated by ("" for one part or none), the same that parts the row's values */
  by: string;
}

const opens = (s: string): number => (s.match(/[(（]/gu) ?? []).length;
const closes = (s: string): number => (s.match(/[)）]/gu) ?? []).length;

/**
 * A name cell that carries its parts after 其中 (`义务教育标准班额比例(%)其中:小学`, `…其中：小学/初中`, or `…其中：`
 * over the rows of its parts): the parent and its parts, so each part is named `义务教育标准班额比例：小学` as a
 * `其中：小学` row under its parent is, never `…其中:小学：初中` (trial45: a user who followed import's advice to write
 * 其中： before 初中 got that name). Null for a name without 其中 and a colon, or with it inside a bracket
 * (`参保率（其中：农村）`), or with no name before it.
 */
export function partsInName(name: string): PartsInName | null {
  const m = GLUED.exec(name.trim());
  const parent = (m?.[1] ?? "").trim();
  if (!m || !HAN.test(parent) || opens(parent) !== closes(parent)) return null;
  const rest = (m[2] ?? "").trim();
  if (rest === "") return { parent, parts: [], by: "" };
  const by = PART_SEPARATOR.exec(rest)?.[0] ?? "";
  const parts = (by === "" ? [rest] : rest.split(by)).map((p) => p.trim());
  return parts.some((p) => p === "") ? null : { parent, parts, by };
}
