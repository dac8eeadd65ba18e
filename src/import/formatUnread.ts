import type { ImportResult } from "./importTable";
import { showCells } from "./text";

/**
 * The unread lines of an import, for the command line: one line each,
 * `第 N 行：原因：原文` (the original's cells separated by ` | `).
 */
export function formatUnread(result: ImportResult): string {
  if (!result.ok) return result.message;
  const { notLoaded, toCheck, linesLoaded, rowsNotLoaded, indicators } = result.stats;
  const count = `读入 ${linesLoaded} 行（${indicators} 个指标），未读 ${rowsNotLoaded} 行。`;
  if (result.unread.length === 0) return `${count}所有表格行都已读入，没有未读或需要核对的行。`;
  const head = `${count}有 ${result.unread.length} 处需要注意（未载入 ${notLoaded} 处，已载入但需核对 ${toCheck} 处）：`;
  return [head, ...result.unread.map((u) => `第 ${u.line} 行：${u.reason}：${showCells(u.text)}`)].join("\n");
}
