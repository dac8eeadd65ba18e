/**
 * A number written with `decimals` decimals, rounded as a person rounds the decimal it stands for:
 * float noise dropped first (12 significant digits, as elsewhere in the domain), then half away from
 * zero, so a least-squares 79.49999999999997 (79 → 79.1, read at 2030) is 79.5 and to 0 decimals
 * 80, never 79, and 1.005 to 2 decimals is 1.01 (Number#toFixed gives 79 and 1.00: it rounds the
 * binary value). "-0" is written "0". Non-finite numbers as String writes them. The one home of the
 * rounding of a figure the report shows (forecastNumber, paceNumber, fmtNumber; evaluation-rules §6).
 */
export function decimalFixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  // most figures (every number of check --json) are written with no more decimals than asked and at
  // most 12 significant digits: then the steps below change nothing and toFixed writes them exactly
  const plain = writtenWithin(value, decimals);
  if (plain !== null) return plain;
  const clean = Math.abs(Number(value.toPrecision(12)));
  const [mantissa = "0", exponent = "0"] = clean.toExponential().split("e");
  const written = (mantissa.split(".")[1]?.length ?? 0) - Number(exponent);
  // scaled by 10^decimals through the decimal text, so a written x.5 is an exact half before rounding
  const abs = written <= decimals ? clean : Math.round(Number(`${mantissa}e${Number(exponent) + decimals}`)) / 10 ** decimals;
  const s = abs.toFixed(decimals);
  return value < 0 && Number(s) !== 0 ? `-${s}` : s;
}

/**
 * `value` to `decimals` decimals when its shortest decimal form already has at most that many and at
 * most 12 significant digits (below 1e12, no exponent): what decimalFixed's rounding then gives. Null otherwise.
 */
function writtenWithin(value: number, decimals: number): string | null {
  const abs = Math.abs(value);
  if (abs >= 1e12 || decimals > 10) return null;
  const t = String(abs);
  if (t.indexOf("e") !== -1) return null;
  const dot = t.indexOf(".");
  const fraction = dot === -1 ? 0 : t.length - dot - 1;
  if (fraction > decimals) return null;
  // significant digits: those after any leading zeros ("0.0012" has 2)
  let lead = 0;
  while (lead < t.length && (t.charCodeAt(lead) === 48 || t.charCodeAt(lead) === 46)) lead++;
  if (t.length - lead - (dot >= lead ? 1 : 0) > 12) return null;
  const s = abs.toFixed(decimals);
  return value < 0 && abs !== 0 ? `-${s}` : s;
}
