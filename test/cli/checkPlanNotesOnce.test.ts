import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../support/cli";

/**
 * The plan's own issues (isPlanIssue: quzhou-2021-2025's 城乡居民收入比 and 城镇老旧小区改造个数 have
 * no unit in their names) are the same in every return of the template. A city office's trial
 * (trial25b) read the 规划模板的问题 line after each of 6 counties' totals in `check 收到/`: over
 * several files it is said once per template, after the files; a file checked alone keeps it after its totals.
 */
const dir = mkdtempSync(join(tmpdir(), "check-plan-notes-"));
const folder = join(dir, "收到");

beforeAll(async () => {
  mkdirSync(folder);
  for (const unit of ["柯城区", "衢江区", "龙游县"]) {
    const r = await cli("template", "quzhou-2021-2025", "--year", "2023", "--unit", unit, "--out", join(folder, `${unit}.xlsx`));
    if (r.code !== 0) throw new Error(r.err);
  }
  copyFileSync(join(folder, "柯城区.xlsx"), join(dir, "柯城区.xlsx"));
}, 120_000);

const NOTES = { zh: "规划模板的问题（各单位相同", en: "The plan template's own issues" } as const;
const TOTALS = { zh: /^已达标 \d+/, en: /^Met \d+/ } as const;

describe("check says the plan's own issues once per template", () => {
  test.each([
    ["zh", "a folder of three returns: once, after the last file", () => [folder], 1, "after files"],
    ["en", "a folder of three returns: once, after the last file", () => [folder], 1, "after files"],
    ["zh", "one file: after its totals", () => [join(dir, "柯城区.xlsx")], 1, "after totals"],
    ["en", "one file: after its totals", () => [join(dir, "柯城区.xlsx")], 1, "after totals"],
  ] as const)("%s: %s", async (lang, _why, args, times, where) => {
    const r = await cli("check", ...args(), "--lang", lang);
    const lines = r.out.split("\n");
    const at = lines.flatMap((l, k) => (l.startsWith(NOTES[lang]) ? [k] : []));
    expect(at).toHaveLength(times);
    expect(lines[at[0]!]).toContain("D15 城乡居民收入比");
    const lastTotals = lines.map((l, k) => (TOTALS[lang].test(l) ? k : -1)).reduce((a, b) => Math.max(a, b), -1);
    if (where === "after totals") expect(at[0]).toBe(lastTotals + 1);
    else expect(at[0]).toBeGreaterThan(lastTotals + 1);
  });
});

/**
 * Trial 37c F4: in a folder run the template's line named J9, the cell of the one return set aside (another year's,
 * first by name), while every counted return's row is K9. The line names the cells of the returns summary counts.
 */
describe("check's template line names a counted return's cell, not a set-aside one's", () => {
  const mixed = join(dir, "混合");
  beforeAll(async () => {
    mkdirSync(mixed);
    const units: Array<[string, string]> = [["2022", "柯城区"], ["2023", "衢江区"], ["2023", "龙游县"]];
    for (const [year, unit] of units) {
      const r = await cli("template", "quzhou-2021-2025", "--year", year, "--unit", unit, "--out", join(mixed, `${year}-${unit}.xlsx`));
      if (r.code !== 0) throw new Error(r.err);
    }
  }, 120_000);
  test.each([["zh"], ["en"]] as const)("%s", async (lang) => {
    const r = await cli("check", mixed, "--lang", lang);
    const line = r.out.split("\n").find((l) => l.startsWith(NOTES[lang])) ?? "";
    // the unit cell (D15, trial44b F4), the same in either year's layout; never the set-aside return's year cell
    expect(line).toContain("D15 城乡居民收入比");
    expect(line).not.toContain("J15");
  }, 60_000);
});

/**
 * Trial 44b F4: check said 「K15 城乡居民收入比：单位栏为空（或为“—”），按指标名称推断单位为「比」」 while the return's D15 showed
 * 比: the template leaves the unit blank (the plan writes none) and the sheet writer puts the unit read from the name in the
 * row's 单位 cell. The note names that cell and says what is true: the unit shown was read from the name, to be checked.
 */
describe("a unit read from the name is said on the 单位 cell that shows it", () => {
  test.each([
    ["城乡居民收入比", "比"],
    ["城镇老旧小区改造个数", "个"],
  ] as const)("%s: %s", async (name, unit) => {
    const file = join(dir, "柯城区.xlsx");
    const r = await cli("check", file, "--all", "--json");
    const item = (JSON.parse(r.out) as { items: Array<{ name: string; issues: Array<{ code: string; cell?: string; message: string }> }> }).items.find((i) => i.name === name)!;
    const note = item.issues.find((i) => i.code === "unit_inferred")!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets.find((w) => w.getCell(note.cell!).value === unit);
    expect([note.cell?.[0], sheet === undefined]).toEqual(["D", false]);
    expect(note.message).toContain(`规划未写单位，单位栏的「${unit}」是按指标名称推断填入的，请核对`);
    const line = (await cli("check", file)).out.split("\n").find((l) => l.startsWith(NOTES.zh)) ?? "";
    expect(line).toContain(`${note.cell} ${name}：规划未写单位`);
  }, 60_000);
});
