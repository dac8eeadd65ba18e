import { sampleReturn } from "../../../src/cli/sampleReturn";
import { STATUS_CODES } from "../../../src/domain/Status";
import { fillInputs } from "../../../src/hosts/xlsx/fillInputs";
import { workbookToGrid } from "../../../src/hosts/xlsx/readXlsx";
import { planToWorkbook } from "../../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../../src/sheet/checkGrid";
import { lockedCheck } from "../../../src/ui/shared/lockedCheck";
import type { GridWorkbook } from "../../../src/sheet/Grid";
import { catalog, findTemplate } from "../../../src/templates/catalog";
import type { OfficeActions } from "../../../src/ui/shared/OfficeActions";
import { ribbonCheck } from "../../../src/ui/commands/ribbonCheck";
import { sortFlags } from "../../../src/ui/shared/sortFlags";

/** A blank workbook (no metadata, no 填报单位 on a cover) is told to load a template first (openWorkbookProblemText). */
const NO_RETURN_SHEETS_ZH = "本工作簿还没有填报表：请先在“填报”中选择填报模板和年度，点“加载模板”；要核对填报单位交来的填报，请在 Excel 中打开那份文件，再在其中点“校验”。";
const NO_RETURN_SHEETS_EN = "This workbook has no return sheets yet: on Fill in, choose a template and a year and click Load template; to check a reporting unit's return, open that file in Excel and click Check there.";

/** Actions that hand over a grid and record selections; anything else is a mistake here. */
function actionsOver(grid: GridWorkbook, selects: Array<[string, string]>): OfficeActions {
  const never = (): never => { throw new Error("the ribbon check writes nothing"); };
  return {
    readGrid: () => Promise.resolve(grid), select: (s, c) => { selects.push([s, c]); return Promise.resolve(); },
    sheets: never, apply: never, sheetNames: never, replace: never, applyFixes: never,
  };
}

const returnOf = (id: string, year: number): GridWorkbook => {
  const t = findTemplate(id);
  if (!t) throw new Error(id);
  const wb = planToWorkbook(buildWorkbookPlan([t], { year, reportingUnit: "定海区" }));
  fillInputs(wb, sampleReturn(t, year));
  return workbookToGrid(wb);
};

describe("ribbon 校验 (no task pane)", () => {
  it.each(catalog().map((t) => [t.id, t.id === "zhoushan-2016-2020" ? 2020 : t.id.startsWith("shengsi") ? 2024 : 2023] as const))(
    "%s sample return: counts, every flag in the pane's order, the most urgent selected", async (id, year) => {
      const grid = returnOf(id, year);
      const selects: Array<[string, string]> = [];
      const data = await ribbonCheck(actionsOver(grid, selects), lockedCheck);
      const pane = checkGrid(grid);
      if (!pane.ok || data.kind !== "check") throw new Error("expected a report");
      expect(data.year).toBe(year);
      expect(data.unit).toBe("定海区");
      expect(data.counts).toEqual(STATUS_CODES.map((s) => pane.report.counts[s]));
      const order = sortFlags(pane.report.items).flatMap((g) => g.flags.map((f) => f.name));
      expect(data.flags.map((f) => f.name)).toEqual(order);
      expect(data.flags.length).toBeGreaterThan(0);
      const first = data.flags[0];
      expect(selects).toEqual(first ? [[first.sheet, first.cell]] : []);
      for (const f of data.flags) {
        expect(f.text.length).toBeGreaterThan(0);
        expect(f.textEn.length).toBeGreaterThan(0);
        // the dialog shows sheet!cell once; the line does not name the sheet again (issue 16.2)
        expect(f.text).not.toContain(`工作表「${f.sheet}」`);
        expect(f.textEn).not.toContain(`Sheet "${f.sheet}"`);
        expect(f.text).not.toMatch(new RegExp(`(^| · )${f.cell}：`));
      }
    });

  it("a lagging value's line names the 说明 cell it asks for, without the sheet", async () => {
    const data = await ribbonCheck(actionsOver(returnOf("zhoushan-2021-2025", 2023), []), lockedCheck);
    if (data.kind !== "check") throw new Error("expected a report");
    const lagging = data.flags.find((f) => f.status === "lagging" || f.status === "severe");
    expect(lagging?.text).toMatch(/ · P\d+：滞后指标须填写说明$/);
    expect(lagging?.textEn).toMatch(/ · P\d+: a lagging indicator needs an explanation \(说明\)$/);
  });

  it("the first flag is a lagging, severe or invalid binding indicator when there is one", async () => {
    const grid = returnOf("zhoushan-2021-2025", 2023);
    const data = await ribbonCheck(actionsOver(grid, []), lockedCheck);
    if (data.kind !== "check") throw new Error("expected a report");
    const urgent = data.flags.filter((f) => ["lagging", "severe", "invalid"].includes(f.status));
    expect(urgent.length).toBeGreaterThan(0);
    const bindingUrgent = urgent.some((f) => f.binding);
    expect(["lagging", "severe", "invalid"]).toContain(data.flags[0]?.status);
    if (bindingUrgent) expect(data.flags[0]?.binding).toBe(true);
  });

  it("a workbook that is not a return: the check's own message, nothing selected", async () => {
    const selects: Array<[string, string]> = [];
    const data = await ribbonCheck(actionsOver({ sheets: [{ name: "Sheet1", visible: true, rows: [] }], names: {} }, selects), lockedCheck);
    expect(data).toEqual({ kind: "error", title: "check", message: NO_RETURN_SHEETS_ZH });
    expect(selects).toEqual([]);
  });

  it("in English: the refusal and the workbook's problems are written in the dialog's language", async () => {
    const bare = await ribbonCheck(actionsOver({ sheets: [{ name: "Sheet1", visible: true, rows: [] }], names: {} }, []), lockedCheck, "en");
    expect(bare).toEqual({ kind: "error", title: "check", message: NO_RETURN_SHEETS_EN });
    const grid = returnOf("zhoushan-2021-2025", 2023);
    const sheet = grid.sheets.find((s) => s.rows[1]?.[0]?.type === "string" && s.rows[1][0].text.includes("zhoushan-2021-2025"));
    if (!sheet) throw new Error("no template sheet");
    // the key row deleted: the sheet can no longer be told apart, and its plan's sheet is missing
    sheet.rows.splice(1, 1);
    const zh = await ribbonCheck(actionsOver(grid, []), lockedCheck, "zh");
    const en = await ribbonCheck(actionsOver(grid, []), lockedCheck, "en");
    if (zh.kind !== "check" || en.kind !== "check") throw new Error("expected a report");
    expect(zh.problems).toContain(`工作表「${sheet.name}」看起来是填报表，但插件标记（隐藏的第 2 行）已被删除，无法核对，未做任何修改`);
    expect(en.problems).toHaveLength(zh.problems.length);
    expect(en.problems).toContain(`Sheet "${sheet.name}" looks like a return, but the add-in's marks (hidden row 2) were deleted: it cannot be checked; nothing was changed`);
    for (const p of en.problems) expect(p.replace(/"[^"]*"/g, "")).not.toMatch(/[\u3400-\u9fff]/);
    // each problem marked by its severity (problemSeverity), the same in both languages: these are warnings (lock takes them)
    const severities = (d: typeof zh): string[] => d.problems.map((_, i) => (d.warned?.includes(i) ? "warning" : "error"));
    expect(severities(zh)).toEqual(severities(en));
    expect(severities(zh)[zh.problems.findIndex((p) => p.includes("插件标记"))]).toBe("warning");
  });
});
