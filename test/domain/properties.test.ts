import fc from "fast-check";
import { num } from "../../src/domain/CellValue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import { parseTarget } from "../../src/domain/parseTarget";
import { STATUS_CODES, type Status } from "../../src/domain/Status";

// The bench profile raises this to 10,000 (FC_RUNS=10000).
const numRuns = Number(process.env["FC_RUNS"] ?? 500);

// Better statuses rank higher; only the graded ones are ordered.
const RANK: Partial<Record<Status, number>> = { severe: 0, lagging: 1, on_track: 2, met: 3 };

const upward: IndicatorSpec[] = [
  { name: "每千人口拥有医疗机构床位数(张)", unit: "张", baseline: "6", target: "7", baselineYear: 2020, targetYear: 2025 },
  { name: "高等教育毛入学率(%)", unit: "%", baseline: "62.4", target: "≥70", baselineYear: 2020, targetYear: 2025 },
  { name: "基本医疗保险参保率(%)", unit: "%", baseline: "98", target: ">99", baselineYear: 2020, targetYear: 2025 },
  { name: "3岁以下婴幼儿托育机构覆盖率(%)", unit: "%", baseline: "/", target: "≥50", baselineYear: 2020, targetYear: 2025 },
];
const downward: IndicatorSpec[] = [
  { name: "城镇登记失业率(%)", unit: "%", baseline: "4.5", target: "≤3", baselineYear: 2020, targetYear: 2025 },
  { name: "重大慢病过早死亡率(%)", unit: "%", baseline: "8.93", target: "<8.4", baselineYear: 2020, targetYear: 2025 },
  { name: "亿元GDP生产安全事故死亡率（人/亿元）", unit: "人/亿元", baseline: "0.023", target: "0.012", baselineYear: 2020, targetYear: 2025 },
];

const value = fc.double({ min: 0, max: 100, noNaN: true });
const year = fc.integer({ min: 2021, max: 2027 });

function rank(spec: IndicatorSpec, y: number, v: number): number | undefined {
  return RANK[evaluateIndicator({ spec, year: y, actuals: { [y]: num(v) } }).status];
}

describe("properties", () => {
  test("the target parser never throws and always returns a known kind", () => {
    fc.assert(fc.property(fc.string(), fc.boolean(), (s, pct) => {
      const t = parseTarget(s, pct);
      return ["floor", "ceiling", "cumulative", "approximate", "point", "none", "text", "compound"].includes(t.kind) && t.text === s;
    }), { numRuns });
  });

  test("the engine never throws and always returns a known status", () => {
    fc.assert(fc.property(fc.string(), fc.string(), fc.string(), fc.oneof(fc.double(), fc.constant(Number.NaN)), year, (name, baseline, target, v, y) => {
      const r = evaluateIndicator({ spec: { name, unit: "", baseline, target, baselineYear: 2020, targetYear: 2025 }, year: y, actuals: { [y]: num(v) } });
      return (STATUS_CODES as readonly string[]).includes(r.status);
    }), { numRuns });
  });

  // 0 < v ≤ 1 in a % row whose baseline or target is 10 or more is a fraction slip, an error (§2):
  // outside the order, so such values are moved out of that band
  const big = (spec: IndicatorSpec): boolean => spec.unit === "%" && [spec.baseline, spec.target ?? ""].some((t) => (parseTarget(t, true) as { value?: number }).value !== undefined && ((parseTarget(t, true) as { value: number }).value >= 10));
  const unslip = (spec: IndicatorSpec, v: number): number => (big(spec) && v > 0 && v <= 1 ? 2 + v : v);

  test.each(upward.map((s) => [s.name, s] as const))("raising an actual never worsens an upward target: %s", (_n, spec) => {
    fc.assert(fc.property(value, value, year, (a0, b0, y) => {
      const a = unslip(spec, a0), b = unslip(spec, b0);
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      return (rank(spec, y, hi) ?? 0) >= (rank(spec, y, lo) ?? 0);
    }), { numRuns });
  });

  test.each(downward.map((s) => [s.name, s] as const))("lowering an actual never worsens a downward target: %s", (_n, spec) => {
    fc.assert(fc.property(value, value, year, (a0, b0, y) => {
      const a = unslip(spec, a0), b = unslip(spec, b0);
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      return (rank(spec, y, lo) ?? 0) >= (rank(spec, y, hi) ?? 0);
    }), { numRuns });
  });
});
