import type { Status } from "../../src/domain/Status";
import { digitsApart } from "../../src/sheet/digitsApart";
import { progressBeside } from "../../src/sheet/progressBeside";

// a trial's 优质园覆盖面: 77.98 against 69.91 → 80 is 79.98% of the way, due 80%: 滞后, printed 80.0%/80.0%
describe("progressBeside: a row graded behind never reads as its 序时进度", () => {
  test.each<[string, number, number, Status, { progress: string; expected: string; digits: number } | null]>([
    ["the trial's 79.98% against 80% (滞后)", (77.98 - 69.91) / (80 - 69.91), 0.8, "lagging", { progress: "79.98%", expected: "80.00%", digits: 2 }],
    ["79.996% against 80% (严重滞后 by a band)", 0.79996, 0.8, "severe", { progress: "79.996%", expected: "80.000%", digits: 3 }],
    ["closer than four decimals show: a sign", 0.8 - 1e-9, 0.8, "lagging", { progress: "<80.0%", expected: "80.0%", digits: 4 }],
    ["visibly below: the usual figures", 0.793, 0.8, "lagging", null],
    ["on track at 序时进度 reads equal, rightly", 0.80004, 0.8, "on_track", null],
    ["on track a hair below (a band, §7): not turned into behind", 0.7998, 0.8, "on_track", null],
    ["behind by a band while above 序时进度: the band's verdict, no decimals", 0.8123, 0.8, "lagging", null],
    ["no progress", Number.NaN, 0.8, "lagging", null],
  ])("%s", (_why, p, e, status, shown) => {
    expect(progressBeside(Number.isNaN(p) ? null : p, e, status)).toEqual(shown);
  });
});

describe("digitsApart: the fewest decimals at which two figures round apart", () => {
  test.each<[number, number, number, number | null]>([
    [79.98, 80, 1, 2],
    [77.982, 77.98, 2, 3],
    [79.3, 80, 1, 1],
    [80, 80, 1, null],
    [80.0000001, 80, 1, null],
  ])("%s beside %s from %s decimals: %s", (a, b, from, digits) => {
    expect(digitsApart(a, b, from)).toBe(digits);
  });
});
