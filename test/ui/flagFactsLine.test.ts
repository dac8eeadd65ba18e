import { formatReport } from "../../src/cli/formatReport";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { workbookToGrid } from "../../src/hosts/xlsx/readXlsx";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { ribbonCheck } from "../../src/ui/commands/ribbonCheck";
import { flagFactsLine } from "../../src/ui/shared/flagFactsLine";
import { lockedCheck } from "../../src/ui/shared/lockedCheck";
import type { OfficeActions } from "../../src/ui/shared/OfficeActions";

/**
 * trial29c F7: with I7 (2021) = 50 and K7 (2023) = 15 the pane's flag read "I7 · 填报值：15 年" (the cell a
 * click selects, where the 2021 issue is) while `check` names K7 beside its 当年值 15. The pane's facts
 * line and the ribbon dialog's line name the cell `check` names for the row, whatever other cell has an issue.
 */
const tpl = findTemplate("zhoushan-2021-2025") as Template;
const YEAR = 2023;

function returnWith(fills: Array<[string, string, number | string]>): GridWorkbook {
  const wb = planToWorkbook(buildWorkbookPlan([tpl], { year: YEAR, reportingUnit: "定海区" }));
  fillInputs(wb, fills.map(([id, key, value]) => ({ template: tpl.id, id, key, value })));
  return workbookToGrid(wb);
}

/** The cell `check` prints in its 单元格 column for the row whose 当年值 is `value` (one sheet: the first column). */
function cliCell(grid: GridWorkbook, id: string, value: string): string {
  const r = checkGrid(grid);
  if (!r.ok) throw new Error(r.message);
  const item = r.report.items.find((i) => i.id === id);
  if (!item) throw new Error(id);
  const line = formatReport("x.xlsx", r.report).split("\n").find((l) => l.includes(item.name.slice(0, 6)) && l.includes(` ${value} `));
  if (!line) throw new Error(`no check line for ${id}`);
  return line.split(/\s+/)[0] ?? "";
}

const neverWrites = (grid: GridWorkbook): OfficeActions => {
  const never = (): never => { throw new Error("the ribbon check writes nothing"); };
  return { readGrid: () => Promise.resolve(grid), select: () => Promise.resolve(), sheets: never, apply: never, sheetNames: never, replace: never, applyFixes: never };
};

describe("a flag names the cell of the value it shows, as check does", () => {
  test.each<[string, Array<[string, string, number | string]>, string, "zh" | "en", string]>([
    ["a 2021 value that cannot be used (I7 = 50), 2023 = 15", [["zs21-04", "in:2021", 50], ["zs21-04", "in:2023", 15]], "zs21-04", "zh", "填报值（年）：15"],
    ["the same, in English (the unit is the template's 年)", [["zs21-04", "in:2021", 50], ["zs21-04", "in:2023", 15]], "zs21-04", "en", "Value (年): 15"],
    ["a 2022 value that cannot be used (J7 = 50)", [["zs21-04", "in:2022", 50], ["zs21-04", "in:2023", 15]], "zs21-04", "zh", "填报值（年）：15"],
    ["only the year's value, lagging (the 说明 P7 asked for)", [["zs21-04", "in:2023", 15]], "zs21-04", "zh", "填报值（年）：15"],
    ["the year's own cell has the issue (text typed)", [["zs21-04", "in:2023", "15年"]], "zs21-04", "zh", "填报值（年）：15年"],
  ])("%s", async (_why, fills, id, lang, value) => {
    const grid = returnWith(fills);
    const typed = String(fills.find(([, key]) => key === `in:${YEAR}`)?.[2] ?? "");
    const cell = cliCell(grid, id, typed);
    const r = checkGrid(grid);
    if (!r.ok) throw new Error(r.message);
    const item = r.report.items.find((i) => i.id === id);
    if (!item) throw new Error(id);
    // the pane: "K7 · 填报值（年）：15 · …"
    const shown = value.replace(/[()]/g, "\\$&");
    expect(flagFactsLine(item, YEAR, lang)).toMatch(new RegExp(`^${cell} · ${shown} · `));
    // the ribbon dialog: its ref is the cell it selects; a value of another cell is named before it
    const data = await ribbonCheck(neverWrites(grid), lockedCheck, lang);
    if (data.kind !== "check") throw new Error("expected a report");
    const flag = data.flags.find((f) => f.name === item.name);
    const text = lang === "en" ? flag?.textEn : flag?.text;
    expect(text).toMatch(new RegExp(`^${flag?.cell === cell ? "" : `${cell} · `}${shown} · `));
  });
});
