/**
 * A request's size as Excel on the web counts it: the JSON office.js builds, an "Actions" list
 * and an "ObjectPaths" map. Each action (a property set, a method call, a proxy created by a
 * method or navigation) costs at most about this many bytes with its object path, on top of
 * the JSON of its arguments. Measured against office.js itself in test/office/realRequestSize,
 * which checks that every estimate is at least the real size.
 */
export const ACTION_BYTES = 150;

/**
 * Tighter costs for the operations repeated once per row at scale (measured the same way,
 * with six-digit ids): `ws.getRange(a)` (its path and instantiation), a navigation such as
 * `.dataValidation` or `.format`, and one property set or method call.
 */
export const RANGE_BYTES = 200;
export const NAVIGATION_BYTES = 150;
export const CALL_BYTES = 120;

/** Bytes of getRange(address), `navigations` navigations from it, and `calls` sets or calls with these arguments. */
export function rangeBytes(address: string, navigations: number, calls: number, ...args: unknown[]): number {
  return RANGE_BYTES + navigations * NAVIGATION_BYTES + calls * CALL_BYTES + requestBytes(0, address, ...args);
}

/** Excel on the web refuses a request over 5 MB; stay well below. */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

/** UTF-8 length of a string without allocating it. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

/** Bytes of `actions` actions carrying these arguments. */
export function requestBytes(actions: number, ...args: unknown[]): number {
  let n = actions * ACTION_BYTES;
  for (const a of args) n += a === undefined ? 0 : utf8Length(JSON.stringify(a) ?? "");
  return n;
}
