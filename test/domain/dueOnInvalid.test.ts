import { num, str, type CellValue } from "../../src/domain/CellValue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import { indicatorSpec } from "../../src/templates/indicatorSpec";
import { indicatorTemplate } from "../support/seedRows";

/**
 * trial41a F6: a 数据异常 row (「95%」 in a % row, 约91, ６．９) left 序时应达 empty on the 审核 sheet, the figure a
 * reviewer judges the corrected value against. It rests on the plan's figures alone (baseline, target, the year's
 * share), so the engine gives it whatever the cell holds; a row with no trajectory has none, as before.
 */
const zs21 = indicatorTemplate("zhoushan-2021-2025");
const spec = (name: string): IndicatorSpec => {
  const d = zs21.indicators.find((x) => x.name.includes(name));
  if (!d) throw new Error(name);
  return indicatorSpec(zs21, d);
};

// 2021–2025 with baseline 2020: in 2023, s = 3/5 = 0.6
test.each<[string, string, Record<string, CellValue>, number | null]>([
  ["full-width digits (6 → 7)", "每千人口拥有医疗机构床位数", { 2023: str("６．６") }, 6.6],
  ["a word before the number (6 → 7)", "每千人口拥有医疗机构床位数", { 2023: str("约6.6") }, 6.6],
  ["a cumulative row ([5]) with an earlier year's text", "儿童青少年总体近视率降低", { 2021: str("一"), 2022: num(1), 2023: num(1) }, 3],
  ["a baseline already meeting its ceiling: no trajectory, none", "城镇登记失业率", { 2023: str("约2") }, null],
])("数据异常, %s (%s)", (_why, name, actuals, due) => {
  const r = evaluateIndicator({ spec: spec(name), year: 2023, actuals });
  expect(r.status).toBe("invalid");
  if (due === null) expect(r.expectedValue).toBeNull();
  else expect(r.expectedValue).toBeCloseTo(due, 12);
});

/**
 * trial42a F6: a 未填报 row (L14: 4.2 → 7, 2024 of 2020–2025, 序时应达 6.44) left 序时应达 blank on the 审核 sheet while
 * check gave its 序时进度 and the cell's prompt its 序时应达: the figure the value to be filled is judged against.
 */
test.each<[string, string, Record<string, CellValue>, number | null]>([
  ["床位数 6 → 7, nothing typed", "每千人口拥有医疗机构床位数", {}, 6.6],
  ["a cumulative row ([5]), nothing typed: the running total due", "儿童青少年总体近视率降低", {}, 3],
  ["a baseline already meeting its ceiling: no trajectory, none", "城镇登记失业率", {}, null],
])("未填报, %s (%s)", (_why, name, actuals, due) => {
  const r = evaluateIndicator({ spec: spec(name), year: 2023, actuals });
  expect(r.status).toBe("missing");
  if (due === null) expect(r.expectedValue).toBeNull();
  else expect(r.expectedValue).toBeCloseTo(due, 12);
});
