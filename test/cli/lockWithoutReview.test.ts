/**
 * trial29c F1: `lock` on a return nobody reviewed (no 审核 sheet, or one with no decision) said
 * 已锁定…（审核通过）, check's title 已锁定（date） and the 报送台账 通过 / 已锁定, with no reviewer
 * anywhere. The lock is still allowed (cli-reference: the lock is the reviewer's decision, 待审核 rows
 * and all), but it is said and recorded as 未经审核 / without review: lock's line, check's title,
 * `check --json`'s lock.reviewed, and the ledger (已报, 已锁定（未经审核）), not 通过.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { lockableReturnBytes } from "../support/lockedReturn";
import { decide } from "../support/trialReturn";
import { findTemplate } from "../../src/templates/catalog";

const dir = mkdtempSync(join(tmpdir(), "lock-unreviewed-"));
const zs = findTemplate("zhoushan-2021-2025")!;
if (zs.kind !== "indicators") throw new Error("indicators");
/** the 审核 sheet's key of the plan's first indicator (template|id|year) */
const FIRST = `${zs.id}|${zs.indicators[0]!.id}|2023`;

type Before = "nothing" | "review" | "review and 通过";
test.each<[string, Before, string[], "zh" | "en", RegExp, RegExp, boolean, string, string]>([
  ["no 审核 sheet, no reviewer", "nothing", [], "zh",
    /张表的填报单元格已保护（未经审核：审核表中没有审核结论，报送台账将显示“已报”，不是“通过”；审核请运行 plan-returns review，在审核表中下结论后再运行 lock）$/,
    /，已锁定（\d{4}-\d\d-\d\d，未经审核）/, false, "已报", "已锁定（未经审核）"],
  ["no 审核 sheet, a reviewer named: still no review", "nothing", ["--reviewer", "王某"], "en",
    /protected \(without review: the review sheet holds no decision, so the 报送台账 will say 已报 \(sent\), not 通过 \(accepted\); to review, run plan-returns review, decide on its rows, then run lock again\)$/,
    /, locked \(\d{4}-\d\d-\d\d, by 王某, without review\)/, false, "已报", "已锁定（未经审核）"],
  ["a 审核 sheet with no decision", "review", [], "zh", /（未经审核：/, /，已锁定（\d{4}-\d\d-\d\d，未经审核）/, false, "已报", "已锁定（未经审核）"],
  ["a 审核 sheet with a decision: 审核通过, as before", "review and 通过", ["--reviewer", "王某"], "zh",
    /张表的填报单元格已保护（审核通过）$/, /，已锁定（\d{4}-\d\d-\d\d，王某）/, true, "通过", "已锁定"],
  ["the same in English", "review and 通过", [], "en", /protected \(accepted\)$/, /, locked \(\d{4}-\d\d-\d\d\)/, true, "通过", "已锁定"],
])("%s", async (name, before, args, lang, line, title, reviewed, state, lock) => {
  const f = join(dir, `${name}.xlsx`);
  writeFileSync(f, await lockableReturnBytes());
  if (before !== "nothing") expect((await cli("review", f)).code).toBe(0);
  if (before === "review and 通过") await decide(f, { [FIRST]: { decision: "通过" } });
  const r = await cli("lock", f, ...args, "--lang", lang);
  expect([r.code, r.err]).toEqual([0, ""]);
  expect(r.out.split("\n")[0]).toMatch(line);
  // the title and --json say it as lock did, and every later read of the file with them
  const c = await cli("check", f, "--lang", lang);
  expect(c.out.split("\n")[0]).toMatch(title);
  const j = JSON.parse((await cli("check", f, "--json")).out) as { lock: { reviewed: boolean; reviewer: string } };
  expect(j.lock).toMatchObject({ reviewed, reviewer: args[1] ?? "" });
  // the 报送台账: 通过 only after a review
  const s = await cli("summary", f, "--units", "定海区", "--out", join(dir, `${name}-汇总.xlsx`), "--json");
  const ledger = (JSON.parse(s.out) as { ledger: Array<{ unit: string; state: string; lock: string }> }).ledger;
  expect(ledger.map((u) => [u.unit, u.state, u.lock])).toEqual([["定海区", state, lock]]);
}, 120000);

// the way the line gives: review the locked return, decide, lock again; then it is 审核通过 and 通过
test.each<["zh" | "en", RegExp, RegExp]>([
  ["zh", /^已重新锁定 .*张表的填报单元格已保护（审核通过）$/, /，已锁定（\d{4}-\d\d-\d\d，王某）$/],
  ["en", /^Locked .* again: .* protected \(accepted\)$/, /, locked \(\d{4}-\d\d-\d\d, by 王某\)$/],
])("%s: locked without review, then reviewed and locked again: 审核通过", async (lang, line, title) => {
  const f = join(dir, `relock-${lang}.xlsx`);
  writeFileSync(f, await lockableReturnBytes());
  expect((await cli("lock", f)).out).toMatch(/未经审核/);
  expect((await cli("review", f)).code).toBe(0);
  await decide(f, { [FIRST]: { decision: "通过" } });
  const r = await cli("lock", f, "--reviewer", "王某", "--lang", lang);
  expect([r.code, r.err]).toEqual([0, ""]);
  expect(r.out.split("\n")[0]).toMatch(line);
  expect((await cli("check", f, "--lang", lang)).out.split("\n")[0]).toMatch(title);
  const s = await cli("summary", f, "--units", "定海区", "--out", join(dir, `relock-${lang}-汇总.xlsx`), "--json");
  expect((JSON.parse(s.out) as { ledger: Array<{ state: string; lock: string }> }).ledger.map((u) => [u.state, u.lock])).toEqual([["通过", "已锁定"]]);
}, 120000);
