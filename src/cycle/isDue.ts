import { daysLeft } from "./daysLeft";
import { NEAR_DAYS } from "./NEAR_DAYS";

/**
 * Whether a unit not sent is chased now, as of `asOf` (ISO date): its 报送截止日期 `deadline` is
 * past, today or within NEAR_DAYS, or was never set (""); with no date known (`asOf` ""), always.
 * The ledger sheet's 催报 line says which (chaseText); chaseOf, the terminal and `--json` follow it.
 */
export function isDue(deadline: string, asOf: string): boolean {
  return !deadline || !asOf || daysLeft(asOf, deadline) <= NEAR_DAYS;
}
