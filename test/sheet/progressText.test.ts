import { flagFacts } from "../../src/ui/shared/flagFacts";
import { flagReason } from "../../src/sheet/flagReason";
import { progressText } from "../../src/sheet/progressText";
import { rowIssueText } from "../../src/sheet/rowIssueText";
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

// trial45b F3: a plan that writes its baseline with its unit (12.59%) read 「倒退（12.5 对基期 12.59%）」: both said bare
test.each<[string, string, "zh" | "en", string]>([
  ["12.5", "12.59%", "zh", "倒退（12.5 对基期 12.59）"],
  ["-1.2", "3.1‰", "zh", "倒退（-1.2 对基期 3.1）"],
  ["12.5", "12.59 ％", "en", "going backwards (12.5 against the baseline 12.59)"],
  ["1.98", "1.96∶1", "zh", "倒退（1.98 对基期 1.96∶1）"],
])("%s against the baseline written %s (%s) reads %s", (value, baseline, lang, text) => {
  expect(progressText({ progress: -0.5, value, baseline }, lang)).toBe(text);
});

// trial40a: a cumulative 下降率 row, 2.0 then -2.1, read 「倒退（-2.1 对基期 —）」: a running total has no baseline to go
// back from; what went backwards is the total, said once here for check, the pane, review and summary
test.each<[string, number, "zh" | "en", string]>([
  ["the trial's 2.0 + (-2.1)", 2 + -2.1, "zh", "倒退（累计 -0.1）"],
  ["the trial's, in English", 2 + -2.1, "en", "going backwards (running total -0.1)"],
  ["a total of several years", -1.25, "zh", "倒退（累计 -1.25）"],
])("a cumulative row going backwards says its running total: %s", (_why, cumulative, lang, text) => {
  const item = { progress: cumulative / 10, value: "-2.1", baseline: "—", cumulative };
  expect(progressText(item, lang, 1)).toBe(text);
  expect(rowIssueText({ ...item, issues: [] }, "J4", lang)).toBe(text);
  expect(flagReason({ ...item, kind: "indicator", status: "severe", target: "〔10〕", expected: 0.4 }, 2022, lang)).toContain(text);
  expect(flagFacts({ ...item, unit: "%", kind: "indicator", target: "〔10〕", expected: 0.4, status: "severe" }, lang).join(" ")).toContain(text);
});

// trial41b F1b: 11.1 typed as 11.1% in a 年 row (stored 0.111, judged as stored, §2a) read 倒退（11.1% 对基期 10.8）, 11.1 above
// 10.8 called 倒退: the value said is the one judged, in check, review, summary and the pane alike
test.each<[string, "zh" | "en", string]>([
  ["zh", "zh", "倒退（0.111 对基期 10.8）"],
  ["en", "en", "going backwards (0.111 against the baseline 10.8)"],
])("a percent-styled number in a row whose unit is not % is said as stored (%s)", (_why, lang, text) => {
  const issues = [{ code: "percent_style_unit" as const, severity: "warning" as const, message: "", messageEn: "", params: { stored: "0.111", unit: "年" } }];
  const item = { progress: -21.378, value: "11.1%", baseline: "10.8", issues };
  expect(progressText(item, lang, 1)).toBe(text);
  expect(rowIssueText(item, "K13", lang)).toContain(text);
  expect(flagReason({ ...item, kind: "indicator", status: "severe", target: "11.3", expected: 0.6 }, 2023, lang)).toContain(text);
  expect(flagFacts({ ...item, unit: "年", kind: "indicator", target: "11.3", expected: 0.6, status: "severe" }, lang).join(" ")).toContain(text);
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
