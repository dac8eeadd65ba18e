/**
 * The mark on the sheets the task pane writes into the open workbook (生成汇总: 汇总 and 问题清单;
 * 生成评估: 评估), so that the same button clicked again can tell its own earlier sheets, unchanged
 * by anyone, from sheets a person made or edited (never overwritten). Kept as the other own parts
 * are (keys.ts: APP_MARK in a hidden cell): row 1 of a hidden column right of the sheet's table
 * holds `plan-returns:<kind>:<part>:<set>:<content>:<source>:<of>`, where `kind` names the button's sheets
 * (summary, evaluation), `part` is the sheet's planned name, `set` ties the sheets written
 * together, `content` is a hash of every other cell's value as written (values only: a change
 * of format alone is not seen), `source` what the sheets were made from (OwnSheetSource: this
 * workbook, or one set of chosen units' files), so that a click replaces only a summary of the same
 * source (trial33p: 生成汇总 replaced a manager's six-county summary), and `of` the number of sheets in
 * the set (a summary of many units has a third, 汇总范围; a set missing one is not whole). Recognised by
 * the mark, never by the sheet's name. Earlier marks still read: four fields after the kind (before
 * session 33) name a set of any size and no known source; a fifth that is a source (no `of`) or a
 * number (no source) is read as that one field.
 */
import type { CellValue } from "../domain/CellValue";
import { a1, parseA1 } from "./a1";
import type { GridSheet } from "./Grid";
import { APP_MARK } from "./keys";
import type { PlannedSheet, WorkbookPlan } from "./SheetPlan";

/** Which button's sheets a mark is on: 生成汇总's (汇总, 问题清单) or 生成评估's (评估). */
export type OwnSheetKind = "summary" | "evaluation";

/**
 * What our sheets were made from: `workbook`, the open workbook (生成汇总, 生成评估); `files-<hash>`, the chosen
 * returns of one set of units (汇总所选文件: ownSheetSourceOfUnits), whichever files carried them.
 */
export type OwnSheetSource = "workbook" | `files-${string}`;

/** The source of a summary of chosen returns: their units (a return whose cover names none: its file's name), as a set. `hash`: sha256Hex. */
export function ownSheetSourceOfUnits(units: readonly string[], hash: (text: string) => string): OwnSheetSource {
  return `files-${hash([...new Set(units)].sort().join("\n")).slice(0, 12)}`;
}

/** The mark's head for `kind`: `plan-returns:summary`, `plan-returns:evaluation`. */
export const ownSheetMarkHead = (kind: OwnSheetKind): string => `${APP_MARK}:${kind}`;

/** What a sheet's mark says, and whether the sheet still holds what was written (`unchanged`). */
export interface OwnSheetMark {
  sheet: string;
  part: string;
  set: string;
  /** absent on a mark written before sources were marked */
  source?: OwnSheetSource;
  /** how many sheets the set was written with; absent in a mark written before sets were counted */
  of?: number;
  unchanged: boolean;
}

/** A cell's value as written and as read back, one text each, so the two can be compared ("" for none). */
function valueKey(v: CellValue): string {
  switch (v.type) {
    case "empty": return "";
    case "number": return `n:${v.value}`;
    case "string": return `s:${v.text}`;
    case "boolean": return `b:${v.value}`;
    // a text equal to an error value (问题清单 quoting a county's #DIV/0!) reads back as that error: Excel makes it one,
    // and readWorkbookGrid cannot tell the two apart without valueTypes; so it is the text as written
    case "error": return `s:${v.code}`;
    // nothing we write reads back as these: a sheet holding one was changed
    case "date": return `d:${v.iso}`;
    case "uncalculated": return "u:";
  }
}

/** The planned sheet's cells as they read back (later entries win, as the hosts write them), by A1. */
function plannedValues(sheet: PlannedSheet): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of sheet.cells) {
    const at = parseA1(c.address);
    if (!at) continue;
    const key = a1(at.row, at.col);
    // a formula's result is not known here: it never reads back as this, so the sheet never counts as unchanged
    if (c.formula !== undefined) out.set(key, `f:${c.formula}`);
    else if (typeof c.value === "number") out.set(key, `n:${c.value}`);
    else if (typeof c.value === "string" && c.value !== "") out.set(key, `s:${c.value}`);
  }
  return out;
}

/** The content's fingerprint: every non-empty value but the mark's, in address order. */
function fingerprint(values: Map<string, string>, hash: (text: string) => string): string {
  const lines = [...values].filter(([, v]) => v !== "").map(([k, v]) => `${k}=${v}`).sort();
  return hash(lines.join("\n")).slice(0, 16);
}

/**
 * The plan, under the names it will be written as, with each sheet marked as ours of `kind` (the
 * mark in row 1 of a new hidden column at the table's right) as the part `parts[i]` (its planned
 * name before any (2)), all sheets under one `set`, told apart by their names from an earlier set
 * of the same content, made from `source`. `hash`: sha256Hex (hex text).
 */
export function markOwnSheets(kind: OwnSheetKind, plan: WorkbookPlan, parts: readonly string[], source: OwnSheetSource, hash: (text: string) => string): WorkbookPlan {
  const prints = plan.sheets.map((s) => fingerprint(plannedValues(s), hash));
  const set = hash([...prints, ...plan.sheets.map((s) => s.name)].join(",")).slice(0, 12);
  return {
    ...plan,
    sheets: plan.sheets.map((s, i) => {
      // a loop, not Math.max(...): a summary's sheet may have more cells than a call takes arguments
      let last = s.columns.length;
      for (const c of s.cells) last = Math.max(last, parseA1(c.address)?.col ?? 0);
      const columns = [...s.columns];
      while (columns.length < last) columns.push({ width: 8.43 });
      columns.push({ width: 2, hidden: true });
      return { ...s, columns, cells: [...s.cells, { address: a1(1, last + 1), value: `${ownSheetMarkHead(kind)}:${parts[i] ?? s.name}:${set}:${prints[i] ?? ""}:${source}:${plan.sheets.length}`, style: "hidden" as const }] };
    }),
  };
}

/** The mark of a sheet of `kind` the pane wrote (row 1), with whether its values are as written; null for any other sheet. */
export function ownSheetMarkOf(kind: OwnSheetKind, sheet: GridSheet, hash: (text: string) => string): OwnSheetMark | null {
  const head = `${ownSheetMarkHead(kind)}:`;
  const first = sheet.rows[0] ?? [];
  const col = first.findIndex((v) => v.type === "string" && v.text.startsWith(head));
  const mark = first[col];
  if (col < 0 || mark?.type !== "string") return null;
  const [part, set, print, ...rest] = mark.text.slice(head.length).split(":");
  if (!part || !set || !print) return null;
  const values = new Map<string, string>();
  sheet.rows.forEach((row, r) => row.forEach((v, c) => {
    if (r === 0 && c === col) return;
    values.set(a1(r + 1, c + 1), valueKey(v));
  }));
  // the fields after the content told by their form, so that marks written with only one of them still read
  const source = rest.find((f) => f === "workbook" || f.startsWith("files-"));
  const count = Number(rest.find((f) => /^[0-9]+$/.test(f)));
  const known = source === undefined ? {} : { source: source as OwnSheetSource };
  return { sheet: sheet.name, part, set, ...known, ...(Number.isInteger(count) && count > 0 ? { of: count } : {}), unchanged: fingerprint(values, hash) === print };
}
