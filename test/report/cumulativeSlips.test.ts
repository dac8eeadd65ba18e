import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { cli } from "../support/cli";

/**
 * Two trials' returns, rebuilt here in their shapes (evaluation-rules §3/§6/§8, our reading):
 * - 城镇新增就业 〔5500〕 filled 1269, 1206, 1244, then 4975 in 2024 (the four years' running total):
 *   check gave only a jump, report 提前实现 at 158.1%, summary's runningTotals [];
 * - 人均预期寿命 〔1〕, baseline 77.3, filled 78.6 in 2023 (the year's level): 已达标 at >999%, nothing said.
 */
const dir = mkdtempSync(join(tmpdir(), "cumulative-slips-"));
const indicator = (id: string, name: string, unit: string, baseline: string, target: string) => ({
  id, domain: "民生", number: id.slice(1), name, unit, attribute: "预期性", baseline, target, targetKind: "cumulative", source: id,
});
const template = (id: string, indicators: unknown[]) => ({
  schemaVersion: 1, id, kind: "indicators", title: "示例“十四五”主要指标", region: "示例市",
  source: { document: "plan.txt", table: "主要指标" }, baselineYear: 2020, targetYear: 2025, notes: [], yearlyTargetYears: [], indicators,
});
const JOBS = "jobs-test";
const LIFE = "life-test";

async function returnOf(t: ReturnType<typeof template>, year: number, unit: string, entries: InputEntry[]): Promise<string> {
  const tfile = join(dir, `${t.id}.json`);
  writeFileSync(tfile, JSON.stringify(t));
  const file = join(dir, `${year}-${unit}.xlsx`);
  const r = await cli("template", "--from", tfile, "--year", String(year), "--unit", unit, "--out", file);
  if (r.code !== 0) throw new Error(r.err);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(fillInputs(wb, entries)).toEqual([]);
  await wb.xlsx.writeFile(file);
  return file;
}

let jobs = "";
let life = "";
beforeAll(async () => {
  jobs = await returnOf(template(JOBS, [indicator("r01", "城镇新增就业（万人）", "万人", "〔6564〕", "〔5500〕")]), 2024, "南湖镇",
    [[2021, 1269], [2022, 1206], [2023, 1244], [2024, 4975]].map(([y, v]) => ({ template: JOBS, id: "r01", key: `in:${y}`, value: v! })));
  life = await returnOf(template(LIFE, [indicator("r13", "人均预期寿命（岁）", "岁", "77.3", "〔1〕")]), 2023, "甲省",
    [{ template: LIFE, id: "r13", key: "in:2023", value: 78.6 }]);
}, 60000);

type CheckItem = { id: string; status: string; issues: Array<{ code: string; message: string }> };
type ReportItem = { id: string; status: string; grade: string; progress: number | null; verify?: string; basis?: number; forecast: { value: number | null } };

describe("the trials' cumulative slips, end to end", () => {
  test.each([
    ["the latest year's running total", () => jobs, "r01", "running_total", "本年值 4975 不小于 2021—2023 年之和 3719，疑似填了累计数；累计指标每年只填当年新增量，是否应为 1256（4975 − 3719）？"],
    ["a level typed", () => life, "r13", "level_typed", "本年值 78.6 超过规划期累计目标 1 的 78.6 倍，又接近基期值 77.3，疑似填了当年的水平值；累计指标每年只填当年新增量（提高值 = 本年水平 − 2020 年水平 77.3），是否应为 1.3？"],
  ] as const)("check --json says it: %s", async (_why, file, id, code, message) => {
    const r = await cli("check", file(), "--json");
    const item = (JSON.parse(r.out) as { items: CheckItem[] }).items.find((i) => i.id === id);
    expect(item?.status).toBe("met"); // §3's sum, unchanged
    expect(item?.issues.filter((i) => i.code === code).map((i) => i.message.replace(/^[^：]*：/, ""))).toEqual([message]);
  });

  test.each([
    // graded on 4975 as the total so far: 90.5% against 80%, 快于预期 (was 提前实现 at 158.1%, forecast 10867.5)
    ["the latest year's running total", () => jobs, "r01", ["met", "ahead", 0.9045, "running_total", 4975, 6218.75]],
    // not graded: 未能评估（数值待核实）, no forecast (was 提前实现 at 7860%)
    ["a level typed", () => life, "r13", ["met", "not_graded", 78.6, "level_typed", undefined, null]],
  ] as const)("report --json: %s", async (_why, file, id, expected) => {
    const r = await cli("report", file(), "--json");
    const doc = JSON.parse(r.out) as { items: ReportItem[]; text: string };
    const i = doc.items.find((x) => x.id === id);
    expect([i?.status, i?.grade, i?.progress, i?.verify, i?.basis, i?.forecast.value]).toEqual(expected);
    expect(doc.text).toContain("有 1 项数值待核实");
  });

  test("summary --json lists the latest year's running total", async () => {
    const r = await cli("summary", jobs, "--json");
    const rows = (JSON.parse(r.out) as { runningTotals: Array<Record<string, unknown>> }).runningTotals;
    expect(rows.map((x) => [x["unit"], x["id"], x["total"], x["amount"]])).toEqual([["南湖镇", "r01", 4975, 1256]]);
  });
});
