import type { CellValue } from "../../src/domain/CellValue";
import { templateWorkbookBytes } from "../../src/cli/templateWorkbookBytes";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { COVER_MARK, SIGNATORIES, UNIT_CELL } from "../../src/sheet/coverSheet";
import type { GridSheet, GridWorkbook } from "../../src/sheet/Grid";
import { HEADER_ROW, KEY_ROW, META_SHEET } from "../../src/sheet/keys";
import { REVIEW_MARK } from "../../src/sheet/reviewSheet";
import { typedContent } from "../../src/sheet/typedContent";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";

/*
 * Session 46: `demo` run again over an earlier version's folder took every file for one a person had changed, since it
 * compared every cell (returnContent): a new header or cover wording wrote name(2) copies of all of them. typedContent
 * reads only what a person (or a command of theirs) puts in a return, against the plan as written now: what a version
 * writes differently leaves it alone; anything typed changes it (the 填报单位, which returnContent leaves out, too).
 */
const t = findTemplate("zhoushan-2021-2025") as Template;
const plan = buildWorkbookPlan([t], { year: 2023, reportingUnit: "" });
const text = (s: string): CellValue => ({ type: "string", text: s });

const isCover = (s: GridSheet): boolean => s.rows[KEY_ROW - 1]?.[0]?.type === "string" && (s.rows[KEY_ROW - 1]?.[0] as { text: string }).text === COVER_MARK;
const isReturn = (s: GridSheet): boolean => !isCover(s) && s.name !== META_SHEET && (s.rows[KEY_ROW - 1]?.[0] as { text?: string } | undefined)?.text?.startsWith("plan-returns:template:") === true;
/** The 1-based column of a key in the return sheet's key row. */
const col = (s: GridSheet, key: string): number => (s.rows[KEY_ROW - 1] ?? []).findIndex((c) => c.type === "string" && c.text === key) + 1;

/** A copy of the grid with one cell of the sheet `which` finds set (rows copied, so the original stays as read). */
function put(g: GridWorkbook, which: (s: GridSheet) => boolean, at: (s: GridSheet) => [number, number], v: CellValue): GridWorkbook {
  return {
    ...g,
    sheets: g.sheets.map((s) => {
      if (!which(s)) return s;
      const rows = s.rows.map((r) => (r ? [...r] : []));
      const [row, c] = at(s);
      if (row < 1 || c < 1) throw new Error(`no such cell in ${s.name}`);
      while (rows.length < row) rows.push([]);
      const line = rows[row - 1] ?? [];
      while (line.length < c) line.push({ type: "empty" });
      line[c - 1] = v;
      rows[row - 1] = line;
      return { ...s, rows };
    }),
  };
}

type Edit = (g: GridWorkbook) => GridWorkbook;
const CASES: Array<[string, "the same" | "changed", Edit]> = [
  // what a new version writes differently: not a person's
  ["a header reworded", "the same", (g) => put(g, isReturn, (s) => [HEADER_ROW, col(s, "status")], text("本年状态"))],
  ["the cover's instructions reworded", "the same", (g) => put(g, isCover, () => [1, 1], text("规划指标填报 · 填报须知"))],
  ["a hidden rule's cell", "the same", (g) => put(g, isReturn, (s) => [4, col(s, "x")], { type: "number", value: 7 })],
  ["a status formula's result", "the same", (g) => put(g, isReturn, (s) => [4, col(s, "status")], text("滞后"))],
  ["the templates kept on the metadata sheet", "the same", (g) => put(g, (s) => s.name === META_SHEET, () => [1, 1], text("plan-returns:meta:9"))],
  // what a person types
  ["a year's figure", "changed", (g) => put(g, isReturn, (s) => [4, col(s, "in:2023")], { type: "number", value: 3.1 })],
  ["a 说明", "changed", (g) => put(g, isReturn, (s) => [5, col(s, "note")], text("统计口径调整"))],
  ["the cover's 填报单位", "changed", (g) => put(g, isCover, () => [UNIT_CELL.row, UNIT_CELL.col], text("定海区"))],
  ["a sign-off on the cover", "changed", (g) => put(g, isCover, () => [SIGNATORIES[0].row, 3], text("张三"))],
  ["a 目标 typed over (中期调整)", "changed", (g) => put(g, isReturn, (s) => [4, col(s, "target")], text("≤3.5"))],
  ["a note under the table", "changed", (g) => put(g, isReturn, (s) => [s.rows.length + 2, 2], text("注：数据为初步统计"))],
  ["a lock record", "changed", (g) => put(g, (s) => s.name === META_SHEET, () => [1, 2], text("plan-returns:lock"))],
  ["a sheet of the person's own", "changed", (g) => ({ ...g, sheets: [...g.sheets, { name: "备注", visible: true, rows: [[text("自己的表")]] }] })],
  ["a 审核 sheet (review)", "changed", (g) => ({ ...g, sheets: [...g.sheets, { name: "审核", visible: true, rows: [[text("审核")], [text(REVIEW_MARK)]] }] })],
];

let blank: GridWorkbook;
beforeAll(async () => {
  blank = await readXlsxZip(await templateWorkbookBytes([t], 2023, ""));
});

test.each(CASES)("%s: what a person typed is %s", (_what, said, edit) => {
  const before = typedContent(blank, plan);
  const edited = edit(blank);
  expect(JSON.stringify(edited)).not.toBe(JSON.stringify(blank));
  expect(typedContent(edited, plan) === before).toBe(said === "the same");
  // the original grid is left as read
  expect(typedContent(blank, plan)).toBe(before);
});
