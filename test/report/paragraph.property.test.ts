import fc from "fast-check";
import { num, str, EMPTY, type CellValue } from "../../src/domain/CellValue";
import { evaluationText, type TextItem } from "../../src/domain/evaluationText";
import { GRADE_CODES, GRADE_LABELS, type Grade } from "../../src/domain/Grade";
import { gradeIndicator } from "../../src/domain/gradeIndicator";
import { notGradedReasonLabel } from "../../src/domain/NotGradedReason";

/** A random indicator and return: any target form of §1, any cell a person or program may leave. */
const indicator = fc.record({
  name: fc.constantFrom("城镇登记失业率(%)", "人均体育场地面积(平方米)", "城镇新增就业人数(万人)", "每千人口床位数(张)", "覆盖率", "群众满意度(%)"),
  attribute: fc.constantFrom<string | undefined>("约束性", "预期性", undefined),
  baseline: fc.oneof(fc.integer({ min: 0, max: 100 }).map(String), fc.constant("/")),
  target: fc.oneof(
    fc.integer({ min: 0, max: 100 }).map((v) => `≥${v}`), fc.integer({ min: 0, max: 100 }).map((v) => `≤${v}`),
    fc.integer({ min: 1, max: 50 }).map((v) => `[${v}]`), fc.integer({ min: 1, max: 100 }).map((v) => `${v}左右`),
    fc.integer({ min: 0, max: 100 }).map(String), fc.constant("全覆盖"), fc.constant("/"),
  ),
  yearly: fc.boolean(),
  cells: fc.array(fc.oneof(
    fc.double({ min: -10, max: 120, noNaN: true }).map((v): CellValue => num(v)), fc.constant<CellValue>(EMPTY),
    fc.constant(str("约50")), fc.constant<CellValue>({ type: "error", code: "#DIV/0!" }),
  ), { minLength: 5, maxLength: 5 }),
});

/** The count the paragraph says for a label, or 0 where it does not say it (a grade it may leave out). */
function said(text: string, label: string): number | null {
  const m = new RegExp(`${label} (\\d+) 项`).exec(text);
  return m?.[1] === undefined ? null : Number(m[1]);
}

describe("the paragraph's counts equal the table's (§6)", () => {
  test("for random returns", () => {
    fc.assert(fc.property(fc.array(indicator, { minLength: 0, maxLength: 12 }), fc.integer({ min: 2021, max: 2026 }), (rows, year) => {
      const items: TextItem[] = rows.map((r) => {
        const actuals: Record<string, CellValue> = {};
        r.cells.forEach((c, k) => { actuals[String(2021 + k)] = c; });
        const spec = {
          name: r.name, unit: "", baseline: r.baseline, target: r.target, baselineYear: 2020, targetYear: 2025,
          ...(r.yearly ? { yearlyTargets: { "2021": r.target, "2022": r.target, "2023": r.target, "2024": r.target, "2025": r.target } } : {}),
        };
        const g = gradeIndicator({ spec, year, actuals });
        return { name: r.name, attribute: r.attribute, unit: "%", grade: g.grade, reason: g.reason, cumulative: g.cumulative, forecast: g.forecast, pace: g.pace };
      });
      const text = evaluationText(items, year, 2025);
      const table = (g: Grade): number => items.filter((i) => i.grade === g).length;
      expect(said(text, "规划确定主要指标")).toBe(items.length);
      // a plan that marks no row says so once (trial29c), not 约束性 0 项、预期性 0 项
      const marked = items.filter((i) => i.attribute === "约束性" || i.attribute === "预期性").length;
      if (items.length > 0 && marked === 0) {
        expect(text).toContain("（规划未标明约束性、预期性）");
        expect([said(text, "约束性"), said(text, "预期性")]).toEqual([null, null]);
      } else {
        expect(said(text, "约束性")).toBe(items.filter((i) => i.attribute === "约束性").length);
        expect(said(text, "预期性")).toBe(items.filter((i) => i.attribute === "预期性").length);
      }
      // at or after T a row is 已实现, 未完成 or 未能评估 (our reading): no grade that cannot occur there is said
      const atEnd = ["achieved", "not_graded"];
      for (const g of GRADE_CODES) {
        const n = said(text, GRADE_LABELS[g]);
        if (year >= 2025 && !atEnd.includes(g)) { expect(n).toBeNull(); continue; }
        expect(n ?? 0).toBe(table(g));
        if (g !== "achieved") expect(n).not.toBeNull();
      }
      // 未能评估 v 项（未填报 x 项、…）: the breakdown by status adds up to v, each as the table's
      const why = /未能评估 \d+ 项（([^）]*)）/.exec(text)?.[1] ?? "";
      for (const [label, n] of why.split("、").filter(Boolean).map((x) => x.split(" "))) {
        expect(items.filter((i) => i.grade === "not_graded" && i.reason && notGradedReasonLabel(i.reason) === label).length).toBe(Number(n));
      }
      expect(why.split("、").filter(Boolean).reduce((a, x) => a + Number(x.split(" ")[1]), 0)).toBe(table("not_graded"));
      const misses = items.filter((i) => i.forecast.meets === false);
      expect(said(text, "难以完成") ?? 0).toBe(year < 2025 ? misses.length : 0);
      // at or after T no forecast: what is not achieved at the end, as many as the table's graded rows not 已实现
      const unfinished = items.filter((i) => i.grade !== "achieved" && i.grade !== "not_graded").length;
      expect(said(text, "未完成") ?? 0).toBe(year >= 2025 ? unfinished : 0);
      // binding first: in the list of misses, no 预期性 name comes before a 约束性 one
      const behindBinding = items.filter((i) => (year >= 2025 ? i.grade !== "achieved" && i.grade !== "not_graded" : i.grade === "behind") && i.attribute === "约束性").length;
      expect(said(text, "其中约束性") ?? 0).toBe(behindBinding);
    }), { numRuns: 300 });
  });

  test("binding indicators are named first", () => {
    const item = (name: string, attribute: string, meets: boolean): TextItem => ({ name, attribute, unit: "%", grade: "behind", cumulative: false, forecast: { meets }, pace: { needed: 1, achieved: 0.5 } });
    const text = evaluationText([item("甲", "预期性", false), item("乙", "约束性", false), item("丙", "预期性", false), item("丁", "约束性", false)], 2023, 2025);
    expect(text).toContain("滞后于预期 4 项（其中约束性 2 项：乙、丁）");
    expect(text).toContain("难以完成 4 项：乙（需年均提高 1 个百分点，此前年均提高 0.5 个百分点）；丁（");
    expect(text.indexOf("丁（")).toBeLessThan(text.indexOf("甲（"));
  });
});
