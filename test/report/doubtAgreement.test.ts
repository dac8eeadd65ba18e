import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { cli } from "../support/cli";

/**
 * check, report and summary agree on which values are in doubt, and say why in the same words (trial36 N5):
 * - 清河县 一般公共预算收入 2.35 against 21.4 → 28 (check: 约为规划数值…的 1/9…是否应为 23.5？) was graded 滞后于预期 and the
 *   summary named nothing; a value check reads as a ×10^k slip is now 未能评估（数值待核实）, named by the summary;
 * - 临水县 常住人口城镇化率 57.9 against 58.3 → 63左右 (check: 已达标, 倒退：57.9 低于基期值 58.3，离目标「63左右」更远) was
 *   withheld by the report as "倒退，低于基期值 58.3"; the report now says it in check's words.
 */
const dir = mkdtempSync(join(tmpdir(), "doubt-agreement-"));
const T = "doubt-test";
const template = {
  schemaVersion: 1, id: T, kind: "indicators", title: "示例市“十五五”时期经济社会发展主要指标", region: "示例市",
  source: { document: "plan.txt", table: "主要指标" }, baselineYear: 2025, targetYear: 2030, notes: [], yearlyTargetYears: [],
  indicators: [
    { id: "r01", domain: "经济发展", number: "1", name: "一般公共预算收入（亿元）", unit: "亿元", attribute: "预期性", baseline: "21.4", target: "28", targetKind: "point", source: "r01" },
    { id: "r02", domain: "经济发展", number: "2", name: "常住人口城镇化率（%）", unit: "%", attribute: "预期性", baseline: "58.3", target: "63左右", targetKind: "approximate", source: "r02" },
  ],
};

async function returnOf(name: string, entries: Array<Omit<InputEntry, "template">>): Promise<string> {
  const tfile = join(dir, `${T}.json`);
  writeFileSync(tfile, JSON.stringify(template));
  const file = join(dir, `${name}.xlsx`);
  const r = await cli("template", "--from", tfile, "--year", "2026", "--unit", "清河县", "--out", file);
  if (r.code !== 0) throw new Error(r.err);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(fillInputs(wb, entries.map((e) => ({ template: T, ...e })))).toEqual([]);
  await wb.xlsx.writeFile(file);
  return file;
}

type CheckJson = { items: Array<{ id: string; status: string; issues: Array<{ message: string }> }> };
type ReportJson = { items: Array<{ id: string; grade: string; verify?: string }>; text: string };
type SummaryJson = { toVerify: Array<{ id: string }> };

describe("check, report and summary agree on a value in doubt (trial36 N5)", () => {
  test.each<[string, Array<Omit<InputEntry, "template">>, string, string, string, string | null, string[]]>([
    // B: a slip check reads (是否应为 23.5？): not graded, named by the summary
    ["2.35 for 23.5", [{ id: "r01", key: "in:2026", value: 2.35 }, { id: "r02", key: "in:2026", value: 59 }], "r01", "是否应为 23.5？", "not_graded",
      "以上各项中，有 1 项数值待核实：一般公共预算收入（亿元）（约为规划数值的 1/9，是否应为 23.5？）。", ["r01"]],
    // its 说明 keeps it (§8f): graded as the value reads, nothing to verify
    ["2.35 explained", [{ id: "r01", key: "in:2026", value: 2.35 }, { id: "r01", key: "note", value: "口径调整，已核实" }, { id: "r02", key: "in:2026", value: 59 }], "r01", "（已说明）", "behind", null, []],
    // A: in the band, 倒退: not graded, said in check's words
    ["57.9 in the band, 倒退", [{ id: "r01", key: "in:2026", value: 23 }, { id: "r02", key: "in:2026", value: 57.9 }], "r02", "倒退：57.9 低于基期值 58.3，离目标「63左右」更远", "not_graded",
      "以上各项中，有 1 项数值待核实：常住人口城镇化率（%）（倒退：低于基期值 58.3，离目标「63左右」更远）。", ["r02"]],
  ])("%s", async (name, entries, id, checkSays, grade, reportSays, toVerify) => {
    const file = await returnOf(name.replace(/[^\w]/g, "_"), entries);
    const check = JSON.parse((await cli("check", file, "--json")).out) as CheckJson;
    expect(check.items.find((i) => i.id === id)?.issues.map((i) => i.message).join("\n")).toContain(checkSays);
    const report = JSON.parse((await cli("report", file, "--json")).out) as ReportJson;
    expect(report.items.find((i) => i.id === id)?.grade).toBe(grade);
    if (reportSays) expect(report.text).toContain(reportSays);
    else expect(report.text).not.toContain("待核实");
    const summary = JSON.parse((await cli("summary", file, "--json")).out) as SummaryJson;
    expect(summary.toVerify.map((r) => r.id)).toEqual(toVerify);
  }, 60000);
});
