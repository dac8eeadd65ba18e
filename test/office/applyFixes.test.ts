import { applyFixes } from "../../src/hosts/office/applyFixes";
import { applyPlan } from "../../src/hosts/office/applyPlan";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { catalog } from "../../src/templates/catalog";
import { FakeExcel } from "./fakeExcel";
import { fakeContent } from "./planContent";

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
});
