/**
 * The one home of the rules' tolerances (evaluation-rules.md §3): numbers compare with a
 * relative tolerance of 1e-9; an approximate target (`5.5左右`) is met within 10% of its value
 * and lagging within 20%. The engine and the worksheet formulas both read these.
 */
export const RELATIVE_TOLERANCE = 1e-9;
export const APPROX_MET = 0.1;
export const APPROX_LAGGING = 0.2;
