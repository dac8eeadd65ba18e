import { FakeExcel } from "./fakeExcel";

/** The fake behaves as the tests of the Office host assume Excel does. */
describe("fake Excel", () => {
  it("throws when an unloaded property is read, and reads it after load + sync", async () => {
    const fx = new FakeExcel(["A"]);
    const r = fx.context.workbook.worksheets.getItem("A").getRange("A1:B1");
    r.values = [[1, "x"]];
    expect(() => r.values).toThrow(/PropertyNotLoaded/);
    r.load("values");
    expect(() => r.values).toThrow(/PropertyNotLoaded/);
    await fx.context.sync();
    expect(r.values).toEqual([[1, "x"]]);
    expect(fx.syncs).toBe(1);
  });

  it("reads strings through values as Excel does, unless the number format is text", async () => {
    const fx = new FakeExcel(["A"]);
    const ws = fx.context.workbook.worksheets.getItem("A");
    ws.getRange("A1:F1").values = [["=1+2", "+x", "-5", "@SUM(A1)", "85", "2023-1"]];
    const t = ws.getRange("A2:F2");
    t.numberFormat = [["@", "@", "@", "@", "@", "@"]];
    t.values = [["=1+2", "+x", "-5", "@SUM(A1)", "85", "2023-1"]];
    await fx.context.sync();
    expect(fx.content("A", "A1")).toEqual({ formula: "=1+2" });
    expect(fx.content("A", "B1")).toEqual({ formula: "=+x" });
    expect(fx.content("A", "C1")).toEqual({ value: -5 });
    expect(fx.content("A", "D1")).toEqual({ formula: "=SUM(A1)" });
    expect(fx.content("A", "E1")).toEqual({ value: 85 });
    expect(typeof fx.content("A", "F1").value).toBe("number");
    for (const [c, v] of [["A2", "=1+2"], ["B2", "+x"], ["C2", "-5"], ["D2", "@SUM(A1)"], ["E2", "85"], ["F2", "2023-1"]] as const) {
      expect(fx.content("A", c)).toEqual({ value: v, numberFormat: "@" });
    }
    expect(fx.formulaLog.map((f) => f.address)).toEqual(["A1", "B1", "D1"]);
  });

  it.each([
    // typed through values into a General cell, as a user types it: 95% is 0.95 in 0%
    ["95%", undefined, 0.95, "0%", "95%"],
    [0.882, "0.0%", 0.882, "0.0%", "88.2%"],
    [2.345, "0.00", 2.345, "0.00", "2.35"],
    [88.2, undefined, 88.2, "General", "88.2"],
    ["说明", undefined, "说明", "General", "说明"],
  ])("reads %p (format %p) as values %p, numberFormat %p and text %p", async (typed, code, value, format, text) => {
    const fx = new FakeExcel(["A"]);
    const r = fx.context.workbook.worksheets.getItem("A").getRange("B2");
    if (code !== undefined) r.numberFormat = [[code]];
    r.values = [[typed]];
    r.load("values, numberFormat, text");
    await fx.context.sync();
    expect([r.values[0]?.[0], r.numberFormat[0]?.[0], r.text[0]?.[0]]).toEqual([value, format, text]);
  });

  it("applies a single value to every cell, and refuses an array of the wrong size at sync", async () => {
    const fx = new FakeExcel(["A"]);
    const ws = fx.context.workbook.worksheets.getItem("A");
    (ws.getRange("B2:C4") as unknown as { formulasR1C1: unknown }).formulasR1C1 = "=R[-1]C+$A$1";
    await fx.context.sync();
    expect(fx.content("A", "C4")).toEqual({ formula: "=C3+$A$1" });
    ws.getRange("A1:B1").values = [[1]];
    await expect(fx.context.sync()).rejects.toThrow(/InvalidArgument/);
  });

  it("fails a sync on a missing sheet, keeping what ran before (batches are not transactions)", async () => {
    const fx = new FakeExcel(["A"]);
    const wb = fx.context.workbook;
    wb.worksheets.getItem("A").getRange("A1").values = [[1]];
    wb.worksheets.getItem("Nope").getRange("A1").values = [[2]];
    await expect(fx.context.sync()).rejects.toThrow(/ItemNotFound/);
    expect(fx.content("A", "A1")).toEqual({ value: 1 });
  });

  it("refuses APIs above the supported requirement set", () => {
    const fx = new FakeExcel(["A"]);
    const ws = fx.context.workbook.worksheets.getItem("A");
    expect(() => ws.pageLayout).toThrow(/ExcelApi 1.9/);
    fx.maxMinor = 9;
    expect(() => ws.pageLayout).not.toThrow();
  });

  it("throws when a list rule is set after a prompt on the same cells (office-js #2594)", async () => {
    const fx = new FakeExcel(["A"]);
    const dv = fx.context.workbook.worksheets.getItem("A").getRange("A1").dataValidation;
    dv.prompt = { showPrompt: true, title: "t", message: "m" };
    dv.rule = { list: { inCellDropDown: true, source: "a,b" } };
    await expect(fx.context.sync()).rejects.toThrow(/2594/);
  });

  it("counts request bytes: an envelope per action plus the JSON of its arguments", async () => {
    const fx = new FakeExcel(["A"]);
    fx.context.workbook.worksheets.getItem("A").getRange("A1").values = [["汉"]];
    await fx.context.sync();
    // getItem path + getRange path + set values: 3 envelopes, ["A"], ["A1"], [["汉"]] (3 UTF-8 bytes)
    expect(fx.requestBytes[0]).toBe(3 * 100 + 3 + 4 + 9);
  });
});

/**
 * Sheet protection as the Excel JavaScript API documents it (WorksheetProtection, ExcelApi 1.2):
 * on a protected sheet a write of values or formulas to a locked cell (every cell unless
 * format.protection.locked was set false) fails the sync with AccessDenied, and nothing of that
 * write lands; formats only as the protection's options allow (allowFormatCells, -Columns, -Rows,
 * allowInsertHyperlinks, allowEditObjects); protect() fails on a protected sheet (options change
 * only by unprotect, then protect); a cell's locked state is not changed while protected.
 */
describe("fake Excel: a protected sheet", () => {
  type Ws = Excel.Worksheet;
  const writes: Array<[string, (ws: Ws) => void, Record<string, unknown> | undefined, string | null]> = [
    ["values into a locked cell", (ws) => { ws.getRange("A1").values = [[1]]; }, undefined, "AccessDenied"],
    ["values into an unlocked cell", (ws) => { ws.getRange("B1").values = [[1]]; }, undefined, null],
    ["values over an unlocked and a locked cell", (ws) => { ws.getRange("A1:B1").values = [[1, 2]]; }, undefined, "AccessDenied"],
    ["formulas into a locked cell", (ws) => { ws.getRange("A1").formulas = [["=1+1"]]; }, undefined, "AccessDenied"],
    ["formulasR1C1 into an unlocked cell", (ws) => { ws.getRange("B1").formulasR1C1 = [["=RC[-1]"]]; }, undefined, null],
    ["a number format, formatting not allowed", (ws) => { ws.getRange("B1").numberFormat = [["0%"]]; }, undefined, "AccessDenied"],
    ["a number format, formatting allowed", (ws) => { ws.getRange("A1").numberFormat = [["0%"]]; }, { allowFormatCells: true }, null],
    ["a fill, formatting not allowed", (ws) => { ws.getRange("B1").format.fill.color = "#FF0000"; }, undefined, "AccessDenied"],
    ["a column width, not allowed", (ws) => { ws.getRange("A:A").format.columnWidth = 40; }, { allowFormatCells: true }, "AccessDenied"],
    ["a column width, allowed", (ws) => { ws.getRange("A:A").format.columnWidth = 40; }, { allowFormatColumns: true }, null],
    ["a row hidden, not allowed", (ws) => { ws.getRange("2:2").rowHidden = true; }, { allowFormatColumns: true }, "AccessDenied"],
    ["rows fitted, allowed", (ws) => { ws.getRange("2:3").format.autofitRows(); }, { allowFormatRows: true }, null],
    ["a link on a locked cell", (ws) => { ws.getRange("A1").hyperlink = { address: "https://example.org", textToDisplay: "x" }; }, { allowInsertHyperlinks: true }, "AccessDenied"],
    ["a link, links not allowed", (ws) => { ws.getRange("B1").hyperlink = { address: "https://example.org" }; }, undefined, "AccessDenied"],
    ["a locked state, formatting allowed", (ws) => { ws.getRange("A1").format.protection.locked = false; }, { allowFormatCells: true }, "AccessDenied"],
    ["a validation rule on an unlocked cell", (ws) => { ws.getRange("B1").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } }; }, undefined, "AccessDenied"],
    ["a conditional format", (ws) => { ws.getRange("B1").conditionalFormats.add("Custom"); }, { allowFormatCells: true }, "AccessDenied"],
    ["a clear of an unlocked cell", (ws) => { ws.getRange("B1").clear(); }, { allowFormatCells: true }, null],
    ["a clear of a locked cell", (ws) => { ws.getRange("A1").clear(); }, { allowFormatCells: true }, "AccessDenied"],
    ["a merge", (ws) => { ws.getRange("B1:C1").merge(); }, { allowFormatCells: true }, "AccessDenied"],
    ["protect again with other options", (ws) => { ws.protection.protect({ allowFormatCells: true }); }, undefined, "InvalidOperation"],
    ["unprotect, then protect with other options", (ws) => { ws.protection.unprotect(); ws.protection.protect({ allowFormatCells: true }); }, undefined, null],
  ];
  it.each(writes)("%s", async (_what, write, options, code) => {
    const fx = new FakeExcel(["A"]);
    const ws = fx.context.workbook.worksheets.getItem("A");
    ws.getRange("A1:C1").values = [["kept", "", ""]];
    ws.getRange("B1").format.protection.locked = false;
    ws.protection.protect(options);
    await fx.context.sync();
    write(ws);
    const sync = fx.context.sync();
    if (code === null) return expect(sync).resolves.toBeUndefined();
    await expect(sync).rejects.toMatchObject({ code });
    // the refused write left the cells as they were
    expect([fx.content("A", "A1"), fx.content("A", "B1")]).toEqual([{ value: "kept" }, {}]);
  });

  it("leaves an unprotected sheet's locked cells writable, and unprotects only with the password it was protected with", async () => {
    const fx = new FakeExcel(["A"]);
    const ws = fx.context.workbook.worksheets.getItem("A");
    ws.getRange("A1").values = [[1]];
    ws.protection.protect(undefined, "pw");
    await fx.context.sync();
    ws.protection.unprotect();
    await expect(fx.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    ws.protection.unprotect("pw");
    ws.getRange("A1").values = [[2]];
    const p = ws.protection.load("protected");
    await fx.context.sync();
    expect([p.protected, fx.content("A", "A1")]).toEqual([false, { value: 2 }]);
  });
});
