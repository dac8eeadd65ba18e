import * as v8 from "node:v8";

/**
 * How far V8 may grow its old generation past what a full collection found alive, in percent
 * (V8's --heap-growing-percent: the next collection comes at live × (1 + HEAP_GROWTH / 100)).
 * Left to itself, V8 picks up to 4× on a command that reads return after return: each return is
 * garbage once reduced, yet the limit followed the churn, so `summary`'s peak memory grew with the
 * number of returns while what it keeps did not (issue 19: 1,000 county returns peaked at 1.4–1.5×
 * the peak at 100, with 22–25 MB alive at either; at 2× the peak is 1.2× and the CPU about 4% more).
 */
export const HEAP_GROWTH = 100;

/**
 * Sets V8's growth of the old generation to HEAP_GROWTH for a command that reads many returns
 * (`summary`), so its peak memory follows what it keeps rather than what it has read. Process-wide;
 * returns the function that gives V8 its own choice back (percent 0). A growth the user set on
 * node's command line or NODE_OPTIONS is left as it is (nothing set, nothing given back).
 */
export function limitHeapGrowth(): () => void {
  const given = [...process.execArgv, ...(process.env["NODE_OPTIONS"] ?? "").split(/\s+/)].some((a) => /^--heap[-_]growing[-_]percent\b/.test(a));
  if (given) return () => undefined;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWTH}`);
  return () => v8.setFlagsFromString("--heap-growing-percent=0");
}
