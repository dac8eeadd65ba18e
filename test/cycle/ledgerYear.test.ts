import ExcelJS from "exceljs";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KEY_ROW } from "../../src/sheet/keys";
import { cli } from "../support/cli";

/**
 * fu-t2 item 1: a 2023 报送台账 given with 2024 returns was taken as it is (the summary's sheet
 * read "2024年度 报送台账" with the 2023 deadline, "已逾期 1035 天"). `summary` and `report`
 * refuse a ledger of another year than the returns in one line; a ledger that records no year
 * is taken as before.
 */
const dir = mkdtempSync(join(tmpdir(), "ledger-year-"));
const d23 = join(dir, "下发2023");
const got = join(dir, "收到2024");
const ledger23 = join(d23, "报送台账.xlsx");
const yearless = join(dir, "台账-无年份.xlsx");

beforeAll(async () => {
  for (const [year, out, deadline] of [["2023", d23, "2024-01-31"], ["2024", got, "2025-01-31"]] as const) {
    expect((await cli("distribute", "zhoushan-2021-2025", "--year", year, "--units", "定海区,普陀区", "--deadline", deadline, "--out-dir", out)).code).toBe(0);
  }
  // the same ledger with its hidden year column emptied, as a ledger written before the column was
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(ledger23);
  const ws = wb.worksheets[0]!;
  ws.getRow(KEY_ROW).eachCell((c, col) => { if (c.value === "year") ws.getColumn(col).eachCell((cell, row) => { if (row > KEY_ROW) cell.value = null; }); });
  await wb.xlsx.writeFile(yearless);
}, 60000);

describe("a ledger of another year than the returns is refused (fu-t2 item 1)", () => {
  test.each<[string, (out: string) => string[], RegExp]>([
    ["summary", (out) => ["summary", got, "--out", `${out}.xlsx`], /^错误：\S+报送台账\.xlsx 是 2023 年度的报送台账，而填报是 2024 年度；请改用 2024 年度的报送台账，或不用台账而用 --units 单位1,单位2 --deadline YYYY-MM-DD 列出应报单位和截止日期$/],
    ["summary --json, en", (out) => ["summary", got, "--json", "--lang", "en", "--as-of", "2025-02-01", "--out", `${out}.xlsx`],
      /^Error: \S+报送台账\.xlsx is the 报送台账 \(ledger\) of 2023, but the returns are of 2024; give the ledger of 2024, or instead of a ledger list the units and deadline with --units A,B --deadline YYYY-MM-DD$/],
    ["summary of files named", (out) => ["summary", join(got, "2024-定海区.xlsx"), join(got, "2024-普陀区.xlsx"), "--out", `${out}.xlsx`], /是 2023 年度的报送台账，而填报是 2024 年度/],
    ["report", (out) => ["report", got, "--out", `${out}.docx`], /是 2023 年度的报送台账，而填报是 2024 年度/],
    ["report --year 2024", () => ["report", got, "--year", "2024", "--json"], /是 2023 年度的报送台账，而填报是 2024 年度/],
  ])("%s: one line, exit 1, nothing written; a ledger recording no year is taken as before", async (name, args, message) => {
    const out = join(dir, name.replace(/\W+/g, "-"));
    const r = await cli(...args(out), "--ledger", ledger23);
    expect([r.code, r.out]).toEqual([1, ""]);
    expect(r.err.trimEnd()).toMatch(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect([".xlsx", ".docx"].some((ext) => existsSync(out + ext))).toBe(false);
    const again = await cli(...args(`${out}-无年份`), "--ledger", yearless);
    expect([again.code, again.err]).toEqual([0, ""]);
  }, 60000);
});

// a trial's folder held one county's form of last year among this year's returns: the year was the first file's (2023),
// so this year's ledger was blamed. The year is the one most returns give; the odd return is named with its year, not used
test.each(["summary", "report"])("%s without --year: the year most returns give, its ledger taken, last year's form named and not used", async (cmd) => {
  const old = join(d23, "2023-定海区.xlsx");
  const r = await cli(cmd, old, join(got, "2024-定海区.xlsx"), join(got, "2024-普陀区.xlsx"), "--ledger", join(got, "报送台账.xlsx"), "--json");
  expect([r.code, r.err]).toEqual([0, ""]);
  const doc = JSON.parse(r.out) as { year: number; skipped: unknown };
  expect([doc.year, doc.skipped]).toEqual([2024, [{ file: old, reason: "other_year", unit: "定海区", year: 2023 }]]);
}, 60000);
