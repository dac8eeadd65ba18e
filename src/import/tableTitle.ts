import { joinTitleLines } from "./rules/titleLines";
import { trimCell } from "./text";
import { unitNote } from "./rules/unitNote";

// 表1, 附表2, 专栏 1; 附表 and 附件 also without a number (an annex's title line: 附表  某县“十四五”…)
// (a table's number is short and ends there: 附表 2021—2025年… is 附表 and a title)
const NUMBER = "(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?![0-9])";
const LABEL = `(?:附表|附件)(?:\\s*${NUMBER})?|(?:附)?(?:表|专栏)\\s*${NUMBER}`;
const TABLE_LABEL = new RegExp(`^(?:${LABEL})$`);
const LABEL_BEFORE_TITLE = new RegExp(`^(${LABEL})\\s*[:：.．、]?\\s*`);
/** a form's filling line above its table (`填报单位：石门县统计局`, `制表：`, `日期：`): no part of the title (trial40b F6) */
const FORM_LINE = /^(填报单位|填表单位|报送单位|编制单位|制表单位|单位|制表人?|填表人|填报人|审核人?|负责人|联系人|联系电话|日期|填报日期|填表日期|制表日期|报送日期|时间)\s*[:：]/;

/** findTitle's result: the title, the table's label, the title's lines; the unit note above the header and its line (0-based; -1, "" when none). */
export interface TableTitle {
  title: string;
  table: string;
  lines: number[];
  unit: string;
  unitAt: number;
}

/**
 * The title line just above the header (joined with the lines above it when the layout broke it,
 * see joinTitleLines), and the table's label (`表 1 “十三五”…` → `表1`). A unit note (`单位：万元`,
 * rules/unitNote) on a line of its own or beside the title is no title: passed over, its unit kept; so is a
 * form's line (`填报单位：…`, `制表：`, `日期：`).
 */
export function findTitle(grid: ReadonlyArray<readonly string[]>, lines: readonly string[], headerAt: number): TableTitle {
  const candidates: Array<[number, string]> = [];
  let seen = 0;
  let unit = "";
  let unitAt = -1;
  for (let i = headerAt - 1; i >= 0 && seen < 3; i--) {
    const cells = (grid[i] ?? []).filter((c) => c !== "");
    const notes = cells.map(unitNote);
    const found = notes.find((n) => n !== null);
    if (found && unitAt < 0) [unit, unitAt] = [found, i];
    const filled = cells.filter((_, k) => notes[k] === null && !FORM_LINE.test(trimCell(cells[k] ?? "")));
    if (filled.length === 0) continue;
    seen++;
    // a label in a cell of its own before the title (`专栏 1` / `表1`) belongs to it
    const labelled = filled.length === 2 && TABLE_LABEL.test(filled[0] ?? "");
    const text = labelled ? filled.join(" ") : filled.length === cells.length ? trimCell(lines[i] ?? "") : trimCell(filled[0] ?? "");
    if ((filled.length !== 1 && !labelled) || text.length > 80 || /[。；;]$/.test(text)) {
      if (candidates.length > 0) break;
      continue;
    }
    candidates.push([i, text]);
  }
  const joined = joinTitleLines(candidates);
  if (!joined) return { title: "", table: "", lines: [], unit, unitAt };
  const m = LABEL_BEFORE_TITLE.exec(joined.title);
  const table = m?.[1] ? m[1].replace(/\s+/g, "") : "";
  const title = trimCell(m ? joined.title.slice(m[0].length) : joined.title);
  return { title, table, lines: joined.lines, unit, unitAt };
}
