import { joinTitleLines } from "./rules/titleLines";
import { trimCell } from "./text";

// 表1, 附表2, 专栏 1; 附表 and 附件 also without a number (an annex's title line: 附表  某县“十四五”…)
// (a table's number is short and ends there: 附表 2021—2025年… is 附表 and a title)
const NUMBER = "(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?![0-9])";
const LABEL = `(?:附表|附件)(?:\\s*${NUMBER})?|(?:附)?(?:表|专栏)\\s*${NUMBER}`;
const TABLE_LABEL = new RegExp(`^(?:${LABEL})$`);
const LABEL_BEFORE_TITLE = new RegExp(`^(${LABEL})\\s*[:：.．、]?\\s*`);

/**
 * The title line just above the header (joined with the lines above it when the layout broke it,
 * see joinTitleLines), and the table's label (`表 1 “十三五”…` → `表1`).
 */
export function findTitle(grid: ReadonlyArray<readonly string[]>, lines: readonly string[], headerAt: number): { title: string; table: string; lines: number[] } {
  const candidates: Array<[number, string]> = [];
  let seen = 0;
  for (let i = headerAt - 1; i >= 0 && seen < 3; i--) {
    const filled = (grid[i] ?? []).filter((c) => c !== "");
    if (filled.length === 0) continue;
    seen++;
    // a label in a cell of its own before the title (`专栏 1` / `表1`) belongs to it
    const labelled = filled.length === 2 && TABLE_LABEL.test(filled[0] ?? "");
    const text = labelled ? filled.join(" ") : trimCell(lines[i] ?? "");
    if ((filled.length !== 1 && !labelled) || text.length > 80 || /[。；;]$/.test(text)) {
      if (candidates.length > 0) break;
      continue;
    }
    candidates.push([i, text]);
  }
  const joined = joinTitleLines(candidates);
  if (!joined) return { title: "", table: "", lines: [] };
  const m = LABEL_BEFORE_TITLE.exec(joined.title);
  const table = m?.[1] ? m[1].replace(/\s+/g, "") : "";
  const title = trimCell(m ? joined.title.slice(m[0].length) : joined.title);
  return { title, table, lines: joined.lines };
}
