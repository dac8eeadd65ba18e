import { wrappedLines } from "./wrappedLines";

/**
 * `text` as it fits on one line of a column `width` units wide (wrappedLines): whole when it
 * fits, else its start and its end with "…" between, as much of each as fits (the end keeps a
 * file's extension and the words people add last: 2024-常山县-关于报送…确认无误请查收.xlsx).
 * For a cell that cannot wrap: LibreOffice never wraps a hyperlink cell, so a long file name shown
 * as a link ran past its table. The link itself keeps the whole name.
 */
export function middleCut(text: string, width: number): string {
  if (wrappedLines(text, width) === 1) return text;
  const chars = [...text];
  let head = 0;
  let tail = 0;
  const cut = (h: number, t: number): string => `${chars.slice(0, h).join("")}…${chars.slice(chars.length - t).join("")}`;
  // grow the end and the start in turn, the end first, while the line still fits
  for (let grew = true; grew && head + tail < chars.length;) {
    grew = false;
    if (wrappedLines(cut(head, tail + 1), width) === 1) {
      tail++;
      grew = true;
    }
    if (head + tail < chars.length && wrappedLines(cut(head + 1, tail), width) === 1) {
      head++;
      grew = true;
    }
  }
  return cut(head, tail);
}
