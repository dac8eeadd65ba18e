import { titleWithRegion } from "../../src/templates/titleWithRegion";
import { applyPlan } from "../../src/hosts/office/applyPlan";
import { refreshPlan } from "../../src/hosts/office/refreshPlan";
import { readWorkbookGrid } from "../../src/hosts/office/readWorkbookGrid";
import { checkGrid } from "../../src/sheet/checkGrid";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { titleFormula, titleOnTwoLines } from "../../src/sheet/titleFormula";
import type { PlannedSheet, WorkbookPlan } from "../../src/sheet/SheetPlan";
import { catalog } from "../../src/templates/catalog";
import { FakeExcel, parseAddress } from "./fakeExcel";
import { contentDiff, fakeContent, plannedContent, type Content } from "./planContent";

const plan = buildWorkbookPlan(catalog(), { year: 2023 });
const templates = plan.sheets.filter((s) => s.role === "template");

function inputCells(s: PlannedSheet): string[] {
  return [...new Set(s.cells.filter((c) => c.style === "input" || c.style === "inputText").map((c) => c.address))];
}

/** Loads the plan and types a value into two of every three input cells. */
async function loadedAndTyped(p: WorkbookPlan = plan): Promise<{ fx: FakeExcel; typed: Map<string, Content> }> {
  const fx = new FakeExcel(["Sheet1"]);
  await applyPlan(fx.context, p, { isSetSupported: fx.isSetSupported });
  const typed = new Map<string, Content>();
  let i = 0;
  for (const s of p.sheets.filter((x) => x.role === "template")) {
    for (const a of inputCells(s)) {
      if (i++ % 3 === 2) continue;
      const style = s.cells.find((c) => c.address === a)?.style;
      fx.userType(s.name, a, style === "input" ? (i % 7) * 10.5 : `用户填写${i}`);
      const c = fx.content(s.name, a);
      typed.set(`${s.name}!${a}`, { value: c.value as string | number });
    }
  }
  return { fx, typed };
}

/** The plan's content with the user's values in place of the planned input cells. */
function expectedAfterRefresh(s: PlannedSheet, typed: Map<string, Content>): Map<string, Content> {
  const want = plannedContent(s);
  for (const [k, v] of typed) {
    const [sheet, address] = k.split("!") as [string, string];
    if (sheet === s.name) want.set(address, v);
  }
  return want;
}

describe("refreshPlan (Office host)", () => {
  it("is idempotent: after two reloads no rule is duplicated and every user value is unchanged", async () => {
    const { fx, typed } = await loadedAndTyped();
    expect(typed.size).toBeGreaterThan(200);
    for (let round = 1; round <= 2; round++) {
      const before = fx.syncs;
      const res = await refreshPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
      expect(fx.syncs - before).toBe(2);
      expect(res.syncs).toBe(2);
      expect(res.refused).toEqual([]);
      expect(res.refreshed.map((r) => r.sheet)).toEqual(templates.map((s) => s.name));
      // kept: what the user typed, and the input cells the plan pre-filled (责任单位) that still hold their text
      const prefilled = templates.flatMap((t) => inputCells(t).filter((a) => !typed.has(`${t.name}!${a}`) && plannedContent(t).has(a)));
      expect(res.refreshed.reduce((n, r) => n + r.kept, 0)).toBe(typed.size + prefilled.length);
      expect(res.skipped).toEqual(plan.sheets.filter((s) => s.role !== "template").map((s) => s.name));
      for (const s of templates) {
        const sheet = fx.sheet(s.name);
        expect(sheet.conditionalFormats).toHaveLength(s.conditionalFormats.length);
        expect(sheet.validationCount()).toBe(s.validations.length);
        expect(contentDiff(expectedAfterRefresh(s, typed), fakeContent(fx, s.name))).toEqual([]);
      }
    }
  });

  it("writes back planned cells the user overwrote, but not input cells", async () => {
    const { fx } = await loadedAndTyped();
    const s = templates[0] as PlannedSheet;
    const status = s.cells.find((c) => c.style === "status" && c.formula !== undefined);
    const name = s.cells.find((c) => c.style === "textWrap" && typeof c.value === "string" && c.address.startsWith("C"));
    // the sheet is protected: typing over a formula needs the person to unprotect it on purpose
    expect(() => fx.userType(s.name, status?.address ?? "", "已达标")).toThrow(/AccessDenied/);
    fx.sheet(s.name).protection = { protected: false };
    fx.userType(s.name, status?.address ?? "", "已达标");
    fx.userType(s.name, name?.address ?? "", "改过的名称");
    const planned = plannedContent(s);
    await refreshPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    expect(fx.content(s.name, status?.address ?? "")).toMatchObject(planned.get(status?.address ?? "") ?? {});
    expect(fx.content(s.name, name?.address ?? "")).toMatchObject(planned.get(name?.address ?? "") ?? {});
    // and the refresh protects it again, input cells unlocked
    expect(fx.sheet(s.name).protection).toMatchObject({ protected: true, options: { allowFormatColumns: true, allowFormatRows: true } });
    const input = s.cells.find((c) => c.style === "input");
    expect(() => fx.userType(s.name, input?.address ?? "", 7)).not.toThrow();
  });

  it("takes a new plan (another year): new prompts and titles, the same user values, no extra rules", async () => {
    const { fx, typed } = await loadedAndTyped();
    const next = buildWorkbookPlan(catalog(), { year: 2024 });
    await refreshPlan(fx.context, next, { isSetSupported: fx.isSetSupported });
    for (const s of next.sheets.filter((x) => x.role === "template")) {
      expect(contentDiff(expectedAfterRefresh(s, typed), fakeContent(fx, s.name))).toEqual([]);
      expect(fx.sheet(s.name).validationCount()).toBe(s.validations.length);
      expect(fx.sheet(s.name).conditionalFormats).toHaveLength(s.conditionalFormats.length);
      const v = s.validations[0];
      if (v) {
        const { r0, c0 } = parseAddress(v.range);
        expect(fx.sheet(s.name).validationOf.get(r0 * 16384 + c0)?.prompt).toMatchObject({ message: v.prompt.slice(0, 255) });
      }
    }
  });

  it("keeps the user's own conditional formats outside the planned ranges", async () => {
    const { fx } = await loadedAndTyped();
    const s = templates[0] as PlannedSheet;
    fx.sheet(s.name).protection = { protected: false }; // the person's own rule needs the sheet unprotected
    const r = fx.context.workbook.worksheets.getItem(s.name).getRange("ZZ1:ZZ5").conditionalFormats.add("Custom");
    r.custom.rule.formula = "=TRUE";
    await fx.context.sync();
    await refreshPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    expect(fx.sheet(s.name).conditionalFormats).toHaveLength(s.conditionalFormats.length + 1);
  });

  it("refuses a sheet whose rows were sorted, writing nothing to it", async () => {
    const { fx } = await loadedAndTyped();
    const s = templates.find((x) => x.cells.filter((c) => c.style === "input").length > 10) as PlannedSheet;
    const sheet = fx.sheet(s.name);
    // the user sorts: rows 4 and 5 swap every cell
    for (let c = 1; c <= 80; c++) {
      const a = sheet.cells.get(4 * 16384 + c);
      const b = sheet.cells.get(5 * 16384 + c);
      if (b) sheet.cells.set(4 * 16384 + c, b); else sheet.cells.delete(4 * 16384 + c);
      if (a) sheet.cells.set(5 * 16384 + c, a); else sheet.cells.delete(5 * 16384 + c);
    }
    const before = fakeContent(fx, s.name);
    const cfs = sheet.conditionalFormats.length;
    const res = await refreshPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    expect(res.refused).toEqual([{ sheet: s.name, reason: "layout_changed", layout: "row_id", row: 4 }]);
    expect(fakeContent(fx, s.name)).toEqual(before);
    expect(sheet.conditionalFormats).toHaveLength(cfs);
    expect(res.refreshed).toHaveLength(templates.length - 1);
  });

  it("refuses a sheet that carries another template's mark", async () => {
    const { fx } = await loadedAndTyped();
    const s = templates[1] as PlannedSheet;
    fx.sheet(s.name).cell(2, 1).value = "plan-returns:template:something-else";
    const res = await refreshPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    expect(res.refused).toEqual([{ sheet: s.name, reason: "other_template", found: "plan-returns:template:something-else", planned: expect.stringMatching(/^plan-returns:template:/) }]);
  });

  it("reports a planned sheet that is missing and refreshes the others", async () => {
    const { fx } = await loadedAndTyped();
    const gone = templates[2] as PlannedSheet;
    fx.sheets.splice(fx.sheets.indexOf(fx.sheet(gone.name)), 1);
    const res = await refreshPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    expect(res.refused).toEqual([{ sheet: gone.name, reason: "missing" }]);
    expect(res.refreshed).toHaveLength(templates.length - 1);
    // the first read fails on the missing sheet: list, read again, write
    expect(res.syncs).toBe(4);
  });

  it("adds a workbook name the user deleted, and leaves existing names alone", async () => {
    const { fx } = await loadedAndTyped();
    fx.names.delete("报告年份");
    const res = await refreshPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    expect(res.namesAdded).toEqual(["报告年份"]);
    expect(fx.names.get("报告年份")?.formula).toBe(`=${plan.names.find((n) => n.name === "报告年份")?.ref}`);
  });
});

describe("the yearly cycle in Excel (issue 14)", () => {
  const zs = catalog().filter((t) => t.id === "zhoushan-2021-2025");

  it("a plan for 2024 rolls a 2023 return over in two syncs: the year the formulas use, titles, prompts; values kept; checked as 2024", async () => {
    const fx = new FakeExcel(["Sheet1"]);
    const p2023 = buildWorkbookPlan(zs, { year: 2023 });
    await applyPlan(fx.context, p2023, { isSetSupported: fx.isSetSupported });
    const sheet = p2023.sheets.find((s) => s.role === "template")?.name as string;
    const typed: Array<[string, number]> = [["I17", 2.1], ["J17", 2.3], ["K17", 2.5]];
    for (const [a, v] of typed) fx.userType(sheet, a, v);

    const before = fx.syncs;
    const res = await refreshPlan(fx.context, buildWorkbookPlan(zs, { year: 2024 }), { isSetSupported: fx.isSetSupported });
    expect(fx.syncs - before).toBe(2);
    expect(res.year).toBe(2024);
    expect(fx.content("填报说明", "C5").value).toBe(2024);
    // the title follows 报告年份 by its formula (shown by LibreOffice and Gnumeric in libreofficeAgreement)
    // zhoushan prints two pages wide: its title wraps with the year on a line of its own
    expect(fx.content(sheet, "A1").formula).toBe(`=${titleOnTwoLines(titleFormula(zs[0] ? titleWithRegion(zs[0]) : ""))}`);
    for (const [a, v] of typed) expect(fx.content(sheet, a).value).toBe(v);
    // the prompt of a row names each year its 序时应达 applies to, never only the reporting year
    // (beds, 6 → 7: a row with a trajectory; one whose baseline already meets its target has none)
    const beds = zs[0]?.kind === "indicators" ? zs[0].indicators.findIndex((d) => d.id === "zs21-24") : -1;
    expect(beds).toBeGreaterThan(0);
    const rec = fx.sheet(sheet).validationOf.get((3 + beds) * 16384 + 9);
    expect(String(rec?.prompt?.["message"])).toMatch(/2021年 [\d.]+；2022年 [\d.]+；2023年 [\d.]+；2024年 [\d.]+/);
    expect(fx.sheet(sheet).protection.protected).toBe(true);

    const out = checkGrid(await readWorkbookGrid(fx.context));
    if (!out.ok) throw new Error(out.message);
    expect(out.report.year).toBe(2024);
    expect(out.report.items.find((i) => i.id === "zs21-12")).toMatchObject({ status: "missing", cells: { "2023": "K17" } });
  });

  it("a status formula typed over (after unprotecting) is reported by the pane's check as a coded issue", async () => {
    const fx = new FakeExcel(["Sheet1"]);
    const p = buildWorkbookPlan(zs, { year: 2023 });
    await applyPlan(fx.context, p, { isSetSupported: fx.isSetSupported });
    const s = p.sheets.find((x) => x.role === "template") as PlannedSheet;
    const statusCell = s.cells.find((c) => c.style === "status" && c.address.endsWith("17"))?.address as string;
    expect(() => fx.userType(s.name, statusCell, "已达标")).toThrow(/protected/);
    fx.sheet(s.name).protection = { protected: false };
    fx.userType(s.name, statusCell, "已达标");
    const out = checkGrid(await readWorkbookGrid(fx.context));
    if (!out.ok) throw new Error(out.message);
    const row = out.report.items.find((i) => i.id === "zs21-12");
    expect(row?.issues).toEqual([expect.objectContaining({ code: "status_overwritten", cell: statusCell, received: "已达标", expected: "未填报" })]);
    expect(row?.issues[0]?.messageEn).toMatch(/shows "已达标" but the check gives "Not reported"/);
  });
});
