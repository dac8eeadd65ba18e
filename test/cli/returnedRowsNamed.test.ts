/**
 * Session 41: the rows decided 退回修改 (the return sent back to its unit) named alike by lock, check --json and review.
 * lock's refusal named the 退回修改 in force by their 审核 rows, and the 待复核 rows decided 退回修改 (trial40f F2), but
 * check --json's lockRefusals gave only row numbers for the first and nothing for the second; review's next step asked a
 * decision on the 待复核 rows without saying which of them send the return back if confirmed. Now lockRefusals' `returned`
 * has `cells` (each decision's sheet, cell, indicator and 审核 row: the rows lock's line names), `stale` has `returned`, and
 * review's 下一步 line names the 待复核 rows decided 退回修改 as lock does.
 */
import { copyFileSync } from "node:fs";
import { cli } from "../support/cli";
import { at, decide, edit, LOCKABLE, returnFile, reviewRows, run } from "../support/trialReturn";

type Refusal = { code: string; message: string; rows?: number[]; returned?: number[]; cells?: Array<{ sheet: string; cell: string; name: string; row: number }> };

/** A return whose first three 审核 rows are decided 退回修改, the rest 通过; then sent again with the first row's value changed (review --replaces). */
async function sentBackThenResent(): Promise<{ first: string; again: string }> {
  const first = await returnFile(LOCKABLE);
  await run("review", first);
  const keys = [...(await reviewRows(first)).keys()];
  await decide(first, Object.fromEntries(keys.map((k, i) => [k, { decision: i < 3 ? "退回修改" : "通过", reviewer: "王审核" }])));
  const again = first.replace(/\.xlsx$/, "-重报.xlsx");
  copyFileSync(first, again);
  await edit(again, [at("r01", "in:2024", 96)]);
  await run("review", again, "--replaces", first);
  return { first, again };
}

let files: { first: string; again: string };
beforeAll(async () => { files = await sentBackThenResent(); }, 120_000);

describe("check --json: the rows decided 退回修改, as lock's line names them", () => {
  test.each<[string, () => string, Array<{ name: string; row: number }>, number[]]>([
    ["three in force", () => files.first, [{ name: "农村自来水普及率", row: 4 }, { name: "新增水利工程投资（累计）", row: 5 }, { name: "城市供水管网漏损率", row: 6 }], []],
    ["sent again: two still in force, the changed one 待复核", () => files.again, [{ name: "新增水利工程投资（累计）", row: 5 }, { name: "城市供水管网漏损率", row: 6 }], [4]],
  ])("%s", async (_, file, inForce, staleReturned) => {
    await run("review", file());
    const json = JSON.parse((await cli("check", file(), "--json")).out) as { lockRefusals: Refusal[] };
    const returned = json.lockRefusals.find((x) => x.code === "returned");
    expect(returned?.cells?.map((c) => ({ name: c.name, row: c.row }))).toEqual(inForce);
    expect(returned?.cells?.map((c) => c.row)).toEqual(returned?.rows);
    expect(returned?.cells?.every((c) => /^[A-Z]+\d+$/.test(c.cell) && c.sheet !== "")).toBe(true);
    const lock = await cli("lock", file());
    expect(lock.code).toBe(5);
    // the rows lock names are those the JSON lists
    // each with its indicator, as review's next step names them (trial41e F6)
    expect(lock.err).toContain(`仍然有效（${inForce.map((x) => `第 ${x.row} 行 ${x.name}`).join("、")}）`);
    expect(json.lockRefusals.find((x) => x.code === "stale")?.returned ?? []).toEqual(staleReturned);
    // s42: the rows 待复核 named alike, with their indicator and cell, in --json and in lock's line
    const stale = json.lockRefusals.find((x) => x.code === "stale");
    expect(stale?.cells?.map((c) => c.row) ?? []).toEqual(stale?.rows ?? []);
    for (const c of stale?.cells ?? []) expect(lock.err).toContain(`第 ${c.row} 行 ${c.name}（${c.sheet}!${c.cell}）`);
    if (staleReturned.length) expect(lock.err).toContain(`其中第 ${staleReturned.join("、")} 行的结论是“退回修改”`);
  }, 120_000);
});

describe("review's next step singles out the 待复核 rows decided 退回修改, as lock does", () => {
  test.each<["zh" | "en", RegExp, RegExp]>([
    ["zh", /^下一步：审核人员在「审核」表的“审核结论”列为 1 条待复核的记录逐条选择.*；其中第 4 行的结论是“退回修改”：添上“已复核”即维持退回，锁定仍会拒绝/m,
      /^下一步：审核人员[^\n]*；各条审定后：2 条审核结论为“退回修改”（第 5 行 新增水利工程投资（累计）、第 6 行 城市供水管网漏损率）/m],
    ["en", /^Next: the reviewer chooses a 审核结论 .* for 1 row to review again .*; row 4 is decided 退回修改 \(send back\): confirmed, it still holds and lock refuses again/m,
      /^Next: the reviewer [^\n]*; once they are decided: 2 rows are decided 退回修改 \(send back\) \(row 5 新增水利工程投资（累计）; row 6 城市供水管网漏损率\)/m],
  ])("%s", async (lang, decideLine, returnLine) => {
    const r = await cli("review", files.again, "--lang", lang);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(decideLine);
    expect(r.out).toMatch(returnLine);
    // one next step (s42: the send-back was a second 下一步 line)
    expect(r.out.split("\n").filter((l) => /^(下一步：|Next: )/.test(l))).toHaveLength(1);
  }, 120_000);
});
