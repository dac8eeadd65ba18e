import { checkGrid } from "../../src/sheet/checkGrid";
import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import type { GridSheet, GridWorkbook } from "../../src/sheet/Grid";
import { unusableFileOf } from "../../src/cli/unusableFileOf";
import { EMPTY } from "../../src/domain/CellValue";

/**
 * trial42b F2: a workbook whose only content is a sheet past the reader's row limit (passed over unread,
 * GridSheet.notRead) was called 「工作簿是空的（没有一张工作表有内容）」. The sheet is named as too large and not read;
 * a folder's line counts it as too large, not as an empty workbook.
 */
const big = (rows?: number, exact?: true): GridSheet => ({ name: "数据", visible: true, rows: [], notRead: { over: "rows", ...(rows ? { rows } : {}), ...(exact ? { exact } : {}) } });
const blank: GridSheet = { name: "Sheet2", visible: true, rows: [[EMPTY]] };
const grid = (...sheets: GridSheet[]): GridWorkbook => ({ sheets, names: {} });

test.each<[string, GridWorkbook, string, string, string]>([
  ["a sheet of about 165,000 rows alone", grid(big(165_000)),
    "不是本工具下发的填报表（缺少填报表自带的隐藏工作表）：工作表「数据」较大（约 165,000 行），本工具没有读取该表；请在下发的原表中填写后再报送",
    "Not a return distributed by this tool (it lacks the hidden sheet every return carries): sheet \"数据\" is large (about 165,000 rows) and was not read; fill in the distributed workbook and send that",
    "too_large"],
  // counted from its last filled row: said without 约 (trial42d)
  ["a sheet of 150,000 rows counted alone", grid(big(150_000, true)),
    "不是本工具下发的填报表（缺少填报表自带的隐藏工作表）：工作表「数据」较大（150,000 行），本工具没有读取该表；请在下发的原表中填写后再报送",
    "Not a return distributed by this tool (it lacks the hidden sheet every return carries): sheet \"数据\" is large (150,000 rows) and was not read; fill in the distributed workbook and send that",
    "too_large"],
  ["a large sheet of rows unknown beside a blank one", grid(blank, big()),
    "不是本工具下发的填报表（缺少填报表自带的隐藏工作表）：工作表「数据」较大，本工具没有读取该表；请在下发的原表中填写后再报送",
    "Not a return distributed by this tool (it lacks the hidden sheet every return carries): sheet \"数据\" is large and was not read; fill in the distributed workbook and send that",
    "too_large"],
  ["a blank workbook is still empty", grid(blank),
    "工作簿是空的（没有一张工作表有内容），不是本工具下发的填报表：请在下发的原表中填写后再报送",
    "The workbook is empty (no sheet holds anything), not a return distributed by this tool: fill in the distributed workbook and send that",
    "empty_workbook"],
])("%s: said as it is, never empty when a sheet was not read", (_name, g, zh, en, reason) => {
  const r = checkGrid(g);
  if (r.ok) throw new Error("checked");
  expect(r.reason).toBe("not_plan_returns");
  expect(describeWorkbookProblem(r.problem, "zh")).toBe(zh);
  expect(describeWorkbookProblem(r.problem, "en")).toBe(en);
  expect(unusableFileOf("x.xlsx", { grid: g, checked: r }, "zh").reason).toBe(reason);
});
