import { findTemplate } from "../../src/templates/catalog";
import type { WorkbookPlan } from "../../src/sheet/SheetPlan";
import { excelActions, type OfficeHost } from "../../src/ui/shared/excelActions";
import { planLoad } from "../../src/ui/shared/planLoad";
import { stubExcelRun, unstubExcelRun } from "../office/stubExcelRun";

describe("excelActions (Excel.run stubbed)", () => {
  const context = { workbook: {} } as unknown as Excel.RequestContext;
  beforeAll(() => {
    stubExcelRun(context);
  });
  afterAll(unstubExcelRun);

  function recordingHost(): OfficeHost & { calls: Array<[string, string[]]> } {
    const calls: Array<[string, string[]]> = [];
    const names = (p: WorkbookPlan): string[] => p.sheets.map((s) => s.name);
    return {
      calls,
      applyPlan: async (_c, p) => { calls.push(["apply", names(p)]); return { refused: [] }; },
      refreshPlan: async (_c, p) => { calls.push(["refresh", names(p)]); return { refused: [{ sheet: "x", reason: "missing" }] }; },
      applyFixes: async (_c, fixes) => { calls.push(["fix", fixes.map((f) => `${f.sheet}!${f.cell}=${f.to}`)]); return { refused: [] }; },
      readWorkbookGrid: async () => { calls.push(["read", []]); return { sheets: [], names: {} }; },
      replaceSheet: async (_c, p, old) => { calls.push(["replace", [...(typeof old === "string" ? [old] : old), ...names(p)]]); return { refused: [] }; },
    };
  }

  it("a plain load is one applyPlan", async () => {
    const host = recordingHost();
    const lp = planLoad([findTemplate("zhoushan-2021-2025")!], 2023, [], "copy");
    await excelActions(host).apply(lp.plan, lp.refresh);
    expect(host.calls.map((c) => c[0])).toEqual(["apply"]);
  });

  it("refresh updates existing sheets in place and adds the others, reporting refusals", async () => {
    const host = recordingHost();
    const existing = [{ name: "填报说明", templateId: null }, { name: "我的表", templateId: "zhoushan-2021-2025" }];
    const lp = planLoad([findTemplate("zhoushan-2021-2025")!, findTemplate("quzhou-2021-2025")!], 2023, existing, "refresh");
    expect(lp.refresh).toEqual(["我的表"]);
    const out = await excelActions(host).apply(lp.plan, lp.refresh);
    expect(host.calls[0]?.[0]).toBe("refresh");
    expect(host.calls[0]?.[1]).toContain("我的表");
    expect(host.calls[0]?.[1]).not.toContain(lp.sheetNames[1]);
    expect(host.calls[1]?.[0]).toBe("apply");
    expect(host.calls[1]?.[1]).toContain(lp.sheetNames[1]);
    expect(host.calls[1]?.[1]).not.toContain("我的表");
    expect(out.refused).toEqual([{ sheet: "x", reason: "missing" }]);
  });

  it("fixes go to the host's applyFixes as they were confirmed", async () => {
    const host = recordingHost();
    await excelActions(host).applyFixes([{ sheet: "表", cell: "K4", from: "0.8", to: 80, name: "n" }]);
    expect(host.calls).toEqual([["fix", ["表!K4=80"]]]);
  });
});
