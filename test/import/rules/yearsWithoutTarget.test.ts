import { importTable, unreadMessage } from "../../../src/import";

/**
 * yearsWithoutTarget: a row whose yearly targets are no target (`—`, `/`, empty) in some years while
 * another year has one reads 不适用 in those years (evaluation-rules §3), so it is said once for the
 * row, with the years; a trial's 农业科技进步贡献率 (`—` 2021–24, 65 in 2025) went unchecked without a word.
 */
const YEARLY = "青山镇农业农村现代化“十四五”规划年度目标表\n序号\t指标名称\t单位\t属性\t2020年\t2021年\t2022年\t2023年\t2024年\t2025年";
// the final target in a column without a year (the plan's end from the title): it stands for 2025
const UNDATED = "某某县“十四五”主要指标\n序号\t指标名称\t2020年\t2021年\t2022年\t2023年\t2024年\t规划目标\t属性";

describe("yearsWithoutTarget", () => {
  test.each<[string, string, string, string | null, string | null]>([
    ["the trial's row: — until the last year", YEARLY, "6\t农业科技进步贡献率\t%\t预期性\t62\t—\t—\t—\t—\t65",
      "“农业科技进步贡献率”2021—2024 年的年度目标为“—”（当年无目标），这几年的状态为“不适用”，填报的数值不核对（2025 年有目标）",
      "“农业科技进步贡献率” has no yearly target in 2021–2024 (written “—”): those years read “不适用” (not applicable) and their values are not checked (2025 has one)"],
    ["one / between targets", YEARLY, "5\t畜禽粪污综合利用率\t%\t预期性\t85\t86\t88\t/\t90\t92",
      "“畜禽粪污综合利用率”2023 年的年度目标为“/”（当年无目标），这一年的状态为“不适用”，填报的数值不核对（2021、2022、2024、2025 年有目标）",
      "that year reads “不适用” (not applicable) and its value is not checked (2021, 2022, 2024, 2025 have one)"],
    ["empty cells and dashes", YEARLY, "1\t粮食播种面积\t万亩\t约束性\t12.5\t\t—\t≥12.5\t≥12.5\t≥12.5",
      "“粮食播种面积”2021、2022 年的年度目标为空白、“—”（当年无目标）", "(written empty, “—”)"],
    ["yearly columns and an undated final target: dashes before it", UNDATED, "1\t农业科技进步贡献率（%）\t62\t—\t—\t—\t—\t65\t预期性",
      "2021—2024 年的年度目标为“—”（当年无目标），这几年的状态为“不适用”，填报的数值不核对（2025 年有目标）", "(2025 has one)"],
    ["every year has a target: not said", YEARLY, "3\t高标准农田面积\t万亩\t约束性\t5\t5.5\t6\t6.5\t7\t8", null, null],
    ["no year has a target: not said", YEARLY, "7\t某某指标\t%\t预期性\t62\t—\t—\t—\t—\t—", null, null],
    ["dashes and no final target either: not said", UNDATED, "1\t某某指标（%）\t62\t—\t—\t—\t—\t—\t预期性", null, null],
  ])("%s", (_d, head, row, zh, en) => {
    const r = importTable(`${head}\n${row}`);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators).toHaveLength(1);
    const said = r.unread.filter((u) => u.code === "yearly-no-target");
    if (zh === null || en === null) {
      expect(said).toEqual([]);
      return;
    }
    // one line for the row, however many years
    expect(said).toHaveLength(1);
    expect(said[0]?.effect).toBe("to-check");
    expect(said[0]?.line).toBe(3);
    expect(said[0]?.reason).toContain(zh);
    // the CLI has written the template file: its field is named, or the table imported again (session 32: the old
    // wording named the table and the file in one sentence for both); a pane user has no file, only the box and 读取
    expect(said[0]?.reason).toMatch(/可在生成的模板文件中删去(这一年|这几年)的年度目标（yearlyTargets），或在表格中删去后重新导入，已载入，请核对$/);
    expect(said[0]?.reasonEn).toContain("yearlyTargets");
    const pane = unreadMessage(said[0]!, "zh", { kind: "paste", box: true });
    expect(pane).toMatch(/可在上面的文本框中删去(这一年|这几年)的目标后重新点“读取”，已载入，请核对$/);
    expect([pane, unreadMessage(said[0]!, "en", { kind: "paste", box: true })].join()).not.toMatch(/yearlyTargets|模板|template/);
    expect(said[0]?.reasonEn).toContain(en);
  });

  // a trial: a row with blank yearly targets got a 目标一格为空 line for each blank year besides this one
  test.each<[string, string, number[]]>([
    ["all blank before the last year: this line alone", "2\t客运量\t万人\t预期性\t310\t\t\t\t\t350", []],
    ["a blank baseline is still said (not a year without a target)", "2\t客运量\t万人\t预期性\t\t\t\t\t\t350", [2020]],
    ["blank and dashes", "1\t粮食播种面积\t万亩\t约束性\t12.5\t\t—\t≥12.5\t≥12.5\t≥12.5", []],
  ])("blank years: one line for the row (%s)", (_d, row, emptyLeft) => {
    const r = importTable(`${YEARLY}\n${row}`);
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.filter((u) => u.code === "yearly-no-target")).toHaveLength(1);
    const empty = r.unread.filter((u) => u.code === "value-empty").map((u) => (u.params as { column: { year?: number } }).column.year);
    expect(empty).toEqual(emptyLeft);
  });

  // the rule says, it does not change: those years stay no target (evaluation-rules §3 reads them 不适用)
  test("the yearly targets are kept as written", () => {
    const r = importTable(`${YEARLY}\n6\t农业科技进步贡献率\t%\t预期性\t62\t—\t—\t—\t—\t65`);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators[0]?.yearlyTargets).toEqual({ 2021: "—", 2022: "—", 2023: "—", 2024: "—", 2025: "65" });
  });
});
