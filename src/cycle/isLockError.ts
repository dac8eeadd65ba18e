import type { CheckItem } from "../sheet/CheckReport";

/**
 * Whether a row's issue keeps the return from being locked (lockErrors): severity error, but a value
 * changed after an earlier lock (locked_value_changed), which a reviewer accepts by deciding on its row.
 * One rule for lock and for the pane's and the ribbon's lists, which put such rows first (sortFlags).
 */
export function isLockError(x: Pick<CheckItem["issues"][number], "severity" | "code">): boolean {
  return x.severity === "error" && x.code !== "locked_value_changed";
}
