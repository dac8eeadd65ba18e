import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { cli } from "../support/cli";

/**
 * A forecast that rests on one reported year says so (evaluation-rules §6, our reading; trial36 N8): in the first
 * year of 十五五 (baseline 2025) the report read "【预警】空气质量优良天数比率（%）（约束性）：按目前趋势预计 2030 年为 75.0%…"
 * and "人均预期寿命（岁）（预计 2030 年 71.7 岁…）", a line through the baseline and 2026 alone, as a finding. Each
 * forecast line (预警, 分领域, 附表 and the 评估 sheet) says 仅有 2026 年一年数据，趋势仅供参考, the paragraph once, in
 * zh and en, and `--json` gives forecast.basis.years.
 */
const dir = mkdtempSync(join(tmpdir(), "one-year-forecast-"));
const T = "one-year-test";
const indicator = (id: string, name: string, unit: string, attribute: string, baseline: string, target: string, targetKind: string) => ({
  id, domain: "民生", number: id.slice(1), name, unit, attribute, baseline, target, targetKind, source: id,
});
const template = {
  schemaVersion: 1, id: T, kind: "indicators", title: "示例市“十五五”时期经济社会发展主要指标", region: "示例市",
  source: { document: "plan.txt", table: "主要指标" }, baselineYear: 2025, targetYear: 2030, notes: [], yearlyTargetYears: [],
  indicators: [
    indicator("r01", "空气质量优良天数比率（%）", "%", "约束性", "84.2", "≥88", "floor"),
    indicator("r02", "人均预期寿命（岁）", "岁", "预期性", "79.2", "80.2", "point"),
  ],
};

async function returnOf(year: number, values: Record<string, Record<number, number>>): Promise<string> {
  const tfile = join(dir, `${T}.json`);
  writeFileSync(tfile, JSON.stringify(template));
  const file = join(dir, `${year}-${Object.keys(values).join("")}-${Object.values(values).map((v) => Object.keys(v).length).join("")}.xlsx`);
  const r = await cli("template", "--from", tfile, "--year", String(year), "--unit", "清河县", "--out", file);
  if (r.code !== 0) throw new Error(r.err);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const entries: InputEntry[] = Object.entries(values).flatMap(([id, byYear]) => Object.entries(byYear).map(([y, v]) => ({ template: T, id, key: `in:${y}`, value: v })));
  expect(fillInputs(wb, entries)).toEqual([]);
  await wb.xlsx.writeFile(file);
  return file;
}

async function texts(file: string): Promise<{ json: { items: Array<{ id: string; forecast: { basis?: { years: number } } }>; text: string }; en: string; docx: string; sheet: string[] }> {
  const json = JSON.parse((await cli("report", file, "--json")).out) as { items: Array<{ id: string; forecast: { basis?: { years: number } } }>; text: string };
  const en = (await cli("report", file, "--lang", "en")).out;
  const out = file.replace(/\.xlsx$/, ".docx");
  expect((await cli("report", file, "--out", out)).code).toBe(0);
  const mammoth = await import("mammoth");
  const docx = (await mammoth.extractRawText({ path: out })).value;
  const xlsx = file.replace(/\.xlsx$/, ".out.xlsx");
  expect((await cli("report", file, "--out", xlsx)).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const sheet: string[] = [];
  wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => { sheet.push(String(c.value)); }));
  return { json, en, docx, sheet };
}

const ZH = "仅有 2026 年一年数据，趋势仅供参考";
const EN = "one year of data only, 2026; the trend is indicative";

describe("report: a forecast on one reported year says the trend is indicative", () => {
  test.each([
    // the trial: 2026, the plan's first year; 84.2 → 81.9 and 79.2 → 77.7 forecast far below, 预警 on the binding row
    ["the plan's first year", 2026, { r01: { 2026: 81.9 }, r02: { 2026: 77.7 } }, [1, 1], true],
    // a year later, two years read: no caveat
    ["two years reported", 2027, { r01: { 2026: 81.9, 2027: 81.5 }, r02: { 2026: 77.7, 2027: 77.9 } }, [2, 2], false],
  ] as const)("%s", async (_why, year, values, years, caveat) => {
    const { json, en, docx, sheet } = await texts(await returnOf(year, values));
    expect(json.items.map((i) => i.forecast.basis?.years)).toEqual(years);
    // the paragraph (terminal, --json text, 评估 sheet), once, in the lead of the forecast sentence
    expect(json.text.includes(`按目前趋势（${ZH}），预计到 2030 年难以完成 2 项`)).toBe(caveat);
    expect(json.text.split(ZH).length - 1).toBe(caveat ? 1 : 0);
    expect(en.includes(`On the present trend (${EN}), 2 are unlikely to be met by 2030`)).toBe(caveat);
    // the Word report: the 预警 line, each 分领域 line and each 附表 预测 cell
    const lines = docx.split(/\n+/);
    expect(lines.some((l) => /^(\d+\. )?【预警】空气质量优良天数比率（%）（约束性）：按目前趋势预计 2030 年为/.test(l) && l.includes(`（${ZH}）`))).toBe(caveat);
    expect(lines.filter((l) => /^人均预期寿命（岁）（预期性）：.*预计难以完成/.test(l)).map((l) => l.includes(`预计难以完成（${ZH}）`))).toEqual([caveat]);
    expect(lines.filter((l) => /（预计难以完成[；）]/.test(l)).map((l) => l.endsWith(`（预计难以完成；${ZH}）`))).toEqual([caveat, caveat]);
    // the 评估 sheet's 附表 says the same
    expect(sheet.filter((c) => /（预计难以完成[；）]/.test(c)).map((c) => c.endsWith(`；${ZH}）`))).toEqual([caveat, caveat]);
  }, 60000);

  test("only some forecasts on one year: those named once, after the forecast", async () => {
    // 2027, 空气质量 has both years, 人均预期寿命 only 2027: the line through the baseline and 2027
    const { json, en } = await texts(await returnOf(2027, { r01: { 2026: 81.9, 2027: 81.5 }, r02: { 2027: 77.7 } }));
    expect(json.items.map((i) => i.forecast.basis?.years)).toEqual([2, 1]);
    expect(json.text).toContain("按目前趋势，预计到 2030 年难以完成 2 项");
    expect(json.text).toContain("其中人均预期寿命（岁）的预测仅有一年数据，趋势仅供参考。");
    expect(en).toContain("Of these, the forecasts for 人均预期寿命（岁） rest on one year of data only; the trend is indicative.");
  }, 60000);
});
