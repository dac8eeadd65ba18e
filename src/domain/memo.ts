/**
 * A bounded cache for pure functions of a string: a return reads the same few plan texts
 * thousands of times (every row parses its baseline and target for every year). Cleared when
 * full rather than evicted one by one: simple, and a plan has far fewer distinct texts.
 * Cached results are shared, so callers treat them as read-only.
 */
export function memo<T>(f: (key: string) => T, max = 20000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string): T => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const v = f(key);
    if (cache.size >= max) cache.clear();
    cache.set(key, v);
    return v;
  };
}
