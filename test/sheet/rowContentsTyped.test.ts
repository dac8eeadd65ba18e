import type { CellValue } from "../../src/domain/CellValue";
import type { CheckReport } from "../../src/sheet/CheckReport";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { rowContents } from "../../src/sheet/rowContents";

/**
 * trial31: openpyxl re-saved a return and dropped the cached result of K17's `=#DIV/0!`; check said
 * 公式「=#DIV/0!」未计算 there, while review (its row contents: the 审核 sheet's basis and 数值变化) read the cell
 * as empty and said "#DIV/0! → （空）". Review reads a cell as check quotes it (typedText): an uncalculated
 * formula as its formula where the reader kept it.
 */
describe("review's row contents read a cell as check quotes it", () => {
  test.each<[string, CellValue, string, boolean]>([
    ["a formula never calculated: its formula, as check quotes it", { type: "uncalculated", formula: "#DIV/0!" }, "=#DIV/0!", false],
    ["another formula never calculated", { type: "uncalculated", formula: "120/3" }, "=120/3", false],
    ["one whose formula the reader did not keep: empty", { type: "uncalculated" }, "", false],
    ["a cached error: its code", { type: "error", code: "#DIV/0!" }, "#DIV/0!", false],
    ["a number", { type: "number", value: 22 }, "22", false],
    ["text", { type: "string", text: "暂无" }, "暂无", true],
  ])("%s", (_why, cell, text, isText) => {
    // K17 (row 17, column 11)
    const rows: CellValue[][] = [];
    rows[16] = [];
    rows[16][10] = cell;
    const grid: GridWorkbook = { sheets: [{ name: "表1", visible: true, rows }], names: {} };
    const report = { items: [{ template: "t", id: "r14", sheet: "表1", kind: "indicator", cells: { "2023": "K17" }, statusCell: "S17" }] } as unknown as CheckReport;
    // a formula never calculated is marked so (its value unknown: review compares no such field, sameBasis)
    expect(rowContents(grid, report).get("t|r14")?.["2023"]).toEqual({ cell: "K17", text, isText, ...(cell.type === "uncalculated" ? { uncalculated: true } : {}) });
  });
});
