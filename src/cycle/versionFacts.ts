import type { CheckReport } from "../sheet/CheckReport";
import type { GridWorkbook } from "../sheet/Grid";
import { returnContent } from "../sheet/returnContent";
import { replacedContent } from "../sheet/reviewSheet";
import { tableContent, type TableContent } from "./tableContent";
import type { VersionTimes } from "./versionOrder";

/**
 * What tells a return's versions apart besides their times (versionOrder): what it holds
 * (returnContent, the 审核 sheet left out; pass it where the caller has it already), what its table holds by
 * indicator and year (tableContent's `table`, read from its check `report`; null where the caller has none: then absent)
 * and, where its 审核 sheet records one (review --replaces), what the version it replaces held; with the
 * workbook's own save time. `table`: tableContent of `report`, where the caller has it already (summary and report
 * compare two units' values by it too), so it is made once a return.
 */
export function versionFacts(grid: GridWorkbook, report: CheckReport | null, content: string = returnContent(grid), table: TableContent | undefined = report ? tableContent(grid, report) : undefined): Pick<VersionTimes, "content" | "replaces" | "savedAt" | "table"> {
  const replaces = replacedContent(grid.sheets);
  return { content, ...(table ? { table: table.table } : {}), ...(replaces === undefined ? {} : { replaces }), ...(grid.savedAt === undefined ? {} : { savedAt: grid.savedAt }) };
}
