/**
 * trJ item 5: a 审核结论 outside the list (退回, 同意) is said by `review` while its row waits for a
 * decision; once the row's flag is gone (已消除) the word decides nothing and waits for nothing, so it
 * is not said again, run after run.
 */
import { cli } from "../support/cli";
import { at, decide, edit, KEY, returnFile, run, years } from "../support/trialReturn";

// r01's 2023 value typed as text (an error: flagged; 已达标 once corrected); r06 lags without a 说明 (flagged)
const FIRST = [...years("r01", 93, 93.8, "94.6", 95.5), ...years("r06", 0.582, 0.583, 0.585, 0.586)];

describe("review says a word outside the list only for rows still to decide (trJ item 5)", () => {
  test.each<[string, boolean, RegExp[], RegExp[]]>([
    ["both rows still flagged: both said", false, [/审核!M\d+ 的审核结论「退回」不在列表中/, /审核!M\d+ 的审核结论「同意」不在列表中/], []],
    ["r01 corrected (its row 已消除): only r06's word said", true, [/审核!M\d+ 的审核结论「同意」不在列表中/], [/「退回」不在列表中/]],
  ])("%s", async (_, corrected, said, unsaid) => {
    const f = await returnFile(FIRST);
    await run("review", f);
    await decide(f, { [KEY("r01")]: { decision: "退回", reviewer: "王审核" }, [KEY("r06")]: { decision: "同意", reviewer: "王审核" } });
    if (corrected) await edit(f, [at("r01", "in:2023", 94.6)]);
    for (let i = 0; i < 2; i++) {
      const r = await cli("review", f);
      expect(r.code).toBe(0);
      for (const s of said) expect(r.out).toMatch(s);
      for (const s of unsaid) expect(r.out).not.toMatch(s);
    }
  }, 60000);
});
