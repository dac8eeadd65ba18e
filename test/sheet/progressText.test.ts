import { flagFacts } from "../../src/ui/shared/flagFacts";
import { progressText } from "../../src/sheet/progressText";
import { STYLES } from "../../src/sheet/styles";

// §3a: progress on the wrong side of the baseline is shown as 倒退 with the value against the baseline
test.each<[number | null, string, string, string]>([
  [0.6012, "zh", "60%", "a share"],
  [0, "zh", "0%", "no progress is not backwards"],
  [-6.43, "zh", "倒退（95.3 对基期 82.06）", "backwards"],
  [-0.001, "en", "going backwards (95.3 against the baseline 82.06)", "just backwards"],
  [null, "zh", "—", "none"],
])("%s (%s) reads %s — %s", (progress, lang, text) => {
  expect(progressText({ progress, value: "95.3", baseline: "82.06" }, lang as "zh" | "en")).toBe(text);
});

test("the pane's facts never show a negative percentage", () => {
  const facts = flagFacts({ value: "95.3", unit: "%", kind: "indicator", target: "80", expected: 1, progress: -6.43, baseline: "82.06", status: "severe" }, "zh").join(" ");
  expect(facts).toContain("倒退");
  expect(facts).not.toMatch(/-\d+(\.\d+)?%/);
});

// a trial user's 2999757.1% printed as ### in the 进度 column: above 999% the cell shows >999%, its value kept
test("the sheet's progress cells keep the number and show 倒退 below 0 and >999% above (number format sections)", () => {
  expect(STYLES.progress.numFmt).toBe('[>9.99]">999%";[<0]"倒退";0.0%');
});

test.each<[string, "zh" | "en", string, string]>([
  ["a number, in Chinese", "zh", "2.9", "填报值（个）：2.9 · 目标：4.5"],
  ["a number, in English", "en", "2.9", "Value (个): 2.9 · Target: 4.5"],
  ["text that carries its own unit", "zh", "81.5个", "填报值（个）：81.5个 · 目标：4.5"],
  ["TRUE", "en", "TRUE", "Value (个): TRUE · Target: 4.5"],
])("a flag's value and target: %s", (_, lang, value, facts) => {
  expect(flagFacts({ value, unit: "个", kind: "indicator", target: "4.5", expected: null, progress: null, status: "met" }, lang).join(" · ")).toBe(facts);
});
