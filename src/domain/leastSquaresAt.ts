/**
 * The least-squares straight line through `points`, read at `x` (evaluation-rules.md §6 forecast).
 * Two points give the line through them. Null with fewer than two points or when every point
 * has the same x (no line).
 */
export function leastSquaresAt(points: ReadonlyArray<{ x: number; y: number }>, x: number): number | null {
  const n = points.length;
  if (n < 2) return null;
  let sx = 0, sy = 0;
  for (const p of points) { sx += p.x; sy += p.y; }
  const mx = sx / n, my = sy / n;
  let sxx = 0, sxy = 0;
  for (const p of points) { sxx += (p.x - mx) ** 2; sxy += (p.x - mx) * (p.y - my); }
  if (sxx === 0) return null;
  return my + (sxy / sxx) * (x - mx);
}
