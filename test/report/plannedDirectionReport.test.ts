import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { cli } from "../support/cli";

/**
 * trial29a F3, F4, F5 end to end, on copies of the trial's imported plans (test/fixtures/plans/trial29a): `report --json`
 * grades 玉米种植面积 (5.7 → 5, 累计 〔-0.7〕) rising to 6.1 as behind (滞后于预期), not early (提前实现); 高标准农田建设
 * (0.2 done in 2023 → 0.15) built 0.75 as achieved (已实现), not behind (未完成); and a growth rate below last year's (社会消费品零售总额增长 7.3 → 8左右, 6.5) is not
 * among the values to verify, while still 未完成 by its distance.
 */
const dir = mkdtempSync(join(tmpdir(), "report-direction-"));
const PLANS = join(__dirname, "../fixtures/plans/trial29a");

async function filled(plan: string, id: string, year: number, values: Record<string, number>): Promise<string> {
  const file = join(dir, `${id}-${year}-${Object.keys(values).join("-")}.xlsx`);
  const made = await cli("template", "--from", join(PLANS, plan), "--year", String(year), "--out", file);
  expect(made.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const entries: InputEntry[] = Object.entries(values).map(([row, value]) => ({ template: id, id: row, key: `in:${year}`, value }));
  expect(fillInputs(wb, entries)).toEqual([]);
  await wb.xlsx.writeFile(file);
  return file;
}

interface ReportItem { id: string; name: string; grade: string; verify?: string }

test.each<[string, string, string, number, Record<string, number>, string, string, boolean]>([
  ["玉米种植面积 6.1 against 5.7 → 5 〔-0.7〕: behind (down by the plan's stated fall)", "yunxi-agri13.json", "yunxi-agri13", 2018, { "r-3": 6.1 }, "r-3", "behind", false],
  ["高标准农田建设 0.75 against 0.15 (0.2 done): achieved (keep, a works volume in a yearly plan)", "qz-2024.json", "qz-2024", 2024, { r12: 0.75 }, "r12", "achieved", false],
  ["社会消费品零售总额增长 6.5 against 7.3 → 8左右: behind by distance, nothing to verify", "qz-2024.json", "qz-2024", 2024, { r04: 6.5, r06: 7 }, "r04", "behind", false],
])("%s", async (_why, plan, id, year, values, row, grade, verify) => {
  const file = await filled(plan, id, year, values);
  const r = await cli("report", file, "--json");
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.out) as { items: ReportItem[]; text: string };
  const item = doc.items.find((i) => i.id === row);
  expect(item?.grade).toBe(grade);
  expect(item?.verify !== undefined).toBe(verify);
  expect(doc.text).not.toContain("待核实");
});
