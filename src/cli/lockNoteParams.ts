import type { LockNotes } from "../cycle/lockNotes";

/**
 * The parameters of lock's notes (LockNotes) as cycleMessages' locked_unreviewed, lock_would_note and lock_notes take
 * them: each count, its rows joined with `and` ("、" or "; ") and how many of them are named (`…Shown`).
 */
export function lockNoteParams(n: LockNotes, and: string): Record<string, number | string> {
  return {
    open: n.open, openRows: n.openRows.join(and), openShown: n.openRows.length, openAssess: n.openAssess, openAssessRows: n.openAssessRows.join(and), openAssessShown: n.openAssessRows.length, unlisted: n.unlisted, unlistedRows: n.unlistedRows.join(and), unlistedShown: n.unlistedRows.length,
    lags: n.lags, rows: n.lagRows.join(and), shown: n.lagRows.length, missing: n.missing, missingRows: n.missingRows.join(and), missingShown: n.missingRows.length, missingExplained: n.missingExplained, missingExplainedRows: n.missingExplainedRows.join(and), missingExplainedShown: n.missingExplainedRows.length,
    doubts: n.doubts, doubtRows: n.doubtRows.join(and), doubtShown: n.doubtRows.length,
  };
}
