/**
 * The title above a table, joined when the layout broke it over lines: `某市"十四` / `五"残疾人事业
 * 发展主要指标`. Lines are joined only when the join yields a plan period (十X五, 2021—2025) that
 * the last line alone does not have, so an ordinary title is never changed.
 */
export interface TitleLines {
  title: string;
  /** 0-based indexes of the lines joined (one entry when nothing was joined) */
  lines: number[];
}

const PERIOD = /十[一二三四五六七八九]五|20\d\d\s*[-—–－~～至到]\s*20\d\d/;

/** `candidates`: the single-cell lines just above the header, nearest first, as [index, text]. */
export function joinTitleLines(candidates: ReadonlyArray<readonly [number, string]>): TitleLines | null {
  const first = candidates[0];
  if (!first) return null;
  if (PERIOD.test(first[1])) return { title: first[1], lines: [first[0]] };
  let joined = first[1];
  const used = [first[0]];
  for (const [at, text] of candidates.slice(1, 3)) {
    if (/[。；;：:]$/.test(text) || text.length > 40) break;
    joined = text + joined;
    used.unshift(at);
    if (PERIOD.test(joined)) return { title: joined, lines: used };
  }
  return { title: first[1], lines: [first[0]] };
}
