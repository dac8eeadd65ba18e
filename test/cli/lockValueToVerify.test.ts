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
import { LOCKABLE, at, decide, returnFile, reviewRows, run, years } from "../support/trialReturn";
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
