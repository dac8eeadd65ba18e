/**
 * The fake Office host's number formats (test/ui/fakeOffice.js): what a user types into Excel (95% is 0.95 in 0%)
 * reads through readGrid as the Office host reads it (officeCellValue), Range.text shows it formatted, and
 * applyFixes compares and writes as hosts/office applyFixes does. A cell no test formatted reads as before.
 */
import { officeCellValue } from "../../src/hosts/office/officeCellValue";
import type { CellValue } from "../../src/domain/CellValue";
import type { OfficeActions } from "../../src/ui/shared/OfficeActions";

interface FakeBook {
  actions: OfficeActions;
  addSheet(name: string, values?: Record<string, unknown>): void;
  set(s: string, c: string, v: unknown): void;
  get(s: string, c: string): CellValue;
  typeCell(s: string, c: string, typed: string): void;
  setNumberFormat(s: string, c: string, code: string): void;
  numberFormat(s: string, c: string): string;
  text(s: string, c: string): string;
  grid(): { sheets: Array<{ name: string; rows: CellValue[][] }> };
  exportBook(): { sheets: Array<{ name: string; cells: Record<string, { value: unknown; numberFormat: string; text: string; formula?: string }> }> };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createWorkbook } = require("./fakeOffice.js") as { createWorkbook: () => FakeBook };

function book(): FakeBook {
  const wb = createWorkbook();
  wb.addSheet("S");
  return wb;
}
const cellOf = (wb: FakeBook, row: number, col: number): CellValue => wb.grid().sheets[0]?.rows[row - 1]?.[col - 1] ?? { type: "empty" };

describe("a number in a format reads as the Office host reads it, and Range.text shows it formatted", () => {
  test.each([
    [0.95, "0%", "95%"],
    [0.882, "0.0%", "88.2%"],
    [0.8825, "0.0%", "88.3%"],
    [0.125, "0%", "13%"],
    [2.345, "0.00", "2.35"],
    [2.5, "0.00", "2.50"],
    [1234.5, "#,##0.00", "1,234.50"],
    [88.2, "General", "88.2"],
    [0.1 + 0.2, "General", "0.3"],
    [7, "0", "7"],
  ])("%p in %s shows %s", (value, code, shown) => {
    const wb = book();
    wb.set("S", "B2", value);
    wb.setNumberFormat("S", "B2", code);
    expect(wb.numberFormat("S", "B2")).toBe(code);
    expect(wb.text("S", "B2")).toBe(shown);
    expect(cellOf(wb, 2, 2)).toEqual(officeCellValue(value, "Double", code));
  });

  test.each([
    ["95%", 0.95, "0%", "95%"],
    ["12.5%", 0.125, "0.00%", "12.50%"],
    ["88.2", 88.2, "General", "88.2"],
    ["约95", "约95", "General", "约95"],
  ])("typing %s stores %p in %s (shows %s), as Excel does", (typed, value, code, shown) => {
    const wb = book();
    wb.typeCell("S", "C3", typed);
    const v = wb.get("S", "C3");
    expect(v.type === "number" ? v.value : v.type === "string" ? v.text : null).toBe(value);
    expect(wb.numberFormat("S", "C3")).toBe(code);
    expect(wb.text("S", "C3")).toBe(shown);
  });

  test("a cell of a format set stays in it when a value is set; typing into Text (@) keeps the text", () => {
    const wb = book();
    wb.setNumberFormat("S", "A1", "0%");
    wb.set("S", "A1", 0.5);
    expect(wb.text("S", "A1")).toBe("50%");
    wb.setNumberFormat("S", "A2", "@");
    wb.typeCell("S", "A2", "95");
    expect(cellOf(wb, 2, 1)).toEqual({ type: "string", text: "95", textStyle: true });
  });

  test("a format the fake does not model is refused, not shown wrongly", () => {
    expect(() => book().setNumberFormat("S", "A1", "yyyy/m/d")).toThrow(/not modelled/);
  });

  test("a cell no test formatted reads as it always did (General, no percentStyle)", () => {
    const wb = book();
    wb.set("S", "A1", 0.95);
    wb.set("S", "A2", "95%");
    expect(cellOf(wb, 1, 1)).toEqual({ type: "number", value: 0.95 });
    expect(cellOf(wb, 2, 1)).toEqual({ type: "string", text: "95%" });
    expect(wb.numberFormat("S", "A1")).toBe("General");
  });
});

describe("applyFixes on a percent-styled cell, as the Office host", () => {
  test.each([
    // the check quotes the cell as typed (95%): the fix is written, in General
    ["95%", undefined, { type: "number", value: 95 }, "General"],
    // quoted as the bare stored number it is not what the cell shows: refused as changed
    ["0.95", "95%", { type: "number", value: 0.95 }, "0%"],
  ] as const)("from %s", async (from, refusedNow, after, code) => {
    const wb = book();
    wb.typeCell("S", "B2", "95%");
    const done = wb.actions.applyFixes([{ sheet: "S", cell: "B2", from, to: 95, name: "比重" }]);
    if (refusedNow === undefined) await expect(done).resolves.toBeUndefined();
    else await expect(done).rejects.toMatchObject({ code: "fixes_refused", refused: [{ cell: "B2", reason: "changed", now: refusedNow }] });
    expect(wb.get("S", "B2")).toEqual(after);
    expect(wb.numberFormat("S", "B2")).toBe(code);
  });
});

test("exportBook gives each sheet's cells with value, format, text and formula", () => {
  const wb = book();
  wb.typeCell("S", "B2", "95%");
  wb.set("S", "A1", "名称");
  expect(wb.exportBook().sheets).toEqual([{ name: "S", visible: true, cells: {
    A1: { value: "名称", numberFormat: "General", text: "名称" },
    B2: { value: 0.95, numberFormat: "0%", text: "95%" },
  } }]);
});
