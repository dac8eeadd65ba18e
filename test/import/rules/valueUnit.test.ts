import { readValue } from "../../../src/import/rules/valueUnit";
import { parseTarget } from "../../../src/domain/parseTarget";

describe("valueUnit: the unit and direction a value says (operators from parseTarget)", () => {
  test.each<[string, string, string | undefined, string, number | null]>([
    ["12.3年以上", "年", "up", "floor", 12.3],
    ["11.4年", "年", undefined, "point", 11.4],
    ["99%以上", "%", "up", "floor", 99],
    ["1.5万人", "万人", undefined, "point", 1.5],
    ["大于90", "", "up", "floor", 90],
    ["不超过5", "", "down", "ceiling", 5],
    ["达到95", "", undefined, "point", 95],
    ["力争100", "", undefined, "point", 100],
    ["不少于1200", "", "up", "floor", 1200],
    ["控制在5以内", "", "down", "ceiling", 5],
    ["控制在3.5%以内", "%", "down", "ceiling", 3.5],
    ["95以上", "", "up", "floor", 95],
    ["5.5左右", "", undefined, "approximate", 5.5],
    ["保持全省领先", "", undefined, "text", null],
    ["〔18〕", "", undefined, "cumulative", 18],
  ])("%s → unit %s, direction %s, %s %s", (text, unit, direction, kind, value) => {
    const r = readValue(text);
    expect(r.unit).toBe(unit);
    expect(r.direction).toBe(direction);
    const t = parseTarget(text);
    expect(t.kind).toBe(kind);
    expect("value" in t ? t.value : null).toBe(value);
  });
});
