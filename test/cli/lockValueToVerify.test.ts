/**
 * trial41a F3: 常山县's 文化及相关产业增加值 850000 亿元 against a target of 110 (check: 疑似单位填错，是否应为 85？) was
 * reviewed 通过 and locked with no word, and the ledger then said 通过 while the report left the row 未能评估（数值待核实）
 * for good. A reviewer's 通过 may accept the value, so lock still locks, but it names each value the report does not
 * grade (lockNotes' doubts) in its 注意 line, with check's words on it; a return without one gets no such words.
 * trial41e F4: that note came after 47 named 未填报 rows in one ~900-character line, and its only advice was to
 * unprotect and review again: it now has a line of its own, first, saying how to get the value graded (退回修改, then
 * review --replaces the corrected file); the other notes follow on their own 注意 line.
 */
import { cli } from "../support/cli";
import { readFileSync } from "node:fs";
import { KEY, LOCKABLE, at, decide, returnFile, reviewRows, run, years } from "../support/trialReturn";
import { gridOfBytes } from "../../src/cli/loadWorkbookFile";
import { lockReading } from "../../src/cycle/lockReading";
import { checkGrid } from "../../src/sheet/checkGrid";
import { lockOutlookLine } from "../../src/ui/shared/lockOutlookLine";
import type { InputEntry } from "../../src/hosts/xlsx/fillInputs";

// r07 用水总量（亿立方米）4.5 → <4.8: 45000 typed in 万立方米, with a 说明 of its lag so nothing else is noted
const SLIP: InputEntry[] = [...LOCKABLE, ...years("r07", 4.55, 4.6, 4.58, 45000), at("r07", "note", "统计口径调整")];

test.each<[string, InputEntry[], "zh" | "en", RegExp[] | null]>([
  ["a value in 万 in an 亿 row, reviewed 通过", SLIP, "zh", [
    /^注意：1 项数值待核实，锁定后评估报告中仍为“未能评估（数值待核实）”（[^!]+!L10 用水总量：数值 45000 .*是否应为 4\.5？）；要让评估报告评定该值：请撤销工作表保护，在审核表中将该行改为“退回修改”，把本填报退回填报单位核实改正；收到重新报送的文件后运行 plan-returns review "重新报送的文件" --replaces \S+ 复核，再锁定该文件$/,
    /^注意：\d+ 项未填报（[^\n]*），已按审核通过锁定，报送台账将显示“通过”；如未审核完/,
  ]],
  ["the same, in English", SLIP, "en", [
    /^Note: 1 value to verify, which the report leaves 未能评估 \(not graded: value to verify\) once locked too \([^!]+!L10 用水总量: 45000 .*Did you mean 4\.5\?\); to have it graded, unprotect the sheets, decide its row 退回修改 \(send back\) on the review sheet and send the return back to its unit to verify and correct it; once the corrected file comes back, run plan-returns review "the file sent again" --replaces \S+ to review it again, then lock that file$/,
    /^Note: \d+ rows are 未填报 \(not reported\) .*; locked as accepted all the same/,
  ]],
  ["a return without one: no such note", LOCKABLE, "zh", null],
  ["a return without one, in English", LOCKABLE, "en", null],
])("%s", async (_why, entries, lang, note) => {
  const f = await returnFile(entries);
  await run("review", f);
  // every row to review decided 通过, as the trial's reviewer did
  const flagged = [...(await reviewRows(f)).values()].filter((r) => r["flag"] === "是").map((r) => r["key"]!);
  await decide(f, Object.fromEntries(flagged.map((k) => [k, { decision: "通过", reviewer: "王审核" }])));
  const r = await cli("lock", f, "--reviewer", "王审核", "--lang", lang);
  expect([r.code, r.err]).toEqual([0, ""]);
  // the 注意 lines, the value to verify first (rows 未填报 are noted too: the fixture fills few rows)
  const notes = r.out.trim().split("\n").slice(1);
  if (note) expect(notes).toEqual(note.map((x) => expect.stringMatching(x)));
  else expect(notes.join("\n")).not.toMatch(/数值待核实|value to verify/);
}, 60000);

/**
 * s42: a lock refused for another reason says what it would note all the same (另：…, lock_would_note; the pane's outlook
 * likewise): its word on a value to verify had no way forward, where lock's own 注意 line says how to get it graded. It now
 * comes first with the same way forward (gradeStep, one home), before the lock: no sheets to unprotect yet; in the pane,
 * its 带入上一版的审核结论 button instead of the command.
 */
test.each<[string, "zh" | "en", "cli" | "pane", RegExp, RegExp]>([
  ["lock's refusal", "zh", "cli", /^另：以上处理后照常锁定，但会提示（这些不阻止锁定）：1 项数值待核实，锁定后评估报告中仍为“未能评估（数值待核实）”（[^!]+!L10 用水总量：[^\n]*是否应为 4\.5？）；要让评估报告评定该值：请在审核表中将该行改为“退回修改”，把本填报退回填报单位核实改正；收到重新报送的文件后运行 plan-returns review "重新报送的文件" --replaces \S+ 复核，再锁定该文件；/, /撤销工作表保护/],
  ["lock's refusal, in English", "en", "cli", /^Also: once these are dealt with it locks, but says \(none of these stops the lock\): 1 value to verify, which the report leaves 未能评估 \(not graded: value to verify\) once locked too \([^!]+!L10 用水总量: [^\n]*Did you mean 4\.5\?\); to have it graded, decide its row 退回修改 \(send back\) on the review sheet and send the return back to its unit to verify and correct it; once the corrected file comes back, run plan-returns review "the file sent again" --replaces \S+ to review it again, then lock that file; /, /unprotect/],
  ["the pane's outlook", "zh", "pane", /^另：以上处理后照常锁定，但会提示（这些不阻止锁定）：1 项数值待核实，[^\n]*；要让评估报告评定该值：请在审核表中将该行改为“退回修改”，把本填报退回填报单位核实改正；收到重新报送的文件后在新文件中点“带入上一版的审核结论”，再锁定该文件；/, /plan-returns|撤销工作表保护/],
  ["the pane's outlook, in English", "en", "pane", /^Also: [^\n]*1 value to verify, [^\n]*; to have it graded, decide its row 退回修改 \(send back\) on the review sheet and send the return back to its unit to verify and correct it; once the corrected file comes back, click "Carry decisions from the previous version" in the new file, then lock that file; /, /plan-returns|unprotect/],
])("a lock refused (a 退回修改 in force) names the value to verify with its way forward: %s", async (_why, lang, where, also, never) => {
  const f = await returnFile(SLIP);
  await run("review", f);
  // one row sent back (not the value to verify's), the rest left 待审核: lock refuses, and would note the value
  await decide(f, { [KEY("r01")]: { decision: "退回修改", reviewer: "王审核" } });
  const line = where === "cli"
    ? await (async () => { const r = await cli("lock", f, "--reviewer", "王审核", "--lang", lang); expect(r.code).toBe(5); return r.err.trim().split("\n").find((l) => /^(另：|Also: )/.test(l)) ?? ""; })()
    : await paneRest(f, lang);
  expect(line).toMatch(also);
  expect(line).not.toMatch(never);
}, 60000);

/** The pane's outlook on a return's lock (lockOutlookLine), its 另：… part. */
async function paneRest(f: string, lang: "zh" | "en"): Promise<string> {
  const loaded = await gridOfBytes(f, readFileSync(f));
  if (!loaded.ok) throw new Error(loaded.message);
  const r = checkGrid(loaded.grid);
  if (!r.ok) throw new Error("not checked");
  return lockOutlookLine(lockReading(loaded.grid, r.report), lang).rest;
}

/**
 * s43: with the value to verify's own row decided 退回修改 (in force), lock's refusal names that row under 退回修改 and
 * its 另：… still asked to decide that row 退回修改 and send the return back: done already. A row sent back is not
 * named as a value to verify (lockNotes' doubts), in lock's refusal and the pane's outlook alike; another row's value
 * to verify still is.
 */
test.each<[string, "zh" | "en", "cli" | "pane", string[], RegExp | null]>([
  ["its row sent back: lock's refusal says nothing of it", "zh", "cli", ["r07"], null],
  ["its row sent back: lock's refusal, in English", "en", "cli", ["r07"], null],
  ["its row sent back: the pane's outlook says nothing of it", "zh", "pane", ["r07"], null],
  ["its row sent back: the pane's outlook, in English", "en", "pane", ["r07"], null],
  ["another row sent back: still named", "zh", "cli", ["r01"], /1 项数值待核实[^\n]*L10 用水总量/],
  ["another row sent back: still named, in English", "en", "pane", ["r01"], /1 value to verify[^\n]*L10 用水总量/],
])("a value to verify whose row is decided 退回修改: %s", async (_why, lang, where, sentBack, named) => {
  const f = await returnFile(SLIP);
  await run("review", f);
  await decide(f, Object.fromEntries(sentBack.map((id) => [KEY(id), { decision: "退回修改", reviewer: "王审核" }])));
  const all = where === "cli"
    ? await (async () => { const r = await cli("lock", f, "--reviewer", "王审核", "--lang", lang); expect(r.code).toBe(5); return r.err; })()
    : await paneRest(f, lang);
  // the row is named under 退回修改 by lock's refusal (lock_returned): its 另：… adds nothing on it
  const line = all.split("\n").find((l) => /^(另：|Also: )/.test(l)) ?? "";
  expect(line).not.toBe("");
  if (named) expect(line).toMatch(named);
  else expect(line).not.toMatch(/数值待核实|value to verify|用水总量/);
}, 60000);
