import { operatorDirection } from "../../../src/import/rules/operatorDirection";
import { draftThrough } from "./harness";

describe("operatorDirection: §3a step 2, the direction the target's operator says", () => {
  test.each<[string, string, string | undefined]>([
    ["≥", "≥98", "up"],
    ["以上", "98以上", "up"],
    ["不低于", "不低于98", "up"],
    ["≤", "≤5", "down"],
    ["控制在…以内", "控制在5以内", "down"],
    ["不超过", "不超过5", "down"],
    ["a plain value", "98", undefined],
    ["左右", "5.5左右", undefined],
  ])("%s", (_d, target, direction) => {
    const { draft } = draftThrough(operatorDirection, ["某县“十四五”主要指标", "指标\t2020年\t2025年", `1\t甲指标(个)\t90\t${target}`]);
    expect(draft.add.direction).toBe(direction);
  });
});
