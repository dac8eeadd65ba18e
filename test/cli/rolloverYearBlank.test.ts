import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readLedgerBook } from "../../src/cycle/ledgerBook";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { cli } from "../support/cli";
import { fillDistributed } from "../support/countyReturn";

/**
 * Trial 37b F4: summary counts a return received with nothing entered (收到空表, 磐安县) or with earlier years only
 * (本年度未填, 云和县) as 未报 and chases it, but `rollover` made the next year's return of it without a word and left the new
 * ledger's 备注 blank, while the same gap from a unit that sent last year's file was flagged (rolled_years_skipped). Now
 * rollover says it as that one is said, in the terms summary uses (cycle/blankOf, BLANK_WORDS): a 注意 line, 备注, and
 * `rolled[].blank` in --json. A return holding a value of its year says nothing of the kind.
 */
const dir = mkdtempSync(join(tmpdir(), "rollover-year-blank-"));
const sent = join(dir, "下发");
const ledger = join(sent, "报送台账.xlsx");
const file = (unit: string): string => join(sent, `2023-${unit}.xlsx`);

beforeAll(async () => {
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区,岱山县", "--deadline", "2024-01-31", "--out-dir", sent)).code).toBe(0);
  // 定海区 filled a 2023 value; 普陀区 sent the form back untouched; 岱山县 filled 2022 only
  const value = (key: string): Array<{ template: string; id: string; key: string; value: number }> => [{ template: "zhoushan-2021-2025", id: "zs21-24", key, value: 6.8 }];
  await fillDistributed(sent, 2023, { 定海区: value("in:2023"), 岱山县: value("in:2022") });
}, 60000);

const NOTES: Record<string, string> = {
  定海区: "",
  普陀区: "2023 年度的填报一个数值也没有填（收到空表，按未报）：2023 年的数值待补填",
  岱山县: "2023 年度的填报中 2023 年的数值是空的（本年度未填，按未报）：2023 年的数值待补填",
};

test.each<[string, string[], string[]]>([
  ["zh: one 注意 line a unit without its year's values, in summary's words", [], [
    `注意：普陀区：${file("普陀区")} 是 2023 年度的填报，但一个数值也没有填（收到空表，汇总按未报）：已照此换为 2024 年度，新填报中 2023 年的数值是空的，请该单位补填`,
    `注意：岱山县：${file("岱山县")} 是 2023 年度的填报，但 2023 年的数值都是空的（本年度未填，汇总按未报）：已照此换为 2024 年度（带入 2023 年以前各年的数值），新填报中 2023 年的数值是空的，请该单位补填`,
  ]],
  ["en: the same lines in English", ["--lang", "en"], [
    `Note: 普陀区: ${file("普陀区")} is a return of 2023, but no value was entered at all (sent back blank, counted as not sent by summary): it was rolled over to 2024 all the same, and the values of 2023 are blank in the new return; ask the unit to fill them in`,
    `Note: 岱山县: ${file("岱山县")} is a return of 2023, but its values of 2023 are all blank (with no values for the year, counted as not sent by summary): it was rolled over to 2024 all the same (the values before 2023 carried), and the values of 2023 are blank in the new return; ask the unit to fill them in`,
  ]],
])("a folder, %s; the new ledger's 备注", async (_name, flags, said) => {
  const out = mkdtempSync(join(dir, "out-"));
  const r = await cli("rollover", file("定海区"), file("普陀区"), file("岱山县"), "--year", "2024", "--out-dir", out, "--ledger", ledger, "--deadline", "2025-01-31", ...flags);
  expect([r.code, r.err]).toEqual([0, ""]);
  expect(r.out.split("\n").filter((l) => l.startsWith("注意：") || l.startsWith("Note: "))).toEqual(said);
  const book = readLedgerBook(await readXlsxZip(readFileSync(join(out, "报送台账.xlsx"))));
  expect(book?.units.map((u) => [u.unit, u.note ?? ""])).toEqual(Object.entries(NOTES));
}, 60000);

test.each<[string, string, string | undefined, string]>([
  ["filled 2023: no blank", "定海区", undefined, "zh"],
  ["收到空表: file", "普陀区", "file", "zh"],
  ["本年度未填: year", "岱山县", "year", "en"],
])("rollover --json of one return, %s: rolled[].blank and its line", async (_name, unit, blank, lang) => {
  const r = await cli("rollover", file(unit), "--year", "2024", "--out", join(mkdtempSync(join(dir, "one-")), "x.xlsx"), "--deadline", "2025-01-31", "--json", "--lang", lang);
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.out) as { rolled: Array<{ blank?: string; lines: string[] }> };
  expect(doc.rolled.map((x) => [x.blank, x.lines.some((l) => /^(注意：|Note: ).*(收到空表|本年度未填|sent back blank|with no values for the year)/.test(l))])).toEqual([[blank, blank !== undefined]]);
}, 60000);

test("a folder with --json: the new ledger's units carry the same 备注", async () => {
  const out = mkdtempSync(join(dir, "json-"));
  const r = await cli("rollover", file("定海区"), file("普陀区"), file("岱山县"), "--year", "2024", "--out-dir", out, "--ledger", ledger, "--deadline", "2025-01-31", "--json");
  const doc = JSON.parse(r.out) as { rolled: Array<{ unit: string; blank?: string }>; ledger: { units: Array<{ unit: string; note?: string }> } };
  expect(doc.rolled.map((x) => [x.unit, x.blank])).toEqual([["定海区", undefined], ["普陀区", "file"], ["岱山县", "year"]]);
  expect(doc.ledger.units.map((u) => [u.unit, u.note ?? ""])).toEqual(Object.entries(NOTES));
}, 60000);
