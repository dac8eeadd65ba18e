/** A part as the zip stores it: what a cached parse is found by (PartCache). */
export interface StoredPart {
  /** the part's bytes as stored (compressed, or not when stored) */
  raw: Uint8Array;
  /** the zip's compression method (JSZip's magic: "\x08\x00" deflate, "\x00\x00" stored) */
  method: string;
  /** the CRC-32 and inflated size the zip records for it */
  crc: number | undefined;
  declared: number | undefined;
}

interface Entry<T> extends StoredPart {
  context: readonly unknown[];
  /** the inflated size, counted toward the file's total on every reading (ZIP_LIMITS) */
  size: number;
  /** whether the inflated bytes were found to match `crc` */
  checked: boolean;
  value: T;
}

/**
 * The last few parts of one kind already parsed, by their exact bytes as stored, compared
 * before they are inflated. The county returns of one distribution carry the same styles,
 * workbook, relationships and core properties parts byte for byte, so a run over 1,000 of
 * them inflates and parses each once (issue 19); a part re-saved by Excel or WPS differs and
 * is read on its own. Found by every byte, never by the CRC alone (a collision would give
 * another file's part), and by the CRC and size the zip records, so a damaged directory is
 * still told (PackageParts.parsed). A parse that throws is not kept. Results are frozen,
 * since every file that holds the part gets the same one.
 */
export class PartCache<T> {
  private readonly entries: Array<Entry<T>> = [];

  /** `size`: parts kept; `maxBytes`: a larger part (as stored) is read every time (comparing it would cost as much) */
  constructor(private readonly size = 4, private readonly maxBytes = 64 * 1024) {}

  /**
   * `context`: what else the result depends on, each compared by identity (the part a relationships
   * part belongs to; a sheet's styles and date system); `checked`: the CRC must have been checked
   */
  find(part: StoredPart, context: readonly unknown[], checked: boolean): { size: number; value: T } | undefined {
    if (part.raw.length > this.maxBytes) return undefined;
    const at = this.entries.findIndex((e) => sameContext(e.context, context) && e.method === part.method && e.crc === part.crc && e.declared === part.declared && (e.checked || !checked) && sameBytes(e.raw, part.raw));
    const e = this.entries[at];
    if (!e) return undefined;
    // the most recent first: a mixed folder keeps what recurs
    if (at > 0) this.entries.unshift(...this.entries.splice(at, 1));
    return e;
  }

  /** Keeps `value`, parsed from `part` inflated to `size` bytes (`checked`: against the recorded CRC). */
  keep(part: StoredPart, context: readonly unknown[], size: number, checked: boolean, value: T): T {
    if (part.raw.length > this.maxBytes) return value;
    // a copy: the part is a view into the whole file, which must not be kept alive
    this.entries.unshift({ raw: part.raw.slice(), method: part.method, crc: part.crc, declared: part.declared, context, size, checked, value: deepFreeze(value) });
    if (this.entries.length > this.size) this.entries.pop();
    return value;
  }
}

function sameContext(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Whether two byte arrays are equal: node's memcmp where there is a Buffer, byte by byte in the task pane. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  if (typeof Buffer !== "undefined") return Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function deepFreeze<T>(v: T): T {
  if (typeof v !== "object" || v === null || Object.isFrozen(v)) return v;
  for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  return Object.freeze(v);
}
