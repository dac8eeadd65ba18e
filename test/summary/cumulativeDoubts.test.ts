import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { cli } from "../support/cli";

/**
 * Two trials' returns in their shapes (evaluation-rules §3/§6, our reading):
 * - 开化县 2026: 单位地区生产总值二氧化碳排放降低 〔17〕 (baseline 〔18.5〕) filled 21.9 (year_over_pace) and
 *   龙游县's 人均预期寿命 〔1〕 (baseline 81.2) 81.5 (level_typed): the summary's 累计指标疑似… line named neither,
 *   and rollover carried them on silently;
 * - 龙游县 552200 万人 typed ×10000 (scale_suspect): the summary counted it 已达标 while the report withheld it.
 */
const dir = mkdtempSync(join(tmpdir(), "cumulative-doubts-"));
const T = "doubts-test";
const row = (id: string, name: string, unit: string, baseline: string, target: string, targetKind: string) => ({
  id, domain: "民生", number: id.slice(1), name, unit, attribute: "预期性", baseline, target, targetKind, source: id,
});
const template = {
  schemaVersion: 1, id: T, kind: "indicators", title: "示例“十五五”主要指标", region: "示例市", source: { document: "plan.txt", table: "主要指标" },
  baselineYear: 2025, targetYear: 2030, notes: [], yearlyTargetYears: [],
  indicators: [
    row("r01", "单位地区生产总值二氧化碳排放降低（%）", "%", "〔18.5〕", "〔17〕", "cumulative"),
    row("r02", "人均预期寿命（岁）", "岁", "81.2", "〔1〕", "cumulative"),
    row("r03", "工伤保险参保人数（万人）", "万人", "50", "≥55", "floor"),
  ],
};
const tfile = join(dir, `${T}.json`);
const file = join(dir, "2026-龙游县.xlsx");

beforeAll(async () => {
  writeFileSync(tfile, JSON.stringify(template));
  const r = await cli("template", "--from", tfile, "--year", "2026", "--unit", "龙游县", "--out", file);
  if (r.code !== 0) throw new Error(r.err);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const entries: InputEntry[] = [["r01", 21.9], ["r02", 81.5], ["r03", 552200]].map(([id, v]) => ({ template: T, id: String(id), key: "in:2026", value: Number(v) }));
  expect(fillInputs(wb, entries)).toEqual([]);
  await wb.xlsx.writeFile(file);
}, 60000);

describe("values the report does not grade, as the summary and rollover say them", () => {
  test.each([
    ["zh", [
      "以上计数中有 3 项数值待核实（已达标 3 项）：按填报表的状态计入，评估报告不予评估（未能评估，数值待核实）：龙游县 单位地区生产总值二氧化碳排放降低（%）",
      "累计指标疑似填了水平值或远超按年平均进度（每年只填当年新增量；评估报告未予评估），请核实：龙游县 单位地区生产总值二氧化碳排放降低（%）（", "：21.9，远超按年平均进度，当年应为 3.4？）、人均预期寿命（岁）（", "：81.5，疑似填了水平值，当年应为 0.3？）",
    ]],
    ["en", ["3 of the rows counted above (Met 3) have values to verify: counted by the sheets' status, but the report does not grade them", "cumulative rows with a value to verify"]],
  ])("summary's text (%s)", async (lang, parts) => {
    const r = await cli("summary", file, "--lang", lang);
    expect(r.code).toBe(0);
    for (const p of parts) expect(r.out).toContain(p);
  });

  test("summary --json: toVerify and cumulativeDoubts", async () => {
    const doc = JSON.parse((await cli("summary", file, "--json")).out) as { totals: Record<string, number>; toVerify: Array<{ id: string; status: string; verify: string }>; cumulativeDoubts: Array<{ id: string; code: string; value: number; amount?: number }> };
    expect(doc.totals["met"]).toBe(3); // the sheets' status, unchanged
    expect(doc.toVerify.map((x) => [x.id, x.status, x.verify])).toEqual([["r01", "met", "year_over_pace"], ["r02", "met", "level_typed"], ["r03", "met", "scale_suspect"]]);
    expect(doc.cumulativeDoubts.map((x) => [x.id, x.code, x.value, x.amount])).toEqual([["r01", "year_over_pace", 21.9, 3.4], ["r02", "level_typed", 81.5, 0.3]]);
  });

  test("the 汇总 sheet says it under its title", async () => {
    const out = join(dir, "汇总.xlsx");
    expect((await cli("summary", file, "--out", out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const lines: string[] = [];
    const ws = wb.getWorksheet("汇总");
    ws?.getColumn(1).eachCell((c) => { lines.push(String(c.value ?? "")); });
    expect(lines.find((l) => l.startsWith("下列计数中有 3 项数值待核实（已达标 3 项）"))).toBeDefined();
    // it names each row: wrapped across the table's columns, not one line that widened the printed page to half size
    let cell: ExcelJS.Cell | undefined;
    ws?.getColumn(1).eachCell((c) => { if (String(c.value ?? "").startsWith("下列计数中")) cell = c; });
    expect([cell?.alignment?.wrapText, cell?.isMerged, ws?.getCell(`L${cell?.row ?? 1}`).master.address]).toEqual([true, true, cell?.address]);
  });

  test("rollover names the level and the year far beyond the pace it carries", async () => {
    const r = await cli("rollover", file, "--year", "2027", "--out-dir", join(dir, "2027"));
    expect(r.code).toBe(0);
    const text = r.out + r.err;
    expect(text).toContain("单位地区生产总值二氧化碳排放降低（%） 2026 年：21.9（远超按年平均进度，疑似加上了上个规划期的累计数，当年应为 3.4？）");
    expect(text).toContain("人均预期寿命（岁） 2026 年：81.5（疑似填了当年的水平值，当年应为 0.3？）");
  });
});
