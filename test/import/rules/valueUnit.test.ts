import { readValue } from "../../../src/import/rules/valueUnit";
import { parseTarget } from "../../../src/domain/parseTarget";

describe("valueUnit: the unit and direction a value says (operators from parseTarget)", () => {
  test.each<[string, string, string | undefined, string, number | null]>([
    ["12.3年以上", "年", "up", "floor", 12.3],
    ["11.4年", "年", undefined, "point", 11.4],
    ["99%以上", "%", "up", "floor", 99],
    ["1.5万人", "万人", undefined, "point", 1.5],
    // a Latin unit after the number (trial47c F3: 城镇人均日生活用水量 75L/d was words)
    ["75L/d", "L/d", undefined, "point", 75],
    ["2.5kg以下", "kg", "down", "ceiling", 2.5],
    ["≤0.3m3/s", "m3/s", "down", "ceiling", 0.3],
    ["120 km", "km", undefined, "point", 120],
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
    // a reach verb before a bound that only its suffix names: the suffix's floor or ceiling (operatorWords.LEAD_VERBS)
    ["达到98%以上", "%", "up", "floor", 98],
    ["稳定在52万亩以上", "万亩", "up", "floor", 52],
    ["保持在95%以上", "%", "up", "floor", 95],
    ["保持99以上", "", "up", "floor", 99],
    ["力争达到90%以上", "%", "up", "floor", 90],
    ["力争12.5年以上", "年", "up", "floor", 12.5],
    ["达到95%及以上", "%", "up", "floor", 95],
    ["98%及以上", "%", "up", "floor", 98],
    ["稳定在5%以下", "%", "down", "ceiling", 5],
    ["保持在3以内", "", "down", "ceiling", 3],
    ["控制在5%以下", "%", "down", "ceiling", 5],
    // the verb without a number stays words
    ["保持在全省中游以上", "", undefined, "text", null],
    ["稳定在以上", "", undefined, "text", null],
    // `=` (or `＝`) before a number: a point target (operatorWords.POINT_WORDS); a trial's `=100` stayed words
    ["=100", "", undefined, "point", 100],
    ["＝100", "", undefined, "point", 100],
    ["=98%", "%", undefined, "point", 98],
    ["=", "", undefined, "text", null],
  ])("%s → unit %s, direction %s, %s %s", (text, unit, direction, kind, value) => {
    const r = readValue(text);
    expect(r.unit).toBe(unit);
    expect(r.direction).toBe(direction);
    const t = parseTarget(text);
    expect(t.kind).toBe(kind);
    expect("value" in t ? t.value : null).toBe(value);
  });
});
