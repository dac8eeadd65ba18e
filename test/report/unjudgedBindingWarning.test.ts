import { warningUnjudged } from "../../src/domain/warningUnjudged";
import { reportJson } from "../../src/cli/reportJson";
import { warningCountCell } from "../../src/cli/warningCountCell";
import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { returnParagraph } from "../../src/sheet/returnParagraph";
import { TOTAL_LABEL } from "../../src/sheet/TOTAL_LABEL";
import { docxText } from "../support/docxText";
import { returnOf, verifiedRow, type RowFacts } from "./evaluationRow";

/**
 * trial38 F1: a unit whose only binding (约束性) row held 「２.８」 (text, 数据异常) showed 预警 0 in the Word report's
 * county table, the only unit with none; its 总体评估 said nothing of the binding row and `--json` gave `warning: null`.
 * §6's 预警 is read from a binding row's grade, so a binding row 未能评估 has its 预警 unjudged (warningUnjudged): the
 * paragraph says so, the county table's 预警 cell does not read as a count, `--json` gives `warningUnjudged`. On the old
 * code warningUnjudged and warningCountCell do not exist, and the docx cell reads 0.
 */
const co2 = (value: number | string | null): RowFacts => ({ name: "交通运输二氧化碳排放强度下降率", attribute: "约束性", unit: "%", baseline: "—", target: "〔5〕", values: { 2021: 0.9, 2022: 0.9, 2023: value }, domain: "绿色低碳" });
const rail = (value: number): RowFacts => ({ name: "铁路营业里程", attribute: "预期性", unit: "万公里", baseline: "14.6", target: "16.5", values: { 2021: 14.9, 2022: 15.2, 2023: value }, domain: "设施网络" });

describe("a binding row not graded: its 预警 is unjudged, never 0", () => {
  test.each<[string, RowFacts, string | null]>([
    ["text 「２.８」 (数据异常)", co2("２.８"), "invalid"],
    ["left blank (未填报)", co2(null), "missing"],
    ["graded (a number)", co2(1), null],
    ["not binding, not graded", { ...co2("２.８"), attribute: "预期性" }, null],
  ])("warningUnjudged: %s", (_why, facts, why) => {
    const r = verifiedRow(facts, 2023);
    expect(warningUnjudged({ attribute: r.attribute, grade: r.graded.grade, reason: r.graded.reason })).toBe(why);
  });

  test.each<["zh" | "en", string]>([
    ["zh", "其中约束性指标 1 项未能评估（数据异常），是否预警无法判断：交通运输二氧化碳排放强度下降率。"],
    ["en", "Of these, 1 binding indicator is not graded (invalid data), so whether it is a warning cannot be told: 交通运输二氧化碳排放强度下降率. "],
  ])("the paragraph says it after the counts (%s)", (lang, sentence) => {
    const items = [verifiedRow(co2("２.８"), 2023), verifiedRow(rail(15.5), 2023)];
    expect(returnParagraph({ items, year: 2023, targetYear: 2025 }, lang)).toContain(sentence);
    expect(returnParagraph({ items: [verifiedRow(co2(1), 2023)], year: 2023, targetYear: 2025 }, lang)).not.toMatch(/是否预警无法判断|cannot be told/);
  });

  test.each<[number, number, string]>([
    [0, 0, "0"],
    [2, 0, "2"],
    [0, 1, "—（约束性 1 项未能评估）"],
    [2, 1, "≥2（约束性 1 项未能评估）"],
  ])("the county table's 预警 cell: %i warned, %i unjudged", (warned, unjudged, cell) => {
    expect(warningCountCell(warned, unjudged)).toBe(cell);
  });

  // the county table: 填报单位, six grades, then 预警 (the seventh cell after the unit)
  test("the docx county table and --json agree", async () => {
    const c = combineEvaluations([returnOf("南湖区", [co2("２.８"), rail(15.5)], 2023), returnOf("东城区", [co2(0.5), rail(15.5)], 2023)]);
    if (!c.ok) throw new Error("not combined");
    const lines = (await docxText(c.report)).split("\n");
    const row = (unit: string): string | undefined => lines[lines.indexOf(unit, lines.indexOf("各填报单位评估结果汇总")) + 7];
    expect([row("南湖区"), row("东城区"), row(TOTAL_LABEL)]).toEqual(["—（约束性 1 项未能评估）", "1", "≥1（约束性 1 项未能评估）"]);
    const json = reportJson(c.report) as { items: Array<{ unit: string; attribute: string; warning: string | null; warningUnjudged?: string }> };
    expect(json.items.filter((i) => i.attribute === "约束性").map((i) => [i.unit, i.warning, i.warningUnjudged])).toEqual([["南湖区", null, "invalid"], ["东城区", "forecast", undefined]]);
  });

  // trial38b F4: a blank return's 预警 cell read 「—（约束性 2 项未能评估）」 while its paragraph, left out on purpose, said
  // only 未填报任何数值; and its .docx 总体评估 did not open with 收到空表，按未报。 as the terminal's paragraph does. On the old
  // code the paragraph had no 是否预警无法判断 and the .docx's began 规划确定.
  const blankRows = [co2(null), { ...rail(15.5), values: { 2021: 14.9, 2022: 15.2, 2023: null } }];
  test.each<["zh" | "en", string]>([
    ["zh", "2023 年未填报任何数值，未能评估 2 项（未填报 2 项）。其中约束性指标 1 项未能评估（未填报），是否预警无法判断：交通运输二氧化碳排放强度下降率。"],
    ["en", "No value was entered for 2023: not graded 2 (not reported 2). Of these, 1 binding indicator is not graded (not reported), so whether it is a warning cannot be told: 交通运输二氧化碳排放强度下降率."],
  ])("a return with nothing entered says its binding rows unjudged too (%s)", (lang, sentence) => {
    const items = blankRows.map((r) => verifiedRow(r, 2023));
    expect(returnParagraph({ items, year: 2023, targetYear: 2025 }, lang)).toContain(sentence);
  });

  test.each<[string, "file" | "year", string]>([
    ["收到空表", "file", "收到空表，按未报。规划确定主要指标 2 项"],
    ["本年度未填", "year", "本年度未填，按未报。规划确定主要指标 2 项"],
  ])("the docx: a blank return (%s) opens its 总体评估 as the terminal does, and its 预警 cell and text agree", async (_kind, blank, opening) => {
    const c = combineEvaluations([{ ...returnOf("北山县", blankRows, 2023), blank }, returnOf("东城区", [co2(0.5), rail(15.5)], 2023)]);
    if (!c.ok) throw new Error("not combined");
    const lines = (await docxText(c.report)).split("\n");
    const unit = `北山县（${blank === "file" ? "收到空表" : "本年度未填"}）`;
    expect(lines[lines.indexOf(unit, lines.indexOf("各填报单位评估结果汇总")) + 7]).toBe("—（约束性 1 项未能评估）");
    // its section: "1. 北山县（收到空表）", "北山县：总体评估", then the paragraph
    const said = lines[lines.indexOf(`1. ${unit}`) + 2] ?? "";
    expect({ opens: said.startsWith(opening), unjudged: said.includes("是否预警无法判断：交通运输二氧化碳排放强度下降率"), said }).toEqual({ opens: true, unjudged: true, said });
    // the terminal's paragraph opens alike
    expect(c.report.text).toContain(`【北山县】${opening}`);
  });
});
