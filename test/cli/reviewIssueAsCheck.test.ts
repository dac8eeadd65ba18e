/**
 * trial36 N4: `check` said 倒退（1.62 对基期 1.85） of a row gone back below its baseline, while the 审核 sheet's 问题 for
 * the same row repeated its status (严重滞后) or gave only 滞后指标须填写说明. The reviewer's 问题 now says what check's 问题
 * says of the row, from the same source (rowIssueText).
 */
import type { InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { cli } from "../support/cli";
import { at, KEY, returnFile, reviewRows, run, years } from "../support/trialReturn";

const NOTE = "受疫情影响，部分村新建管网延期";

describe("the 审核 sheet's 问题 says what check's 问题 says of the row", () => {
  test.each<[string, InputEntry[], string, string]>([
    // 问题 said 严重滞后, the status beside it
    ["gone backwards, its 说明 given", [...years("r01", 93, 93.8, 94.6, 91.2), at("r01", "note", NOTE)], "r01", "倒退（91.2 对基期 92.5）"],
    // 问题 said only the 说明 asked for
    ["gone backwards, no 说明", years("r01", 93, 93.8, 94.6, 91.2), "r01", "倒退（91.2 对基期 92.5）；P4：滞后指标须填写说明"],
    ["no direction set, below the baseline", [...years("r09", 18.5, 19, 19.4, 17.2), at("r09", "note", NOTE)], "r09", "倒退（17.2 对基期 18）"],
  ])("%s", async (_, entries, id, issue) => {
    const f = await returnFile(entries);
    const check = await cli("check", f);
    expect(check.code).toBe(0);
    expect(check.out).toContain(issue);
    await run("review", f);
    expect((await reviewRows(f)).get(KEY(id))?.["issue"]).toBe(issue);
  }, 60000);
});
