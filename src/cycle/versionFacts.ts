import type { CheckReport } from "../sheet/CheckReport";
import type { GridWorkbook } from "../sheet/Grid";
import { returnContent } from "../sheet/returnContent";
import { replacedContent } from "../sheet/reviewSheet";
import { tableContent } from "./tableContent";
import type { VersionTimes } from "./versionOrder";

/**
 * What tells a return's versions apart besides their times (versionOrder): what it holds
 * (returnContent, the 审核 sheet left out; pass it where the caller has it already), what its table holds by
 * indicator and year (tableContent's `table`, read from its check `report`; null where the caller has none: then absent)
 * and, where its 审核 sheet records one (review --replaces), what the version it replaces held; with the
 * workbook's own save time.
 */
export function versionFacts(grid: GridWorkbook, report: CheckReport | null, content: string = returnContent(grid)): Pick<VersionTimes, "content" | "replaces" | "savedAt" | "table"> {
  const replaces = replacedContent(grid.sheets);
  return { content, ...(report ? { table: tableContent(grid, report).table } : {}), ...(replaces === undefined ? {} : { replaces }), ...(grid.savedAt === undefined ? {} : { savedAt: grid.savedAt }) };
}
