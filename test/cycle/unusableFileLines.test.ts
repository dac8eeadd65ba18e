import type { UnusableFile } from "../../src/cycle/UnusableFile";
import { unusableFileLines } from "../../src/cycle/unusableFileLines";

/**
 * Trial39e F7: a folder of 3 returns of 2025 (十四五) and 2 of 2026 (十五五) gave one 未汇总 line per 2026 file, 20
 * near-alike lines for 20 towns and none naming the mix; the returns of one other period and year are one line now.
 */
const period = { title: "临溪县“十五五”主要指标", from: 2025, to: 2030, own: 2026, year: 2025 };
const used = (unit: string, own = 2026): UnusableFile => ({ file: `混合/${own}-${unit}.xlsx`, reason: "outside_plan", unit, message: "", period: { ...period, own }, unitUsed: true });
const stray = (unit: string): UnusableFile => ({ file: `混合/2026-${unit}.xlsx`, reason: "outside_plan", unit, message: "", period, unlisted: "no_list" });

describe("unusableFileLines", () => {
  test.each<[string, UnusableFile[], "summary" | "rollover", "zh" | "en", boolean, string[]]>([
    ["two returns of the other period beside their units' used: one line, with --year", [used("东溪乡"), used("城关镇")], "summary", "zh", true,
      ["未汇总：2 份是另一规划期的填报（「临溪县“十五五”主要指标」的 2026 年度填报表，该规划的规划期为 2026–2030 年（基期 2025 年），不含 2025 年）：混合/ 中的 2026-东溪乡.xlsx、2026-城关镇.xlsx；东溪乡、城关镇已按其另一份填报汇总；如要汇总 2026 年度的填报，请加 --year 2026"]],
    ["the same in English", [used("东溪乡"), used("城关镇")], "summary", "en", true,
      ["Not summed: 2 returns of another plan period (the 2026 returns of \"临溪县“十五五”主要指标\", whose plan period 2026–2030 (baseline 2025) does not hold 2025): 2026-东溪乡.xlsx, 2026-城关镇.xlsx in 混合/; the other returns of 东溪乡, 城关镇 were summed; to summarise those of 2026, add --year 2026"]],
    ["strays of units not expected: one line, no hint asked", [stray("东溪乡"), stray("城关镇")], "summary", "zh", false,
      ["未汇总：2 份是另一规划期的填报（「临溪县“十五五”主要指标」的 2026 年度填报表，该规划的规划期为 2026–2030 年（基期 2025 年），不含 2025 年）：混合/ 中的 2026-东溪乡.xlsx、2026-城关镇.xlsx；另一规划期的填报不属于本次汇总，东溪乡、城关镇不计为未报、不催报"]],
    ["rollover: no --year hint", [used("东溪乡"), used("城关镇")], "rollover", "zh", true,
      ["未换年度：2 份是另一规划期的填报（「临溪县“十五五”主要指标」的 2026 年度填报表，该规划的规划期为 2026–2030 年（基期 2025 年），不含 2025 年）：混合/ 中的 2026-东溪乡.xlsx、2026-城关镇.xlsx；东溪乡、城关镇已按其另一份填报换年度"]],
    ["one such file: its own line, as before", [used("东溪乡")], "summary", "zh", true,
      ["未汇总：混合/2026-东溪乡.xlsx（是「临溪县“十五五”主要指标」的 2026 年度填报表，该规划的规划期为 2026–2030 年（基期 2025 年），不含 2025 年）；东溪乡已按其另一份填报汇总"]],
    ["two years: two groups kept apart", [used("东溪乡"), used("城关镇", 2027), used("西岭镇")], "summary", "zh", false,
      ["未汇总：2 份是另一规划期的填报（「临溪县“十五五”主要指标」的 2026 年度填报表，该规划的规划期为 2026–2030 年（基期 2025 年），不含 2025 年）：混合/ 中的 2026-东溪乡.xlsx、2026-西岭镇.xlsx；东溪乡、西岭镇已按其另一份填报汇总",
        "未汇总：混合/2027-城关镇.xlsx（是「临溪县“十五五”主要指标」的 2027 年度填报表，该规划的规划期为 2026–2030 年（基期 2025 年），不含 2025 年）；城关镇已按其另一份填报汇总"]],
  ])("%s", (_why, files, task, lang, hint, lines) => {
    expect(unusableFileLines(files, task, lang, hint)).toEqual(lines);
  });
});

/**
 * trial42d F5: a folder mixing the ended 十四五's returns and the current plan's gave each ended file's line the same way
 * forward (rollover: ~200 characters of import-then-distribute; summary, report: fill in the year's form). Two or more
 * units' returns of one ended plan: each line the fact and the file, the way forward once after the last.
 */
describe("unusableFileLines: several units' returns of a plan that has ended", () => {
  const ended = { title: "“十四五”主要指标", from: 2020, to: 2025, own: 2025, year: 2026 };
  const chased = (unit: string, title = ended.title): UnusableFile => ({ file: `收到/2025-${unit}.xlsx`, reason: "outside_plan", unit, message: "", period: { ...ended, title } });
  const FACT_ZH = (unit: string, t: string): string => `${unit}：收到的文件无法${t}（是「“十四五”主要指标」的 2025 年度填报表，该规划的规划期为 2021–2025 年（基期 2020 年），不含 2026 年）：收到/2025-${unit}.xlsx`;
  const STEPS_ZH = "2026 年起请先导入下一个规划期的指标表（命令行 import，或任务窗格的“导入”），再用 distribute --from \"新规划的模板.json\" --year 2026 下发新规划的填报表；rollover 只在同一规划期内换年度";
  test.each<[string, UnusableFile[], "summary" | "report" | "rollover", "zh" | "en", boolean | ReadonlySet<string>, string[]]>([
    ["rollover, two units: the facts, then the next steps once", [chased("定海区"), chased("普陀区")], "rollover", "zh", false,
      [FACT_ZH("定海区", "换年度"), FACT_ZH("普陀区", "换年度"), `定海区、普陀区：以上 2 份都是已结束的规划（「“十四五”主要指标」）的填报，${STEPS_ZH}`]],
    ["summary, two units: the facts, then 请各单位 once", [chased("定海区"), chased("普陀区")], "summary", "zh", false,
      [FACT_ZH("定海区", "汇总"), FACT_ZH("普陀区", "汇总"), "定海区、普陀区：以上 2 份都是已结束的规划（「“十四五”主要指标」）的填报，请各单位用下发的 2026 年度填报表填报后再汇总"]],
    ["report, in English", [chased("定海区"), chased("普陀区")], "report", "en", false,
      ["定海区: the file received cannot be evaluated (the 2025 return of \"“十四五”主要指标\", whose plan period 2021–2025 (baseline 2020) does not hold 2026): 收到/2025-定海区.xlsx",
        "普陀区: the file received cannot be evaluated (the 2025 return of \"“十四五”主要指标\", whose plan period 2021–2025 (baseline 2020) does not hold 2026): 收到/2025-普陀区.xlsx",
        "定海区, 普陀区: the 2 returns above are all of a plan that has ended (\"“十四五”主要指标\"); ask each unit to fill in the distributed form of 2026 and evaluate again"]],
    ["one unit: its own line with the way forward, as before", [chased("定海区")], "summary", "zh", false,
      [`${FACT_ZH("定海区", "汇总").replace("）：收到/", "），请该单位用下发的 2026 年度填报表填报后再汇总：收到/")}`]],
    ["two ended plans, one file each: each its own line", [chased("定海区"), chased("普陀区", "“十四五”另一规划")], "summary", "zh", false,
      [FACT_ZH("定海区", "汇总").replace("）：收到/", "），请该单位用下发的 2026 年度填报表填报后再汇总：收到/"),
        "普陀区：收到的文件无法汇总（是「“十四五”另一规划」的 2025 年度填报表，该规划的规划期为 2021–2025 年（基期 2020 年），不含 2026 年），请该单位用下发的 2026 年度填报表填报后再汇总：收到/2025-普陀区.xlsx"]],
    // trial: 岱山县 sent last period's 2025 return and its form dated 2026: its own lines, each with what to do
    ["one unit's two files: their own lines", [chased("岱山县"), { ...chased("岱山县"), file: "收到/2026-岱山县.xlsx", period: { ...ended, own: 2026 } }], "summary", "zh", false,
      [FACT_ZH("岱山县", "汇总").replace("）：收到/", "），请该单位用下发的 2026 年度填报表填报后再汇总：收到/"),
        "岱山县：收到的文件无法汇总（是「“十四五”主要指标」的填报表（规划期为 2021–2025 年（基期 2020 年）），「填报说明」表的报告年份 2026 年不在其中），请该单位用下发的 2026 年度填报表重填后再汇总：收到/2026-岱山县.xlsx"]],
    ["the caller says it once itself (every return of the folder ended): the facts alone", [chased("定海区"), chased("普陀区")], "rollover", "zh", true,
      [FACT_ZH("定海区", "换年度"), FACT_ZH("普陀区", "换年度")]],
    // trial43c F3: the old ledger lists them, so rollover's closing line sends them this plan's form (distribute): no import advice before it
    ["the caller says it for the units named (the ledger's, sent the plan's form): their facts alone", [chased("定海区"), chased("普陀区")], "rollover", "zh", new Set(["定海区", "普陀区"]),
      [FACT_ZH("定海区", "换年度"), FACT_ZH("普陀区", "换年度")]],
    ["the caller says it for one unit of three: the other two's way forward once", [chased("定海区"), chased("普陀区"), chased("岱山县")], "rollover", "zh", new Set(["定海区"]),
      [FACT_ZH("定海区", "换年度"), FACT_ZH("普陀区", "换年度"), FACT_ZH("岱山县", "换年度"), `普陀区、岱山县：以上 2 份都是已结束的规划（「“十四五”主要指标」）的填报，${STEPS_ZH}`]],
    ["the caller says it for one unit of two, in English: the other keeps its way forward", [chased("定海区"), chased("普陀区")], "rollover", "en", new Set(["定海区"]),
      ["定海区: the file received cannot be rolled over (the 2025 return of \"“十四五”主要指标\", whose plan period 2021–2025 (baseline 2020) does not hold 2026): 收到/2025-定海区.xlsx",
        expect.stringMatching(/^普陀区: the file received cannot be rolled over \(.*\); for 2026 on, import the next plan period's indicator table first.*: 收到\/2025-普陀区\.xlsx$/) as unknown as string]],
  ])("%s", (_why, files, task, lang, saidOnce, lines) => {
    expect(unusableFileLines(files, task, lang, false, saidOnce)).toEqual(lines);
  });
});
