import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { countyGridSheet } from "../../src/sheet/evaluationSheets";
import { TOTAL_LABEL } from "../../src/sheet/TOTAL_LABEL";
import { docxText } from "../support/docxText";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * 各填报单位评估结果汇总 ends with a 合计 row (the docx) and the 县区对比 sheet with a 合计 column: each count summed
 * over the units that reported, a unit that sent nothing adding nothing, so a manager matches summary's totals
 * (trial26b: 6 counties, 已实现 91 / 未完成 6 / 未能评估 17 to be added up by hand).
 */
const row = (name: string, values: RowFacts["values"], attribute = "预期性"): RowFacts => ({ name, attribute, unit: "%", baseline: "50", target: "≥60", values, domain: "经济发展" });
const met = row("常住人口城镇化率", { 2025: 61 });
const missed = row("城市空气质量优良天数比率", { 2025: 55 }, "约束性");
const blank = row("基本养老保险参保率", { 2025: null });

describe("the county table's 合计", () => {
  test.each<[string, Array<[string, RowFacts[]]>, string[], string[]]>([
    // [unit, rows] per unit; the units listed (one may have sent nothing); the 合计 row: 已实现, 未完成, 未能评估, 预警
    ["two units", [["柯城区", [met, missed, blank]], ["衢江区", [met, met, missed]]], [], ["3", "2", "1", "2"]],
    ["a unit that sent nothing adds nothing", [["柯城区", [met, missed]], ["龙游县", [met, blank]]], ["柯城区", "龙游县", "开化县"], ["2", "1", "1", "1"]],
  ])("%s", async (_why, units, listed, total) => {
    const c = combineEvaluations(units.map(([u, rows]) => returnOf(u, rows, 2025)), listed);
    if (!c.ok) throw new Error("not combined");
    const lines = (await docxText(c.report)).split("\n");
    const at = lines.indexOf(TOTAL_LABEL);
    expect(lines.slice(lines.indexOf("各填报单位评估结果汇总"), at).length).toBeGreaterThan(0);
    expect(lines.slice(at, at + 5)).toEqual([TOTAL_LABEL, ...total]);
    // the workbook form: a 合计 column summing each count row over the units' columns
    const sheet = countyGridSheet(c.report);
    const head = sheet.cells.find((x) => x.value === TOTAL_LABEL);
    expect(head).toBeDefined();
    const col = head!.address.replace(/\d+$/, "");
    const sums = sheet.cells.filter((x) => x.address.startsWith(col) && x.formula !== undefined).map((x) => x.formula);
    const lastUnit = String.fromCharCode("C".charCodeAt(0) + c.report.units.length - 1);
    expect(sums).toHaveLength(3);
    for (const f of sums) expect(f).toMatch(new RegExp(`^SUM\\(C(\\d+):${lastUnit}\\1\\)$`));
  });
});

// trial33 T14: the 合计 column was blank on every indicator row; there it tells how the units' grades split
describe("the county sheet's 合计 on an indicator row", () => {
  test.each<[string, Array<[string, RowFacts[]]>, string[], Record<string, string>]>([
    ["two units", [["柯城区", [met, missed, blank]], ["衢江区", [met, missed, met]]], [],
      { 常住人口城镇化率: "已实现 2", "★城市空气质量优良天数比率": "未完成 2", 基本养老保险参保率: "已实现 1、未能评估 1" }],
    ["a unit that sent nothing is not counted", [["柯城区", [met, missed]], ["龙游县", [missed, blank]]], ["柯城区", "龙游县", "开化县"],
      { 常住人口城镇化率: "已实现 1、未完成 1", "★城市空气质量优良天数比率": "未完成 1、未能评估 1" }],
  ])("%s", (_why, units, listed, totals) => {
    const c = combineEvaluations(units.map(([u, rows]) => returnOf(u, rows, 2025)), listed);
    if (!c.ok) throw new Error("not combined");
    const sheet = countyGridSheet(c.report);
    const col = sheet.cells.find((x) => x.value === TOTAL_LABEL)!.address.replace(/\d+$/, "");
    const at = (address: string) => sheet.cells.find((x) => x.address === address)?.value;
    const names = sheet.cells.filter((x) => /^A\d+$/.test(x.address) && typeof x.value === "string" && x.value.replace("★", "") in Object.fromEntries(Object.keys(totals).map((k) => [k.replace("★", ""), 1])));
    expect(Object.fromEntries(names.map((x) => [x.value, at(`${col}${x.address.slice(1)}`)]))).toEqual(totals);
  });
});
