const BARS = "▁▂▃▄▅▆▇█";

/**
 * A sparkline in text, for a cell that prints anywhere (no add-in, no chart engine): the
 * baseline and each year's value, then → the forecast, then ｜ the target, each as a bar whose
 * height is scaled over all of them. "" when there is nothing to draw.
 */
export function trendBand(values: readonly number[], forecast: number | null, target: number | null): string {
  const all = [...values, ...(forecast === null ? [] : [forecast]), ...(target === null ? [] : [target])].filter(Number.isFinite);
  if (values.length === 0 || all.length < 2) return "";
  const lo = Math.min(...all), hi = Math.max(...all);
  const bar = (v: number): string => BARS[hi === lo ? 3 : Math.round(((v - lo) / (hi - lo)) * (BARS.length - 1))] ?? "";
  return values.map(bar).join("") + (forecast === null ? "" : `→${bar(forecast)}`) + (target === null ? "" : `｜${bar(target)}`);
}
