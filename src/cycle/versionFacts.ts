import type { GridWorkbook } from "../sheet/Grid";
import { returnContent } from "../sheet/returnContent";
import { readDecisions } from "../sheet/reviewSheet";
import type { VersionTimes } from "./versionOrder";

/**
 * What tells a return's versions apart besides their times (versionOrder): what it holds
 * (returnContent, the 审核 sheet left out) and, where its 审核 sheet records one (review
 * --replaces), what the version it replaces held; with the workbook's own save time.
 */
export function versionFacts(grid: GridWorkbook): Pick<VersionTimes, "content" | "replaces" | "savedAt"> {
  const replaces = readDecisions(grid.sheets).replaces;
  return { content: returnContent(grid), ...(replaces === undefined ? {} : { replaces }), ...(grid.savedAt === undefined ? {} : { savedAt: grid.savedAt }) };
}
