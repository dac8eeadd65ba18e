import { yearlyColumns } from "../../../src/import/rules/yearlyColumns";
import { draftThrough } from "./harness";

describe("yearlyColumns: one column per year gives each year's target", () => {
  test.each<[string, string[], Record<string, string> | undefined]>([
    ["years", ["指标\t2022年\t2023年\t2024年\t2025年", "1\t甲率(%)\t1\t2\t3\t4"], { 2023: "2", 2024: "3", 2025: "4" }],
    ["baseline and target only", ["指标\t2020年\t2025年", "1\t甲率(%)\t1\t4"], undefined],
  ])("%s", (_d, lines, yearly) => {
    expect(draftThrough(yearlyColumns, ["某县“十四五”主要指标", ...lines]).draft.add.yearlyTargets).toEqual(yearly);
  });
});
