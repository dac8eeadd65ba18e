import { applyPlan } from "../../src/hosts/office/applyPlan";
import { columnWidthPoints } from "../../src/hosts/office/styleFormat";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { WorkbookPlan } from "../../src/sheet/SheetPlan";
import { catalog } from "../../src/templates/catalog";
import { FakeExcel, parseAddress } from "./fakeExcel";
import { contentDiff, fakeContent, plannedContent } from "./planContent";

function allSeedsPlan(): WorkbookPlan {
  return buildWorkbookPlan(catalog(), { year: 2023, reportingUnit: "普陀区" });
}

describe("applyPlan (Office host)", () => {
  it("writes exactly the plan, cell by cell, in two syncs", async () => {
    const plan = allSeedsPlan();
    const fx = new FakeExcel(["Sheet1"]);
    const res = await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    expect(res).toMatchObject({ syncs: 2, mode: "direct", refused: [], written: plan.sheets.map((s) => s.name) });
    expect(fx.syncs).toBe(2);
    for (const s of plan.sheets) {
      expect(contentDiff(plannedContent(s), fakeContent(fx, s.name))).toEqual([]);
    }
    expect(fx.sheets.map((s) => s.name)).toEqual(["Sheet1", ...plan.sheets.map((s) => s.name)]);
  });

  it("gives every planned range its validation and conditional-format rule, once", async () => {
    const plan = allSeedsPlan();
    const fx = new FakeExcel();
    await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    for (const s of plan.sheets) {
      const sheet = fx.sheet(s.name);
      expect(sheet.validationCount()).toBe(s.validations.length);
      for (const v of s.validations) {
        const { r0, c0, r1, c1 } = parseAddress(v.range);
        const rec = sheet.validationOf.get(r0 * 16384 + c0);
        expect(sheet.validationOf.get(r1 * 16384 + c1)).toBe(rec);
        expect(sheet.validationRuleAt(r0, c0)).toEqual(v.type === "any" ? undefined : v.type === "list"
          ? { list: { inCellDropDown: true, source: (v.list ?? []).join(",") } }
          : v.type === "custom" ? { custom: { formula: `=${v.formula}` } }
            : { decimal: { formula1: v.min, formula2: v.max, operator: "Between" } });
        expect(rec?.prompt).toMatchObject({ showPrompt: true, title: v.promptTitle.slice(0, 32), message: v.prompt.slice(0, 255) });
        if (v.type !== "any") expect(rec?.errorAlert).toMatchObject({ showAlert: true, style: v.errorStyle[0]?.toUpperCase() + v.errorStyle.slice(1), message: v.error.slice(0, 255) });
      }
      // a rule that only sets a number format (progressDigitsRules) sets no colour
      expect(sheet.conditionalFormats.map((cf) => ({ range: cf.range, formula: cf.formula, fill: cf.fill, font: cf.fontColor, bold: cf.bold, numFmt: cf.numFmt })))
        .toEqual(s.conditionalFormats.map((cf) => ({
          range: parseAddress(cf.range), formula: `=${cf.formula}`, numFmt: cf.numFmt,
          ...(cf.fill === undefined ? { fill: undefined, font: undefined, bold: undefined } : { fill: `#${cf.fill}`, font: `#${cf.fontColor ?? ""}`, bold: cf.bold ?? false }),
        })));
    }
  });

  it("applies layout: widths, hidden rows and columns, merges, frozen panes, visibility, names", async () => {
    const plan = allSeedsPlan();
    const fx = new FakeExcel();
    const res = await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    for (const s of plan.sheets) {
      const sheet = fx.sheet(s.name);
      s.columns.forEach((c, i) => {
        expect(sheet.columnWidths.get(i + 1)).toBe(columnWidthPoints(c.width));
        expect(sheet.hiddenColumns.has(i + 1)).toBe(c.hidden === true);
      });
      expect([...sheet.hiddenRows].sort((a, b) => a - b)).toEqual([...new Set(s.hiddenRows)].sort((a, b) => a - b));
      // rows a person writes into fit their content (autofitRows); the others keep their planned height
      const grow = new Set(s.growRows ?? []);
      for (const [r, h] of Object.entries(s.rowHeights)) expect(sheet.rowHeights.get(Number(r))).toBe(grow.has(Number(r)) ? undefined : h);
      expect([...sheet.fittedRows].sort((a, b) => a - b)).toEqual([...grow].sort((a, b) => a - b));
      expect([...sheet.merges].sort()).toEqual([...s.merges].sort());
      expect(sheet.freeze).toEqual(s.freeze ? { rows: s.freeze.rows, columns: s.freeze.columns } : null);
      expect(sheet.visibility).toBe(s.visibility === "veryHidden" ? "VeryHidden" : "Visible");
    }
    expect(res.namesAdded).toEqual(plan.names.map((n) => n.name));
    for (const n of plan.names) expect(fx.names.get(n.name.toLowerCase())?.formula).toBe(`=${n.ref}`);
    expect(fx.suspendCalls).toBeGreaterThan(0);
  });

  it("formats by rectangle, never per cell", async () => {
    const plan = allSeedsPlan();
    const fx = new FakeExcel();
    await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    const cells = plan.sheets.reduce((n, s) => n + s.cells.length, 0);
    const formatCalls = fx.calls.filter((c) => c.startsWith("RangeFont.set:name")).length;
    expect(formatCalls).toBeLessThan(cells / 20);
    // every planned style arrived where planned: the header fill of a template sheet, the white input cells
    const s = plan.sheets.find((x) => x.role === "template");
    const header = s?.cells.find((c) => c.style === "header");
    const input = s?.cells.find((c) => c.style === "input");
    const at = (a: string | undefined) => { const p = parseAddress(a ?? "A1"); return fx.sheet(s?.name ?? "").peek(p.r0, p.c0)?.format; };
    expect(at(header?.address)).toMatchObject({ fill: "#DDE3EA", bold: true, fontName: "Microsoft YaHei" });
    expect(at(input?.address)).toMatchObject({ fill: "#FFFFFF", horizontalAlignment: "Right" });
  });

  it("applies page layout only where ExcelApi 1.9 is supported", async () => {
    const plan = allSeedsPlan();
    const old = new FakeExcel();
    const r18 = await applyPlan(old.context, plan, { isSetSupported: old.isSetSupported });
    expect(r18.print).toBe(false);
    expect(old.calls.some((c) => c.startsWith("PageLayout"))).toBe(false);

    const fx = new FakeExcel();
    fx.maxMinor = 9;
    const r19 = await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    expect(r19.print).toBe(true);
    const s = plan.sheets.find((x) => x.role === "template");
    expect(fx.sheet(s?.name ?? "").pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$1:$3", zoom: { horizontalFitToPages: 2 }, printTitleColumns: "$A:$C", printOrder: "OverThenDown" });
  });

  it("asks Office.context.requirements when no isSetSupported is given", async () => {
    const fx = new FakeExcel();
    fx.maxMinor = 9;
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { requirements: { isSetSupported: fx.isSetSupported } } };
    try {
      const res = await applyPlan(fx.context, allSeedsPlan());
      expect(res.print).toBe(true);
    } finally {
      delete g.Office;
    }
  });

  it("never overwrites an existing sheet: it refuses it and reports it as data", async () => {
    const plan = allSeedsPlan();
    const taken = plan.sheets[1]?.name ?? "";
    const fx = new FakeExcel(["Sheet1", taken]);
    fx.userType(taken, "B2", "我自己的数据");
    const res = await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    expect(res.refused).toEqual([{ sheet: taken, reason: "exists" }]);
    expect(res.written).toEqual(plan.sheets.map((s) => s.name).filter((n) => n !== taken));
    expect(fakeContent(fx, taken)).toEqual(new Map([["B2", { value: "我自己的数据" }]]));
    expect(res.syncs).toBe(2);
  });

  it("compares sheet names as Excel does, ignoring case", async () => {
    const plan = allSeedsPlan();
    const meta = plan.sheets.find((s) => s.role === "meta")?.name ?? "";
    const fx = new FakeExcel(["Sheet1", meta.toUpperCase()]);
    const res = await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    expect(res.refused.map((r) => r.sheet)).toEqual([meta]);
  });

  it("keeps a workbook name that already exists", async () => {
    const plan = allSeedsPlan();
    const fx = new FakeExcel(["Sheet1"]);
    fx.names.set("报告年份", { name: "报告年份", formula: "=Sheet1!$A$1" });
    const res = await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    expect(res.namesKept).toEqual(["报告年份"]);
    expect(fx.names.get("报告年份")?.formula).toBe("=Sheet1!$A$1");
  });

  it("writes in more requests, none above the limit, when the plan is bigger than one request", async () => {
    const plan = allSeedsPlan();
    const fx = new FakeExcel();
    const res = await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported, maxRequestBytes: 150_000 });
    expect(res.mode).toBe("prefill");
    expect(res.syncs).toBeGreaterThan(2);
    expect(fx.syncs).toBe(res.syncs);
    expect(fx.maxRequestBytes).toBeLessThanOrEqual(150_000);
    for (const s of plan.sheets) expect(contentDiff(plannedContent(s), fakeContent(fx, s.name))).toEqual([]);
    // temporary sheets were renamed: only the plan's sheets are there, with their visibility
    expect(fx.sheets.map((s) => [s.name, s.visibility])).toEqual([["Sheet1", "Visible"], ...plan.sheets.map((s) => [s.name, s.visibility === "veryHidden" ? "VeryHidden" : "Visible"])]);
  });

  it("in prefill mode too, an existing sheet is refused and its temporary copy removed", async () => {
    const plan = allSeedsPlan();
    const taken = plan.sheets[2]?.name ?? "";
    const fx = new FakeExcel(["Sheet1", taken]);
    const res = await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported, maxRequestBytes: 150_000 });
    expect(res.refused.map((r) => r.sheet)).toEqual([taken]);
    expect(fx.sheets.map((s) => s.name).sort()).toEqual(["Sheet1", ...plan.sheets.map((s) => s.name)].sort());
    expect(fakeContent(fx, taken).size).toBe(0);
  });
});
