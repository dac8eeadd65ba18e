import { englishCount } from "../domain/englishCount";
import type { PlanImportResult } from "./importPlanTable";
import { itemsRead } from "./itemsRead";
import { unreadCells, unreadMessage, unreadPlace } from "./unreadMessages";

/**
 * The unread lines of an import, for the command line: one line each,
 * `第 N 行：原因：原文` (the original's cells separated by ` | `, an empty one as （空）: unreadCells); where the line is (a sheet's row, a
 * line of the text: unreadPlace) and the reasons' text from unreadMessages.
 */
export function formatUnread(result: PlanImportResult, lang: "zh" | "en" = "zh"): string {
  if (!result.ok) return lang === "en" ? result.messageEn : result.message;
  if (lang === "en") return formatEnglish(result);
  const { notLoaded, toCheck, linesLoaded, rowsNotLoaded } = result.stats;
  const count = `读入 ${linesLoaded} 行（${itemsRead(result, "zh")}），未读 ${rowsNotLoaded} 行。`;
  if (result.unread.length === 0) return `${count}所有表格行都已读入，没有未读或需要核对的行。`;
  const head = `${count}有 ${result.unread.length} 处需要注意（未载入 ${notLoaded} 处，已载入但需核对 ${toCheck} 处）：`;
  return [head, ...result.unread.map((u) => `${unreadPlace(u.line, result.source)}：${unreadMessage(u, "zh", result.source)}：${unreadCells(u.text)}`)].join("\n");
}

/** As the Chinese: the place, the reason and the line's cells (the codes are data, for the pane and tests, not words for a reader). */
function formatEnglish(result: Extract<PlanImportResult, { ok: true }>): string {
  const { notLoaded, toCheck, linesLoaded, rowsNotLoaded } = result.stats;
  // a sheet's or a document table's rows, a paste's lines (unreadPlace names them so)
  const line = result.source.kind === "paste" ? "line" : "row";
  const count = `${englishCount(linesLoaded, line)} read (${itemsRead(result, "en")}), ${englishCount(rowsNotLoaded, `table ${line}`)} not read.`;
  if (result.unread.length === 0) return `${count} Every table row was read; nothing to check.`;
  const head = `${count} ${englishCount(result.unread.length, "point")} to note (${notLoaded} not loaded, ${toCheck} loaded but to check):`;
  return [head, ...result.unread.map((u) => `${unreadPlace(u.line, result.source, "en")}: ${unreadMessage(u, "en", result.source)}: ${unreadCells(u.text, "en")}`)].join("\n");
}
