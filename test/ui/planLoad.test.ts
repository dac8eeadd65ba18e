import { checkGrid } from "../../src/sheet/checkGrid";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import type { OfficeActions } from "../../src/ui/OfficeActions";
import { findConflicts, planLoad } from "../../src/ui/planLoad";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createWorkbook } = require("./fakeOffice.js") as { createWorkbook: () => { actions: OfficeActions; set: (s: string, c: string, v: unknown) => void; get: (s: string, c: string) => unknown; sheetNames: () => string[] } };

const tpl = (id: string): Template => {
  const t = findTemplate(id);
  if (!t) throw new Error(id);
  return t;
};

describe("planLoad", () => {
  it("loads, then on a second load finds the conflict by template mark; copy never reuses a name", async () => {
    const wb = createWorkbook();
    const t = tpl("zhoushan-2021-2025");
    const first = planLoad([t], 2023, await wb.actions.sheets(), "copy");
    expect(first.refresh).toEqual([]);
    await wb.actions.apply(first.plan, first.refresh);
    const existing = await wb.actions.sheets();
    expect(findConflicts([t], existing).map((s) => s.name)).toEqual(first.sheetNames);
    expect(findConflicts([tpl("quzhou-2021-2025")], existing)).toEqual([]);
    const copy = planLoad([t], 2023, existing, "copy");
    expect(copy.sheetNames[0]).not.toBe(first.sheetNames[0]);
    await wb.actions.apply(copy.plan, copy.refresh);
    expect(wb.sheetNames().filter((n) => n.startsWith(first.sheetNames[0] ?? "?"))).toHaveLength(2);
  });

  it("refresh targets the existing (even renamed) sheet and keeps entered values", async () => {
    const wb = createWorkbook();
    const t = tpl("zhoushan-2021-2025");
    const first = planLoad([t], 2023, [], "copy");
    const sheet = first.sheetNames[0] as string;
    await wb.actions.apply(first.plan, []);
    wb.set(sheet, "K17", 2.5);
    const again = planLoad([t], 2023, await wb.actions.sheets(), "refresh");
    expect(again.refresh).toEqual([sheet]);
    expect(again.sheetNames).toEqual([sheet]);
    await wb.actions.apply(again.plan, again.refresh);
    expect(wb.get(sheet, "K17")).toEqual({ type: "number", value: 2.5 });
    const out = checkGrid(await wb.actions.readGrid());
    expect(out.ok && out.report.items.find((i) => i.id === "zs21-12")?.status).toBe("met");
  });
});
