import type { Issue } from "../../src/domain/Issue";
import type { Status } from "../../src/domain/Status";
import { isFlagged } from "../../src/sheet/isFlagged";

/**
 * One rule for every list of flagged rows (check's table, the task pane, the ribbon, review,
 * summary's 问题清单). The pane used to leave out a row 待人工评估 that `check`, `review` and the
 * summary listed, and to list a row whose only issue was informational.
 */
const issue = (severity: Issue["severity"]): Issue & { message: string; messageEn: string } => ({ code: "no_baseline", severity, message: "", messageEn: "" });

describe("isFlagged", () => {
  test.each<[Status, Array<Issue["severity"]>, boolean]>([
    ["manual", [], true],
    ["lagging", [], true],
    ["severe", [], true],
    ["invalid", [], true],
    ["missing", [], true],
    ["met", [], false],
    ["on_track", [], false],
    ["not_applicable", [], false],
    ["met", ["warning"], true],
    ["not_applicable", ["warning"], true],
    ["on_track", ["info"], false],
    ["not_applicable", ["info", "error"], true],
  ])("%s with issues %j: %s", (status, severities, flagged) => {
    expect(isFlagged({ status, issues: severities.map(issue) })).toBe(flagged);
  });
});
