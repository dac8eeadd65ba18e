/**
 * trial40c F9: a reform 推进中 / 未启动 and a project whose 总投资 is 「/」 are 待人工评估, but their lists have no 人工评估
 * column; lock locked them without --accept-unassessed, the ledger said 通过 and the report kept 「推进中（待人工评估）」
 * after the reviewer's 通过. One rule now (evaluation-rules §5, our reading): such a row needs the reviewer's
 * conclusion before lock, which on a list is its 审核结论 (通过 or 已说明); without one lock refuses, --accept-unassessed
 * locks and the ledger says 通过（N 项未评估）, and the report says 经审核确认 only of a row so concluded.
 * trial40c F11: the report's project and reform lines left out their 说明 (因资金未到位暂缓); they end with it now.
 */
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import type { InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { cli } from "../support/cli";
import { decide } from "../support/trialReturn";
import { LIST_KEY, listEntry, listReturnFile, PJ, RF } from "../support/listReturn";

const STARTED = [listEntry(RF, "ss24-reform-04", "state", "推进中")];
/** a project whose 总投资 is 「/」 with 0 completed: 待人工评估 (§4) */
const NO_TOTAL = [listEntry(PJ, "ss24-proj-11", "completed", 0), listEntry(PJ, "ss24-proj-11", "state", "在建")];
/** a 审核结论 on each row named, as a reviewer chooses it */
const decided = (decision: string, ...rows: Array<[string, string]>): Record<string, Record<string, string>> =>
  Object.fromEntries(rows.map(([t, id]) => [LIST_KEY(t, id), { decision, reviewer: "王审" }]));

describe("lock and list rows still 待人工评估", () => {
  test.each<[string, InputEntry[], Record<string, Record<string, string>> | null, string[], number, RegExp | null]>([
    ["a reform 推进中, no 审核结论: refused, named, told where the conclusion goes", STARTED, null, [], 5,
      /：项目清单、改革清单有 1 项待人工评估（嵊泗县附件1!I7 普通高中高质量发展改革），未锁定；清单没有人工评估列，审核人员的结论就是审核表中该行的审核结论：请在审核表中为该行选“通过”或“已说明”（评估意见写在审核意见里），保存后再锁定；确实无法评估、要照样锁定的，加 --accept-unassessed$/m],
    ["the same in English", STARTED, null, ["--lang", "en"], 5,
      /: 1 project or reform row is still 待人工评估 \(awaiting the reviewer's assessment\) \(嵊泗县附件1!I7 普通高中高质量发展改革\), not locked; project and reform lists have no 人工评估 \(assessment\) column, so the reviewer's conclusion is the row's 审核结论 \(decision\) on the review sheet: choose 通过 \(pass\) or 已说明 \(explained\) for that row there .*add --accept-unassessed$/m],
    ["a project whose 总投资 is 「/」, and the reform: both named", [...STARTED, ...NO_TOTAL], null, [], 5, /有 2 项待人工评估（嵊泗县附件2!K14 启动1个及以上海岛渔农民安居工程[^、]*、嵊泗县附件1!I7 普通高中高质量发展改革），未锁定/],
    ["decided 通过: the reviewer's conclusion, locked", STARTED, decided("通过", [RF, "ss24-reform-04"]), [], 0, null],
    ["decided 已说明: locked", NO_TOTAL, decided("已说明", [PJ, "ss24-proj-11"]), [], 0, null],
    ["decided 退回修改: no conclusion, refused", STARTED, decided("退回修改", [RF, "ss24-reform-04"]), [], 5, /项目清单、改革清单有 1 项待人工评估/],
    ["--accept-unassessed: locked, one line says so", STARTED, null, ["--accept-unassessed"], 0,
      /^注意：项目清单、改革清单有 1 项待人工评估（嵊泗县附件1!I7 普通高中高质量发展改革），审核表中没有“通过”或“已说明”，已按 --accept-unassessed 锁定，评估报告中仍写“待人工评估”$/m],
    ["--accept-unassessed in English", STARTED, null, ["--accept-unassessed", "--lang", "en"], 0,
      /^Note: 1 project or reform row still 待人工评估 \(awaiting the reviewer's assessment\) \(嵊泗县附件1!I7 普通高中高质量发展改革\), with no 通过 or 已说明 on the review sheet, was locked as --accept-unassessed asks; the report still says 待人工评估$/m],
  ])("%s", async (_, entries, decisions, args, code, said) => {
    const f = await listReturnFile(entries);
    if (decisions) {
      expect((await cli("review", f)).code).toBe(0);
      await decide(f, decisions);
    }
    const before = readFileSync(f);
    const r = await cli("lock", f, ...args);
    expect(r.code).toBe(code);
    if (code !== 0) expect(readFileSync(f).equals(before)).toBe(true);
    const text = code === 0 ? r.out : r.err;
    if (said) expect(text).toMatch(said);
    else expect(text).not.toContain("待人工评估");
  }, 60000);
});

test("the ledger of a list return locked with a row unassessed: 通过（1 项未评估）", async () => {
  const f = await listReturnFile(STARTED);
  expect((await cli("review", f)).code).toBe(0);
  await decide(f, decided("通过", [RF, "ss24-reform-05"]));
  expect((await cli("lock", f, "--accept-unassessed")).code).toBe(0);
  const json = JSON.parse((await cli("summary", f, "--units", "甲镇", "--json")).out) as { ledger: Array<{ state: string; unassessed?: number }> };
  expect([json.ledger[0]?.state, json.ledger[0]?.unassessed]).toEqual(["通过", 1]);
}, 60000);

/** The Word report's paragraphs. */
async function reportLines(f: string): Promise<string[]> {
  const out = f.replace(/\.xlsx$/, "-评估.docx");
  const r = await cli("report", f, "--out", out);
  expect(r.code).toBe(0);
  const xml = await (await JSZip.loadAsync(readFileSync(out))).file("word/document.xml")!.async("string");
  return xml.split("</w:p>").map((p) => p.replace(/<[^>]+>/g, ""));
}

describe("the report's list lines: the reviewer's conclusion and the 说明", () => {
  const ENTRIES = [
    listEntry(RF, "ss24-reform-05", "state", "未启动"), listEntry(RF, "ss24-reform-05", "note", "因资金未到位暂缓"),
    listEntry(PJ, "ss24-proj-14", "completed", 0.05), listEntry(PJ, "ss24-proj-14", "state", "在建"), listEntry(PJ, "ss24-proj-14", "note", "受台风影响工期顺延"),
    ...NO_TOTAL,
  ];
  test.each<[string, Record<string, Record<string, string>> | null, string[]]>([
    ["no 审核结论: 待人工评估, the 说明 quoted", null, [
      "：未启动（待人工评估）；说明：因资金未到位暂缓。", "花鸟南岙客运码头提升改造工程（", "；说明：受台风影响工期顺延。", "启动1个及以上海岛渔农民安居工程", "：未能评估（待人工评估）。",
    ]],
    ["通过: 经审核确认, never 待人工评估", decided("通过", [RF, "ss24-reform-05"]), ["：未启动（经审核确认）；说明：因资金未到位暂缓。"]],
    ["a project 「/」 decided 已说明", decided("已说明", [PJ, "ss24-proj-11"]), ["：未能评估（总投资为「/」，经审核确认）。"]],
  ])("%s", async (_, decisions, words) => {
    const f = await listReturnFile(ENTRIES);
    if (decisions) {
      expect((await cli("review", f)).code).toBe(0);
      await decide(f, decisions);
    }
    const text = (await reportLines(f)).join("\n");
    for (const w of words) expect(text).toContain(w);
    if (decisions?.[LIST_KEY(RF, "ss24-reform-05")]) expect(text).not.toContain("未启动（待人工评估）");
  }, 60000);
});
