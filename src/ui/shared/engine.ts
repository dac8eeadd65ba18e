/**
 * The task pane's engine (template plans and the check, with zod and the domain rules, and the words of the
 * check's issues: the issue catalogue), as a chunk of its own: it loads right after the pane shows, so the
 * first bundle stays small.
 */
export { checkGrid } from "../../sheet/checkGrid";
export { distinctIds, findConflicts, planLoad, workbookState } from "./planLoad";
export { describePeriodProblem, periodProblems } from "../../templates/periodProblems";
export { lockedCheck } from "./lockedCheck";
export { flagIssueText } from "./flagIssueText";
export { issueText } from "../../sheet/issueText";
export { planNotes } from "../../sheet/planNotes";
export { perYearCells, perYearCounts, perYearReview } from "../../sheet/perYearCells";
export { perYearLock } from "../../cycle/perYearLock";
export { rolledInvalid } from "../../cycle/rolledInvalid";
export { rolledInvalidLines } from "../../cli/rolledInvalidLines";
export { rolledReferences } from "../../cycle/rolledReferences";
export { rolledOwed } from "../../cycle/rolledOwed";
export { explainedBlankLines } from "../../cli/explainedBlankLines";
export { rolledReferencesLine } from "../../cli/rolledReferencesLine";
export { unusableReferencesLines } from "../../cli/unusableReferencesLines";
export { lockReading } from "../../cycle/lockReading";
export { blankOf } from "../../cycle/blankOf";
export { figuresWanted } from "../../cycle/figuresWanted";
export { yearBlankLine } from "../../cli/yearBlankLine";
export { lockOutlookLine } from "./lockOutlookLine";
