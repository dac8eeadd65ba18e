/**
 * trial31: on a return with 14 undecided rows the first lock refused only for 待人工评估; with
 * --accept-unassessed it then locked 未经审核, listing 14 rows 待审核, 3 lags without 说明 and 3 未填报:
 * the reviewer learned the blockers one at a time. One refused run now names every reason it refuses
 * for (each kind once, as each says it alone), which option accepts which, and what it would lock all
 * the same but say (待审核, lags without 说明, 未填报). What lock accepts is unchanged: the exit code and
 * the file untouched prove it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { cli } from "../support/cli";
import { at, decide, KEY, returnFile, run, years } from "../support/trialReturn";

/** r01 clean, r06 lagging with no 说明, r13 (words target) reported with no 人工评估: 待人工评估. */
const BASE = [...years("r01", 93, 93.8, 94.6, 95.5), ...years("r06", 0.582, 0.583, 0.585, 0.586), at("r13", "in:2024", "河长制考核全省第3名")];
const BAD = at("r01", "in:2024", "九十五");

describe("one refused lock names every reason", () => {
  test.each<[string, boolean, boolean, string[], RegExp[]]>([
    ["退回修改 and 待人工评估: both, the option for the one it accepts", false, true, [], [
      /^.*：未锁定，有 2 个原因，都须先处理（--accept-unassessed 只接受待人工评估（人工评估单元格锁为空白，评估报告中为“未能评估”）；其余原因没有选项可以接受，须先改正或审核）：$/,
      /^ {2}1\. 审核表「审核」中有 1 条“退回修改”仍然有效（第 9 行 农田灌溉水有效利用系数）；请将本填报退回填报单位改正这些行；收到重新报送的文件后运行 plan-returns review "重新报送的文件" --replaces \S+ 复核$/,
      /^ {2}2\. 有 1 项指标待人工评估（[^）]*!Q\d+ 河长制工作）；锁定会把人工评估单元格一并锁住.*加 --accept-unassessed$/,
      /^另：以上处理后照常锁定，但会提示（这些不阻止锁定）：.*\d+ 项未填报（.*）$/,
    ]],
    ["an error, 退回修改 and 待人工评估: three, the error first", true, true, [], [
      /^.*：未锁定，有 3 个原因，都须先处理（--accept-unassessed 只接受待人工评估.*；其余原因没有选项可以接受，须先改正或审核）：$/,
      /^ {2}1\. 数据异常 1 项；请先退回改正（第一处：.*）$/,
      /^ {2}2\. 审核表「审核」中有 1 条“退回修改”仍然有效（第 9 行 农田灌溉水有效利用系数）；/,
      /^ {2}3\. 有 1 项指标待人工评估/,
      /^另：/,
    ]],
    ["--accept-unassessed: the one left, said as before, then what it would say", false, true, ["--accept-unassessed"], [
      /^.*：审核表「审核」中有 1 条“退回修改”仍然有效（第 9 行 农田灌溉水有效利用系数），未锁定；请将本填报退回填报单位改正这些行；/,
      /^另：以上处理后照常锁定，但会提示（这些不阻止锁定）：审核表中仍有 \d+ 行待审核（.*），1 项滞后未填写说明（[^）]*!P9 农田灌溉水有效利用系数），\d+ 项未填报（.*）$/,
    ]],
    ["an error and 退回修改: no option accepts either", true, true, ["--accept-unassessed"], [
      /^.*：未锁定，有 2 个原因，都须先处理（以上原因没有选项可以接受，须先改正或审核）：$/,
      /^ {2}1\. 数据异常 1 项；/,
      /^ {2}2\. 审核表「审核」中有 1 条“退回修改”/,
      /^另：/,
    ]],
    ["in English", false, true, ["--lang", "en"], [
      /^.*: not locked, for 2 reasons, each to be dealt with first \(--accept-unassessed accepts the 待人工评估 rows only \(their 人工评估 cells locked blank, 未能评估 in the report\); no option accepts the other reasons: correct or review first\):$/,
      /^ {2}1\. 1 退回修改 \(send back\) decision on the review sheet "审核" still holds \(row 9 农田灌溉水有效利用系数\); send the return back to its unit to correct it; /,
      /^ {2}2\. 1 indicator is still 待人工评估 \(awaiting the reviewer's assessment\) \([^)]*!Q\d+ 河长制工作\); locking locks/,
      /^Also: once these are dealt with it locks, but says \(none of these stops the lock\): .*1 lagging indicator has no 说明 \(explanation\)/,
    ]],
    ["no review at all: it would lock 未经审核, said before", false, false, [], [
      /^.*：有 1 项指标待人工评估（[^）]*），未锁定；.*加 --accept-unassessed$/,
      /^另：以上处理后照常锁定，但会提示（这些不阻止锁定）：.*；审核表中没有审核结论，将按“未经审核”锁定，报送台账显示“已报”，不是“通过”；滞后未写说明的 1 项仍计为未说明的滞后（未经审核的锁定不算认可），汇总时照常督促补写说明$/,
    ]],
  ])("%s", async (_, bad, back, args, lines) => {
    const f = await returnFile(bad ? [...BASE, BAD] : BASE);
    if (back) {
      await run("review", f);
      await decide(f, { [KEY("r06")]: { decision: "退回修改", reviewer: "王审核" } });
    }
    const before = readFileSync(f);
    const r = await cli("lock", f, ...args);
    expect([r.code, r.out]).toEqual([5, ""]);
    expect(r.err.trim().split("\n")).toEqual(lines.map((l) => expect.stringMatching(l)));
    expect(readFileSync(f).equals(before)).toBe(true);
  }, 60000);
});

/**
 * trial42d F4: with an error and someone's owner file beside it (~$<name>: open in Excel or WPS), lock named the error
 * only; once it was put right, a second run refused for the owner file. The owner file is now one of the reasons said
 * at once, in the words the write's own refusal uses (open_elsewhere), capitalised in English as it starts the line.
 */
describe("someone has the return open: one of the reasons lock names", () => {
  test.each<[string, string[], RegExp[]]>([
    ["an error and the owner file", [], [
      /^.*：未锁定，有 2 个原因，都须先处理（以上原因没有选项可以接受，须先改正或审核）：$/,
      /^ {2}1\. 数据异常 1 项；/,
      /^ {2}2\. 有人正在编辑此文件（~\$\S+\.xlsx）：请其关闭后再运行（如并无人打开，是残留的锁定文件，删除后再运行）$/,
      /^另：/,
    ]],
    ["in English", ["--lang", "en"], [
      /^.*: not locked, for 2 reasons, each to be dealt with first \(no option accepts these reasons: correct or review first\):$/,
      /^ {2}1\. Invalid data on 1 row; /,
      /^ {2}2\. Someone is editing this file \(~\$\S+\.xlsx\): ask them to close it and run again \(if no one has it open, the lock file is left over: delete it and run again\)$/,
      /^Also: /,
    ]],
  ])("%s", async (_, args, lines) => {
    const f = await returnFile([...BASE, BAD]);
    // WPS's owner file is empty: who has it open is not known (有人)
    writeFileSync(join(dirname(f), `~$${basename(f)}`), "");
    const before = readFileSync(f);
    const r = await cli("lock", f, "--accept-unassessed", ...args);
    expect([r.code, r.out]).toEqual([5, ""]);
    expect(r.err.trim().split("\n")).toEqual(lines.map((l) => expect.stringMatching(l)));
    expect(readFileSync(f).equals(before)).toBe(true);
  }, 60000);
});
