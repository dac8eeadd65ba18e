import type { ReturnBlank } from "./UnitFacts";

/**
 * Returns without the year's values grouped by what they hold (BLANK_WORDS' kinds), in the ledger's order
 * (本年度未填, then 收到空表), each group in the order given; kinds without one are left out.
 */
export function blankGroups<T>(items: readonly T[], kindOf: (x: T) => ReturnBlank | null | undefined): Array<{ blank: ReturnBlank; items: T[] }> {
  return (["year", "file"] as const).map((blank) => ({ blank, items: items.filter((x) => kindOf(x) === blank) })).filter((g) => g.items.length > 0);
}
