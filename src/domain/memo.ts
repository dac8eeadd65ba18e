/**
 * A bounded cache for pure functions of a string: a return reads the same few plan texts
 * thousands of times (every row parses its baseline and target for every year). Cleared when
 * full rather than evicted one by one: simple, and a plan has far fewer distinct texts.
 * Cached results are shared, so callers treat them as read-only.
 */
export function memo<T>(f: (key: string) => T, max = 20000): (key: string) => T {
  const cache = new Map<string, T>();
  // the key asked last, compared before the map is: the same text asked again and again (a unit for each of a row's
  // cells; the metadata text of 1,000 returns of one plan, whose hashing costs more than comparing it, issue 19)
  let lastKey: string | undefined;
  let last: T | undefined;
  return (key: string): T => {
    if (key === lastKey) return last as T;
    let v = cache.get(key);
    if (v === undefined) {
      v = f(key);
      if (cache.size >= max) cache.clear();
      cache.set(key, v);
    }
    lastKey = key;
    last = v;
    return v;
  };
}
