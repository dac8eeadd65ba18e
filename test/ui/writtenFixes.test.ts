import { writtenFixes } from "../../src/ui/shared/writtenFixes";
import type { Fix } from "../../src/ui/shared/Fix";
import type { CellValue } from "../../src/domain/CellValue";
import type { GridWorkbook } from "../../src/sheet/Grid";

const fixes: Fix[] = [
  { sheet: "表2", cell: "K4", from: "95%", to: 95, name: "覆盖率" },
  { sheet: "表2", cell: "K7", from: "１５.２", to: 15.2, name: "年限" },
  { sheet: "表2", cell: "M5", from: "", to: "原因", name: "说明" },
];

/** A grid with 表2's K4, K7 and M5 as given. */
function grid(k4: CellValue, k7: CellValue, m5: CellValue): GridWorkbook {
  const row = (col: number, v: CellValue): CellValue[] => Object.assign(Array.from({ length: col }, (): CellValue => ({ type: "empty" })), { [col - 1]: v });
  const rows: CellValue[][] = [];
  rows[3] = row(11, k4);
  rows[4] = row(13, m5);
  rows[6] = row(11, k7);
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { sheets: [{ name: "表2", visible: true, rows }], names: {} };
}

describe("writtenFixes: which confirmed changes are in the workbook after a write failed partway", () => {
  it.each<[string, CellValue, CellValue, CellValue, string[]]>([
    ["the first written, then it failed", { type: "number", value: 95 }, { type: "string", text: "１５.２" }, { type: "empty" }, ["K4"]],
    ["none written", { type: "number", value: 0.95, percentStyle: true }, { type: "string", text: "１５.２" }, { type: "empty" }, []],
    ["all written", { type: "number", value: 95 }, { type: "number", value: 15.2 }, { type: "string", text: "原因" }, ["K4", "K7", "M5"]],
    ["a text that looks like the number is not the number", { type: "string", text: "95" }, { type: "empty" }, { type: "empty" }, []],
  ])("%s", (_label, k4, k7, m5, cells) => {
    expect(writtenFixes(fixes, grid(k4, k7, m5)).map((f) => f.cell)).toEqual(cells);
  });

  it("a sheet gone since is not counted as written", () => {
    expect(writtenFixes([{ ...fixes[0]!, sheet: "表3" }], grid({ type: "number", value: 95 }, { type: "empty" }, { type: "empty" }))).toEqual([]);
  });
});
