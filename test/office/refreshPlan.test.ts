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
import { perYearCells, perYearCounts } from "../../src/sheet/perYearCells";
import { SIGNATORIES } from "../../src/sheet/coverSheet";
import { columnNumber } from "../../src/sheet/a1";
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

describe("a change of year in Excel empties the year's own cells, as rollover leaves them (trial28c F2)", () => {
  const zs = catalog().filter((t) => t.id === "zhoushan-2021-2025");
  const p2023 = buildWorkbookPlan(zs, { year: 2023 });
  const sheet = p2023.sheets.find((s) => s.role === "template")?.name as string;
  const cover = p2023.sheets.find((s) => s.role === "cover")?.name as string;
  /** the column letter of a key in the template's key row */
  const col = (key: string): string => (p2023.sheets.find((s) => s.name === sheet)?.cells.find((c) => c.address.endsWith("2") && c.value === key)?.address ?? "").replace(/\d+$/, "");
  const signOff = (key: string): string => `C${SIGNATORIES.find((s) => s.key === key)?.row}`;

  /** A 2023 return with something in every kind of cell a person writes: what a change of year clears, and what it keeps. */
  async function filled2023(): Promise<FakeExcel> {
    const fx = new FakeExcel(["Sheet1"]);
    await applyPlan(fx.context, p2023, { isSetSupported: fx.isSetSupported });
    for (const [where, address, typed] of CELLS) fx.userType(where === "cover" ? cover : sheet, address(), typed);
    // cells outside the table and a column of the person's own: the sheet unprotected on purpose first
    fx.sheet(sheet).protection = { protected: false };
    fx.userType(sheet, `${col("note")}60`, "表下自己的备注");
    fx.userType(sheet, "AZ8", "自己加的一列");
    return fx;
  }
  type Cell = readonly ["sheet" | "cover", () => string, string | number, "cleared" | "kept"];
  const CELLS: readonly Cell[] = [
    ["sheet", () => `${col("note")}8`, "受疫情影响，新建幼儿园推迟开园，预计2024年补齐。", "cleared"],
    ["sheet", () => `${col("assess")}9`, "已达标", "cleared"],
    ["sheet", () => `${col("review")}10`, "请补充佐证", "cleared"],
    ["cover", () => signOff("date"), "2024年1月15日", "cleared"],
    ["cover", () => signOff("head"), "王某", "cleared"],
    ["cover", () => signOff("reviewer"), "李某", "cleared"],
    ["sheet", () => `${col("in:2023")}8`, 89, "kept"],
    ["sheet", () => `${col("in:2022")}8`, 88, "kept"],
    ["cover", () => signOff("preparer"), "张某", "kept"],
    ["cover", () => signOff("phone"), "0580-1234567", "kept"],
  ];

  it("perYearCells names the filled note, assessment, review and sign-off cells, nothing else", async () => {
    const fx = await filled2023();
    const cells = perYearCells(await readWorkbookGrid(fx.context));
    expect(cells.map((c) => `${c.sheet}!${c.key}`).sort()).toEqual([`${cover}!date`, `${cover}!head`, `${cover}!reviewer`, `${sheet}!assess`, `${sheet}!note`, `${sheet}!review`].sort());
    expect(perYearCounts(cells)).toEqual([{ kind: "note", n: 1, fields: [] }, { kind: "assess", n: 1, fields: [] }, { kind: "review", n: 1, fields: [] }, { kind: "signOff", n: 3, fields: ["填报日期", "单位负责人", "审核人"] }]);
  });

  it("rolled to 2024 with those cells in two syncs: they are emptied, every value and the person's own cells stay", async () => {
    const fx = await filled2023();
    const clear = perYearCells(await readWorkbookGrid(fx.context));
    const before = fx.syncs;
    const res = await refreshPlan(fx.context, buildWorkbookPlan(zs, { year: 2024 }), { isSetSupported: fx.isSetSupported, clear });
    expect(fx.syncs - before).toBe(2);
    expect(res.syncs).toBe(2);
    expect(res.cleared).toBe(6);
    expect(res.refreshed).toEqual([expect.objectContaining({ sheet, cleared: 3 })]);
    expect(fx.content(cover, "C5").value).toBe(2024);
    expect(fx.content(sheet, `${col("note")}60`).value).toBe("表下自己的备注");
    expect(fx.content(sheet, "AZ8").value).toBe("自己加的一列");
    expect(perYearCells(await readWorkbookGrid(fx.context))).toEqual([]);
    // row 8 filled for 2024 and lagging asks for a 2024 说明: last year's reason no longer reads as one
    fx.userType(sheet, `${col("in:2024")}8`, 89);
    const out = checkGrid(await readWorkbookGrid(fx.context));
    if (!out.ok) throw new Error(out.message);
    expect(out.report.year).toBe(2024);
    const row8 = out.report.items.find((i) => i.sheet === sheet && i.cells["2024"] === `${col("in:2024")}8`);
    expect(row8?.issues.map((i) => i.code)).toContain("lagging_no_note");
  });

  it.each(CELLS.map(([where, address, typed, outcome]) => [outcome, where, address, typed] as const))("on the roll a %s cell of the %s (%#) is as expected", async (outcome, where, address, typed) => {
    const fx = await filled2023();
    const clear = perYearCells(await readWorkbookGrid(fx.context));
    await refreshPlan(fx.context, buildWorkbookPlan(zs, { year: 2024 }), { isSetSupported: fx.isSetSupported, clear });
    expect(fx.content(where === "cover" ? cover : sheet, address()).value ?? "").toBe(outcome === "kept" ? typed : "");
  });

  it("a refresh of the same year (no clear) keeps the notes and sign-offs", async () => {
    const fx = await filled2023();
    const res = await refreshPlan(fx.context, p2023, { isSetSupported: fx.isSetSupported });
    expect(res.cleared).toBe(0);
    for (const [where, address, typed] of CELLS) expect(fx.content(where === "cover" ? cover : sheet, address()).value).toBe(typed);
  });

  it("a sheet refused (rows sorted) keeps its notes: nothing is written to it", async () => {
    const fx = await filled2023();
    const clear = perYearCells(await readWorkbookGrid(fx.context));
    // the person swaps the ids of rows 4 and 5 (a sort): the sheet is refused
    const s = fx.sheet(sheet);
    const idCol = columnNumber(col("id"));
    const [a, b] = [s.cells.get(4 * 16384 + idCol), s.cells.get(5 * 16384 + idCol)];
    if (a && b) { s.cells.set(4 * 16384 + idCol, b); s.cells.set(5 * 16384 + idCol, a); }
    const res = await refreshPlan(fx.context, buildWorkbookPlan(zs, { year: 2024 }), { isSetSupported: fx.isSetSupported, clear });
    expect(res.refused).toEqual([expect.objectContaining({ sheet, reason: "layout_changed" })]);
    expect(fx.content(sheet, `${col("note")}8`).value).toBe(CELLS[0]?.[2]);
  });

  it("a cover deleted since the pane read it: the template sheet is cleared, nothing refused for the cover", async () => {
    const fx = await filled2023();
    const clear = perYearCells(await readWorkbookGrid(fx.context));
    fx.sheets.splice(fx.sheets.indexOf(fx.sheet(cover)), 1);
    fx.names.delete("报告年份"); // gone with its sheet (the fake models no name to a missing sheet)
    const res = await refreshPlan(fx.context, buildWorkbookPlan(zs, { year: 2024 }), { isSetSupported: fx.isSetSupported, clear });
    expect(res.refused).toEqual([]);
    // the first read fails on the cover: list, read again, write
    expect(res.syncs).toBe(4);
    expect(res.cleared).toBe(3);
    expect(fx.content(sheet, `${col("note")}8`).value ?? "").toBe("");
  });
});
