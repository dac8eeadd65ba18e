/**
 * trial39b F1, F2: the pane's lock outlook said a bare green 可以锁定：plan-returns lock 不会拒绝这份填报 on a blank
 * return (every row 未填报) and on one with lags left without 说明 — which lock locks, but with a 注意 (8 项未填报…，已锁定
 * （未经审核）) — and its 不能锁定 told the filer to 退回 (the reviewer's action) and named the CLI, its 第一处 repeating the
 * list below. The outlook now says lock's notes (lockNotes, lock_notes) in amber, and the errors as the pane user fixes
 * them. On the old code every row here failed: the first two read 可以锁定：plan-returns lock…, the third 请先退回改正（第一处…）.
 */
import { readFileSync } from "node:fs";
import { gridOfBytes } from "../../src/cli/loadWorkbookFile";
import { lockReading } from "../../src/cycle/lockReading";
import { checkGrid } from "../../src/sheet/checkGrid";
import { lockOutlookLine } from "../../src/ui/shared/lockOutlookLine";
import type { InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { LOCKABLE, V1, returnFile } from "../support/trialReturn";

const withoutNote = LOCKABLE.filter((e) => e.key !== "note");

describe("the pane's lock outlook says what lock would say, caveats included", () => {
  test.each<[string, InputEntry[], "zh" | "en", string, RegExp, RegExp]>([
    ["a blank return", [], "zh", "noted", /^可以锁定，但锁定时会提示（这些不阻止锁定）：\d+ 项未填报（.*）；审核表中没有审核结论，将按“未经审核”锁定/, /plan-returns|退回/],
    ["a blank return, in English", [], "en", "noted", /^Can be locked, but the lock would note \(none of these stops it\): \d+ rows are 未填报 \(not reported\) .*; the review sheet holds no decision, so it would be locked without review/, /plan-returns/],
    ["a lag without its 说明", withoutNote, "zh", "noted", /^可以锁定，但锁定时会提示（这些不阻止锁定）：1 项滞后未填写说明（.*!\w+\d+ .*）/, /plan-returns|退回/],
    ["a lag without its 说明, in English", withoutNote, "en", "noted", /^Can be locked, but the lock would note .*1 lagging indicator has no 说明 \(explanation\)/, /plan-returns/],
    ["errors: the filer corrects the cells 校验 lists", V1, "zh", "refused", /^不能锁定：审核人员锁定时会因以下 \d+ 个原因拒绝：1\. 数据异常 \d+ 项，须先改正（“校验工作簿”逐项列出）/, /plan-returns|退回|第一处/],
    ["errors, in English", V1, "en", "refused", /^Cannot be locked yet: the reviewer's lock would refuse it for .*1\. Invalid data on \d+ rows?: to be corrected first \(Check workbook lists each one\)/, /plan-returns|send it back|the first:/],
  ])("%s", async (_name, entries, lang, tone, says, never) => {
    const f = await returnFile(entries);
    const loaded = await gridOfBytes(f, readFileSync(f));
    if (!loaded.ok) throw new Error(loaded.message);
    const r = checkGrid(loaded.grid);
    if (!r.ok) throw new Error("not checked");
    const out = lockOutlookLine(lockReading(loaded.grid, r.report), lang);
    expect({ tone: out.tone, says: says.test(out.text), text: out.text }).toEqual({ tone, says: true, text: out.text });
    expect(out.text).not.toMatch(never);
  });
});
