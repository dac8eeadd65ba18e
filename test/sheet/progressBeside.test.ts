import type { Status } from "../../src/domain/Status";
import type { StatusLines } from "../../src/domain/statusLines";
import { digitsApart } from "../../src/domain/digitsApart";
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
    expect(progressBeside({ progress: Number.isNaN(p) ? null : p, expected: e, status })).toEqual(shown);
  });
});

/**
 * A row graded 严重滞后 never reads as on its 严重滞后 line, nor one graded behind as on a band's 滞后 line (§3, §7):
 * a trial's 76.4999 (p = 0.29998, s/2 = 30%) printed "严重滞后 30.0%/60.0%" beside 76.5's "滞后 30.0%/60.0%", and on a
 * yearly-target table (the line is 50%) 64.99 against 80 printed "严重滞后 50.0%/100.0%" beside a 滞后 50.0%/100.0%.
 */
describe("progressBeside: the 严重滞后 line and an office's 滞后 line too", () => {
  const lines = (lagging: number | null, severe: number): StatusLines => ({ lagging, severe });
  test.each<[string, number, number, Status, StatusLines, { progress: string; expected: string; digits: number } | null]>([
    ["the trial's 29.998% 严重滞后 under s/2 = 30%", 0.29998, 0.6, "severe", lines(0.6, 0.3), { progress: "29.998%", expected: "60.000%", digits: 3 }],
    ["30% exactly is 滞后: it reads 30.0%, rightly", 0.3, 0.6, "lagging", lines(0.6, 0.3), null],
    ["a yearly target: 49.97% 严重滞后 under the 50% line", 0.49966, 1, "severe", lines(null, 0.5), { progress: "49.97%", expected: "100.00%", digits: 2 }],
    ["a yearly target: 50% is 滞后, reads 50.0%", 0.5, 1, "lagging", lines(null, 0.5), null],
    ["严重滞后 visibly under its line: the usual figures", 0.283, 0.6, "severe", lines(0.6, 0.3), null],
    ["closer to the 严重滞后 line than four decimals show: a sign against it", 0.3 - 1e-9, 0.6, "severe", lines(0.6, 0.3), { progress: "<30.0%", expected: "60.0%", digits: 4 }],
    ["银川's points band: 滞后 just under s − 10 points", 0.49996, 0.6, "lagging", lines(0.5, 0.3), { progress: "49.996%", expected: "60.000%", digits: 3 }],
    ["a band's 严重滞后 just under s − 30 points", 0.29996, 0.6, "severe", lines(0.5, 0.3), { progress: "29.996%", expected: "60.000%", digits: 3 }],
    ["as many decimals as the 严重滞后 line asks: 29.9996%", 0.299996, 0.6, "severe", lines(0.6, 0.3), { progress: "29.9996%", expected: "60.0000%", digits: 4 }],
  ])("%s", (_why, p, e, status, l, shown) => {
    expect(progressBeside({ progress: p, expected: e, status, lines: l })).toEqual(shown);
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
