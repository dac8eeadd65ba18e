/**
 * A count and its noun in English, singular for 1 and plural otherwise: `1 row`, `2 rows`,
 * `0 rows`; `plural` for nouns not made with -s (`englishCount(3, "entry", "entries")`). The one
 * home for it: the English catalogues say `2 errors`, never `2 error(s)` (trial P). `n` may be a
 * number or its text as the catalogues' params carry it ("1", "12").
 */
export function englishCount(n: number | string, noun: string, plural = `${noun}s`): string {
  return `${n} ${Number(n) === 1 ? noun : plural}`;
}
