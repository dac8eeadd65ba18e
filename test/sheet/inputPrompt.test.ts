import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { IndicatorTemplate } from "../../src/templates/TemplateSchema";

/**
 * The input prompt of an indicator row (indicatorSheet's inputValidations) says what the cell is held to:
 * the unit's range where the value is checked, and for a row the plan never gives a number (`/` throughout,
 * evaluation-rules §8g) that anything may be written and nothing is evaluated (trial39d F2: "单位 个（≥0）"
 * on a row neither the validation nor check holds to it).
 */
const zs = findTemplate("zhoushan-2021-2025") as IndicatorTemplate;
const rows: Record<string, Partial<IndicatorTemplate["indicators"][number]>> = {
  "zs21-02": { name: "试点项目数（个）", unit: "个", baseline: "/", target: "/", targetKind: "none" },
};
const tpl: IndicatorTemplate = { ...zs, id: "zhoushan-2021-2025-prompts", indicators: zs.indicators.map((d) => ({ ...d, ...rows[d.id] })) };

describe("the input prompt says what the cell is held to", () => {
  const sheet = buildWorkbookPlan([tpl], { year: 2023 }).sheets.find((s) => s.role === "template");
  const at = (id: string): number => 4 + tpl.indicators.findIndex((d) => d.id === id);
  const validation = (id: string) => sheet?.validations.find((v) => new RegExp(`^[A-Z]+${at(id)}(:|$)`).test(v.range));

  test.each<[string, string, "any" | "custom", string]>([
    ["zs21-02", "a '/' row: no check, nothing evaluated", "any", "单位 个：可填文字或数值，不评估"],
    ["zs21-24", "a numbered row: the unit's range, checked", "custom", "单位 张（≥0）"],
    ["zs21-19", "a % row: 0–100, checked", "custom", "单位 %（0–100）"],
  ])("%s (%s): %s, the prompt %s", (id, _why, type, first) => {
    const v = validation(id);
    expect(v?.type).toBe(type);
    expect(v?.prompt.split("\n")[0]).toBe(first);
  });
});
