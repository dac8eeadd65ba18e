import { canonicalUnit } from "./canonicalUnit";

const SCALE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };
/** Shares as the rates they are: % is per 100, ‰ per 1,000 (so 2.1‰ is 0.21% and 210 per 10万). */
const SHARES: Readonly<Record<string, string>> = { "%": "/100", "‰": "/1000", "‱": "/10000" };

/** One part of a unit: the number and scale words before its thing (10万, 万人, 千米 → 1000 米), and the thing. */
function sized(part: string): { size: number; base: string } {
  const m = /^(\d+(?:\.\d+)?)?([十百千万亿]*)(.*)$/.exec(part);
  let size = m?.[1] ? Number(m[1]) : 1;
  for (const c of m?.[2] ?? "") size *= SCALE[c] ?? 1;
  const base = m?.[3] ?? "";
  // 床/万人口 and 床/万人 count the same people
  return { size, base: base === "人口" ? "人" : base };
}

/**
 * How many of the row's unit one `typed` unit is (evaluation-rules §2, our reading): the factor a number typed with
 * another unit of the same thing is converted by, the one home of those conversions (checkActual's advice to convert,
 * trial44a F1, F3): 万人 in a 人 row 10000, 万元 in an 亿元 row 0.0001, ‰ in a % row 0.1, ‰ in a 1/10万 row 100,
 * 人/千人 in a 人/万人 row 10, 万 alone in a 人 row 10000. Null where the two measure different things (人 and 张, 万人
 * and 人/万人), or are the same unit (sameUnit's).
 */
export function unitFactor(typed: string, rowUnit: string): number | null {
  const parts = (u: string): { size: number; base: string }[] => {
    const c = canonicalUnit(u);
    return (SHARES[c] ?? c).split("/").map(sized);
  };
  const t = parts(typed);
  const r = parts(rowUnit);
  if (t.length !== r.length || rowUnit.trim() === "" || typed.trim() === "") return null;
  let factor = 1;
  for (const [i, tp] of t.entries()) {
    const rp = r[i];
    // a scale alone (3万 in a 人 row) is of the row's thing
    const base = tp.base === "" && t.length === 1 && tp.size !== 1 ? rp?.base : tp.base;
    if (rp === undefined || base !== rp.base) return null;
    factor = i === 0 ? tp.size / rp.size : factor / (tp.size / rp.size);
  }
  return factor === 1 ? null : Number(factor.toPrecision(12));
}
