import type { Status } from "../../src/domain/Status";
import { shownDue } from "../../src/sheet/shownDue";

test.each<[number, string]>([
  [0.596, "0.596"],   // 灌溉水有效利用系数 due 0.596 against 0.60: not 0.6
  [0.0163, "0.0163"],
  [4.62, "4.62"],
  [12.345, "12.35"],
  [1234.567, "1234.57"],
  [99.999, "100"],
  [0, "0"],
  [-0.5, "-0.5"],
])("%s shows %s", (n, shown) => {
  expect(shownDue(n)).toBe(shown);
});

// a trial's 审核 row: 当年值 77.98 and 序时应达 77.98 (77.982), yet 滞后
test.each<[number, number, Status, string]>([
  [77.982, 77.98, "lagging", "77.982"],
  [77.982, 77.98, "severe", "77.982"],
  [77.982, 77.9812, "lagging", "77.982"],   // 77.98 would read below the value it is above
  [1.7951, 1.8, "lagging", "1.795"],        // lower is better: due 1.7951 beside a value of 1.80
  [77.982, 77.98, "on_track", "77.98"],     // not behind: the usual figures
  [77.982, 77.5, "lagging", "77.98"],       // visibly apart already
])("序时应达 %s beside the value %s (%s) shows %s", (due, value, status, shown) => {
  expect(shownDue(due, { value, status })).toBe(shown);
});

// trial44a F2: the 审核 sheet's 序时应达 of a strict target in the year it is for (s = 1) is the target itself, to be passed
test.each<[number, number | null, Status, "<" | ">" | undefined, string]>([
  [9, 9, "lagging", "<", "<9"],
  [50, 50, "lagging", ">", ">50"],
  [0.012, null, "missing", "<", "<0.012"],
  [9, 9, "met", undefined, "9"],            // ≤9: 9 meets it
])("序时应达 %s beside %s (%s), strict %s, shows %s", (due, value, status, strict, shown) => {
  expect(shownDue(due, { value, status }, strict)).toBe(shown);
});
