import { briefNote } from "../../src/domain/briefNote";
import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import { returnParagraph } from "../../src/sheet/returnParagraph";
import { warningSection } from "../../src/sheet/warningSection";
import { returnOf, verifiedRow as graded, type RowFacts } from "./evaluationRow";

/**
 * The final year (Y = T, no forecast): a trial's 期末评估 (trial26b, 柯城区) called 新增造林面积 〔6〕 filled
 * 1.3, 1.2, 1.2, 1.1, 6 (the period target typed into 2025) 【约束性未完成】 on the cautious reading while
 * check said 已达标; said 单位地区生产总值二氧化碳排放降低 〔18〕 with 2023 blank 未完成 with no word of the
 * blank year; and quoted a county's 说明 on a missed binding row only in the 附表 (evaluation-rules §6).
 */
const forest = (values: RowFacts["values"]): RowFacts => ({ name: "新增造林面积", attribute: "约束性", unit: "万亩", baseline: "/", target: "〔6〕", values, domain: "绿色生态" });

describe("a running total whose readings disagree is not graded at T", () => {
  test.each([
    // the period target typed into 2025: 10.8 with it, 4.8 without: the sum meets, the cautious reading misses
    ["copied target at T", forest({ 2021: 1.3, 2022: 1.2, 2023: 1.2, 2024: 1.1, 2025: 6 }), 2025, "not_graded", "累计 10.8（2025 年 6）（本年值等于规划期累计目标，疑似照抄目标：计入当年累计 10.8，不计入为 4.8，是否完成待核实）"],
    // mid-period the cautious reading still grades it (滞后于预期 prompts a look; nothing is final yet)
    ["copied target mid-period", forest({ 2021: 1.3, 2022: 1.2, 2023: 6 }), 2023, "behind", "累计 8.5（2023 年 6）（本年值等于规划期累计目标，未计入评估，按此前各年累计 2.5 评估，待核实）"],
    // both readings meet at T (running totals 1.3 … 6.2): achieved either way, still to verify
    ["running totals past the target at T", forest({ 2021: 1.3, 2022: 2.5, 2023: 3.7, 2024: 4.9, 2025: 6.2 }), 2025, "achieved", "累计 18.6（2025 年 6.2）（疑似填了累计数，按累计 6.2 评估，待核实）"],
  ] as const)("%s", (_why, facts, year, grade, shown) => {
    const r = graded(facts, year);
    expect(r.graded.result.status).toBe("met"); // check's status, unchanged
    expect(r.graded.grade).toBe(grade);
    expect(evaluationColumns(r, 1, year)[6]).toBe(shown);
    const ret = returnOf("柯城区", [facts], year);
    ret.items = [r];
    const lines = warningSection(ret).lines.join("\n");
    expect(lines.includes("【约束性未完成】")).toBe(false);
    expect(returnParagraph({ items: [r], year, targetYear: 2025 }, "zh")).toContain(grade === "not_graded" ? "未能评估 1 项（数值待核实 1 项）" : "");
  });
});

describe("what a 期末未完成 line says beside the total", () => {
  const co2: RowFacts = { name: "单位地区生产总值二氧化碳排放降低", attribute: "约束性", unit: "%", baseline: "/", target: "〔18〕", values: { 2021: 3.5, 2022: 3.6, 2023: null, 2024: 3.4, 2025: 3.9 }, domain: "绿色生态" };
  const air: RowFacts = { name: "城市空气质量优良天数比率", attribute: "约束性", unit: "%", baseline: "93", target: "≥95", values: { 2021: 94, 2022: 94.5, 2023: 94.6, 2024: 94.7, 2025: 94.8 }, domain: "绿色生态" };
  const long = "受区域传输和臭氧污染影响，2025年优良天数比率94.8%，较目标低0.2个百分点，已制定大气污染防治攻坚方案";
  test.each([
    ["a blank year, paragraph", co2, "", "paragraph", "2025 年累计 14.4%，其中当年 3.9%，2023 年未填报，按 0 计入累计，目标 〔18%〕"],
    ["a blank year, 期末未完成 line", co2, "", "lines", "2025 年累计 14.4%（当年 3.9%），2023 年未填报，按 0 计入累计，目标 〔18%〕"],
    ["a short 说明, whole", air, "受臭氧污染影响", "lines", "2025 年为 94.8%，目标 ≥95%；说明：受臭氧污染影响"],
    ["a long 说明, cut", air, long, "lines", `目标 ≥95%；说明：${briefNote(long)}`],
  ] as const)("%s", (_why, facts, note, where, said) => {
    const ret = returnOf("柯城区", [facts], 2025);
    ret.items[0]!.note = note;
    const text = where === "paragraph" ? returnParagraph(ret, "zh") : warningSection(ret).lines.join("\n");
    expect(text).toContain(said);
  });

  test.each([
    ["受臭氧污染影响", "受臭氧污染影响"],
    ["甲".repeat(50), `${"甲".repeat(39)}…`],
    [" 两行\n说明 ", "两行 说明"],
  ])("briefNote(%j)", (note, brief) => expect(briefNote(note)).toBe(brief));
});
