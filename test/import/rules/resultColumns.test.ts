import { resultColumns } from "../../../src/import/rules/resultColumns";
import { draftThrough } from "./harness";

describe("resultColumns: 完成情况 / 实际 columns by year", () => {
  test.each<[string, string[], Record<string, string> | undefined]>([
    ["a year's result", ["指标\t2020年\t2025年\t2021年完成情况", "1\t甲率(%)\t1\t2\t1.2"], { 2021: "1.2" }],
    ["no year: the target year", ["指标\t2020年\t2025年\t完成情况", "1\t甲率(%)\t1\t2\t1.5"], { 2025: "1.5" }],
    ["empty", ["指标\t2020年\t2021年完成情况\t2025年", "1\t甲率(%)\t1\t\t2"], undefined],
  ])("%s", (_d, lines, results) => {
    expect(draftThrough(resultColumns, ["某县“十四五”主要指标", ...lines]).draft.add.results).toEqual(results);
  });
});
