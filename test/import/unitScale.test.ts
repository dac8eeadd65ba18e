import { checkActual } from "../../src/domain/checkActual";
import { detectUnit } from "../../src/domain/Unit";
import { importTable } from "../../src/import";
import { NO_PLAN } from "../../src/domain/PlanFigures";

/**
 * Issue 15 form 6: a unit in brackets that is not in a fixed list is still the unit, and the engine
 * uses it: 107500 entered against a target of 10.75 亿亩 (a value in 万亩) is warned as a scale slip (§2: amounts, more than 1000× the target),
 * and the name is no longer said to have no unit.
 */
describe("an imported bracketed unit is used by the checks", () => {
  test.each([["耕地保有量(亿亩)", "亿亩"], ["粮食综合生产能力(亿吨)", "亿吨"], ["养老床位总数(万张)", "万张"], ["湿地保有量(公顷)", "公顷"]])("%s", (name, unit) => {
    const r = importTable(`某省“十四五”主要指标\n指标\t2020年\t2025年\n1\t${name}\t10.2\t10.75\n`);
    if (!r.ok) throw new Error(r.message);
    const d = r.template.indicators[0];
    expect(d?.unit).toBe(unit);
    const checked = checkActual({ type: "number", value: 107500 }, { unit: detectUnit(name), name, plan: { ...NO_PLAN, numbers: [10.2, 10.75] } });
    expect(checked.value).toBe(107500);
    expect(checked.issues.map((i) => i.severity)).toContain("warning");
    const fine = checkActual({ type: "number", value: 10.5 }, { unit: detectUnit(name), name, plan: { ...NO_PLAN, numbers: [10.2, 10.75] } });
    expect(fine.issues).toEqual([]);
  });
});
