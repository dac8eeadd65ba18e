import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { workbookToGrid } from "../../src/hosts/xlsx/readXlsx";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { buildFixes } from "../../src/ui/shared/buildFixes";
import { notInFixAll } from "../../src/ui/shared/notInFixAll";

/**
 * trial32p: 全部修正 covered 1 cell while 「１２．５」 (full-width digits, which the guide says it fixes) was left out
 * without a word: check offers 12.5, far from the plan (88 → ≥90), so it is a guess, confirmed on its own. Each fix
 * left out says so on its item, and why; a format fix says nothing (全部修正 covers it).
 */
const tpl = findTemplate("zhoushan-2021-2025") as Template;

function fixOf(value: number | string, id: string): ReturnType<typeof buildFixes>[number] | undefined {
  const wb = planToWorkbook(buildWorkbookPlan([tpl], { year: 2023, reportingUnit: "定海区" }));
  fillInputs(wb, [{ template: tpl.id, id, key: "in:2023", value }]);
  const r = checkGrid(workbookToGrid(wb));
  if (!r.ok) throw new Error(r.message);
  return buildFixes(r.report.items.filter((i) => i.id === id))[0];
}

describe("a fix left out of 全部修正 says so on its item, and why", () => {
  test.each<[string, number | string, string, string, string]>([
    ["full-width digits far from the plan (the trial's K8)", "１２．５", "zs21-05", "不在“全部修正”中，需逐项确认：数值与规划相差较大，疑似多填或少填了一位",
      "Not part of Apply all fixes, confirm it on its own: the value is far from the plan's numbers, perhaps a digit too many or too few"],
    ["a fraction in a % row, a guess at the scale", 0.935, "zs21-01", "不在“全部修正”中，需逐项确认：推测的数量级", "Not part of Apply all fixes, confirm it on its own: a guess at the scale"],
    ["an approximate figure", "约92", "zs21-05", "不在“全部修正”中，需逐项确认：原为约数，确切值要由填报人确定", "Not part of Apply all fixes, confirm it on its own: it was an approximate figure, and only the filer knows the exact value"],
    ["full-width digits near the plan: in 全部修正, nothing said", "９２．５", "zs21-05", "", ""],
    ["a % typed near the plan: in 全部修正, nothing said", "92.5%", "zs21-05", "", ""],
  ])("%s", (_why, value, id, zh, en) => {
    const fix = fixOf(value, id);
    if (!fix) throw new Error("no fix offered");
    expect(notInFixAll(fix, "zh")).toBe(zh);
    expect(notInFixAll(fix, "en")).toBe(en);
    // said exactly where 全部修正 leaves the fix out (the pane's filter: !f.guess)
    expect(fix.guess !== undefined).toBe(zh !== "");
  });
});
