import fc from "fast-check";
import { num } from "../../src/domain/CellValue";
import { bandStatus } from "../../src/domain/bandStatus";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import { bandLines, DEFAULT_LAG_BANDS, lagBandsProblem, type LagBands } from "../../src/domain/LagBands";
import type { Status } from "../../src/domain/Status";
import { indicatorSpec } from "../../src/templates/indicatorSpec";
import { parseTemplate } from "../../src/templates/parseTemplate";
import type { IndicatorTemplate } from "../../src/templates/TemplateSchema";
import { indicatorTemplate } from "../support/seedRows";
import { bandLegend } from "../../src/sheet/bandLegend";

const YINCHUAN: LagBands = { form: "points", lagging: 10, severe: 30 };
const SANYA: LagBands = { form: "share", lagging: 100, severe: 50 };
const STRICT: LagBands = { form: "share", lagging: 80, severe: 40 };
const NO_MIDDLE: LagBands = { form: "points", lagging: 0, severe: 0 };

describe("the band lines (a·s − b)", () => {
  test.each<[string, LagBands, { a: number; b: number }, { a: number; b: number }]>([
    ["the rules' default: s and s/2", DEFAULT_LAG_BANDS, { a: 1, b: 0 }, { a: 0.5, b: 0 }],
    ["银川: 10 and 30 points below", YINCHUAN, { a: 1, b: 0.1 }, { a: 1, b: 0.3 }],
    ["share 80% and 40%", STRICT, { a: 0.8, b: 0 }, { a: 0.4, b: 0 }],
  ])("%s", (_why, bands, lagging, severe) => {
    expect(bandLines(bands)).toEqual({ lagging, severe });
  });
});

describe("bandStatus: progress p against elapsed share s", () => {
  test.each<[string, number, number, boolean, LagBands, Status]>([
    ["default: p = s is on track", 0.6, 0.6, false, DEFAULT_LAG_BANDS, "on_track"],
    ["default: p just below s lags", 0.599, 0.6, false, DEFAULT_LAG_BANDS, "lagging"],
    ["default: p = s/2 lags", 0.3, 0.6, false, DEFAULT_LAG_BANDS, "lagging"],
    ["default: p just below s/2 is severe", 0.299, 0.6, false, DEFAULT_LAG_BANDS, "severe"],
    ["default: backwards is severe", -0.2, 0.6, false, DEFAULT_LAG_BANDS, "severe"],
    ["三亚 50% is the default", 0.3, 0.6, false, SANYA, "lagging"],
    ["银川: 10 points below s is on track", 0.5, 0.6, false, YINCHUAN, "on_track"],
    ["银川: just past 10 points below lags", 0.499, 0.6, false, YINCHUAN, "lagging"],
    ["银川: 30 points below lags", 0.3, 0.6, false, YINCHUAN, "lagging"],
    ["银川: past 30 points below is severe", 0.299, 0.6, false, YINCHUAN, "severe"],
    ["银川: in the first tenth of the period p = 0 is on track", 0, 0.1, false, YINCHUAN, "on_track"],
    ["银川: s = 0.2, p = 0 lags (line 0.1)", 0, 0.2, false, YINCHUAN, "lagging"],
    ["80%/40%: 0.48 of 0.6 is on track", 0.48, 0.6, false, STRICT, "on_track"],
    ["80%/40%: 0.24 of 0.6 lags", 0.24, 0.6, false, STRICT, "lagging"],
    ["80%/40%: below 0.24 is severe", 0.239, 0.6, false, STRICT, "severe"],
    ["no middle band: below s is severe", 0.59, 0.6, false, NO_MIDDLE, "severe"],
    ["yearly: never on track, default p ≥ 0.5 lags", 0.99, 1, true, DEFAULT_LAG_BANDS, "lagging"],
    ["yearly: default below 0.5 is severe", 0.49, 1, true, DEFAULT_LAG_BANDS, "severe"],
    ["yearly 银川: 0.7 lags", 0.7, 1, true, YINCHUAN, "lagging"],
    ["yearly 银川: below 0.7 is severe", 0.69, 1, true, YINCHUAN, "severe"],
  ])("%s", (_why, p, s, yearly, bands, status) => {
    expect(bandStatus(p, s, yearly, bands)).toBe(status);
  });
});

describe("the engine follows the template's bands", () => {
  const zs = indicatorTemplate("zhoushan-2021-2025");
  const ss = indicatorTemplate("shengsi-2023-2027");
  const withBands = (t: IndicatorTemplate, bands?: LagBands): IndicatorTemplate => (bands ? { ...t, bands } : t);
  const status = (t: IndicatorTemplate, id: string, year: number, v: number): Status => {
    const d = t.indicators.find((x) => x.id === id);
    if (!d) throw new Error(id);
    return evaluateIndicator({ spec: indicatorSpec(t, d), year, actuals: { [year]: num(v) } }).status;
  };
  // beds 6 → 7 (point, up), 2021–2025, 2023: s = 0.6; shengsi 托位 3.0 → 4.0 in 2024 (yearly)
  test.each<[string, IndicatorTemplate, string, number, number, Status]>([
    ["default: 6.5 (p 0.5) lags", zs, "zs21-24", 2023, 6.5, "lagging"],
    ["银川: 6.5 (10 points below) is on track", withBands(zs, YINCHUAN), "zs21-24", 2023, 6.5, "on_track"],
    ["银川: 6.29 (past 30 points below) is severe", withBands(zs, YINCHUAN), "zs21-24", 2023, 6.29, "severe"],
    ["80%/40%: 6.48 is on track", withBands(zs, STRICT), "zs21-24", 2023, 6.48, "on_track"],
    ["80%/40%: 6.25 lags", withBands(zs, STRICT), "zs21-24", 2023, 6.25, "lagging"],
    ["yearly default: 3.5 lags", ss, "ss23-01", 2024, 3.5, "lagging"],
    ["yearly 银川: 3.5 is severe", withBands(ss, YINCHUAN), "ss23-01", 2024, 3.5, "severe"],
    ["yearly 银川: 3.7 lags", withBands(ss, YINCHUAN), "ss23-01", 2024, 3.7, "lagging"],
  ])("%s", (_why, t, id, year, v, expected) => {
    expect(status(t, id, year, v)).toBe(expected);
  });
});

describe("a template's bands are checked when it is read", () => {
  const zs = indicatorTemplate("zhoushan-2021-2025");
  test.each<[string, unknown, string | null]>([
    ["银川 points", YINCHUAN, null],
    ["share 80/40", STRICT, null],
    ["share with severe above lagging", { form: "share", lagging: 50, severe: 80 }, "bands"],
    ["points with severe nearer than lagging", { form: "points", lagging: 30, severe: 10 }, "bands"],
    ["a negative number", { form: "points", lagging: -5, severe: 30 }, "bands"],
    ["above 100", { form: "share", lagging: 120, severe: 50 }, "bands"],
    ["an unknown form", { form: "ratio", lagging: 100, severe: 50 }, "form"],
  ])("%s", (_why, bands, problem) => {
    const r = parseTemplate({ ...zs, bands }, "t.json");
    if (problem === null) expect(r.ok).toBe(true);
    else {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems.map((p) => `${p.path} ${p.message}`).join("; ")).toContain(problem);
    }
  });

  test.each<[LagBands, string | null]>([
    [DEFAULT_LAG_BANDS, null],
    [{ form: "share", lagging: Number.NaN, severe: 50 }, "0 to 100"],
  ])("lagBandsProblem %j", (bands, problem) => {
    const p = lagBandsProblem(bands);
    if (problem === null) expect(p).toBeNull();
    else expect(p).toContain(problem);
  });
});

describe("the cover legend follows the bands", () => {
  const zs = indicatorTemplate("zhoushan-2021-2025");
  const qz = indicatorTemplate("quzhou-2021-2025");
  test.each<[string, IndicatorTemplate[], Status, string | null]>([
    ["no bands: the rules' own words", [zs], "lagging", null],
    ["银川: points", [{ ...zs, bands: YINCHUAN }], "lagging", "进度低于序时进度 10–30 个百分点"],
    ["银川: on track within 10 points", [{ ...zs, bands: YINCHUAN }], "on_track", "未达标，但进度不低于序时进度减 10 个百分点"],
    ["80/40: share", [{ ...zs, bands: STRICT }], "severe", "进度低于序时进度的 40%"],
    ["templates with different bands are named as such", [{ ...zs, bands: STRICT }, qz], "lagging", "按各模板设定的亮灯规则"],
    ["met is never about bands", [{ ...zs, bands: STRICT }], "met", null],
  ])("%s", (_why, templates, status, words) => {
    const text = bandLegend(status, templates);
    if (words === null) expect(text).toBeNull();
    else expect(text).toContain(words);
  });
});

describe("properties of every valid band", () => {
  const RANK = { severe: 0, lagging: 1, on_track: 2 } as const;
  const band = fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })).map(([x, y]): LagBands => ({ form: "share", lagging: Math.max(x, y), severe: Math.min(x, y) })),
    fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })).map(([x, y]): LagBands => ({ form: "points", lagging: Math.min(x, y), severe: Math.max(x, y) })),
  );
  const unit = fc.double({ min: 0, max: 1, noNaN: true });
  test("more progress never gives a worse status, and p ≥ s is always on track", () => {
    fc.assert(fc.property(band, unit, fc.double({ min: -1, max: 2, noNaN: true }), fc.double({ min: -1, max: 2, noNaN: true }), (b, s, p1, p2) => {
      expect(lagBandsProblem(b)).toBeNull();
      const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
      expect(RANK[bandStatus(hi, s, false, b)]).toBeGreaterThanOrEqual(RANK[bandStatus(lo, s, false, b)]);
      expect(bandStatus(Math.max(s, hi), s, false, b)).toBe("on_track");
    }), { numRuns: 500 });
  });
});
