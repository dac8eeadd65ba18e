import { readFileSync } from "node:fs";
import { join } from "node:path";
import { planFigures } from "../../src/domain/PlanFigures";
import { specUnit } from "../../src/sheet/indicatorParams";
import { specPlan } from "../../src/sheet/specPlan";
import { indicatorSpec } from "../../src/templates/indicatorSpec";
import type { IndicatorDef, IndicatorTemplate } from "../../src/templates/TemplateSchema";

// specPlan is made once per spec object (issue 19): a template of the same id and row id with another row
// (another version of the plan, an edited import) must never get the first one's unit or figures
const seed = JSON.parse(readFileSync(join(__dirname, "../../seeds/zhoushan-2021-2025.json"), "utf8")) as IndicatorTemplate;

/** The seed with its first row changed, as a second template of the same id would carry it. */
function withRow(change: Partial<IndicatorDef>): { t: IndicatorTemplate; d: IndicatorDef } {
  const [first, ...rest] = seed.indicators;
  if (!first) throw new Error("the seed has no rows");
  const d: IndicatorDef = { ...first, ...change };
  return { t: { ...seed, indicators: [d, ...rest] }, d };
}

describe("specPlan: a row's unit and plan figures, made once per template row, never another template's", () => {
  test.each<[string, Partial<IndicatorDef>, Partial<IndicatorDef>]>([
    ["the operator turns (≥50 then ≤50): the direction", { baseline: "30", target: "≥50" }, { baseline: "30", target: "≤50" }],
    ["another baseline: the baseline and numbers", { baseline: "30", target: "≥50" }, { baseline: "80", target: "≥50" }],
    ["another unit (% then 个)", { unit: "%", baseline: "30", target: "50" }, { unit: "个", baseline: "30", target: "50" }],
    ["a name that says a fall, no operator", { name: "托育机构覆盖率(%)", baseline: "30", target: "20" }, { name: "婴幼儿死亡率下降(%)", baseline: "30", target: "20" }],
  ])("%s", (_why, one, two) => {
    const a = withRow(one);
    const b = withRow(two);
    const first = specPlan(indicatorSpec(a.t, a.d));
    const second = specPlan(indicatorSpec(b.t, b.d));
    // each as the engine would make it fresh for that row
    for (const [got, row] of [[first, a], [second, b]] as const) {
      const spec = { ...indicatorSpec(row.t, row.d) };
      expect(got.unit).toEqual(specUnit(spec));
      expect(got.plan).toEqual(planFigures(spec, specUnit(spec)));
    }
    expect(second).not.toEqual(first);
    // asked again: the same object, made once
    expect(specPlan(indicatorSpec(a.t, a.d))).toBe(first);
  });
});
