import { summaryText } from "../../src/cli/summaryText";
import { mergedFileLine } from "../../src/cli/mergedFileLine";
import { ledgerJson } from "../../src/cli/ledgerJson";
import { mergedFiles } from "../../src/cycle/mergedFiles";
import { mergedUnits } from "../../src/cycle/mergedUnits";
import { summaryCycle, type ArrivedReturn } from "../../src/cycle/summaryCycle";
import { emptyCounts } from "../../src/domain/Status";
import type { SummaryFigures } from "../../src/sheet/summarize";
import { workbookProblem, type WorkbookProblem } from "../../src/sheet/WorkbookProblem";

/**
 * A city merged its counties' returns into one workbook (a trial's 衢州市各县合并.xlsx): summary said
 * 7 份, counted it as 柯城区's only, and listed 衢江区…衢州智造新城 as plain 未报 to chase for lateness,
 * the terminal silent about the 7 sheets. Now the units it holds are named on the terminal (once, with
 * the file and what to do), chased as merged, not as late, in the text, the ledger sheet and --json.
 */
const UNITS = ["定海区", "柯城区", "衢江区", "龙游县", "衢州市本级"];

const arrived = (file: string, unit: string, problems: WorkbookProblem[], units: readonly string[]): ArrivedReturn => {
  const merged = mergedUnits({ problems, reportingUnit: unit }, units);
  return {
    file, unit, receivedAt: 1, lock: { locked: false } as ArrivedReturn["lock"], state: "已报", errors: 0, unexplainedLags: 0, explainedByReviewer: 0,
    held: 0, missing: 0, rows: 54, unassessed: 0, blank: null, ...(merged.units.length ? { merged } : {}),
  };
};

const merged3 = workbookProblem("units_merged", { of: "柯城区", unit: "柯城区", sheets: "衢江区\n龙游县\n衢州市本级", units: "衢江区\n龙游县\n衢州市本级", count: 3 });
const draft = workbookProblem("sheet_copy", { sheet: "柯城区 (2)", of: "柯城区" });
// with a list, a copy only the list tells (a sheet 衢江, no ending) is that unit's too
const short = workbookProblem("sheet_copy", { sheet: "衢江", of: "柯城区" });

const figures = { projects: { count: 0, planned: 0, completed: 0, byCategory: [], byOwner: [], lagging: [], withheld: [] }, units: [], year: 2023, totals: emptyCounts(), runningTotals: [] } as unknown as SummaryFigures;

describe("summary: a workbook holding other units' returns", () => {
  test.each<[string, WorkbookProblem[], readonly string[], string[], string[]]>([
    ["3 units merged, with --units", [merged3], UNITS, ["衢江区", "龙游县", "衢州市本级"], []],
    ["a draft only: nothing merged, the units chased as late", [draft], UNITS, [], ["衢江区", "龙游县", "衢州市本级"]],
    ["a name only the list tells", [short], UNITS, ["衢江区"], ["龙游县", "衢州市本级"]],
  ])("%s", (_why, problems, units, inMerged, late) => {
    const x = arrived("省5/衢州市各县合并.xlsx", "柯城区", problems, units);
    const own = arrived("省5/2023-定海区.xlsx", "定海区", [], units);
    const { facts, sheets } = summaryCycle([own, x], [], { units: units.map((unit) => ({ unit, deadline: "2024-03-31" })), year: 2023, asOf: "2024-04-10" }, () => "");
    expect((facts ?? []).filter((f) => f.mergedIn).map((f) => [f.unit, f.mergedIn, f.state])).toEqual(inMerged.map((u) => [u, x.file, "未报"]));
    expect(ledgerJson(facts ?? [], "2024-04-10").filter((f) => f.mergedIn).map((f) => f.unit)).toEqual(inMerged);
    const m = mergedFiles([own, x]);
    const text = summaryText("", figures, [], facts, "zh", [], [], m);
    // the 催报 line: the units with nothing sent at all, then those merged, with where (the sheet's 催报 list; trial37c F1)
    expect(text).toContain(`未报，请催报：${[...late, ...inMerged.map((u) => `${u}（填报合并在其他单位的文件中）`)].join("、")}\n`);
    const line = m[0] ? mergedFileLine(m[0], "summary", true, "zh") : "";
    if (inMerged.length) expect(text).toContain(`${line}\n`);
    if (inMerged.length) expect(line).toContain(`省5/衢州市各县合并.xlsx 合并了 ${inMerged.length} 个其他单位的填报（${inMerged.join("、")}）：只按「填报说明」表汇总柯城区的`);
    // the ledger's 催报 says where their return went and what to do, not how late it is
    const cells = sheets[0]?.cells.map((c) => String(c.value ?? "")) ?? [];
    for (const u of inMerged) expect(cells).toContain(`${u}（填报合并在其他单位的文件中）`);
    expect(cells.filter((c) => c.startsWith("填报合并在其他单位的文件中（衢州市各县合并.xlsx）"))).toHaveLength(inMerged.length);
    expect(cells.filter((c) => c.startsWith("已逾期"))).toHaveLength(late.length);
  });

  test.each<[string, "zh" | "en", string]>([
    ["the sheet read is another unit's (柯城区's deleted)", "zh", "（读的却是工作表「衢江区」，衢江区的数值记在了柯城区名下）"],
    ["in English", "en", `yet the sheet read is "衢江区": 衢江区's figures went to 柯城区`],
  ])("%s", (_why, lang, said) => {
    const p = workbookProblem("units_merged", { of: "衢江区", unit: "柯城区", sheets: "龙游县", units: "衢江区\n龙游县", count: 1, ofUnit: "衢江区" });
    const m = mergedFiles([arrived("衢州合并-删柯城区.xlsx", "柯城区", [p], [])]);
    expect(m).toEqual([{ file: "衢州合并-删柯城区.xlsx", unit: "柯城区", units: ["衢江区", "龙游县"], read: "衢江区" }]);
    expect(mergedFileLine(m[0]!, "summary", false, lang)).toContain(said);
  });
});


// 衢江区 also sent its own file: summed from it, and the line says so rather than calling it 未报
describe("a merged unit that also sent its own return", () => {
  test.each<[string, "summary" | "report", string]>([
    ["summary", "summary", "按未报（其中衢江区另有本单位的填报，已按其汇总）"],
    ["report", "report", "按未报（其中衢江区另有本单位的填报，已按其评估）"],
  ])("%s", (_why, task, said) => {
    const x = arrived("衢州市各县合并.xlsx", "柯城区", [merged3], UNITS);
    const own = arrived("2023-衢江区.xlsx", "衢江区", [], UNITS);
    const m = mergedFiles([x, own]);
    expect(m[0]?.sent).toEqual(["衢江区"]);
    expect(mergedFileLine(m[0]!, task, true, "zh")).toContain(said);
    const { facts } = summaryCycle([x, own], [], { units: UNITS.map((unit) => ({ unit, deadline: "" })), year: 2023, asOf: "2024-04-10" }, () => "");
    expect(facts?.find((f) => f.unit === "衢江区")?.state).toBe("已报");
    expect(facts?.find((f) => f.unit === "衢江区")?.mergedIn).toBeUndefined();
  });
});
