/**
 * A return whose formulas have no result in the file (openpyxl re-saved it: every cached result dropped). check judges
 * such a cell not calculated, its value unknown. lock recorded it as check quotes it (`=120/3`, `="见附件"`), so when
 * the file was later opened and saved (J17 calculated to 40) check said 锁定后被改动「=120/3」→「40」; and a return locked
 * while calculated said 「40」→「=120/3」 once openpyxl re-saved it. Nobody changed anything. Now lock says which values
 * were unknown (LockRecord.uncalculated) and a value unknown on one side only is no change; known on both sides it is
 * compared as before (an edit is still found). A record written before that list reads a recorded =… as such a formula.
 * On the old code the re-save and the recalculation cases each reported J17 and P17 changed.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { putOwnSheet } from "../../src/hosts/xlsx/putOwnSheet";
import { sha256Text } from "../../src/cli/sha256Text";
import { findMetaSheet, fingerprintText, readLock } from "../../src/cycle/LockRecord";
import { lockedMetaSheet } from "../../src/cycle/lockedMetaSheet";
import { returnEntries } from "../../src/cycle/returnEntries";
import { checkGrid } from "../../src/sheet/checkGrid";
import { cli } from "../support/cli";
import { lockableReturnBytes } from "../support/lockedReturn";
import { openpyxlSaved } from "../support/openpyxlSaved";

const dir = mkdtempSync(join(tmpdir(), "lock-uncalculated-"));

/** The return with a person's formulas, as Excel saved it (results cached): J17, 2022's value, and P17, a 说明. */
async function calculatedReturn(f: string): Promise<void> {
  writeFileSync(f, await lockableReturnBytes());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  const ws = wb.worksheets.find((w) => w.name.includes("表2"))!;
  ws.getCell("J17").value = { formula: "120/3", result: 40 } as ExcelJS.CellFormulaValue;
  ws.getCell("P17").value = { formula: "\"见附件\"", result: "见附件" } as ExcelJS.CellFormulaValue;
  await wb.xlsx.writeFile(f);
}

/** Rewrites the sheet of J17 and P17 (the workbook's second worksheet part), the rest of the file as it is. */
async function rewriteSheet(f: string, change: (xml: string) => string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(f));
  const name = "xl/worksheets/sheet2.xml";
  const xml = await zip.file(name)!.async("string");
  const out = change(xml);
  expect(out).not.toBe(xml);
  zip.file(name, out);
  writeFileSync(f, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

type After = "unchanged" | "re-saved by openpyxl" | "calculated again" | "formula edited, not calculated" | "value typed over";
const AFTER: Record<After, (f: string) => Promise<void>> = {
  "unchanged": async () => {},
  "re-saved by openpyxl": async (f) => writeFileSync(f, await openpyxlSaved(readFileSync(f))),
  // as Excel saves it once opened: the results cached again
  "calculated again": (f) => rewriteSheet(f, (x) => x
    .replace(/(<c r="J17"[^>]*>)(<f>120\/3<\/f>)<v><\/v>/, "$1$2<v>40</v>")
    .replace(/<c r="P17"([^>]*)>(<f>&quot;见附件&quot;<\/f>)<v><\/v>/, '<c r="P17"$1 t="str">$2<v>见附件</v>')),
  "formula edited, not calculated": (f) => rewriteSheet(f, (x) => x.replace(/(<c r="J17"[^>]*>)<f>120\/3<\/f>/, "$1<f>120/4</f>")),
  "value typed over": (f) => rewriteSheet(f, (x) => x.replace(/(<c r="J17"[^>]*?)(?: t="[^"]*")?>(?:(?!<\/c>).)*<\/c>/s, "$1><v>41</v></c>")),
};

/** Locks as the version before the `uncalculated` list did: the same values (=120/3 for a formula not calculated), no list. */
async function lockTheOldWay(f: string): Promise<void> {
  expect((await cli("lock", f)).code).toBe(0);
  const g = await readXlsxZip(readFileSync(f));
  const r = checkGrid(g);
  if (!r.ok) throw new Error(r.message);
  const values = Object.fromEntries([...returnEntries(g, r.report)].map(([k, v]) => [k, v.text]));
  const record = { version: 2 as const, year: 2023, unit: "定海区", lockedAt: "2026-11-01T00:00:00.000Z", reviewer: "", reviewed: false, fingerprint: sha256Text(fingerprintText(values)), values };
  const meta = findMetaSheet(g)!;
  writeFileSync(f, (await putOwnSheet(readFileSync(f), lockedMetaSheet(meta, record), { replace: meta.name })).bytes);
  const back = readLock(await readXlsxZip(readFileSync(f)));
  expect(back && !("error" in back) && back.uncalculated).toBeUndefined();
}

interface Checked { problems: unknown[]; items: Array<{ issues: Array<{ cell?: string; code: string }> }> }

describe("a lock and formulas with no result in the file: no change unless one was made", () => {
  test.each<[string, "calculated" | "not calculated", "this version" | "the version before", After, string[]]>([
    ["locked calculated, re-saved by openpyxl: nothing changed", "calculated", "this version", "re-saved by openpyxl", []],
    ["locked not calculated, unchanged", "not calculated", "this version", "unchanged", []],
    ["locked not calculated, then calculated: nothing changed", "not calculated", "this version", "calculated again", []],
    ["locked not calculated, the formula edited: a change", "not calculated", "this version", "formula edited, not calculated", ["J17"]],
    ["locked calculated, a value typed over: a change", "calculated", "this version", "value typed over", ["J17"]],
    ["an older lock, not calculated, unchanged", "not calculated", "the version before", "unchanged", []],
    ["an older lock, not calculated, then calculated", "not calculated", "the version before", "calculated again", []],
    ["an older lock, calculated, re-saved by openpyxl", "calculated", "the version before", "re-saved by openpyxl", []],
    ["an older lock, calculated, a value typed over: a change", "calculated", "the version before", "value typed over", ["J17"]],
  ])("%s", async (name, state, by, after, changed) => {
    const f = join(dir, `${name}.xlsx`);
    await calculatedReturn(f);
    if (state === "not calculated") writeFileSync(f, await openpyxlSaved(readFileSync(f)));
    if (by === "this version") {
      const r = await cli("lock", f);
      expect([r.code, r.err]).toEqual([0, ""]);
      const rec = readLock(await readXlsxZip(readFileSync(f)));
      if (!rec || "error" in rec) throw new Error("no lock");
      // a formula with no result is recorded as such, its key listed (none when every formula was calculated)
      expect(rec.uncalculated?.length ?? 0).toBe(state === "not calculated" ? 2 : 0);
    } else await lockTheOldWay(f);
    await AFTER[after](f);
    const checked = JSON.parse((await cli("check", f, "--json")).out) as Checked;
    expect(checked.problems).toEqual([]);
    expect(checked.items.flatMap((i) => i.issues).filter((x) => x.code === "locked_value_changed").map((x) => x.cell)).toEqual(changed);
  }, 120000);
});
