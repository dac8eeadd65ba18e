import type { Issue, IssueCode } from "../../src/domain/Issue";
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

  // the plan's own issues (trial25b: 18 lines over 6 counties, each 待审核 in review) flag no row; a value's issue still does
  test.each<[Status, IssueCode[], boolean]>([
    ["met", ["unit_inferred"], false],
    ["on_track", ["direction_inferred"], false],
    ["met", ["unit_unknown"], false],
    ["met", ["unit_inferred", "count_not_whole"], true],
    ["lagging", ["unit_inferred"], true],
  ])("%s with the issues %j: %s", (status, codes, flagged) => {
    expect(isFlagged({ status, issues: codes.map((code) => ({ code, severity: "warning", message: "", messageEn: "" })) })).toBe(flagged);
  });
});
