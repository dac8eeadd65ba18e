import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emptyCounts } from "../../src/domain/Status";
import { statusCountsText, toVerifyByStatus } from "../../src/domain/statusCountsText";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { cli } from "../support/cli";

/**
 * Trial 32: check's and summary's totals said 已达标 3 where two of the three were ×1000 slips the report does not grade
 * (CheckItem.ungraded: 未能评估（数值待核实）). The statuses stay (a rules choice); the totals line says how many of a count
 * are values to verify, from one home (statusCountsText).
 */
const dir = mkdtempSync(join(tmpdir(), "to-verify-totals-"));
const T = "verify-totals";
const row = (id: string, name: string, unit: string, baseline: string, target: string, targetKind: string) => ({
  id, domain: "民生", number: id.slice(1), name, unit, attribute: "预期性", baseline, target, targetKind, source: id,
});
const template = {
  schemaVersion: 1, id: T, kind: "indicators", title: "示例“十五五”主要指标", region: "示例市", source: { document: "plan.txt", table: "主要指标" },
  baselineYear: 2025, targetYear: 2030, notes: [], yearlyTargetYears: [],
  indicators: [
    row("r01", "工伤保险参保人数（万人）", "万人", "50", "≥55", "floor"),
    row("r02", "失业保险参保人数（万人）", "万人", "40", "≥44", "floor"),
    row("r03", "农村公路总里程（公里）", "公里", "2315", "≥2600", "floor"),
  ],
};
const file = join(dir, "2026-龙游县.xlsx");
const clean = join(dir, "2026-江山市.xlsx");

beforeAll(async () => {
  const tfile = join(dir, `${T}.json`);
  writeFileSync(tfile, JSON.stringify(template));
  const r = await cli("template", "--from", tfile, "--year", "2026", "--unit", "龙游县", "--out", file);
  if (r.code !== 0) throw new Error(r.err);
  expect((await cli("template", "--from", tfile, "--year", "2026", "--unit", "江山市", "--out", clean)).code).toBe(0);
  const ok = new ExcelJS.Workbook();
  await ok.xlsx.readFile(clean);
  expect(fillInputs(ok, [["r01", 56], ["r02", 45], ["r03", 2650]].map(([id, v]) => ({ template: T, id: String(id), key: "in:2026", value: Number(v) })))).toEqual([]);
  await ok.xlsx.writeFile(clean);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  // r01 met as typed; r02 552200 万人 and r03 2480500 公里: slips, 已达标 by the sheet, not graded by the report
  const entries: InputEntry[] = [["r01", 56], ["r02", 552200], ["r03", 2480500]].map(([id, v]) => ({ template: T, id: String(id), key: "in:2026", value: Number(v) }));
  expect(fillInputs(wb, entries)).toEqual([]);
  await wb.xlsx.writeFile(file);
}, 60000);

test.each<[string, Record<string, number>, "zh" | "en", string]>([
  ["none to verify", {}, "zh", "已达标 3  符合序时进度 0  滞后 0  严重滞后 0  未填报 0  数据异常 0  待人工评估 0  不适用 0"],
  ["two of 已达标", { met: 2 }, "zh", "已达标 3（其中 2 项数值待核实）  符合序时进度 0  滞后 0  严重滞后 0  未填报 0  数据异常 0  待人工评估 0  不适用 0"],
  ["one, in English", { met: 1 }, "en", "Met 3 (1 of them a value to verify)  On track 0  Lagging 0  Severely lagging 0  Not reported 0  Invalid data 0  Needs manual review 0  Not applicable 0"],
  ["two, in English", { met: 2 }, "en", "Met 3 (2 of them values to verify)  On track 0  Lagging 0  Severely lagging 0  Not reported 0  Invalid data 0  Needs manual review 0  Not applicable 0"],
])("statusCountsText: %s", (_name, toVerify, lang, text) => {
  expect(statusCountsText({ ...emptyCounts(), met: 3 }, toVerify, lang)).toBe(text);
});

test("toVerifyByStatus counts the rows with ungraded set, by status", () => {
  expect(toVerifyByStatus([{ status: "met", ungraded: "scale_suspect" }, { status: "met" }, { status: "on_track", ungraded: "far_from_plan" }, { status: "met", ungraded: "far_from_plan" }])).toEqual({ met: 2, on_track: 1 });
});

test.each<[string, string[], string]>([
  ["check", ["check", file], "已达标 3（其中 2 项数值待核实）  符合序时进度 0"],
  ["check in English", ["check", file, "--lang", "en"], "Met 3 (2 of them values to verify)  On track 0"],
  ["summary", ["summary", file], "已达标 3（其中 2 项数值待核实）  符合序时进度 0"],
  ["summary in English", ["summary", file, "--lang", "en"], "Met 3 (2 of them values to verify)  On track 0"],
])("%s: the totals line says how many of 已达标 are values to verify", async (_name, args, start) => {
  const r = await cli(...args);
  expect(r.code).toBe(0);
  expect(r.out.split("\n").filter((l) => l.startsWith(start.split(" ")[0]!))).toEqual([expect.stringContaining(start)]);
}, 60000);

// the 汇总 sheet: under 合计, a row of how many of each count are values to verify (numbers, as the sheet counts)
test.each<[string, () => string[], Array<Array<string | number>>]>([
  ["one return: under the domains' 合计", () => [file], [["其中数值待核实", "", 2, "", "", "", "", "", "", "", 2]]],
  ["two units: under each table's 合计", () => [file, clean], [["其中数值待核实", "", 2, "", "", "", "", "", "", "", 2], ["其中数值待核实", "", 2, "", "", "", "", "", "", "", 2]]],
  ["none to verify: no such row", () => [clean], []],
])("the 汇总 sheet: %s", async (_name, files, rows) => {
  const out = join(dir, "汇总.xlsx");
  expect((await cli("summary", ...files(), "--out", out, "--force")).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const found: Array<Array<string | number>> = [];
  wb.getWorksheet("汇总")?.eachRow((row) => {
    const v = Array.from(row.values as unknown[], (x) => (typeof x === "number" ? x : String(x ?? ""))).slice(1, 12);
    if (v[0] === "其中数值待核实") found.push(v);
  });
  expect(found).toEqual(rows);
}, 60000);
