import type { FixRefusalReason } from "../../hosts/office/applyFixes";

/**
 * A fix not written (hosts/office applyFixes), coded until shown (fixRefusalText): where (`sheet`, `cell`),
 * why, the text the check quoted (`from`), what the cell holds now (`now`, for `changed`) and the value
 * offered (`to`, for `not_finite`).
 */
export interface FixRefusal { sheet: string; cell: string; reason: FixRefusalReason; from: string; now?: string; to: string }

/**
 * What OfficeActions.applyFixes rejects with when some fixes were refused: an Error (its message the Chinese
 * lines, for a log) whose `code` is `fixes_refused` and `refused` the coded refusals, so the pane says them in
 * its own language (hostErrorText). The test host (test/ui/fakeOffice.js) rejects with the same shape.
 */
export interface FixesRefused extends Error { code: "fixes_refused"; refused: FixRefusal[] }

/** True when `e` is a FixesRefused (by shape: the test host makes its own). */
export function isFixesRefused(e: unknown): e is FixesRefused {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "fixes_refused" && Array.isArray((e as { refused?: unknown }).refused);
}
