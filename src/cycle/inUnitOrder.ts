/**
 * Returns in the order of the expected units (the 报送台账's or `--units`, issue 15 of a user's
 * trial: 甲县、乙县、丙区、丁县 as distributed, not 丁县、丙区、乙县、甲县 by code point); returns of
 * units not listed follow in the order given, as do all of them without a list. Stable.
 */
export function inUnitOrder<T extends { unit: string }>(returns: readonly T[], units: readonly string[] | undefined): T[] {
  if (!units?.length) return [...returns];
  const rank = new Map(units.map((u, i) => [u, i] as const));
  const at = new Map(returns.map((x, i) => [x, i] as const));
  const r = (x: T): number => rank.get(x.unit) ?? units.length;
  return [...returns].sort((a, b) => r(a) - r(b) || at.get(a)! - at.get(b)!);
}
