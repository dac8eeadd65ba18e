/**
 * trial40f F4: 2024.6 typed as a number into 累计完成投资 (总投资 49.07 亿元, 41 × I, under the 100 × guard) was warned
 * 疑似填了日期 by check but graded 提前实现 by report and summed by summary (累计完成 2037.7 亿元, 完成率 3056.4%). It is
 * withheld now as the 万元 slip is (completedDoubt): status as the number computes, 未能评估（数值待核实）in the report,
 * out of the summary's sums and named under them; the 万元 slip unchanged, an overrun under 100 × still graded.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { cli } from "../support/cli";
import { listEntry } from "../support/listReturn";

const HP = "quzhou-2021-2025-housing-projects";
const row = (id: string, completed: number): ReturnType<typeof listEntry>[] => [
  listEntry(HP, id, "completed", completed), listEntry(HP, id, "state", "在建"), listEntry(HP, id, "unit", "市住建局"),
];
const ENTRIES = [
  ...row("qz21-housing-01", 2024.6), // 49.07 亿元: a date typed, 41 × I
  ...row("qz21-housing-02", 24.6), // 16.4 亿元: an overrun of 1.5 × I, no date
  ...row("qz21-housing-03", 1), // 3.3 亿元: on its way
  ...row("qz21-housing-04", 12000), // 1.2 亿元: 万元 typed
];
const dir = mkdtempSync(join(tmpdir(), "completed-date-"));
const file = join(dir, "2023-柯城区.xlsx");

beforeAll(async () => {
  const r = await cli("template", HP, "--year", "2023", "--unit", "柯城区", "--out", file);
  if (r.code !== 0) throw new Error(r.err);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  if (fillInputs(wb, ENTRIES).length) throw new Error("not placed");
  await wb.xlsx.writeFile(file);
}, 60000);

interface ReportDoc {
  text: string;
  projects: Array<{ id: string; status: string; grade: string; reason: string | null; verify?: string; suggestion?: number }>;
}
interface SummaryDoc {
  projects: { count: number; planned: number; completed: number; withheld: Array<{ id: string }> };
}

describe("a date typed as 累计完成投资: withheld as the 万元 slip is", () => {
  let report: ReportDoc, summary: SummaryDoc, summaryText: string;
  beforeAll(async () => {
    report = JSON.parse((await cli("report", file, "--json")).out) as ReportDoc;
    summary = JSON.parse((await cli("summary", file, "--json")).out) as SummaryDoc;
    summaryText = (await cli("summary", file)).out;
  }, 60000);

  test.each<[string, string, string, string, string | null, string | undefined, number | undefined]>([
    ["a date (2024.6, 41 × I): status kept, not graded", "qz21-housing-01", "met", "not_graded", "scale_suspect", "project_completed_date", undefined],
    ["万元 (12000, 10000 × I): unchanged", "qz21-housing-04", "met", "not_graded", "scale_suspect", "project_completed_scale", 1.2],
    ["an overrun of 1.5 × I, no date: still graded", "qz21-housing-02", "met", "early", null, undefined, undefined],
  ])("report --json: %s", (_why, id, status, grade, reason, verify, suggestion) => {
    const p = report.projects.find((x) => x.id === id);
    expect([p?.status, p?.grade, p?.reason ?? null, p?.verify, p?.suggestion]).toEqual([status, grade, reason, verify, suggestion]);
  });

  test.each<[string, string[]]>([
    ["report text", ["疑似填了日期，数值待核实，未计入评估", "疑似按万元填写，数值待核实，未计入评估"]],
  ])("%s names each doubt", (_why, words) => {
    for (const w of words) expect(report.text).toContain(w);
  });

  test.each<[string, (d: SummaryDoc) => unknown, unknown]>([
    ["both doubted projects are withheld", (d) => d.projects.withheld.map((x) => x.id).sort(), ["qz21-housing-01", "qz21-housing-04"]],
    ["planned holds the overrun and the one on its way only", (d) => d.projects.planned, 16.4 + 3.3],
    ["completed leaves 2024.6 out", (d) => Number(d.projects.completed.toFixed(6)), 25.6],
    ["every project counted", (d) => d.projects.count, 4],
  ])("summary --json: %s", (_why, get, want) => {
    const got = get(summary);
    if (typeof want === "number") expect(got).toBeCloseTo(want, 6);
    else expect(got).toEqual(want);
  });

  test.each<[string]>([
    ["另有 1 个项目的累计完成投资疑似填了日期，数值待核实"],
    ["另有 1 个项目的累计完成投资疑似按万元填写，数值待核实"],
  ])("summary lists %s", (line) => {
    expect(summaryText).toContain(line);
  });

  test("the report's line: 未能评估（数值待核实）…疑似填了日期", async () => {
    const out = join(dir, "r.docx");
    expect((await cli("report", file, "--out", out)).code).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file("word/document.xml")?.async("string") ?? "";
    const text = xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
    expect(text).toContain("未能评估（数值待核实）：累计完成投资「2024.6」疑似填了日期，不是金额，未计入评估和投资合计。");
  }, 60000);
});
