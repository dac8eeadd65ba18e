/**
 * s43 (trial42d): a row 待复核 was named by its value's cell (第 22 行 …（表!K22）) whatever had changed, so a reviewer told
 * of K22 looked for a value change where only the 说明 P7 had been edited. lock's refusal, check's 不能锁定 line and the
 * pane's outlook (lockRefusalLine, one home) now name the cells that changed since the decision, both when both did;
 * `check --json`'s stale cells give them as `changed`. On the old code every case names the value's cell alone.
 */
import { cli } from "../support/cli";
import { at, decide, edit, KEY, LOCKABLE, returnFile, run } from "../support/trialReturn";
import type { InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { copyFileSync, readFileSync } from "node:fs";
import { gridOfBytes } from "../../src/cli/loadWorkbookFile";
import { checkGrid } from "../../src/sheet/checkGrid";

/** r06's cells as check locates them: its 2024 value's and its 说明's. */
async function r06Cells(f: string): Promise<{ value: string; note: string }> {
  const loaded = await gridOfBytes(f, readFileSync(f));
  const r = loaded.ok ? checkGrid(loaded.grid) : null;
  const item = r?.ok ? r.report.items.find((i) => i.id === "r06") : undefined;
  if (!item?.noteCell || !item.cells["2024"]) throw new Error("r06 has no cells");
  return { value: item.cells["2024"], note: item.noteCell };
}

type Stale = { code: string; message: string; cells?: Array<{ sheet: string; cell: string; row: number; changed?: string[] }> };

// r06 lags with a 说明 (LOCKABLE), decided 已说明; then the county edits the row: its 说明, its 2024 value, or both
const NOTE = at("r06", "note", "灌区改造推迟，已与水利局核实");
const VALUE = at("r06", "in:2024", 0.587);

test.each<[string, InputEntry[], "zh" | "en", boolean, (cells: { value: string; note: string }) => string[]]>([
  ["only its 说明 changed: the 说明's cell", [NOTE], "zh", false, (c) => [c.note]],
  ["only its 说明 changed, in English", [NOTE], "en", false, (c) => [c.note]],
  ["only its value changed: the value's cell", [VALUE], "zh", false, (c) => [c.value]],
  ["both changed: both cells, the value's first", [VALUE, NOTE], "zh", false, (c) => [c.value, c.note]],
  ["both changed, in English", [VALUE, NOTE], "en", false, (c) => [c.value, c.note]],
  ["only its 说明 changed in a version sent again (review --replaces)", [NOTE], "zh", true, (c) => [c.note]],
])("a row 待复核 is named by what changed: %s", async (_why, change, lang, resent, expected) => {
  const first = await returnFile(LOCKABLE);
  await run("review", first);
  await decide(first, { [KEY("r06")]: { decision: "已说明", reviewer: "王审核" } });
  const f = resent ? first.replace(/\.xlsx$/, "-重报.xlsx") : first;
  if (resent) copyFileSync(first, f);
  await edit(f, change);
  await run("review", f, ...(resent ? ["--replaces", first] : []));
  const json = JSON.parse((await cli("check", f, "--json", "--lang", lang)).out) as { lockRefusals: Stale[] };
  const stale = json.lockRefusals.find((x) => x.code === "stale");
  const row = stale?.cells?.[0];
  if (!row) throw new Error("no row 待复核");
  const cells = await r06Cells(f);
  // `cell` stays the year's value's, as before; `changed` what changed
  expect(row.cell).toBe(cells.value);
  const want = expected(cells);
  expect(row.changed).toEqual(want);
  const named = `${row.sheet}!${want.join(lang === "en" ? ", " : "、")}`;
  const lock = await cli("lock", f, "--reviewer", "王审核", "--lang", lang);
  expect(lock.code).toBe(5);
  expect(lock.err).toContain(lang === "en" ? `(${named})` : `（${named}）`);
  expect(stale?.message).toContain(named);
}, 60000);
