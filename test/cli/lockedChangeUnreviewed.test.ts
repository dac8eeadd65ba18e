/**
 * trial33 T10: a return locked without review (no decision on its 审核 sheet), then changed: check's title said
 * 已锁定（…，未经审核） but the changed row said 本填报已审核通过并锁定. The row says what the lock was: 未经审核 /
 * without review when no one reviewed it, 审核通过 / accepted only after a decision. Session 38: it ends with what lock and
 * review ask, the reviewer accepting the change or sending it back (it said 请退回重新审核, as if the return went back unseen).
 */
import { cli } from "../support/cli";
import { at, edit, KEY, lockedReturnFile } from "../support/trialReturn";

test.each<[string, boolean, "zh" | "en", RegExp, RegExp]>([
  ["locked without review (zh)", false, "zh", /本填报已锁定（\d{4}-\d\d-\d\d，未经审核），锁定时为「95\.5」，现为「96」：锁定后被改动，请审核人员复核：接受的在审核表中选“通过”或“已说明”（结论不变的，在该行的审核意见里添上“已复核”或改审核日期），不接受的选“退回修改”/, /审核通过/],
  ["locked without review (en)", false, "en", /this return was locked without review \(\d{4}-\d\d-\d\d\) with "95\.5"; it now holds "96": changed since the lock, for the reviewer to re-check: accept it with 通过 \(accept\) or 已说明 \(explained\) on the review sheet \(where the decision stands, add 已复核 \(re-checked\) to that row's 审核意见 \(comment\), or change its 审核日期 \(review date\)\), or send it back with 退回修改 \(send back\)/i, /accepted and locked/],
  ["reviewed and locked (zh): 审核通过, as before", true, "zh", /本填报已审核通过并锁定（\d{4}-\d\d-\d\d），锁定时为「95\.5」/, /未经审核），锁定时/],
  ["reviewed and locked (en)", true, "en", /this return was accepted and locked \(\d{4}-\d\d-\d\d\) with "95\.5"/i, /without review \(/],
])("%s: the changed row says how it was locked", async (_, reviewed, lang, row, not) => {
  const f = await lockedReturnFile(reviewed ? { decisions: { [KEY("r01")]: { decision: "通过" } } } : {});
  await edit(f, [at("r01", "in:2024", 96)]);
  const c = await cli("check", f, "--lang", lang);
  const lines = c.out.split("\n");
  const changed = lines.filter((l) => row.test(l));
  expect(changed).toHaveLength(1);
  // check's 不能锁定 lines say lock's reasons in lock's words (重新锁定…记为审核通过的值), not how this return was locked
  expect(lines.filter((l) => not.test(l) && !/^ {2}\d+\. /.test(l))).toEqual([]);
}, 120000);
