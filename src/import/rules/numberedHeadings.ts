import type { TableReading } from "../TableReading";
import { squash } from "../text";
import { NUMBER_MARK } from "./numbering";

/** A numbered section heading alone on its line: `1.空气质量`, `2。水环境质量`, `3、土壤环境质量` (short words, no unit or value). */
export const NUMBERED_HEADING = new RegExp(`^\\d{1,2}\\s*${NUMBER_MARK}\\s*([\\u3400-\\u9fff\\uf900-\\ufaff]{2,12})$`, "u");

/**
 * The 0-based lines below the header (after `last`) that are numbered section headings: a table
 * whose rows carry no 序号 and whose only numbered lines are short headings alone on their line
 * (the 十三五 生态环境保护规划's `1.空气质量` over `地级及以上城市空气质量优良天数比率(%) | 76.7 | >80`).
 * Empty when some other line has a 序号: then `1.空气质量` may be a row whose values follow.
 */
export function numberedHeadings(reading: TableReading, last: number): Set<number> {
  const headings = new Set<number>();
  let other = false;
  reading.grid.forEach((cells, i) => {
    if (i <= last) return;
    const filled = cells.filter((c) => c.trim() !== "");
    if (filled.length === 1 && (cells[0] ?? "").trim() !== "" && NUMBERED_HEADING.test(squash(cells[0] ?? ""))) headings.add(i);
    else if (reading.numberOf(cells) !== null) other = true;
  });
  return other ? new Set<number>() : headings;
}
