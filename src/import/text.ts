import { normalizeText } from "../domain/normalizeText";

/** Text helpers for a table pasted as text (copied out of a PDF or a word processor). */

export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;

const EDGE_SPACE = /^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/g;

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function trimCell(cell: string): string {
  return cell.replace(EDGE_SPACE, "");
}

/**
 * The cells of one line. A paste with tabs is split on tabs only, so the spaces inside a cell
 * (`幼儿 照护 服务`, `亿元 GDP 生产`) stay; a paste without any tab falls back to runs of two or
 * more spaces (or ideographic spaces) between cells.
 */
export function splitCells(line: string, tabbed: boolean): string[] {
  const parts = tabbed ? line.split("\t") : line.split(/ {2,}|\u3000+/);
  return parts.map(trimCell);
}

/** Joins a word that PDF extraction broke with a space between two Chinese characters (`保持全省 领先`). */
export function joinCjk(text: string): string {
  return text.replace(/([\u3400-\u9fff\uf900-\ufaff])[\s\u00a0\u3000]+(?=[\u3400-\u9fff\uf900-\ufaff])/gu, "$1");
}

/** For comparing labels and keywords: full-width folded, all whitespace removed. */
export function squash(text: string): string {
  return normalizeText(text);
}

/** The list without its trailing empty cells. */
export function dropTrailingEmpty(cells: readonly string[]): string[] {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] ?? "") === "") end--;
  return cells.slice(0, end);
}

export function nonEmptyIndexes(cells: readonly string[]): number[] {
  const out: number[] = [];
  cells.forEach((c, i) => {
    if (c !== "") out.push(i);
  });
  return out;
}

/**
 * How a line is shown in a report: its cells in order, ` | ` between, an empty cell before the last
 * filled one as `empty` (unreadCells gives it in the reader's language), so each cell after it stays
 * under its heading. Trailing empty cells go; so do a spaced line's edge ones, which only its leading
 * or trailing spaces make (between its cells a run of spaces is one separator).
 */
export function showCells(line: string, empty: string): string {
  const tabbed = line.includes("\t");
  const cells = dropTrailingEmpty(splitCells(line, tabbed));
  return (tabbed ? cells : cells.filter((c) => c !== "")).map((c) => (c === "" ? empty : c)).join(" | ");
}
