/**
 * A trial's reviewer locked a return with two words-target rows still 待人工评估: lock warned of a
 * lag only, locked the blank 人工评估 cells with the rest, the ledger said 通过 and the report kept
 * the rows 未能评估 for good. Such rows now refuse the lock (exit 5), naming each by its sheet,
 * 人工评估 cell and indicator, unless the reviewer locks them on purpose (--accept-unassessed), when
 * one line says they stay 未能评估. A row 未填报, or one the reviewer assessed, is no reason to refuse.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { cli } from "../support/cli";
import { at, decide, KEY, returnFile, years } from "../support/trialReturn";
import { cycleMessage } from "../../src/cli/cycleMessages";

/** Clean values (no error, no lag) for the number rows; r13 (河长制工作, 保持全省前列) is the words target. */
const CLEAN = [...years("r01", 93, 93.8, 94.6, 95.5), ...years("r09", 18.5, 20, 21.5, 23)];
const WORDS = at("r13", "in:2024", "河长制考核全省第3名");

describe("lock and rows still 待人工评估", () => {
  test.each<[string, typeof CLEAN, string[], number, RegExp | null, RegExp | null]>([
    ["a words row written, no 人工评估: refused, named, said to stay 未能评估", [...CLEAN, WORDS], [], 5,
      /^.*：有 1 项指标待人工评估（[^）]*!Q\d+ 河长制工作），未锁定；锁定会把人工评估单元格一并锁住，这些指标在评估报告中将一直是“未能评估”：请先在人工评估列选择评估结论（已达标、符合序时进度、滞后、严重滞后或不适用），保存后再锁定；确实无法评估、要照样锁定的，加 --accept-unassessed$/, null],
    ["the same in English", [...CLEAN, WORDS], ["--lang", "en"], 5,
      /^.*: 1 indicator is still 待人工评估 \(awaiting the reviewer's assessment\) \([^)]*!Q\d+ 河长制工作\), not locked; .*report would keep it 未能评估 \(not assessable\) for good: .*\(已达标, 符合序时进度, 滞后, 严重滞后 or 不适用\).*add --accept-unassessed$/, null],
    ["a 人工评估 the check cannot read counts as none, and is quoted", [...CLEAN, WORDS, at("r13", "assess", "很好")], [], 5, /有 1 项指标待人工评估（[^）]*!Q\d+ 河长制工作（填的是「很好」，不是评估结论）），未锁定/, null],
    ["quoted in English too", [...CLEAN, WORDS, at("r13", "assess", "达标")], ["--lang", "en"], 5, /\([^)]*!Q\d+ 河长制工作 \(holds "达标", no conclusion\)\), not locked/, null],
    ["--accept-unassessed: locked, one line says they stay 未能评估", [...CLEAN, WORDS], ["--accept-unassessed"], 0, null,
      /^注意：1 项指标待人工评估（[^）]*!Q\d+ 河长制工作），已按 --accept-unassessed 锁定，人工评估单元格一并锁住，这些指标在评估报告中将保持“未能评估”$/],
    ["--accept-unassessed in English", [...CLEAN, WORDS], ["--accept-unassessed", "--lang", "en"], 0, null,
      /^Note: 1 indicator still 待人工评估 \(awaiting the reviewer's assessment\) \([^)]*!Q\d+ 河长制工作\) was locked as --accept-unassessed asks, its 人工评估 \(assessment\) cell with it; the report will keep it 未能评估 \(not assessable\)$/],
    ["assessed by the reviewer: locked, nothing said of it", [...CLEAN, WORDS, at("r13", "assess", "已达标")], [], 0, null, null],
    ["the words row blank (未填报, not 待人工评估): locked", CLEAN, [], 0, null, null],
  ])("%s", async (_, entries, args, code, refusal, note) => {
    const f = await returnFile(entries);
    const before = readFileSync(f);
    const r = await cli("lock", f, ...args);
    expect(r.code).toBe(code);
    if (refusal) {
      expect(r.out).toBe("");
      // the refusal, then (trial31) what it would lock all the same but say: these returns have lags and rows 未填报
      expect(r.err.trim().split("\n")).toEqual([expect.stringMatching(refusal), expect.stringMatching(/^(另：以上处理后照常锁定|Also: once these are dealt with it locks)/)]);
      expect(readFileSync(f).equals(before)).toBe(true);
    } else {
      expect(r.err).toBe("");
      const lines = r.out.trim().split("\n");
      const said = lines.filter((l) => l.includes("待人工评估"));
      expect(said).toEqual(note ? [expect.stringMatching(note)] : []);
    }
  }, 60000);
});

test.each<["zh" | "en", RegExp]>([
  ["zh", /（a!Q1 x、b!Q2 y 等 12 项），未锁定/],
  ["en", /\(a!Q1 x; b!Q2 y; 12 in all\), not locked/],
])("more rows than named (%s): how many in all", (lang, words) => {
  expect(cycleMessage("lock_unassessed", { file: "f.xlsx", n: 12, rows: lang === "en" ? "a!Q1 x; b!Q2 y" : "a!Q1 x、b!Q2 y", shown: 2 }, lang)).toMatch(words);
});

/**
 * The ledger and summary of a return locked with --accept-unassessed said a bare 通过, as if every
 * indicator were assessed; they say how many are not (UNASSESSED_WORDS), in the sheet, the text
 * (zh and en) and --json (`ledger[].unassessed`). A return locked fully assessed stays 通过.
 */
describe("the ledger of a return locked with rows still 待人工评估", () => {
  test.each<[string, typeof CLEAN, string[], string, number | undefined, string | null, string | null]>([
    ["locked unassessed: 通过（1 项未评估）", [...CLEAN, WORDS], ["--accept-unassessed"], "通过（1 项未评估）", 1,
      "已通过但有 1 项待人工评估（评估报告中为“未能评估”）：青山县 1 项", "passed with 1 row still 待人工评估 (not assessed; the report keeps it 未能评估): 青山县 1"],
    ["locked assessed: 通过", [...CLEAN, WORDS, at("r13", "assess", "已达标")], [], "通过", undefined, null, null],
  ])("%s", async (_, entries, args, state, unassessed, zh, en) => {
    const f = await returnFile(entries);
    // reviewed (one decision: a lock with none is 未经审核 and 已报, trial29c F1), then locked
    expect((await cli("review", f)).code).toBe(0);
    await decide(f, { [KEY("r13")]: { decision: "通过" } });
    expect((await cli("lock", f, ...args)).code).toBe(0);
    const json = JSON.parse((await cli("summary", f, "--units", "青山县", "--json")).out) as { ledger: Array<{ state: string; unassessed?: number }> };
    expect([json.ledger[0]?.state, json.ledger[0]?.unassessed]).toEqual(["通过", unassessed]);
    for (const [lang, line] of [["zh", zh], ["en", en]] as const) {
      const out = join(dirname(f), `汇总-${lang}-${unassessed ?? 0}.xlsx`);
      const r = await cli("summary", f, "--units", "青山县", "--out", out, "--force", "--lang", lang);
      expect(r.code).toBe(0);
      const said = r.out.split("\n").filter((l) => l.includes("待人工评估") && /通过|passed/.test(l));
      expect(said).toEqual(line ? [line] : []);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const cells: string[] = [];
      wb.getWorksheet("报送台账")?.eachRow((row) => row.eachCell((c) => { cells.push(String(c.value)); }));
      expect(cells).toContain(state);
    }
  }, 60000);
});

/**
 * dev40e counts a list's rows 待人工评估 too (a project whose 总投资 is 「/」, a reform 未启动): the summary's line said
 * 「已通过但有指标待人工评估」 of a project list. It counts 项 (rows) now, true of indicators and list rows alike.
 */
test.each<["zh" | "en", number, string]>([
  ["zh", 1, "已通过但有 1 项待人工评估（评估报告中为“未能评估”）：嵊泗县 1 项"],
  ["zh", 3, "已通过但有 3 项待人工评估（评估报告中为“未能评估”）：嵊泗县 2 项、岱山县 1 项"],
  ["en", 1, "passed with 1 row still 待人工评估 (not assessed; the report keeps it 未能评估): 嵊泗县 1"],
  ["en", 3, "passed with 3 rows still 待人工评估 (not assessed; the report keeps them 未能评估): 嵊泗县 2, 岱山县 1"],
])("the summary's line of returns 通过 with rows 待人工评估 (%s, %i): 项, not 指标", (lang, n, line) => {
  const units = lang === "zh" ? (n === 1 ? "嵊泗县 1 项" : "嵊泗县 2 项、岱山县 1 项") : n === 1 ? "嵊泗县 1" : "嵊泗县 2, 岱山县 1";
  expect(cycleMessage("summary_unassessed", { n, units }, lang)).toBe(line);
});
