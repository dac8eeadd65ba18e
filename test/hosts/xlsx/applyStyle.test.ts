import ExcelJS from "exceljs";
import { applyStyle } from "../../../src/hosts/xlsx/applyStyle";
import { setNumFmt } from "../../../src/hosts/xlsx/setNumFmt";
import { STYLES } from "../../../src/sheet/styles";

/**
 * Cells of one planned style share one style object (ExcelJS then serialises it once, not once
 * a cell), so a cell's own number format must never be written into the shared one: setNumFmt
 * gives the cell its own copy. Read back from the written file, only that cell has the format.
 */
describe("shared cell styles", () => {
  test.each([
    ["input", "0%"],
    ["number", "yyyy/m/d"],
    ["text", '0"年"'],
  ] as const)("%s: one cell's number format %s leaves its neighbours as they were", async (key, fmt) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    for (const a of ["A1", "A2", "A3"]) {
      ws.getCell(a).value = 0.5;
      applyStyle(ws.getCell(a), STYLES[key], undefined, undefined, STYLES[key].unlocked === true);
    }
    expect(ws.getCell("A1").style).toBe(ws.getCell("A3").style);
    setNumFmt(ws.getCell("A2"), fmt);
    // a shared style written into in place is refused (frozen), never spread to every cell of the style
    expect(Object.isFrozen(ws.getCell("A1").style)).toBe(true);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    const rs = back.getWorksheet("表")!;
    expect([rs.getCell("A1").numFmt, rs.getCell("A2").numFmt, rs.getCell("A3").numFmt]).toEqual([STYLES[key].numFmt, fmt, STYLES[key].numFmt]);
    expect([rs.getCell("A1").protection?.locked, rs.getCell("A2").protection?.locked]).toEqual(STYLES[key].unlocked ? [false, false] : [undefined, undefined]);
    expect(rs.getCell("A2").border?.top?.style).toBe("thin");
  });

  test.each([
    ["no style, no format", undefined, undefined, undefined, undefined],
    ["a fill alone", undefined, undefined, "FFC7CE", "FFFFC7CE"],
  ] as const)("%s", (_what, st, numFmt, fill, argb) => {
    const wb = new ExcelJS.Workbook();
    const cell = wb.addWorksheet("表").getCell("B2");
    applyStyle(cell, st, numFmt, fill);
    expect((cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBe(argb);
  });
});
