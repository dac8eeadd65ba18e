/**
 * A fresh user locked a return, then changed 11200 to 11500: check and summary said 锁定后被改动,
 * while report graded 11500 and rollover carried it without a word. Both now name each change
 * (lockedChanges over applyLock's issues), and still use the values as they are, as summary does.
 * trial38b F3: the terminal said it, the Word report (and the .xlsx's 评估 sheet) did not, so a reader of the file saw the
 * unit graded on the changed value with no caveat; the written paragraph now closes with the same note (on the old code
 * the written texts held no 锁定).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import JSZip from "jszip";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { at, edit, lockedReturnFile } from "../support/trialReturn";

const dir = mkdtempSync(join(tmpdir(), "locked-changes-"));

describe("report and rollover name the changes since the lock", () => {
  let locked = "";
  let edited = "";
  let reviewed = "";
  beforeAll(async () => {
    reviewed = await lockedReturnFile({ reviewed: true });
    locked = await lockedReturnFile();
    edited = await lockedReturnFile();
    await edit(edited, [at("r01", "in:2024", 96.1)]);
  }, 120000);

  test.each<[string, "report" | "rollover", "zh" | "en", boolean, RegExp[]]>([
    ["report, changed", "report", "zh", true, [/^注意：\S+的填报已锁定，锁定后又被改动 1 处，未重新审核锁定，评估按现在的值：$/m, /^ {2}\S+!L4 农村自来水普及率 锁定时为「95\.5」，现为「96\.1」$/m]],
    ["report, changed, English", "report", "en", true, [/^Note: \S+'s return was locked and 1 cell changed since, not reviewed and locked again; evaluated as it is now:$/m, /"95\.5" when locked, now "96\.1"$/m]],
    ["report, locked and untouched: no line", "report", "zh", false, []],
    ["rollover, changed", "rollover", "zh", true, [/^注意：原填报（2024 年度）已锁定，锁定后又被改动 1 处，未重新审核锁定，已按现在的值带入，请核实：$/m, /^ {2}\S+!L4 农村自来水普及率 锁定时为「95\.5」，现为「96\.1」$/m]],
    ["rollover, locked and untouched: no line", "rollover", "zh", false, []],
  ])("%s", async (name, command, lang, changed, says) => {
    const f = changed ? edited : locked;
    const out = join(dir, `${name.replace(/[^\w]/g, "_")}.${command === "report" ? "docx" : "xlsx"}`);
    const r = command === "report" ? await cli("report", f, "--out", out, "--lang", lang) : await cli("rollover", f, "--year", "2025", "--out", out, "--lang", lang);
    expect([r.code, r.err]).toEqual([0, ""]);
    for (const s of says) expect(r.out).toMatch(s);
    if (!changed) expect(r.out).not.toMatch(/锁定后又被改动|changed since/);
  }, 60000);

  /** The text of a written report: the .docx's paragraphs, or the .xlsx's shared strings. */
  const writtenText = async (file: string): Promise<string> => {
    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml = await zip.file(file.endsWith(".docx") ? "word/document.xml" : "xl/sharedStrings.xml")?.async("string") ?? "";
    return xml.replace(/<[^>]+>/g, "");
  };
  const NOTE = /注意：\S+的填报已锁定，锁定后又被改动 1 处，未重新审核锁定，评估按现在的值：\S+!L4 农村自来水普及率 锁定时为「95\.5」，现为「96\.1」。/;
  test.each<[string, "docx" | "xlsx", "zh" | "en", boolean]>([
    ["the .docx's 总体评估 says it", "docx", "zh", true],
    ["in Chinese with --lang en too (the report is Chinese)", "docx", "en", true],
    ["the .xlsx's 评估 sheet says it", "xlsx", "zh", true],
    ["locked and untouched: not said", "docx", "zh", false],
  ])("written report: %s", async (name, ext, lang, changed) => {
    const out = join(dir, `written-${name.replace(/[^\w]/g, "_")}-${lang}.${ext}`);
    const r = await cli("report", changed ? edited : locked, "--out", out, "--lang", lang);
    expect([r.code, r.err]).toEqual([0, ""]);
    const text = await writtenText(out);
    if (changed) expect(text).toMatch(NOTE);
    else expect(text).not.toMatch(/锁定后又被改动/);
  }, 60000);

  // a trial rolled a locked, reviewed return over: its 审核 sheet and lock record went unsaid
  test.each<[string, boolean, "zh" | "en", RegExp]>([
    ["rollover of a reviewed, locked return says what of that year is not carried", true, "zh", /^2024 年的审核表「审核」和锁定记录属于该年度，未带入（新年度的填报另行审核、锁定）$/m],
    ["in English", true, "en", /^The 2024 review sheet "审核" and the 2024 lock record belong to that year: not carried \(the new year's return is reviewed and locked anew\)$/m],
    ["locked without a review sheet", false, "zh", /^2024 年的锁定记录属于该年度，未带入（新年度的填报另行审核、锁定）$/m],
  ])("%s", async (name, withReview, lang, says) => {
    const out = join(dir, `reviewed-${name.replace(/[^\w]/g, "_")}-${lang}.xlsx`);
    const r = await cli("rollover", withReview ? reviewed : locked, "--year", "2025", "--out", out, "--lang", lang);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toMatch(says);
  }, 60000);
});
