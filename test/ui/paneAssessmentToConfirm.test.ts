import { readFileSync } from "node:fs";
import { methodToVerifyByStatus, statusCountsText, toConfirmByStatus, toVerifyByStatus } from "../../src/domain/statusCountsText";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { lockedCheck } from "../../src/ui/shared/lockedCheck";
import { at, decide, edit, KEY, LOCKABLE, returnFile, run } from "../support/trialReturn";

/**
 * dev45d: `check` says a 人工评估 conclusion no 审核结论 confirms yet (assessment_to_confirm on its row, 已达标 1（其中 1 项为
 * 人工评估，待审核确认） in its totals: trial44a F5), but the pane's 校验 said neither: its check (lockedCheck) did not mark
 * them. Both now mark them in one place (cycle/applyCheckMarks), so the pane's check of the same file holds the same
 * issues and counts them alike (toConfirmByStatus, which the pane's line says). A summary's check applies the lock
 * alone, as `summary` does. On the old code the pane's report had no assessment_to_confirm and counted none.
 */
const d = { reviewer: "王审核", date: new Date(Date.UTC(2025, 1, 10)) };
// r13 河长制工作, target 保持全省前列: what was done written, so the conclusion rests on something
const DONE = [...LOCKABLE, at("r13", "in:2024", "河长制考核全省第3名")];

type Item = { id: string; status: "met"; issues: Array<{ code: string; severity: string; cell?: string; message: string; params?: Record<string, string | number> }> };
const said = (items: readonly Item[]): unknown[] => items.flatMap((i) => i.issues.filter((x) => x.code === "assessment_to_confirm" || x.code === "assessment_unsupported")
  .map((x) => ({ id: i.id, code: x.code, severity: x.severity, cell: x.cell, message: x.message })));

test.each<[string, (f: string) => Promise<void>, number]>([
  // why, what the reviewer did, how many rows check counts as to confirm
  ["no review yet: to confirm", async () => {}, 1],
  ["退回修改 confirms nothing", async (f) => { await run("review", f); await decide(f, { [KEY("r13")]: { decision: "退回修改", comment: "请核实", ...d } }); }, 1],
  ["通过 confirms it", async (f) => { await run("review", f); await decide(f, { [KEY("r13")]: { decision: "通过", comment: "河长制考核全省第3名", ...d } }); }, 0],
  ["a conclusion on nothing: its warning says it", async (f) => { await edit(f, [at("r13", "in:2024", null)]); }, 1],
  ["no 人工评估: nothing said", async (f) => { await edit(f, [at("r13", "assess", null)]); }, 0],
])("%s: the pane's 校验 marks what check marks", async (_why, act, n) => {
  const f = await returnFile(DONE);
  await act(f);
  const cli = JSON.parse(await run("check", f, "--json")) as { items: Item[] };
  const grid = await readXlsxZip(readFileSync(f));
  const pane = lockedCheck(grid, { check: true });
  if (!pane.ok) throw new Error(pane.message);
  const items = pane.report.items as unknown as Item[];
  // (check --json gives each message in its one language: zh here)
  expect(said(items)).toEqual(said(cli.items));
  // counted alike: the pane's counts make check's own totals line (its text; --json carries no such count)
  const text = await run("check", f);
  const r = pane.report;
  expect(text).toContain(statusCountsText(r.counts, toVerifyByStatus(r.items), "zh", methodToVerifyByStatus(r.items), toConfirmByStatus(r.items)));
  expect(Object.values(toConfirmByStatus(r.items)).reduce((a, b) => a + b, 0)).toBe(n);
  // a summary's check (lockedCheck without `check`) applies the lock alone, as `summary` reads a return
  const summary = lockedCheck(grid);
  if (!summary.ok) throw new Error(summary.message);
  expect(toConfirmByStatus(summary.report.items)).toEqual({});
}, 90000);
