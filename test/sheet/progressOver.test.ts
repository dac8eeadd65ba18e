/**
 * Above 999% a progress reads >999% wherever a person reads it, as the sheets' 进度 cells show it
 * (PROGRESS_FORMAT): a trial's value typed 1000× too large printed 192451.9% in `check` beside the
 * sheet's >999%. The number itself stays in the JSON (data).
 */
import { formatReport } from "../../src/cli/formatReport";
import { num } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import { toJsonReport } from "../../src/cli/toJsonReport";
import { emptyCounts } from "../../src/domain/Status";
import type { CheckItem, CheckReport } from "../../src/sheet/CheckReport";
import { shareText } from "../../src/sheet/evaluationColumns";
import { PROGRESS_OVER, PROGRESS_SHOWN_MAX } from "../../src/domain/PROGRESS_SHOWN_MAX";
import { PROGRESS_FORMAT } from "../../src/sheet/progressFormat";
import { progressText } from "../../src/sheet/progressText";
import { flagFacts } from "../../src/ui/shared/flagFacts";

const item = (progress: number): CheckItem => ({
  kind: "indicator", template: "t", id: "x1", name: "城镇新增就业人数(万人)", unit: "万人", sheet: "表1", baseline: "2.1", target: "[15]",
  cells: { "2023": "K16" }, statusCell: "N16", status: "met", progress, expected: 0.6, value: "42000", issues: [],
});
const report = (progress: number): CheckReport => ({ year: 2023, reportingUnit: "定海区", templates: [], items: [item(progress)], counts: emptyCounts(), problems: [] });

/** Each place that shows a progress to a person, as the text it gives for `p`. */
const PLACES: Array<[string, (p: number) => string]> = [
  ["check's text (zh)", (p) => formatReport("a.xlsx", report(p), "zh", true).split("\n")[3] ?? ""],
  ["check's text (en)", (p) => formatReport("a.xlsx", report(p), "en", true).split("\n")[3] ?? ""],
  ["progressText (summary's 问题清单)", (p) => progressText({ progress: p, baseline: "2.1" }, "zh", 1)],
  ["the report's 附表 and text (shareText)", (p) => shareText(p, true)],
  ["the pane's and ribbon dialog's facts (en)", (p) => flagFacts({ ...item(p), baseline: "2.1" }, "en").join(" · ")],
];

describe("a progress above 999% reads >999% everywhere, as the sheet shows it", () => {
  test.each(PLACES.flatMap(([place, shown]): Array<[string, number, string, (p: number) => string]> => [
    [place, 1924.519, ">999%", shown], // the trial's 192451.9%
    [place, 9.995, ">999%", shown], // above the format's 9.99: the sheet shows >999%
    [place, 9.99, "999", shown], // at it: still a number, as the sheet's 0.0% section shows 999.0%
  ]))("%s: %s reads %s", (_, p, text, shown) => {
    const s = shown(p);
    expect(s).toContain(text);
    if (text !== PROGRESS_OVER) expect(s).not.toContain(PROGRESS_OVER);
    expect(s).not.toMatch(/\d{4,}(\.\d+)?%/);
  });

  test("one threshold: the number format is built from it and reads >999% above it", () => {
    expect(PROGRESS_OVER).toBe(">999%");
    expect(PROGRESS_FORMAT).toBe(`[>${PROGRESS_SHOWN_MAX}]">999%";[<0]"倒退";0.0%`);
  });

  test("the JSON keeps the number (data, not words)", () => {
    expect((toJsonReport(report(1924.519)) as { items: Array<{ progress: number }> }).items[0]?.progress).toBe(1924.519);
  });
});

/**
 * §8a: a jump against last year in percent reads the same way (a trial's 1.5 万人次 then 1561.2, typed
 * in 人次, printed 增加 103981.6% beside the progress's >999%). describeIssue is the one text of a
 * warning: check's table, the pane and the report all show its message. Points read in full.
 */
describe("a jump above 999% reads >999%, as a progress does", () => {
  const jump = (unit: string, before: number, now: number) => evaluateIndicator({
    spec: { name: `服务人次(${unit})`, unit, baseline: "1", target: "≥2", baselineYear: 2020, targetYear: 2025 },
    year: 2023, actuals: { 2022: num(before), 2023: num(now) },
  }).issues.find((i) => i.code === "value_jump");
  test.each<[string, string, number, number, string, string]>([
    ["the trial's 1000× value", "万人次", 1.5, 1561.224, "增加 >999%", "up >999%"],
    ["just above 999%", "万人次", 1, 11.0, "增加 >999%", "up >999%"],
    ["999% exactly is still a number", "万人次", 1, 10.99, "增加 999%", "up 999%"],
    ["a fall reads in full (it cannot pass 100% on a positive value)", "万人次", 10, 0.5, "减少 95%", "down 95%"],
    ["an ordinary jump reads in full", "万人次", 1, 1.4, "增加 40%", "up 40%"],
    ["points read in full, however many", "%", 1, 95, "增加 94 个百分点", "up 94 percentage points"],
  ])("%s: %s %d → %d reads %s", (_why, unit, before, now, zh, en) => {
    const issue = jump(unit, before, now);
    expect(issue).toBeDefined();
    if (issue === undefined) return;
    expect(describeIssue(issue, "zh")).toContain(`${zh}，`);
    expect(describeIssue(issue, "en")).toContain(`${en} since`);
    expect(describeIssue(issue, "zh")).not.toMatch(/\d{4,}(\.\d+)?%/);
  });

  test("the issue's params keep the number (the JSON's problemCodes and items)", () => {
    expect(jump("万人次", 1.5, 1561.224)?.params?.["change"]).toBe(103981.6);
  });
});
