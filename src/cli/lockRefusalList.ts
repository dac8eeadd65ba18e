import type { LockRefusal } from "../cycle/lockRefusals";
import { lockRefusalLine, type RefusalAt } from "./lockRefusalLine";

/**
 * Reasons lock would refuse a return for (lockRefusals), one line each under a line that names lock once
 * (review_next_refused, check_lock_refused): `  1. …` in lock's own words without the file and 未锁定
 * (lockRefusalLine, listed). `at` as lockRefusalLine takes it. The list `review` and `check` print alike.
 */
export function lockRefusalList(refusals: readonly LockRefusal[], at: RefusalAt): string[] {
  return refusals.map((x, i) => `  ${i + 1}. ${lockRefusalLine(x, at, 1)}`);
}
