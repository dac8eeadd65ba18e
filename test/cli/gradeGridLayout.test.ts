import { gradeGridLayout } from "../../src/cli/gradeGridLayout";

// a trial's grid gave 8 units 750 twips each: 滞后于预期 broke as 滞后于预/期 in every cell
const GRADES = ["提前实现", "基本符合预期", "滞后于预期", "未能评估"];
test.each<[string, string[], number, { landscape: boolean; split: boolean }]>([
  ["3 units fit a portrait page", GRADES, 3, { landscape: false, split: false }],
  ["8 units turn the page", GRADES, 8, { landscape: true, split: false }],
  ["30 units split the grades at a word", GRADES, 30, { landscape: true, split: true }],
])("%s", (_name, labels, units, expected) => {
  const l = gradeGridLayout(labels, units);
  expect({ landscape: l.landscape, split: l.split }).toEqual(expected);
  expect(l.widths).toHaveLength(units + 1);
  // the longest grade (6 characters of 180 twips, or 4 when split) on one line, with the cell's margins
  if (!expected.split) expect(Math.min(...l.widths.slice(1))).toBeGreaterThanOrEqual(6 * 180 + 114);
  expect(l.widths[0]).toBeGreaterThanOrEqual(2400);
});
