import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { periodProblems, describePeriodProblem } from "../../src/templates/periodProblems";
import { STYLES } from "../../src/sheet/styles";

const dir = mkdtempSync(join(tmpdir(), "year-"));
const zs = findTemplate("zhoushan-2021-2025") as Template;

describe("a reporting year outside the plan period (issue 14)", () => {
  test.each<[string, string[], RegExp]>([
    ["template --year 2030 on 2020–2025", ["template", "zhoushan-2021-2025", "--year", "2030", "--out", join(dir, "a.xlsx")], /规划期为 2021–2025 年（基期 2020 年），已于 2025 年结束，报告年份 2030 不在规划期内：2025 年的填报及其评估报告即为期末评估；2030 年起请先导入下一个规划期的指标表/],
    ["template --year 2019 on 2020–2025", ["template", "zhoushan-2021-2025", "--year", "2019", "--out", join(dir, "b.xlsx")], /报告年份 2019 不在规划期内/],
  ])("%s is refused: one line, exit 1, no file", async (_why, args, msg) => {
    const r = await cli(...args);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(msg);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  test("check --year 2030 and the baseline year 2020 are refused naming the plan period; the target year is accepted", async () => {
    const file = join(dir, "zs.xlsx");
    expect((await cli("template", "zhoushan-2021-2025", "--year", "2023", "--out", file)).code).toBe(0);
    const r = await cli("check", file, "--year", "2030");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--year 2030：.*2021–2025 年（基期 2020 年）/);
    expect((await cli("check", file, "--year", "2025")).code).toBe(0);
    // the baseline year has no column to report in: every row read 不适用 without a word (trL)
    const base = await cli("check", file, "--year", "2020");
    expect([base.code, base.err]).toEqual([1, expect.stringMatching(/--year 2020：.*2021–2025 年（基期 2020 年），报告年份 2020 不在规划期内/)]);
  });

  test.each<[string, Partial<Template>, number, string[]]>([
    ["inside", {}, 2023, []],
    ["after the target year", {}, 2026, ["year_outside_plan"]],
    ["yearly targets outside the period", { yearlyTargetYears: [2024, 2027] } as Partial<Template>, 2024, ["yearly_target_outside_plan"]],
  ])("periodProblems: %s", (_why, change, year, codes) => {
    const ps = periodProblems([{ ...zs, ...change } as Template], year);
    expect(ps.map((p) => p.code)).toEqual(codes);
    for (const p of ps) {
      expect(describePeriodProblem(p, "zh")).toContain("2021–2025 年（基期 2020 年）");
      expect(describePeriodProblem(p, "en")).toContain("2021–2025 (baseline 2020)");
    }
  });
});

describe("protected sheets and typed-over status cells in a file (issue 14)", () => {
  const file = join(dir, "protected.xlsx");

  beforeAll(async () => {
    expect((await cli("template", "zhoushan-2021-2025", "--year", "2023", "--out", file)).code).toBe(0);
  });

  test("the cover and template sheets are protected without a password; formats, widths and heights stay free", async () => {
    const zip = await JSZip.loadAsync(readFileSync(file));
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)).sort();
    const prot = await Promise.all(sheets.map(async (f) => /<sheetProtection[^>]*>/.exec(await (zip.file(f) as JSZip.JSZipObject).async("string"))?.[0] ?? ""));
    // cover, one template sheet: protected; the very hidden metadata sheet is not ours to type in
    expect(prot.filter((p) => p !== "")).toHaveLength(2);
    for (const p of prot.filter((x) => x !== "")) {
      expect(p).toMatch(/sheet="1"/);
      expect(p).not.toMatch(/hashValue|password/);
      expect(p).toMatch(/formatCells="0"/);
      expect(p).toMatch(/formatColumns="0"/);
      expect(p).toMatch(/formatRows="0"/);
    }
  });

  test("input cells are unlocked and every other planned cell is locked", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("舟山市表2") as ExcelJS.Worksheet;
    const cover = wb.getWorksheet("填报说明") as ExcelJS.Worksheet;
    expect(STYLES.input.unlocked && STYLES.inputText.unlocked && STYLES.yearInput.unlocked).toBe(true);
    for (const [sheet, address, locked] of [
      [ws, "K17", false], [ws, "I4", false], [ws, "A17", true], [ws, "C17", true], [ws, "G17", true],
      [cover, "C5", false], [cover, "C4", false], [cover, "A5", true],
    ] as Array<[ExcelJS.Worksheet, string, boolean]>) {
      const p = sheet.getCell(address).protection;
      expect([address, p?.locked !== false]).toEqual([address, locked]);
    }
    const status = ws.getRow(3).values as unknown[];
    const col = status.indexOf("当年状态");
    expect(ws.getCell(17, col).protection?.locked).not.toBe(false);
  });

  test("a status cell typed over with 已达标 (formula removed) is reported by check, coded, in zh and en", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("舟山市表2") as ExcelJS.Worksheet;
    const col = (ws.getRow(3).values as unknown[]).indexOf("当年状态");
    ws.getCell(17, col).value = "已达标"; // a literal: the formula is gone
    const typed = join(dir, "typed.xlsx");
    await wb.xlsx.writeFile(typed);
    const json = await cli("check", typed, "--json");
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.out) as { items: Array<{ id: string; status: string; issues: Array<{ code: string; cell?: string; message?: string }> }> };
    const row = doc.items.find((i) => i.id === "zs21-12");
    expect(row?.status).toBe("missing");
    expect(row?.issues).toEqual([expect.objectContaining({ code: "status_overwritten", cell: "N17", message: expect.stringContaining("显示「已达标」") })]);
    // only that row: the untouched formulas have no cached result in a file nobody calculated
    expect(doc.items.filter((i) => i.issues.some((x) => x.code === "status_overwritten")).map((i) => i.id)).toEqual(["zs21-12"]);
    const zh = await cli("check", typed);
    expect(zh.out).toMatch(/状态单元格显示「已达标」，核对结果为「未填报」/);
    const en = await cli("check", typed, "--lang", "en");
    expect(en.out).toMatch(/the status cell shows "已达标" but the check gives/);
  });
});
