import { applyFixes } from "../../src/hosts/office/applyFixes";
import { applyPlan } from "../../src/hosts/office/applyPlan";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { catalog } from "../../src/templates/catalog";
import { FakeExcel } from "./fakeExcel";
import { fakeContent } from "./planContent";
import { readWorkbookGrid } from "../../src/hosts/office/readWorkbookGrid";
import { checkGrid } from "../../src/sheet/checkGrid";
import { findTemplate } from "../../src/templates/catalog";
import { buildFixes } from "../../src/ui/shared/buildFixes";
import type { Fix } from "../../src/ui/shared/Fix";
import { fixRefusalText } from "../../src/ui/shared/fixRefusalText";
import { hostFunctions } from "../../src/ui/shared/officeHost";

describe("applyFixes (Office host)", () => {
  it("writes only the confirmed cells, as numbers, in one sync", async () => {
    const plan = buildWorkbookPlan(catalog().slice(0, 2), { year: 2023 });
    const fx = new FakeExcel();
    await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    const sheet = plan.sheets[1]?.name ?? "";
    fx.userType(sheet, "K4", "80%");
    fx.userType(sheet, "L5", "≥90");
    const before = new Map(fx.sheets.map((s) => [s.name, fakeContent(fx, s.name)]));
    const syncs = fx.syncs;
    const res = await applyFixes(fx.context, [{ sheet, cell: "K4", value: 80 }, { sheet, cell: "L5", value: 90 }]);
    expect(fx.syncs - syncs).toBe(1);
    expect(res).toMatchObject({ syncs: 1, refused: [] });
    expect(res.written).toHaveLength(2);
    for (const s of fx.sheets) {
      const now = fakeContent(fx, s.name);
      const was = before.get(s.name) ?? new Map();
      for (const [a, c] of now) if (!(s.name === sheet && (a === "K4" || a === "L5"))) expect([a, was.get(a)]).toEqual([a, c]);
    }
    expect(fx.content(sheet, "K4").value).toBe(80);
    expect(fx.content(sheet, "L5").value).toBe(90);
  });

  it("refuses what is not one cell or not a finite number, and syncs nothing when nothing is left", async () => {
    const fx = new FakeExcel(["S"]);
    const res = await applyFixes(fx.context, [
      { sheet: "S", cell: "A1:B2", value: 1 },
      { sheet: "S", cell: "A1", value: Number.NaN },
    ]);
    expect(res.refused.map((r) => r.fix.cell)).toEqual(["A1:B2", "A1"]);
    expect(res.written).toEqual([]);
    expect(fx.syncs).toBe(0);
  });

  /** A loaded 舟山 表2 (2023) with values typed that the check offers to fix. */
  async function typedReturn(): Promise<{ fx: FakeExcel; sheet: string; fixes: Fix[] }> {
    const tpl = findTemplate("zhoushan-2021-2025");
    if (!tpl) throw new Error("seed");
    const plan = buildWorkbookPlan([tpl], { year: 2023 });
    const fx = new FakeExcel();
    const load = await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    const sheet = plan.sheets.find((x) => x.role === "template")?.name ?? "";
    const grid0 = await readWorkbookGrid(fx.context, { sheetNames: load.written });
    const first = checkGrid(grid0);
    if (!first.ok) throw new Error(first.message);
    const cellOf = (id: string): string => first.report.items.find((i) => i.id === id)?.cells["2023"] ?? "";
    fx.userType(sheet, cellOf("zs21-05"), "９１");   // full-width digits
    fx.userType(sheet, cellOf("zs21-32"), "80%");    // a percentage typed as text
    fx.userType(sheet, cellOf("zs21-19"), "0.8");    // a fraction in a % row
    const out = checkGrid(await readWorkbookGrid(fx.context, { sheetNames: load.written }));
    if (!out.ok) throw new Error(out.message);
    return { fx, sheet, fixes: buildFixes(out.report.items) };
  }

  it("the pane's fixes, checked through the Office reader, are written after a read confirms each cell (2 syncs)", async () => {
    const { fx, fixes } = await typedReturn();
    expect(fixes.map((f) => f.from).sort()).toEqual(["0.8", "80%", "９１"].sort());
    const before = fx.syncs;
    const out = await hostFunctions(fx.isSetSupported).applyFixes(fx.context, fixes);
    expect(out.refused).toEqual([]);
    expect(fx.syncs - before).toBe(2);
    for (const f of fixes) expect(fx.content(f.sheet, f.cell).value).toBe(f.to);
  });

  it("80% typed in a % row (0.8 in a percent style, §2a) is fixed to 80 and its percent style reset", async () => {
    const { fx, fixes } = await typedReturn();
    const typed = fixes.find((f) => f.from === "80%");
    expect(typed?.to).toBe(80);
    if (!typed) throw new Error("no fix for 80%");
    expect(fx.content(typed.sheet, typed.cell)).toMatchObject({ value: 0.8 });
    expect(fx.content(typed.sheet, typed.cell).numberFormat).toMatch(/%/);
    await hostFunctions(fx.isSetSupported).applyFixes(fx.context, fixes);
    expect(fx.content(typed.sheet, typed.cell)).toMatchObject({ value: 80, numberFormat: "General" });
  });

  it.each([
    ["a value typed since the check", (fx: FakeExcel, f: Fix) => fx.userType(f.sheet, f.cell, "77"), "77", ["「77」", "\"77\""]],
    // an emptied cell said as the confirm dialog says it (shownValue; trial41d F9: 「」)
    ["the cell emptied since the check", (fx: FakeExcel, f: Fix) => fx.userType(f.sheet, f.cell, ""), "", ["（空）", "(empty)"]],
  ])("%s: that fix is refused with both values named, the cell kept; the others are written", async (_why, change, now, [nowZh, nowEn]) => {
    const { fx, fixes } = await typedReturn();
    const moved = fixes[0];
    if (!moved) throw new Error("no fix");
    change(fx, moved);
    const kept = fx.content(moved.sheet, moved.cell).value;
    const out = await hostFunctions(fx.isSetSupported).applyFixes(fx.context, fixes);
    expect(out.refused).toEqual([{ sheet: moved.sheet, cell: moved.cell, reason: "changed", from: moved.from, now, to: String(moved.to) }]);
    // coded until shown: the pane's language words it (fixRefusalText), Chinese as before
    const refused = out.refused[0]!;
    expect(fixRefusalText(refused, "zh")).toBe(`${moved.sheet}!${moved.cell}：校验时为「${moved.from}」，现在是${nowZh}：单元格已改动（或行已排序），未修改，请重新校验`);
    expect(fixRefusalText(refused, "en")).toBe(`${moved.sheet}!${moved.cell}: it held "${moved.from}" when checked and holds ${nowEn} now: the cell was changed (or the rows sorted), so it was not changed; check again`);
    expect(fx.content(moved.sheet, moved.cell).value).toBe(kept);
    for (const f of fixes.slice(1)) expect(fx.content(f.sheet, f.cell).value).toBe(f.to);
  });

  it.each([
    ["a first 说明", ""],
    ["a 说明 rewritten", "旧的说明"],
  ])("%s for a lagging row is written as text (a leading = stays text) after the read confirms the cell, in 2 syncs", async (_name, old) => {
    const { fx, sheet } = await typedReturn();
    const grid = await readWorkbookGrid(fx.context, { sheetNames: [sheet] });
    const note = checkGrid(grid);
    if (!note.ok) throw new Error(note.message);
    const cell = note.report.items.find((i) => i.id === "zs21-05")?.noteCell ?? "";
    expect(cell).toMatch(/^[A-Z]+\d+$/);
    if (old) fx.userType(sheet, cell, old);
    const before = fx.syncs;
    const text = "=受用地审批影响，二期推迟";
    const out = await hostFunctions(fx.isSetSupported).applyFixes(fx.context, [{ sheet, cell, from: old, to: text, name: "n" }]);
    expect(out.refused).toEqual([]);
    expect(fx.syncs - before).toBe(2);
    expect(fx.content(sheet, cell)).toMatchObject({ value: text, numberFormat: "@" });
  });

  // trial34p Q2: 「待统计」 is told 请让此格空着（按未填报）, and the pane's 清空 writes "" (the fix the row offers)
  it.each([["待统计"], ["暂无数据"]])("「%s」 cleared: the cell is empty, its number format kept (not text), 2 syncs; check then says 未填报", async (typed) => {
    const { fx, sheet } = await typedReturn();
    const first = checkGrid(await readWorkbookGrid(fx.context, { sheetNames: [sheet] }));
    if (!first.ok) throw new Error(first.message);
    const cell = first.report.items.find((i) => i.id === "zs21-05")?.cells["2023"] ?? "";
    fx.userType(sheet, cell, typed);
    const format = fx.content(sheet, cell).numberFormat;
    const said = checkGrid(await readWorkbookGrid(fx.context, { sheetNames: [sheet] }));
    if (!said.ok) throw new Error(said.message);
    const row = said.report.items.find((i) => i.id === "zs21-05");
    expect([row?.status, row?.issues.find((x) => x.cell === cell)?.params?.["noData"]]).toEqual(["invalid", 1]);
    const before = fx.syncs;
    const out = await hostFunctions(fx.isSetSupported).applyFixes(fx.context, [{ sheet, cell, from: typed, to: "", name: "n", text: true }]);
    expect(out.refused).toEqual([]);
    expect(fx.syncs - before).toBe(2);
    expect([fx.content(sheet, cell).value ?? "", fx.content(sheet, cell).numberFormat]).toEqual(["", format]);
    const after = checkGrid(await readWorkbookGrid(fx.context, { sheetNames: [sheet] }));
    if (!after.ok) throw new Error(after.message);
    expect(after.report.items.find((i) => i.id === "zs21-05")?.status).toBe("missing");
  });

  it("a 说明 whose cell changed since it was read is refused and the cell kept", async () => {
    const { fx, sheet } = await typedReturn();
    const note = checkGrid(await readWorkbookGrid(fx.context, { sheetNames: [sheet] }));
    if (!note.ok) throw new Error(note.message);
    const cell = note.report.items.find((i) => i.id === "zs21-05")?.noteCell ?? "";
    fx.userType(sheet, cell, "别人写的");
    const out = await hostFunctions(fx.isSetSupported).applyFixes(fx.context, [{ sheet, cell, from: "", to: "我的说明", name: "n" }]);
    expect(out.refused).toHaveLength(1);
    expect(fx.content(sheet, cell).value).toBe("别人写的");
  });
});
