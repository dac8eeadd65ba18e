import type { CheckReport } from "./CheckReport";
import type { GridWorkbook } from "./Grid";
import { returnContent } from "./returnContent";

/**
 * The first return given twice among `inputs` (same content by returnContent, whatever the
 * file name or 填报单位), as [the later file, the earlier one], or null. A return with no value
 * entered at all is not compared: blank returns of different units look alike and are not
 * the same return.
 */
export function findDuplicateReturn(inputs: ReadonlyArray<{ file: string; grid: GridWorkbook; report: CheckReport }>): [string, string] | null {
  const seen = new Map<string, string>();
  for (const x of inputs) {
    if (!x.report.items.some((i) => (i.value ?? "") !== "")) continue;
    const content = returnContent(x.grid);
    const first = seen.get(content);
    if (first !== undefined) return [x.file, first];
    seen.set(content, x.file);
  }
  return null;
}
