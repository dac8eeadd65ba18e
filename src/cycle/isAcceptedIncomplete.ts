import type { UnitFacts } from "./UnitFacts";

/**
 * Whether a unit's return was accepted (通过: locked, or every 审核 decision made) with rows still
 * 未填报 for the year. Not on the 补填 list (isIncomplete): a locked return cannot be filled in,
 * and the reviewer took it as it is; but the manager is told which returns were accepted
 * incomplete, in the text, `--json` and the ledger sheet alike.
 */
export function isAcceptedIncomplete(f: Pick<UnitFacts, "state" | "missing">): boolean {
  return f.state === "通过" && f.missing > 0;
}
