/**
 * fu10 issue 5: lock fingerprints each row's 说明 and 人工评估 with its values, so a 说明
 * rewritten after the lock (a reviewer's 已说明 rests on it) is reported by check; a return
 * locked by the earlier version (values only) reads as before.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { putOwnSheet } from "../../src/hosts/xlsx/putOwnSheet";
import { sha256Text } from "../../src/cli/sha256Text";
import { findMetaSheet, fingerprintText } from "../../src/cycle/LockRecord";
import { lockedMetaSheet } from "../../src/cycle/lockedMetaSheet";
import { returnValues } from "../../src/cycle/returnValues";
import { checkGrid } from "../../src/sheet/checkGrid";
import { at, edit, returnFile, run, years } from "../support/trialReturn";

describe("lock fingerprints the 说明 and the 人工评估 too (fu10 issue 5)", () => {
  const clean: InputEntry[] = [
    ...years("r01", 93, 93.8, 94.6, 95.5),
    ...years("r06", 0.582, 0.583, 0.585, 0.586), at("r06", "note", "受干旱影响，部分灌区节水改造工程推迟至2025年完工"),
    at("r13", "assess", "已达标"),
  ];
  const lockedIssues = async (f: string): Promise<Array<{ cell?: string; code: string }>> => {
    const c = JSON.parse(await run("check", f, "--json")) as { items: Array<{ issues: Array<{ cell?: string; code: string }> }>; problems: unknown[] };
    expect(c.problems).toEqual([]);
    return c.items.flatMap((i) => i.issues).filter((x) => x.code === "locked_value_changed");
  };

  test.each<[string, string, InputEntry]>([
    ["a 说明 rewritten", "P9", at("r06", "note", "改了说明")],
    ["a 说明 deleted", "P9", at("r06", "note", null)],
    ["an 人工评估 changed", "Q16", at("r13", "assess", "滞后")],
    ["a year's value", "L4", at("r01", "in:2024", 96)],
  ])("%s after the lock: check reports it at %s", async (_, cell, change) => {
    const f = await returnFile(clean);
    await run("lock", f, "--reviewer", "王审核");
    expect(await lockedIssues(f)).toEqual([]);
    await edit(f, [change]);
    expect(await lockedIssues(f)).toEqual([expect.objectContaining({ cell })]);
  }, 60000);

  /** A return locked by the earlier version: its record (version 1) holds the yearly values only. */
  async function lockedTheOldWay(): Promise<string> {
    const f = await returnFile(clean);
    const g = await readXlsxZip(readFileSync(f));
    const r = checkGrid(g);
    if (!r.ok) throw new Error(r.message);
    const values = Object.fromEntries([...returnValues(g, r.report)].map(([k, v]) => [k, v.text]));
    const record = { version: 1 as const, year: 2024, unit: "青山县", lockedAt: "2025-02-11T00:00:00.000Z", reviewer: "王审核", fingerprint: sha256Text(fingerprintText(values)), values };
    const meta = findMetaSheet(g)!;
    writeFileSync(f, (await putOwnSheet(readFileSync(f), lockedMetaSheet(meta, record), { replace: meta.name })).bytes);
    return f;
  }

  test.each<[string, InputEntry | null, string[]]>([
    ["as locked", null, []],
    ["its 说明 rewritten (not fingerprinted then)", at("r06", "note", "改了说明"), []],
    ["a year's value edited", at("r01", "in:2024", 96), ["L4"]],
  ])("a return locked by the earlier version still reads: %s", async (_, change, cells) => {
    const f = await lockedTheOldWay();
    if (change) await edit(f, [change]);
    expect((await lockedIssues(f)).map((x) => x.cell)).toEqual(cells);
  }, 60000);
});
