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

// trial44a F2: 孕产妇死亡率 9.7 → <9 said 2025年序时应达 9, and 9 does not meet <9: in the year a strict target is for (s = 1)
// its 序时应达 is the target itself, with its operator (evaluation-rules §3, our reading); the years before keep the line's figure
describe("the input prompt's 序时应达 of a strict target", () => {
  const strict: Record<string, Partial<IndicatorTemplate["indicators"][number]>> = {
    "zs21-27": { baseline: "9.7", target: "<9" }, "zs21-30": { baseline: "40", target: ">50" },
    "zs21-19": { baseline: "9.7", target: "≤9" }, "zs21-22": { baseline: "40", target: "≥50" },
  };
  const st: IndicatorTemplate = { ...zs, id: "zhoushan-2021-2025-strict-prompts", indicators: zs.indicators.filter((d) => d.id in strict).map((d) => ({ ...d, ...strict[d.id] })) };
  const sheet = buildWorkbookPlan([st], { year: 2025 }).sheets.find((s) => s.role === "template");
  test.each<[string, string]>([
    ["zs21-27", "序时应达：2021年 9.56；2022年 9.42；2023年 9.28；2024年 9.14；2025年 <9"],
    ["zs21-30", "序时应达：2021年 42；2022年 44；2023年 46；2024年 48；2025年 >50"],
    ["zs21-19", "序时应达：2021年 9.56；2022年 9.42；2023年 9.28；2024年 9.14；2025年 9"],
    ["zs21-22", "序时应达：2021年 42；2022年 44；2023年 46；2024年 48；2025年 50"],
  ])("%s: %s", (id, due) => {
    const row = 4 + st.indicators.findIndex((d) => d.id === id);
    const v = sheet?.validations.find((x) => new RegExp(`^[A-Z]+${row}(:|$)`).test(x.range));
    expect(v?.prompt.split("\n")).toContain(due);
  });
});
