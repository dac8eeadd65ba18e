import { headerContinuation } from "../../../src/import/rules/headerContinuation";
import { HEAD, lastLineThrough } from "./harness";

describe("headerContinuation: header words before the first row are skipped", () => {
  test.each<[string, string[], string]>([
    ["目标 before any row", ["\t\t\t目标"], "taken"],
    ["years before any row", ["\t\t2020 年\t2025 年"], "taken"],
    ["after a row", ["1\t甲率(%)\t1\t2\t约束性", "\t\t\t目标"], "pass"],
    ["a row", ["1\t甲率(%)\t1\t2\t约束性"], "pass"],
  ])("%s", (_d, lines, outcome) => {
    const r = lastLineThrough(headerContinuation, [...HEAD, "", ...lines]);
    expect(r.outcome).toBe(outcome);
  });
});
