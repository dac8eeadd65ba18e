import { cellText } from "../domain/CellValue";
import { gridCell, type GridSheet, type GridWorkbook } from "../sheet/Grid";
import { META_MARK } from "../sheet/metaSheet";
import { APP_MARK } from "../sheet/keys";

/** B1 of the metadata sheet once a return is locked; the record's JSON follows in B2, B3 … */
export const LOCK_MARK = `${APP_MARK}:lock`;
/** Excel holds at most 32,767 characters in a cell. */
const CHUNK = 30000;

/**
 * What `lock` writes on the very hidden metadata sheet (column B): the accepted values by
 * valueKey (template|id|field → text as the check reads it) and their fingerprint, the sha256
 * (hex) of `fingerprintText(values)`. Not a secret seal: it tells a later edit (of a value, or
 * of the record itself) from the accepted return. Version 1 (written before fu10) holds the
 * input values only; version 2 also each row's 说明 (`template|id|note`) and an indicator's
 * 人工评估 (`template|id|assess`), on which a reviewer's 已说明 and the row's status rest.
 */
export interface LockRecord {
  version: 1 | 2;
  year: number;
  unit: string;
  /** ISO date-time the return was locked */
  lockedAt: string;
  reviewer: string;
  /**
   * false: locked while no 审核 sheet showed a review (none: review never ran; or flagged rows and not
   * one decision; isReviewed): locked without review (trial29c F1), never said or counted 审核通过. Absent in records written before (read as
   * reviewed, as they were shown). Not part of the fingerprint.
   */
  reviewed?: boolean;
  /** sha256 hex of fingerprintText(values) */
  fingerprint: string;
  values: Record<string, string>;
  /**
   * The keys of `values` whose cell held a formula with no result in the file when it was locked (a script or openpyxl
   * wrote it): its value was unknown, so `values` holds the formula as check quotes it (`=120/3`), compared only while
   * the cell is still not calculated (applyLock). Absent when none, and in records written before: there a recorded
   * text beginning with = is read as such a formula. Not part of the fingerprint.
   */
  uncalculated?: string[];
}

/** The canonical text the fingerprint hashes: the values sorted by key, as JSON. */
export function fingerprintText(values: Record<string, string>): string {
  return JSON.stringify(Object.keys(values).sort().map((k) => [k, values[k]]));
}

/** The metadata sheet of a workbook (found by its mark), if any. */
export function findMetaSheet(g: GridWorkbook): GridSheet | undefined {
  return g.sheets.find((s) => cellText(gridCell(s, 1, 1)) === META_MARK);
}

/** The cells of column B that hold a record: [row, text] from B1 on. */
export function lockCells(record: LockRecord): Array<[number, string]> {
  const json = JSON.stringify(record);
  const out: Array<[number, string]> = [[1, LOCK_MARK]];
  for (let i = 0, r = 2; i < json.length; i += CHUNK, r++) out.push([r, json.slice(i, i + CHUNK)]);
  return out;
}

/** The lock record of a workbook: null when it is not locked, `{ error }` when column B holds a damaged one. */
export function readLock(g: GridWorkbook): LockRecord | { error: string } | null {
  const s = findMetaSheet(g);
  if (!s || cellText(gridCell(s, 1, 2)) !== LOCK_MARK) return null;
  let json = "";
  for (let r = 2; r <= s.rows.length; r++) json += cellText(gridCell(s, r, 2));
  try {
    const d = JSON.parse(json) as LockRecord;
    if ((d.version !== 1 && d.version !== 2) || typeof d.fingerprint !== "string" || !d.values || typeof d.values !== "object") throw new Error("shape");
    return d;
  } catch {
    return { error: "damaged" };
  }
}
