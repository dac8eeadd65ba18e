/**
 * session 47: a return a script wrote (openpyxl stores formulas with no result) gave formula_uncalculated for every formula
 * cell, a line each: 144 lines in check, the pane and 问题清单 burying the one that matters (open and save it). A sheet whose
 * own status formulas hold no result either was never calculated: its cells are said once (formulas_uncalculated); a few
 * such cells on a calculated sheet are each their own problem and keep their lines.
 */
import type { CellValue } from "../../src/domain/CellValue";
import type { CheckItem } from "../../src/sheet/CheckReport";
import type { GridSheet } from "../../src/sheet/Grid";
import { uncalculatedSheet } from "../../src/sheet/uncalculatedSheet";

const UNCALCULATED: CellValue = { type: "uncalculated" };
const CALCULATED: CellValue = { type: "string", text: "数据异常" };

/** rows 4…(3+n), status in N (column 14), each row's K a formula with no result where `formulas` says so */
function sheet(n: number, status: (k: number) => CellValue): GridSheet {
  const rows: CellValue[][] = Array.from({ length: 3 + n }, () => []);
  for (let k = 0; k < n; k++) rows[3 + k]![13] = status(k);
  return { name: "表2", visible: true, rows };
}
function items(n: number, formulas: number, earlier = false): CheckItem[] {
  return Array.from({ length: n }, (_, k) => {
    const r = 4 + k;
    const issues: CheckItem["issues"] = k < formulas ? [
      { code: "formula_uncalculated", severity: "error", cell: `K${r}`, received: `=J${r}*1.01`, message: "", messageEn: "" },
      ...(earlier ? [{ code: "earlier_year_invalid" as const, severity: "warning" as const, cell: `J${r}`, received: `=I${r}*1.01`, params: { year: 2022, reason: "formula_uncalculated" }, message: "", messageEn: "" }] : []),
    ] : [];
    return {
      kind: "indicator", template: "t", id: `r${k}`, name: `指标${k}`, unit: "%", sheet: "表2", baseline: "1", target: "2",
      cells: { "2022": `J${r}`, "2023": `K${r}` }, statusCell: `N${r}`, status: k < formulas ? "invalid" : "on_track", progress: null, expected: null, issues,
    };
  });
}
const marked = (xs: readonly CheckItem[]): number => xs.reduce((n, i) => n + i.issues.filter((x) => x.params?.["uncalculatedSheet"]).length, 0);

describe("a sheet nothing calculated says its formulas with no result once", () => {
  test.each<[string, GridSheet, CheckItem[], ReturnType<typeof uncalculatedSheet>, number]>([
    ["every row's formula, the status formulas uncalculated too", sheet(48, () => UNCALCULATED), items(48, 48, true), { sheet: "表2", count: 96, rows: 48, cells: "J4:K51" }, 96],
    ["three cells on a sheet never calculated: said once", sheet(10, () => UNCALCULATED), items(10, 3), { sheet: "表2", count: 3, rows: 3, cells: "K4:K6" }, 3],
    // a few status cells typed over (text, not a formula) still tell a sheet nothing calculated
    ["nearly every status formula uncalculated (one in ten typed over)", sheet(10, (k) => (k === 9 ? CALCULATED : UNCALCULATED)), items(10, 5), { sheet: "表2", count: 5, rows: 5, cells: "K4:K8" }, 5],
    // a calculated sheet (saved by Excel) where a tool then added formulas: each cell its own problem, its own line
    ["the status formulas calculated: each cell keeps its line", sheet(48, () => CALCULATED), items(48, 5), null, 0],
    ["a third of the status formulas calculated: not nothing calculated", sheet(9, (k) => (k < 3 ? CALCULATED : UNCALCULATED)), items(9, 9), null, 0],
    ["two cells: read as well cell by cell", sheet(10, () => UNCALCULATED), items(10, 2), null, 0],
    ["no status column to tell by", sheet(0, () => UNCALCULATED), items(10, 10).map((i) => ({ ...i, statusCell: "" })), null, 0],
  ])("%s", (_name, s, xs, said, folded) => {
    expect(uncalculatedSheet(s, xs)).toEqual(said);
    expect(marked(xs)).toBe(folded);
  });
});

