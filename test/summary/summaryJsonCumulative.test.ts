import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { cli } from "../support/cli";

/**
 * trial40a F6: `summary --json` gave 建阳区's 氨氮 〔600〕 `"value": "95", "expectedValue": 240` (the year's amount beside a
 * running total due: the total, 195, was nowhere) and raw floats for progress (-0.4999999999999999) where check --json
 * rounds (-0.5). A listed row now carries `cumulative` (the running total; null for other rows), and its numbers are
 * rounded as check --json rounds them (jsonNumber).
 */
const dir = mkdtempSync(join(tmpdir(), "summary-json-cumulative-"));
const T = "summary-json-cumulative";
const row = (id: string, name: string, unit: string, baseline: string, target: string, targetKind: string) => ({
  id, domain: "水环境", number: id.slice(1), name, unit, attribute: "约束性", baseline, target, targetKind, source: id,
});
const template = {
  schemaVersion: 1, id: T, kind: "indicators", title: "南平市“十四五”生态环境保护规划主要指标", region: "南平市", source: { document: "plan.txt", table: "主要指标" },
  baselineYear: 2020, targetYear: 2025, notes: [], yearlyTargetYears: [],
  indicators: [
    row("r01", "氨氮重点工程减排量（吨）", "吨", "", "〔600〕", "cumulative"),
    row("r02", "地表水劣Ⅴ类水体比例（%）", "%", "0.5", "≤0.3", "ceiling"),
  ],
};
const tfile = join(dir, `${T}.json`);
const file = join(dir, "2022-建阳区.xlsx");

beforeAll(async () => {
  writeFileSync(tfile, JSON.stringify(template));
  const r = await cli("template", "--from", tfile, "--year", "2022", "--unit", "建阳区", "--out", file);
  if (r.code !== 0) throw new Error(r.err);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const values: Array<[string, string, number]> = [["r01", "in:2021", 100], ["r01", "in:2022", 95], ["r02", "in:2022", 0.6]];
  const entries: InputEntry[] = values.map(([id, key, value]) => ({ template: T, id, key, value }));
  expect(fillInputs(wb, entries)).toEqual([]);
  await wb.xlsx.writeFile(file);
}, 60000);

test.each<[string, string, Record<string, unknown>]>([
  ["a cumulative row: the running total beside the total due", "r01", { value: "95", cumulative: 195, expectedValue: 240, progress: 0.325, expected: 0.4 }],
  ["a level row: no running total, progress rounded as check --json", "r02", { value: "0.6", cumulative: null, progress: -0.5, expected: 0.4 }],
])("summary --json lagging[]: %s", async (_why, id, fields) => {
  const r = await cli("summary", file, "--json");
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.out) as { lagging: Array<Record<string, unknown>> };
  expect(doc.lagging.find((x) => x["id"] === id)).toMatchObject(fields);
});
