/**
 * Above 999% a progress reads >999% wherever a person reads it, as the sheets' 进度 cells show it
 * (PROGRESS_FORMAT): a trial's value typed 1000× too large printed 192451.9% in `check` beside the
 * sheet's >999%. The number itself stays in the JSON (data).
 */
import { formatReport } from "../../src/cli/formatReport";
import { toJsonReport } from "../../src/cli/toJsonReport";
import { emptyCounts } from "../../src/domain/Status";
import type { CheckItem, CheckReport } from "../../src/sheet/CheckReport";
import { shareText } from "../../src/sheet/evaluationColumns";
import { PROGRESS_FORMAT, PROGRESS_OVER, PROGRESS_SHOWN_MAX } from "../../src/sheet/progressFormat";
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
