/**
 * The id of an imported template when none is given: a readable slug of the period and a short
 * stable hash of title, region and period, so two plans never share an id
 * (`imported-2020-2025-3f9a1c2b`). The same table imported twice gets the same id.
 */
export function templateId(title: string, region: string, baselineYear: number, targetYear: number): string {
  return `imported-${baselineYear}-${targetYear}-${fnv1a(`${title}\u0000${region}\u0000${baselineYear}-${targetYear}`)}`;
}

/** FNV-1a, 32 bits, as 8 hex digits (stable across runs and platforms). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
