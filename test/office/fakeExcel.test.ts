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
