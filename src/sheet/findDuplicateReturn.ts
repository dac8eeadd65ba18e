import type { CheckReport } from "./CheckReport";
import type { GridWorkbook } from "./Grid";
import { returnContent } from "./returnContent";
import { blankedCopy } from "./blankedCopy";

/**
 * The first return given twice among `inputs` (same content by returnContent, whatever the
 * file name, and one 填报单位 left blank: blankedCopy; covers naming two units are two returns, the same unit's its versions),
 * as [the later file, the earlier one], or null. A return with no value
 * entered at all is not compared: blank returns of different units look alike and are not
 * the same return.
 */
export function findDuplicateReturn(inputs: ReadonlyArray<{ file: string; grid: GridWorkbook; report: CheckReport }>): [string, string] | null {
  const seen = new Map<string, Array<{ file: string; unit: string }>>();
  for (const x of inputs) {
    if (!x.report.items.some((i) => (i.value ?? "") !== "")) continue;
    const content = returnContent(x.grid);
    const alike = seen.get(content) ?? [];
    const first = alike.find((y) => blankedCopy(y.unit, x.report.reportingUnit));
    if (first !== undefined) return [x.file, first.file];
    seen.set(content, [...alike, { file: x.file, unit: x.report.reportingUnit }]);
  }
  return null;
}
