import { problemSeverity } from "../../src/sheet/problemSeverity";
import type { WorkbookProblemCode } from "../../src/sheet/WorkbookProblem";

/** One rule for lock (lockErrors) and the pane's colours: only a problem lock refuses is an error. */
describe("problemSeverity", () => {
  it.each<[WorkbookProblemCode, "error" | "warning"]>([
    ["own_formulas_broken", "error"],
    ["previous_year_copied", "warning"],
    ["earlier_year_blank", "warning"],
    ["row_id_duplicated", "warning"],
    ["rules_outdated", "warning"],
  ])("%s is a %s", (code, severity) => {
    expect(problemSeverity({ code })).toBe(severity);
  });
});
