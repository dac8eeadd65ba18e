/**
 * FNV-1a, 32 bits, of the text's UTF-8 bytes, as 8 hex digits: stable across runs and platforms.
 * A short name for content (an imported template's id, a template's rows), not a checksum
 * against tampering.
 */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
