import { reportJson } from "../../src/cli/reportJson";
import { paceWords } from "../../src/domain/evaluationText";
import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * A value equal to a strict target it must pass is not met, and needs more than "no change"
 * (evaluation-rules §6, our reading): a trial's 附表 read "需年均无变化" for 人均预期寿命 80 against `>80`,
 * 孕产妇死亡率 9.5 against `<9.5` and 参保率 99 against `>99`, the last one a 预警 in the same report, and
 * `report --json` gave `pace.needed` 0 with nothing beside it. The 附表 says the miss ("未达到目标 >80", the
 * words a yearly rate on a strict bound gets) and the pace so far; --json keeps needed 0 and adds `unmet`.
 */
const row = (name: string, unit: string, baseline: string, target: string, values: RowFacts["values"]): RowFacts => ({ name, attribute: "预期性", unit, baseline, target, values });

describe("a value on a strict bound: not met, never 需年均无变化", () => {
  test.each([
    ["人均预期寿命 80 against >80 (p = 1, 快于预期 by §3/§6)", row("人均预期寿命", "岁", "79.2", ">80", { 2021: 79.5, 2022: 79.8, 2023: 80 }), "ahead",
      { needed: 0, achieved: 0.2667, unmet: { value: 80, target: 80, difference: 0 } }, "当年 80 岁，未达到目标 >80 岁；此前年均提高 0.27 岁"],
    ["孕产妇死亡率 9.5 against <9.5 (baseline already met: no trajectory)", row("孕产妇死亡率", "/10万", "8.6", "<9.5", { 2023: 9.5 }), "behind",
      { needed: 0, achieved: 0.3, unmet: { value: 9.5, target: 9.5, difference: 0 } }, "当年 9.5 /10万，未达到目标 <9.5 /10万；此前年均提高 0.3 /10万"],
    ["参保率 99 against >99, in points", row("基本医疗保险参保率", "%", "98.5", ">99", { 2022: 98.8, 2023: 99 }), "ahead",
      { needed: 0, achieved: 0.1667, unmet: { value: 99, target: 99, difference: 0 } }, "当年 99%，未达到目标 >99%；此前年均提高 0.17 个百分点"],
    // not on a strict bound: the pace as before, no `unmet`
    ["79.7 against >80: a pace to climb", row("人均预期寿命", "岁", "79.2", ">80", { 2023: 79.7 }), "on_schedule",
      { needed: 0.15, achieved: 0.1667 }, "需年均提高 0.15 岁，此前年均提高 0.17 岁"],
    ["80 against ≥80 is met: 提前实现", row("人均预期寿命", "岁", "79.2", "≥80", { 2023: 80 }), "early",
      { needed: 0, achieved: 0.2667 }, "已达到目标"],
  ] as const)("%s", (_why, facts, grade, pace, annex) => {
    const ret = returnOf("青山县", [facts], 2023);
    const r = ret.items[0]!;
    expect(r.graded.grade).toBe(grade);
    expect(evaluationColumns(r, 1, 2023)[11]).toBe(annex);
    const doc = reportJson({ year: 2023, returns: [ret], units: [{ unit: ret.unit, ret }], counts: ret.counts, text: ret.text }) as { items: Array<{ pace: unknown }> };
    expect(doc.items[0]?.pace).toEqual(pace);
    expect(ret.text).not.toContain("无变化");
  });

  // the paragraph and the 预警 lines quote a pace only where it explains a miss: none on a strict bound
  test.each([
    ["zh", "需年均无变化"],
    ["en", "needs no change"],
  ] as const)("paceWords (%s) says nothing of a pace of 0 that misses", (lang, old) => {
    const unmet = { value: 80, target: 80, difference: 0 };
    expect(paceWords({ unit: "岁", cumulative: false, pace: { needed: 0, achieved: null } }, lang)).toContain(old);
    expect(paceWords({ unit: "岁", cumulative: false, pace: { needed: 0, achieved: null, unmet } }, lang)).toBe("");
  });
});
