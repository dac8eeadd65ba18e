import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { Status } from "../../src/domain/Status";
import { indicatorSpec } from "../../src/templates/indicatorSpec";
import { reportedCell } from "../../src/templates/reportedCell";
import { indicatorTemplate } from "../support/seedRows";

/**
 * 舟山 表1 evaluated for 2020 with the results the plan itself reports. Each line can be
 * checked by hand against the plan: baseline → target, result, and the rule that decides.
 */
const EXPECTED: Array<[string, string, Status]> = [
  ["1", "100 → 100, 100: meets the point target", "met"],
  ["2", "97.0 → 98.0, 98.0: equal to the target", "met"],
  ["3", "96.6 → 98, 99.46", "met"],
  ["4", "≤4, 1.55", "met"],
  ["5", "[5] five-year total, [12.3] entered as the 2020 amount", "met"],
  ["6", "96.9 → 98, 98.1", "met"],
  ["7", "[2.5], [15.789]", "met"],
  ["8", "90 → 90, 95.76 (point equal to baseline means ≥)", "met"],
  ["9", "95 → 95, 99 (unit inferred %)", "met"],
  ["10", ">96 is a bound, not a value", "invalid"],
  ["11", "79.58 → 80.5, 80.51", "met"],
  ["12", "4.77 → 6, 5.4: p = 0.51 < s = 1, ≥ s/2", "lagging"],
  ["13", "2.89 → 3.3, 3.3", "met"],
  // §3 (our reading, trial44a F2): the plan's last year is the final target's own year, never on track when not met
  ["14", ">25 strict, 25 at equality: not met; p = 1 in the target's own year (s = 1): 滞后, as the report's 未完成", "lagging"],
  ["15", "16.9 → 25, 26", "met"],
  ["16", "82.06 → 80, a satisfaction index (满意度): keep, 95.3 ≥ 80 (read lower-is-better by the series until session 30)", "met"],
  ["17", "95.4 → 100, 100", "met"],
  ["18", "40 → 50, 65.2", "met"],
  ["19", "132.23 for a percentage", "invalid"],
  ["20", "1.77 → 2.4, 2.7", "met"],
  ["21", "80% typed as text", "invalid"],
  ["22", "/ → 100, 100", "met"],
  ["23", "50 → 50, 50", "met"],
  ["24", "100 → 100, 100", "met"],
  ["25", "100 → 100, 100", "met"],
  ["26", "95 → 95, 97.8", "met"],
  ["27", ">95, 98", "met"],
  ["28", "97.5 → 98, 98", "met"],
  ["29", "≤0.07, 0.0232", "met"],
];

const t = indicatorTemplate("zhoushan-2016-2020");

describe("舟山 表1 for 2020 with its own reported results", () => {
  test("the list covers all 29 rows", () => {
    expect(EXPECTED.map(([n]) => n)).toEqual(t.indicators.map((d) => d.number));
  });

  test.each(EXPECTED)("row %s (%s) is %s", (number, _why, status) => {
    const d = t.indicators.find((x) => x.number === number);
    if (!d) throw new Error(`row ${number} missing`);
    const cell = reportedCell(d.results?.["2020"] ?? "", d.targetKind === "cumulative");
    const r = evaluateIndicator({ spec: indicatorSpec(t, d), year: 2020, actuals: { "2020": cell }, cells: { "2020": "K" + number }, sheet: "表1" });
    expect(r.status).toBe(status);
  });

  test("每千人医疗床位数 5.4 against 6 from 4.77 has progress 0.512", () => {
    const d = t.indicators[11]!;
    const r = evaluateIndicator({ spec: indicatorSpec(t, d), year: 2020, actuals: { "2020": { type: "number", value: 5.4 } } });
    expect(r.progress).toBeCloseTo((5.4 - 4.77) / (6 - 4.77), 12);
    expect(r.expected).toBe(1);
  });
});
