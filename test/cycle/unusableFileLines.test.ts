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
