/**
 * A lock record of another year than the workbook's reporting year: a 2024 return locked, then
 * rolled to 2025 by hand or by an older pane (the cover's year changed, its 说明 and 人工评估
 * cleared, the record left on the metadata sheet). applyLock compared the 2024 record with the 2025
 * values: 已锁定 and every cleared 说明 and new value 锁定后被改动. The record now does not apply
 * to the year: check says so once in its title, counts no change, and --json has no lock; the
 * same workbook with its own year is still locked and intact.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { sha256Text } from "../../src/cli/sha256Text";
import { applyLock } from "../../src/cycle/applyLock";
import { changesSinceLock } from "../../src/cycle/changesSinceLock";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { COVER_NAME } from "../../src/sheet/coverSheet";
import { checkGrid } from "../../src/sheet/checkGrid";
import { cli } from "../support/cli";
import { at, edit, lockedReturnFile } from "../support/trialReturn";


/** The cover's reporting year set to `year` the way a person does (ExcelJS), the record left as it is. */
async function coverYear(f: string, year: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  wb.getWorksheet(COVER_NAME)!.getCell("C5").value = year;
  await wb.xlsx.writeFile(f);
}

let same = "";
let rolled = "";
beforeAll(async () => {
  same = await lockedReturnFile();
  rolled = await lockedReturnFile();
  // rolled to 2025 by hand: the year's 说明 and 人工评估 cleared, a 2025 value typed
  await coverYear(rolled, 2025);
  await edit(rolled, [at("r06", "note", null), at("r13", "assess", null), at("r01", "in:2025", 96.2)]);
}, 120000);

describe("a lock record of another year does not apply to the workbook's year", () => {
  test.each<[string, () => string, boolean, number | undefined]>([
    ["locked for its own year", () => same, true, undefined],
    ["rolled to 2025 with the 2024 record", () => rolled, false, 2024],
  ])("%s: applyLock and changesSinceLock", (_n, file, locked, otherYear) => {
    const g = readXlsxZip(readFileSync(file()));
    return g.then((grid) => {
      const r = checkGrid(grid);
      if (!r.ok) throw new Error(r.message);
      const state = applyLock(grid, r.report, sha256Text);
      expect(state.locked).toBe(locked);
      expect(state.locked ? state.intact : state.otherYear?.year).toBe(locked ? true : otherYear);
      // no change since a lock of another year, on any item
      expect(r.report.items.flatMap((i) => i.issues).filter((x) => x.code === "locked_value_changed")).toEqual([]);
      expect(changesSinceLock(grid, r.report, sha256Text)).toEqual([]);
    });
  });

  test.each<[string, string[], RegExp, RegExp]>([
    ["zh", [], /，2024 年的锁定记录（\d{4}-\d\d-\d\d，王审核）不适用于 2025 年，本年度未锁定\n/, /锁定后被改动|已锁定/],
    ["en", ["--lang", "en"], /, the 2024 lock record \(\d{4}-\d\d-\d\d, by 王审核\) does not apply to 2025: not locked for this year\n/, /changed after the lock|, locked/],
  ])("check (%s) says it once in the title, not as changes", async (_l, lang, said, notSaid) => {
    const r = await cli("check", rolled, ...lang);
    expect(r.out).toMatch(said);
    expect(r.out.match(/2024/g)?.length).toBe(1);
    expect(r.out).not.toMatch(notSaid);
  });

  test("check --json: no lock for 2025, no change", async () => {
    const r = await cli("check", rolled, "--json");
    const doc = JSON.parse(r.out) as { year: number; lock: unknown; items: Array<{ issues: Array<{ code: string }> }> };
    expect(doc.year).toBe(2025);
    expect(doc.lock).toBeNull();
    expect(doc.items.flatMap((i) => i.issues).map((x) => x.code)).not.toContain("locked_value_changed");
  });
});

// rollover named the carried 2024 record "2025 年的锁定记录", by the year rolled from (session 30)
test.each<[string, string[], RegExp]>([
  ["zh", [], /^2024 年的锁定记录属于该年度，未带入（新年度的填报另行审核、锁定）$/m],
  ["en", ["--lang", "en"], /^The 2024 lock record belongs to that year: not carried \(the new year's return is reviewed and locked anew\)$/m],
])("rollover (%s) names a carried lock record by its own year", async (_l, lang, said) => {
  const out = rolled.replace(/\.xlsx$/, `-2023${lang.length ? "-en" : ""}.xlsx`);
  const r = await cli("rollover", rolled, "--year", "2023", "--out", out, ...lang);
  expect([r.code, r.err]).toEqual([0, ""]);
  expect(r.out).toMatch(said);
  expect(r.out).not.toMatch(/2025 年的锁定记录|2025 lock record/);
}, 60000);
