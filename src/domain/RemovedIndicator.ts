import type { IndicatorRevision } from "./IndicatorRevision";

/**
 * An indicator a mid-term revision removed, as the template stored in the return records it (`removed`, written by
 * `rollover --from`): its id and name in the plan before (the name as the report names a row, with its part), and its
 * revisions, the last `{year, removed: true}`.
 */
export interface RemovedIndicator {
  id: string;
  name: string;
  revisions: IndicatorRevision[];
}
