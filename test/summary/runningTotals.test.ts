import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { cli } from "../support/cli";

/**
 * A manager's trial: 城镇新增就业人数 [15] filled as running totals (3, 6.2, 9.5) was warned of in
 * `check`, the pane and review, yet `report` graded it 提前实现 (sum 18.7) with nothing said and the
 * summary's text and JSON never named it. The report grades the running total on the cautious reading
 * (9.5) and says so; the summary names it (evaluation-rules §3, §6, our reading). 居民人均可支配收入增长
 * (7 a year) met before T is 提前实现, as §6 says of any row met before T.
 */
const dir = mkdtempSync(join(tmpdir(), "running-totals-"));
const T = "zhoushan-2021-2025";
const file = join(dir, "2023-定海区.xlsx");
const entries: InputEntry[] = [
  { template: T, id: "zs21-11", key: "in:2021", value: 3 }, { template: T, id: "zs21-11", key: "in:2022", value: 6.2 }, { template: T, id: "zs21-11", key: "in:2023", value: 9.5 },
  { template: T, id: "zs21-09", key: "in:2021", value: 7.5 }, { template: T, id: "zs21-09", key: "in:2022", value: 7.2 }, { template: T, id: "zs21-09", key: "in:2023", value: 7.1 },
];

beforeAll(async () => {
  expect((await cli("template", T, "--year", "2023", "--unit", "定海区", "--out", file)).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(fillInputs(wb, entries)).toEqual([]);
  await wb.xlsx.writeFile(file);
}, 60000);

type Item = { id: string; status: string; grade: string; progress: number | null; verify?: string; basis?: number };

describe("a likely running total and a yearly rate, as a manager reads them", () => {
  test.each([
    // check's status stays the sum's (met); the grade reads 9.5 of 15 = 63.3% against 60%
    ["zs21-11", "met", "on_schedule", 0.6333, "running_total", 9.5],
    // met before T: 提前实现 (§6)
    ["zs21-09", "met", "early", 1.0357, undefined, undefined],
  ] as const)("report --json: %s", async (id, status, grade, progress, verify, basis) => {
    const r = await cli("report", file, "--json");
    const item = (JSON.parse(r.out) as { items: Item[] }).items.find((i) => i.id === id);
    expect([item?.status, item?.grade, item?.progress, item?.verify, item?.basis]).toEqual([status, grade, progress, verify, basis]);
  });

  test("report .docx: the opening names the row and why; the 分领域 line says what the grade read", async () => {
    const out = join(dir, "评估.docx");
    expect((await cli("report", file, "--out", out)).code).toBe(0);
    const mammoth = await import("mammoth");
    const text = (await mammoth.extractRawText({ path: out })).value;
    expect(text).toContain("数值待核实：城镇新增就业人数(万人)（疑似填了累计数）");
    expect(text).toContain("累计 18.7 万人（2023 年 9.5 万人）（疑似填了累计数，按累计 9.5 评估，待核实）");
    // the running total is not graded 提前实现 on its sum (18.7 of 15); the income growth is, by §6
    expect(text).toMatch(/城镇新增就业人数\(万人\)[^：]*：基本符合预期，/);
    expect(text).not.toMatch(/城镇新增就业人数\(万人\)[^：]*：提前实现/);
    expect(text).toMatch(/居民人均可支配收入增长[^：]*：提前实现，/);
  });

  test.each([
    ["zh", "累计指标疑似填了累计数（每年只填当年新增量；评估报告按较低的读法评估，期末两种读法结论不同的不予评估），请核实：定海区 城镇新增就业人数(万人)（"],
    ["en", "Perhaps running totals in cumulative rows (each year takes its own amount; the report grades them cautiously, and not at all in the plan's last year where the two readings disagree), to be verified: 定海区 城镇新增就业人数(万人) ("],
  ] as const)("summary text names the unit and row (%s)", async (lang, line) => {
    const r = await cli("summary", file, "--out", join(dir, `汇总-${lang}.xlsx`), "--lang", lang);
    expect(r.code).toBe(0);
    expect(r.out).toContain(line);
    expect(r.out).toMatch(lang === "zh" ? /：9\.5，当年应为 3\.3？）/ : /: 9\.5, 3\.3 for the year\?\)/);
  });

  test("summary --json: runningTotals", async () => {
    const r = await cli("summary", file, "--json");
    const rows = (JSON.parse(r.out) as { runningTotals: Array<Record<string, unknown>> }).runningTotals;
    expect(rows.map((x) => [x["unit"], x["id"], x["total"], x["amount"]])).toEqual([["定海区", "zs21-11", 9.5, 3.3]]);
  });
});
