import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readLedgerBook } from "../../src/cycle/ledgerBook";
import { yearsSkipped } from "../../src/cycle/yearsSkipped";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { cli } from "../support/cli";
import { fillDistributed } from "../support/countyReturn";

/**
 * Trial 32: a unit sent its 2022 return again (renamed 2023-西山县.xlsx) instead of a 2023 one; `rollover 收到/ --year 2024`
 * made a 2024 return of it and said only 自 …（2022 年度）带入 8 个已填单元格, and the new ledger's 备注 was empty: that
 * 2023 was never reported was said nowhere. It is still rolled over (what exists is carried), said in one line a unit and
 * in 备注.
 */
const dir = mkdtempSync(join(tmpdir(), "rollover-skipped-"));
const got = join(dir, "收到");
const ledger2023 = join(dir, "下发2023", "报送台账.xlsx");
const file定海 = join(got, "2023-定海区.xlsx");
const file普陀 = join(got, "2023-普陀区.xlsx");

beforeAll(async () => {
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2022", "--units", "定海区", "--out-dir", join(dir, "下发2022"))).code).toBe(0);
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区", "--out-dir", join(dir, "下发2023"))).code).toBe(0);
  // each return holds a value of its year: one sent back blank is said as such (rolloverYearBlank), not what this is about
  const value = (key: string): Array<{ template: string; id: string; key: string; value: number }> => [{ template: "zhoushan-2021-2025", id: "zs21-24", key, value: 6.8 }];
  await fillDistributed(join(dir, "下发2022"), 2022, { 定海区: value("in:2022") });
  await fillDistributed(join(dir, "下发2023"), 2023, { 普陀区: value("in:2023") });
  mkdirSync(got);
  // 定海区's 2022 return sent under its 2023 name; 普陀区's own 2023 return
  copyFileSync(join(dir, "下发2022", "2022-定海区.xlsx"), file定海);
  copyFileSync(join(dir, "下发2023", "2023-普陀区.xlsx"), file普陀);
}, 60000);

test.each<[number, number, number[]]>([
  [2022, 2024, [2023]],
  [2021, 2025, [2022, 2023, 2024]],
  [2023, 2024, []],
  [2024, 2022, []],
])("yearsSkipped(%i, %i)", (from, to, years) => {
  expect(yearsSkipped(from, to)).toEqual(years);
});

test.each<[string, string[], string[], string | undefined]>([
  ["a folder: one line for the unit, its 备注 in the new ledger", [], [
    `注意：定海区：${file定海} 是 2022 年度的填报，没有收到 2023 年度的填报：已照此换为 2024 年度（带入 2022 年度及以前各年的数值），新填报中 2023 年的数值是空的，请该单位补填`,
  ], "2023 年度的填报未收到：按 2022 年度的填报换年度，2023 年的数值待补填"],
  ["in English", ["--lang", "en"], [
    `Note: 定海区: ${file定海} is a return of 2022, and none of 2023 was received: it was rolled over to 2024 all the same (the values up to 2022 carried), and the values of 2023 are blank in the new return; ask the unit to fill them in`,
  ], "2023 年度的填报未收到：按 2022 年度的填报换年度，2023 年的数值待补填"],
])("%s", async (_name, flags, said, note) => {
  const out = mkdtempSync(join(dir, "out-"));
  const r = await cli("rollover", got, "--year", "2024", "--out-dir", out, "--ledger", ledger2023, ...flags);
  expect([r.code, r.err]).toEqual([0, ""]);
  const lines = r.out.trim().split("\n");
  // said once, for 定海区 only (普陀区's return is of 2023)
  expect(lines.filter((l) => l.includes("2023 年度的填报") || l.includes("none of 2023"))).toEqual(said);
  const book = readLedgerBook(await readXlsxZip(readFileSync(join(out, "报送台账.xlsx"))));
  expect(book?.units.map((u) => [u.unit, u.note ?? ""])).toEqual([["定海区", note ?? ""], ["普陀区", ""]]);
}, 60000);

test.each<[string, string, string, string | undefined]>([
  ["one 2022 return rolled over to 2024: the same line", file定海, "2024", `注意：定海区：${file定海} 是 2022 年度的填报，没有收到 2023 年度的填报：已照此换为 2024 年度（带入 2022 年度及以前各年的数值），新填报中 2023 年的数值是空的，请该单位补填`],
  ["to the next year: no such line", file普陀, "2024", undefined],
  ["rolled back: no such line", file普陀, "2021", undefined],
])("--out: %s", async (_name, file, year, line) => {
  const out = join(mkdtempSync(join(dir, "one-")), "new.xlsx");
  const r = await cli("rollover", file, "--year", year, "--out", out);
  expect([r.code, r.err]).toEqual([0, ""]);
  expect(r.out.split("\n").find((l) => l.includes("没有收到"))).toBe(line);
}, 60000);
