import type { CheckReport } from "../sheet/CheckReport";
import { contentHasher } from "../sheet/contentHasher";
import type { GridWorkbook } from "../sheet/Grid";
import { returnEntries } from "./returnEntries";
import { valueKey } from "./returnValues";

/**
 * What the table of a checked return holds, by indicator (template and row id) and field, never by cell position
 * (trial43b F1, F4): a blank row inserted, rows sorted, a column inserted or a re-save by another program leave it as
 * it was. Each a fingerprint (contentHasher, hex) of the non-empty entries `diff` compares (returnEntries: the text as
 * check reads it and whether the cell holds text), in key order:
 * - `values`: the filled-in values only (each year of an indicator, a project's or reform's inputs), what two units'
 *   returns are compared by (sameValueGroups: 数值完全相同);
 * - `table`: the values with each row's 说明 and 人工评估, what a unit's versions are compared by (versionOrder: versions
 *   whose tables hold the same are one return, counted once, never 无法区分新旧).
 */
export interface TableContent { values: string; table: string }

/** tableContent's two fingerprints of the checked return `report` read from `grid`. */
export function tableContent(grid: GridWorkbook, report: CheckReport): TableContent {
  const rows: Array<{ key: string; part: string; value: boolean }> = [];
  for (const e of returnEntries(grid, report).values()) {
    if (e.text === "") continue;
    const key = valueKey(e);
    rows.push({ key, part: `\u0001${key}\u0002${e.isText === true ? "t" : "n"}:${e.stored ?? ""}:${e.typed ?? e.text}`, value: e.field !== "note" && e.field !== "assess" });
  }
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const values = contentHasher();
  const table = contentHasher();
  for (const r of rows) {
    table.feed(r.part);
    if (r.value) values.feed(r.part);
  }
  return { values: values.digest(), table: table.digest() };
}
