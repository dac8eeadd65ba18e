import { evaluationText, type TextItem } from "../../src/domain/evaluationText";
import { warningUnjudged } from "../../src/domain/warningUnjudged";
import { remarkText } from "../../src/sheet/evaluationColumns";
import { evaluationRow, type RowFacts } from "./evaluationRow";
import { returnParagraph } from "../../src/sheet/returnParagraph";

/**
 * trial47b F4, F5, F7, each in zh and en (the report's paragraph) and in the 附表's 说明:
 * - F4: a cumulative row whose 2022 value cannot be used is 数据异常 (check: 累计数无法计算); the paragraph listed that
 *   year under 未计入趋势与预测 and the 说明 said only 未能评估：数据异常. Now it names the year that stops the total.
 * - F5: a binding cumulative row left blank in 2023 whose 2021–2022 total already passed 〔2.6〕 was counted among the rows
 *   whose 预警 cannot be judged; a total already passed cannot become a 预警 (status stays 未填报, §3).
 * - F7: 「其中X的预测仅有一年数据」 after a 难以完成 list that did not hold X.
 */
const CO2: RowFacts = { name: "单位GDP二氧化碳排放降低", attribute: "约束性", unit: "%", baseline: "—", target: "〔18〕", values: { 2021: 3.5, 2022: "约3.8", 2023: 3.6 } };
const NOX: RowFacts = { name: "氮氧化物重点工程减排量", attribute: "约束性", unit: "万吨", baseline: "—", target: "〔2.6〕", values: { 2021: 1.4, 2022: 1.3, 2023: null } };
const VOC: RowFacts = { name: "挥发性有机物重点工程减排量", attribute: "约束性", unit: "万吨", baseline: "—", target: "〔2.4〕", values: { 2021: 0.5, 2022: 0.4, 2023: null } };
// one reported year (2023; 2021, 2022 blank), forecast to be met; another row with three, forecast to miss
const AIR: RowFacts = { name: "空气质量优良天数比率", attribute: "约束性", unit: "%", baseline: "93.3", target: "≥93.5", values: { 2023: 94 } };
const PM: RowFacts = { name: "细颗粒物平均浓度", attribute: "约束性", unit: "微克/立方米", baseline: "25", target: "≤24", values: { 2021: 24.5, 2022: 23.8, 2023: 26.1 } };

const paragraph = (rows: RowFacts[], lang: "zh" | "en"): string => returnParagraph({ items: rows.map((r, k) => evaluationRow(r, 2023, k)), year: 2023, targetYear: 2025 }, lang);

describe("report: a cumulative row stopped by an earlier year, or already met before a blank year", () => {
  test.each([
    // F4
    ["zh, stopped: its year named as stopping the total", [CO2], "zh", "累计数无法计算，该项未能评估：单位GDP二氧化碳排放降低 2022 年（", "未计入趋势与预测：单位GDP二氧化碳排放降低"],
    ["en, stopped", [CO2], "en", "the cumulative total cannot be summed and the indicator is not graded: 单位GDP二氧化碳排放降低, 2022 (", "Left out of the trend and forecast as not a valid number: 单位GDP"],
    // F5
    ["zh, met before a blank year: no unjudged 预警", [NOX], "zh", "2023 年未填报的约束性指标中，1 项此前累计已达到目标，不会出现预警：氮氧化物重点工程减排量（截至 2022 年累计 2.7 万吨，目标 〔2.6 万吨〕）", "是否预警无法判断"],
    ["en, met before a blank year", [NOX], "en", "1 already meets the target on the earlier years' total, so no warning can come of it: 氮氧化物重点工程减排量 (2.7 万吨 in total by 2022, target 〔2.6 万吨〕)", "cannot be told"],
    // a total not yet passed stays unjudged
    ["zh, not yet met: still unjudged", [VOC], "zh", "其中约束性指标 1 项未能评估（未填报），是否预警无法判断：挥发性有机物重点工程减排量。", "此前累计已达到目标"],
    // F7
    ["zh, the one-year row not in the 难以完成 list: a sentence of its own", [PM, AIR], "zh", "）。空气质量优良天数比率的预测仅有一年数据，趋势仅供参考。", "其中空气质量优良天数比率的预测"],
    ["en, a sentence of its own", [PM, AIR], "en", "). The forecasts for 空气质量优良天数比率 rest on one year of data only", "Of these, the forecasts"],
  ] as const)("%s", (_why, rows, lang, says, never) => {
    const text = paragraph([...rows], lang);
    expect(text).toContain(says);
    expect(text).not.toContain(never);
  });

  test.each([
    ["stopped: the year that stops the total", CO2, "未能评估：数据异常；2022 年的数值不能使用，累计数无法计算"],
    ["met before a blank year", NOX, "未能评估：未填报；截至 2022 年累计 2.7，已达到目标"],
    ["not yet met", VOC, "未能评估：未填报"],
  ] as const)("附表 说明, %s", (_why, row, note) => {
    expect(remarkText(evaluationRow(row, 2023))).toBe(note);
  });

  test.each([
    ["met before a blank year", NOX, null],
    ["not yet met", VOC, "missing"],
  ] as const)("--json's warningUnjudged, %s", (_why, row, why) => {
    const g = evaluationRow(row, 2023).graded;
    expect(warningUnjudged({ attribute: "约束性", grade: g.grade, reason: g.reason, metEarlier: g.metEarlier })).toBe(why);
  });

  test("the one-year row among the 难以完成 rows keeps 其中", () => {
    const miss: TextItem = { name: "甲", attribute: "约束性", unit: "%", grade: "on_schedule", cumulative: false, forecast: { meets: false, value: 80, basis: { years: 1 } }, pace: { needed: null, achieved: null }, target: "≥90" };
    const two: TextItem = { ...miss, name: "乙", forecast: { meets: false, value: 80, basis: { years: 2 } } };
    expect(evaluationText([miss, two], 2023, 2025)).toContain("其中甲的预测仅有一年数据");
  });
});
