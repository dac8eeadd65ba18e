import { workbookToGrid } from "../../src/hosts/xlsx/readXlsx";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { shownTarget } from "../../src/sheet/shownTarget";
import { flagFacts } from "../../src/ui/shared/flagFacts";
import { findTemplate } from "../../src/templates/catalog";
import type { IndicatorTemplate } from "../../src/templates/TemplateSchema";

/**
 * trial47d F4: a 2020 | 2025 | 2035 plan. 2023 is judged against the 2025 milestone (300), but check's 目标 column, the
 * cell's prompt and the 审核 sheet's 目标 showed a bare 300 under a form headed 目标(2035) 560. Now each says the year.
 */
const zs = findTemplate("zhoushan-2021-2025") as IndicatorTemplate;
const first = zs.indicators[0]!;
const tpl: IndicatorTemplate = {
  ...zs, id: "tongxi-2021-2035-milestone", baselineYear: 2020, targetYear: 2035, yearlyTargetYears: [2025, 2035],
  indicators: [{ ...first, id: "r01", name: "地区生产总值", unit: "亿元", baseline: "210", target: "560", targetKind: "point", yearlyTargets: { "2025": "300", "2035": "560" } }],
};

describe("a target of a later milestone says its year where it is shown", () => {
  test.each<[number, string, number | undefined, string, string]>([
    [2023, "300", 2025, "300（2025 年目标）", "300 (2025 target)"],
    [2025, "300", undefined, "300", "300"],
    [2026, "560", undefined, "560", "560"],
  ])("check of %i: target %s, for %s (%s / %s)", (year, target, targetFor, zh, en) => {
    const r = checkGrid(workbookToGrid(planToWorkbook(buildWorkbookPlan([tpl], { year, reportingUnit: "桐溪县" }))));
    if (!r.ok) throw new Error("not read");
    const item = r.report.items[0]!;
    expect([item.target, item.targetFor]).toEqual([target, targetFor]);
    expect([shownTarget(item, "zh"), shownTarget(item, "en")]).toEqual([zh, en]);
    // the pane's facts beside a flagged row say it as check's table does
    expect(flagFacts(item, "zh")).toContain(`目标：${zh}`);
    expect(flagFacts(item, "en")).toContain(`Target: ${en}`);
  });

  test.each<[number, string]>([
    [2023, "目标 300（2025 年目标，方向 ↑越高越好）"],
    [2026, "目标 560（方向 ↑越高越好）"],
  ])("a %i cell's prompt: %s", (_year, line) => {
    const sheet = buildWorkbookPlan([tpl], { year: 2023 }).sheets.find((s) => s.role === "template");
    const prompts = (sheet?.validations ?? []).filter((v) => /^[A-Z]+4(:|$)/.test(v.range)).map((v) => v.prompt);
    expect(prompts.flatMap((p) => p.split("\n"))).toContain(line);
  });
});
