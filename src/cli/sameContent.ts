import { packageContent } from "./packageContent";

/**
 * Whether `old` (a file's bytes) holds what `now` would write: the same bytes, or two Office packages with the same
 * parts once their write times are left out (packageContent: a command's own output of the same inputs, written again,
 * differs only in those). A package that does not read is never the same as anything but its own bytes.
 */
export async function sameContent(old: Uint8Array, now: Uint8Array): Promise<boolean> {
  if (Buffer.compare(Buffer.from(old.buffer, old.byteOffset, old.byteLength), Buffer.from(now.buffer, now.byteOffset, now.byteLength)) === 0) return true;
  const zip = (b: Uint8Array): boolean => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b;
  if (!zip(old) || !zip(now)) return false;
  const [a, b] = await Promise.all([packageContent(old), packageContent(now)]);
  return a !== null && a === b;
}
