import { importTable, type ImportOptions } from "../../import/importTable";
import type { RefusalParams } from "../../import/refusalMessages";

/** A year no table's header has: asked for, the importer names the target years the header has. */
const NO_YEAR = -1;

/**
 * The target years an indicator table's header offers (`import --target-year` chooses among them; the
 * pane's 目标年份), ascending: `序号 指标 2015年 2020年 2030年` offers [2020, 2030]. [] for a list, a
 * table refused before its header, or a header without target years. Asked as importTable answers a
 * year none of its columns has (`target-year-absent`, with the header's `years`): refused at the
 * header, before any row is read, so it costs the lines and the header only.
 */
export function offeredTargetYears(text: string, opts: Omit<ImportOptions, "targetYear">): number[] {
  const r = importTable(text, { ...opts, targetYear: NO_YEAR });
  return !r.ok && r.code === "target-year-absent" ? [...(r.params as RefusalParams["target-year-absent"]).years] : [];
}
