/**
 * trial47a F3: 156000 typed as a project's 累计完成投资 against 32.5 亿元 (万元 for 15.6 亿元: check's project_completed_scale,
 * a warning beside 已达标 >999%) was locked 通过, and lock's 注意 named 「第 4 行…等 16 行」 待审核 but never that row, which
 * the report leaves 未能评估（数值待核实） and the summary out of its sums for good. A project's 万元 slip (or date) is a value the
 * report does not grade, as an indicator's ungradedDoubt is: lock locks all the same (a reviewer's 通过 may accept it, as for
 * an indicator), but names it first, with check's words and the way to get it graded; the pane's outlook says the same.
 */
import { readFileSync } from "node:fs";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import type { InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { gridOfBytes } from "../../src/cli/loadWorkbookFile";
import { lockReading } from "../../src/cycle/lockReading";
import { checkGrid } from "../../src/sheet/checkGrid";
import { lockOutlookLine } from "../../src/ui/shared/lockOutlookLine";
import { cli } from "../support/cli";
import { LIST_KEY, PJ, listEntry, listReturnFile } from "../support/listReturn";
import { decide, run } from "../support/trialReturn";

const template = findTemplate(PJ) as Template & { kind: "projects" };
const SLIP_ID = "ss24-proj-03"; // 嵊泗县人民医院迁建工程, 3.5 亿元, 2024-2027
const slipName = template.projects.find((p) => p.id === SLIP_ID)?.name ?? "";
const done = (ids: string[]): InputEntry[] => template.projects.filter((p) => !ids.includes(p.id)).map((p) => listEntry(PJ, p.id, "state", "已完工"));
// every other project finished; the hospital 在建 with 35000 typed (万元 for 3.5 亿元)
const SLIP: InputEntry[] = [...done([SLIP_ID]), listEntry(PJ, SLIP_ID, "state", "在建"), listEntry(PJ, SLIP_ID, "completed", 35000)];
const CLEAN: InputEntry[] = done([]);

const FIRST_ZH = new RegExp(`^注意：1 项数值待核实，锁定后评估报告中仍为“未能评估（数值待核实）”（[^!]+!K\\d+ ${slipName}：累计完成投资 35000 是总投资（3\\.5 亿元）的 10000 倍，疑似按万元填写：是否应为 3\\.5`);
const FIRST_EN = new RegExp(`^Note: 1 value to verify, which the report leaves 未能评估 \\(not graded: value to verify\\) once locked too \\([^!]+!K\\d+ ${slipName}: `);

test.each<[string, InputEntry[], "通过" | null, "zh" | "en", RegExp | null]>([
  ["the slip's row decided 通过: named first all the same", SLIP, "通过", "zh", FIRST_ZH],
  ["the slip's row left 待审核: named first, before the 待审核 rows", SLIP, null, "zh", FIRST_ZH],
  ["the same, in English", SLIP, null, "en", FIRST_EN],
  ["a list without one: no such note", CLEAN, null, "zh", null],
])("lock names a project's 万元 slip first among its notes: %s", async (_why, entries, decision, lang, first) => {
  const f = await listReturnFile(entries);
  await run("review", f);
  if (decision) await decide(f, { [LIST_KEY(PJ, SLIP_ID)]: { decision, reviewer: "王审核" } });
  const r = await cli("lock", f, "--reviewer", "王审核", "--lang", lang);
  expect([r.code, r.err]).toEqual([0, ""]);
  const notes = r.out.trim().split("\n").slice(1);
  if (first) expect(notes[0]).toMatch(first);
  else expect(notes.join("\n")).not.toMatch(/数值待核实|value to verify/);
}, 60000);

test.each<[string, "zh" | "en", RegExp]>([
  ["中文", "zh", new RegExp(`1 项数值待核实[^\\n]*${slipName}：累计完成投资 35000`)],
  ["English", "en", new RegExp(`1 value to verify[^\\n]*${slipName}: `)],
])("the pane's outlook names it too (lockNotes, one reading): %s", async (_why, lang, named) => {
  const f = await listReturnFile(SLIP);
  await run("review", f);
  const loaded = await gridOfBytes(f, readFileSync(f));
  if (!loaded.ok) throw new Error(loaded.message);
  const c = checkGrid(loaded.grid);
  if (!c.ok) throw new Error("not checked");
  const o = lockOutlookLine(lockReading(loaded.grid, c.report), lang);
  expect(`${o.rest}`).toMatch(named);
}, 60000);
