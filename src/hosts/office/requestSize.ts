/**
 * A request's size as Excel on the web counts it: the JSON of every queued action. Each
 * action (a property set, a method call, a proxy created by a method or navigation) costs
 * an envelope of about this many bytes (`{"Id":…,"ActionType":…,"Name":…,"ObjectPathId":…}`
 * plus its object path), on top of the JSON of its arguments.
 */
export const ACTION_BYTES = 100;

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
