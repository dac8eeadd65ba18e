import type ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkWithContext, loadCheckContext, loadRulesFile } from "../../src/cli/checkInContext";
import { toJsonReport } from "../../src/cli/toJsonReport";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { CheckItem } from "../../src/sheet/CheckReport";
import { checkGrid } from "../../src/sheet/checkGrid";
import { reviewSheet } from "../../src/sheet/reviewSheet";
import { crossReturnIssues, type CheckedReturn } from "../../src/sheet/crossReturnIssues";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { JUMP_LIMITS } from "../../src/domain/tolerances";

const ZS = "zhoushan-2021-2025";
const tpl = (): Template => {
  const t = findTemplate(ZS);
  if (!t) throw new Error(ZS);
  return t;
};
const e = (id: string, key: string, value: ExcelJS.CellValue): InputEntry => ({ template: ZS, id, key, value });

async function returnOf(year: number, unit: string, entries: InputEntry[]): Promise<{ grid: GridWorkbook; bytes: Buffer }> {
  const wb = planToWorkbook(buildWorkbookPlan([tpl()], { year, reportingUnit: unit }));
  expect(fillInputs(wb, entries)).toEqual([]);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return { grid: await readXlsxZip(bytes), bytes };
}
function checked(grid: GridWorkbook): CheckedReturn {
  const r = checkGrid(grid);
  if (!r.ok) throw new Error(r.message);
  return { report: r.report, grid };
}
const codes = (items: CheckItem[], id: string): string[] => items.find((i) => i.id === id)?.issues.map((i) => i.code) ?? [];

// zs21-24 beds per 1000 (张, count, per-capita name); zs21-15 失业保险参保人数 (万人, amount);
// zs21-38 a % row; zs21-14 工伤保险参保人数 (万人, amount)
describe("§8b and §8c: against last year's return and the city's", () => {
  let county: CheckedReturn;
  let last: CheckedReturn;
  let city: CheckedReturn;
  beforeAll(async () => {
    last = checked((await returnOf(2022, "定海区", [e("zs21-24", "in:2021", 6.1), e("zs21-24", "in:2022", 6.2), e("zs21-15", "in:2022", 26), e("zs21-38", "in:2022", 90)])).grid);
    county = checked((await returnOf(2023, "定海区", [
      e("zs21-24", "in:2021", 6.1), e("zs21-24", "in:2022", 6.25), e("zs21-24", "in:2023", 6.5),
      e("zs21-15", "in:2022", 26), e("zs21-15", "in:2023", 30), e("zs21-15", "note", "新设就业服务站"),
      e("zs21-38", "in:2022", 90.0000000001), e("zs21-38", "in:2023", 99),
      e("zs21-14", "in:2023", 35),
    ])).grid);
    city = checked((await returnOf(2023, "舟山市", [e("zs21-15", "in:2023", 28), e("zs21-24", "in:2023", 6), e("zs21-38", "in:2023", 95), e("zs21-14", "in:2023", 45)])).grid);
  });

  test.each<[string, string, string, boolean, boolean]>([
    ["a year revised since last year's return", "zs21-24", "value_revised", true, false],
    ["a value equal within the tolerance is no revision", "zs21-38", "value_revised", false, false],
    ["an additive amount above the city's total, kept by a 说明", "zs21-15", "above_city", true, true],
    ["a per-capita count (每千人口…) is not additive", "zs21-24", "above_city", false, false],
    ["a % row is not additive", "zs21-38", "above_city", false, false],
    ["an additive value below the city's is fine", "zs21-14", "above_city", false, false],
  ])("%s", (_why, id, code, found, noted) => {
    const report = crossReturnIssues(county, { previous: last, city });
    const item = report.items.find((i) => i.id === id);
    const issue = item?.issues.find((i) => i.code === code);
    expect(Boolean(issue)).toBe(found);
    if (issue) {
      expect(issue.severity).toBe("warning");
      expect(Boolean(issue.params?.["noted"])).toBe(noted);
      expect(issue.message).toMatch(noted ? /已说明/ : /请改正，或在说明中写明原因/);
      expect(issue.messageEn).not.toBe("");
    }
  });

  test("check --json says which warnings a 说明 keeps", () => {
    const json = toJsonReport(crossReturnIssues(county, { previous: last, city })) as { items: Array<{ id: string; issues: Array<{ code: string; noted?: boolean }> }> };
    const of = (id: string, code: string) => json.items.find((i) => i.id === id)?.issues.find((x) => x.code === code);
    expect(of("zs21-15", "above_city")?.noted).toBe(true);
    expect(of("zs21-24", "value_revised")).toBeDefined();
    expect(of("zs21-24", "value_revised")?.noted).toBeUndefined();
  });

  test("the 审核 sheet lists each §8 warning as an item to decide (需审核), with the filer's 说明", () => {
    const sheet = reviewSheet(crossReturnIssues(county, { previous: last, city }));
    const rows = new Map<number, string[]>();
    for (const c of sheet.cells) {
      const m = /^([A-Z]+)(\d+)$/.exec(c.address);
      if (!m?.[2]) continue;
      rows.set(Number(m[2]), [...(rows.get(Number(m[2])) ?? []), String(c.value ?? "")]);
    }
    const line = (text: string): string[] | undefined => [...rows.values()].find((r) => r.some((v) => v.includes(text)));
    const above = line("高于全市合计");
    expect(above).toEqual(expect.arrayContaining(["是", "新设就业服务站"]));
    expect(above?.join(" ")).toContain("（已说明）");
    expect(line("上年报送为 6.2")).toEqual(expect.arrayContaining(["是"]));
  });

  test("without context files nothing is added, and the input report is not changed", () => {
    const before = JSON.stringify(county.report);
    const report = crossReturnIssues(county, {});
    expect(report.items).toEqual(county.report.items);
    crossReturnIssues(county, { previous: last, city });
    expect(JSON.stringify(county.report)).toBe(before);
  });

  test("the year-on-year jump is the engine's (§8a), kept by the same 说明", () => {
    expect(codes(county.report.items, "zs21-15")).not.toContain("value_jump"); // 26 → 30: +15%
    const r = checkWithContext(county.grid, undefined, { rules: { jumps: { ...JUMP_LIMITS, amount: { by: "share", limit: 10 } } }, previous: [] });
    if (!r.ok) throw new Error(r.message);
    const jump = r.report.items.find((i) => i.id === "zs21-15")?.issues.find((i) => i.code === "value_jump");
    expect(jump?.params?.["noted"]).toBe(1);
  });

  test("summary matches last year's returns by 填报单位; check uses the one it is given", async () => {
    const other = checked((await returnOf(2022, "普陀区", [e("zs21-24", "in:2022", 1)])).grid);
    const ctx = { rules: { jumps: JUMP_LIMITS }, previous: [other, last] };
    const byUnit = checkWithContext(county.grid, undefined, ctx, true);
    if (!byUnit.ok) throw new Error(byUnit.message);
    expect(byUnit.report.items.find((i) => i.id === "zs21-24")?.issues.find((i) => i.code === "value_revised")?.params?.["previous"]).toBe(6.2);
    const single = checkWithContext(county.grid, undefined, { ...ctx, previous: [other] }, true);
    if (!single.ok) throw new Error(single.message);
    expect(codes(single.report.items, "zs21-24")).not.toContain("value_revised");
  });
});

describe("the rules file (--rules)", () => {
  const dir = mkdtempSync(join(tmpdir(), "rules-"));
  const file = (name: string, text: string): string => {
    const f = join(dir, name);
    writeFileSync(f, text);
    return f;
  };
  test.each<[string, string, string | null]>([
    ["jump limits per unit class", `{"jumps":{"count":{"by":"share","limit":50},"percent":{"by":"points","limit":5}}}`, null],
    ["bands", `{"bands":{"form":"points","lagging":10,"severe":30}}`, null],
    ["an empty file of rules", `{}`, null],
    ["an unknown unit class", `{"jumps":{"dollars":{"by":"share","limit":5}}}`, "$.jumps"],
    ["an unknown form of limit", `{"jumps":{"count":{"by":"percent","limit":5}}}`, "$.jumps.count.by"],
    ["a negative limit", `{"jumps":{"count":{"by":"share","limit":-5}}}`, "$.jumps.count.limit"],
    ["bands in the wrong order", `{"bands":{"form":"share","lagging":50,"severe":80}}`, "$.bands"],
    ["an unknown key (a typo)", `{"jump":{}}`, "规则文件不符合格式"],
    ["not JSON", `{jumps:`, "不是有效的 JSON"],
  ])("%s", (name, text, problem) => {
    const r = loadRulesFile(file(`${name}.json`, text));
    if (problem === null) expect(r.ok).toBe(true);
    else {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain(problem);
      if (!r.ok) expect(r.message.split("\n")).toHaveLength(1);
    }
  });

  test("the file's limits replace the defaults for their classes only", async () => {
    const c = await loadCheckContext({ rules: file("count.json", `{"jumps":{"count":{"by":"share","limit":50}}}`) });
    if (!c.ok) throw new Error(c.message);
    expect(c.context.rules.jumps.count).toEqual({ by: "share", limit: 50 });
    expect(c.context.rules.jumps.percent).toEqual({ by: "points", limit: 10 });
  });

  test("a context file that is not a return is one line naming it", async () => {
    const c = await loadCheckContext({ previous: file("notes.xlsx", "not a workbook") });
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.message).toContain("notes.xlsx");
  });
});
