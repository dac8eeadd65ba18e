import JSZip from "jszip";
import { inflateHead, type InflateRaw } from "./InflateRaw";
import type { PartCache, StoredPart } from "./PartCache";
import { xlsxProblem } from "./xlsxProblem";
import { ZIP_LIMITS } from "./ZIP_LIMITS";

type Compressed = { uncompressedSize?: number; crc32?: number; compressedContent?: unknown; compression?: { magic?: string } };

/** A part's CRC-32 as the zip records it (ISO 3309), for checking what was inflated. */
export type Crc32 = (data: Uint8Array) => number;

/** JSZip's internal record of a loaded entry (sizes as the central directory declares them). */
const internals = (f: JSZip.JSZipObject): Compressed | undefined => (f as unknown as { _data?: Compressed })._data;

/**
 * The parts of an OPC package (ECMA-376 Part 2), found by name without regard to case (part
 * names are case-insensitive: xl/SharedStrings.xml is xl/sharedStrings.xml), and read within
 * ZIP_LIMITS: a part's declared size is checked before it is inflated, and it is inflated with
 * a cap in case the declaration lies; all parts read count toward the total; with `crc32`, a
 * part whose bytes do not match the CRC the zip records is a damaged file.
 */
export class PackageParts {
  private used = 0;
  private readonly byName = new Map<string, JSZip.JSZipObject>();

  /** `crc32`: when given, each part read is checked against the CRC the zip records for it */
  constructor(zip: JSZip, private readonly inflate: InflateRaw, private readonly crc32?: Crc32) {
    zip.forEach((path, f) => { if (!f.dir) this.byName.set(path.toLowerCase(), f); });
  }

  /** Every file's name as stored (not folders), in the zip's order. */
  names(): string[] {
    return [...this.byName.values()].map((f) => f.name);
  }

  has(part: string): boolean {
    return this.find(part) !== undefined;
  }

  /** The declared inflated size of a part (0 when absent or unknown). */
  declaredSize(part: string): number {
    const f = this.find(part);
    return (f && internals(f)?.uncompressedSize) || 0;
  }

  /** A part's size as stored in the zip, compressed or not (0 when absent or not from a loaded zip). */
  storedSize(part: string): number {
    const f = this.find(part);
    const raw = f && internals(f)?.compressedContent;
    return raw instanceof Uint8Array ? raw.length : 0;
  }

  /** Refuses up front when the declared sizes of the parts to read already pass the total. */
  checkDeclaredTotal(parts: readonly string[]): void {
    const total = parts.reduce((n, p) => n + this.declaredSize(p), 0);
    if (total > ZIP_LIMITS.maxTotalBytes) throw xlsxProblem({ code: "total_too_big", params: { limit: ZIP_LIMITS.maxTotalBytes } });
  }

  /**
   * A part parsed by `parse`, or null when the package has no such part: as bytes() reads it, or,
   * when `cache` holds a part stored with the same bytes (and recorded CRC and size; `context`
   * also the same), its result, neither inflated nor parsed again, yet counted toward the total
   * and refused past a limit as when read. The result is shared and frozen (PartCache).
   */
  async parsed<T>(part: string, cache: PartCache<T>, parse: (bytes: Uint8Array) => T, context: readonly unknown[] = []): Promise<T | null> {
    const f = this.find(part);
    if (!f) return null;
    const d = internals(f);
    const raw = d?.compressedContent;
    const stored: StoredPart | null = raw instanceof Uint8Array && (d?.compression?.magic === "\x08\x00" || d?.compression?.magic === "\x00\x00") ? { raw, method: d.compression.magic, crc: d.crc32, declared: d.uncompressedSize } : null;
    const known = stored && cache.find(stored, context, this.crc32 !== undefined);
    if (known) {
      const tooBig = this.cap(f, d);
      if (known.size > tooBig.cap) throw tooBig.error();
      this.used += known.size;
      return known.value;
    }
    const bytes = await this.bytes(part);
    if (!bytes) return null;
    const value = parse(bytes);
    return stored ? cache.keep(stored, context, bytes.length, this.crc32 !== undefined && d?.crc32 !== undefined, value) : value;
  }

  /** A part's bytes, or null when the package has no such part. Throws XlsxLimitError past a limit. */
  async bytes(part: string): Promise<Uint8Array | null> {
    const f = this.find(part);
    if (!f) return null;
    const d = internals(f);
    const { cap, error: tooBig } = this.cap(f, d);
    // inflate with a cap, in case the declared size lies
    let bytes: Uint8Array | null;
    const raw = d?.compressedContent;
    try {
      if (raw instanceof Uint8Array && d?.compression?.magic === "\x08\x00") bytes = this.inflate(raw, cap, d.uncompressedSize ?? 0);
      else if (raw instanceof Uint8Array && d?.compression?.magic === "\x00\x00") bytes = raw.length > cap ? null : raw;
      else bytes = await f.async("uint8array"); // not from a loaded zip: the declared size was checked
    } catch {
      throw xlsxProblem({ code: "damaged_zip" });
    }
    if (bytes === null || bytes.length > cap) throw tooBig();
    // a flipped bit inflates to other text without an error: the recorded CRC tells
    if (this.crc32 && d?.crc32 !== undefined && raw instanceof Uint8Array && this.crc32(bytes) >>> 0 !== d.crc32 >>> 0) throw xlsxProblem({ code: "damaged_zip" });
    this.used += bytes.length;
    return bytes;
  }

  /**
   * A part already read once, inflated again now (synchronously, within the part limit, not counted
   * toward the total a second time): null when it cannot be so (not stored or deflated in a loaded zip).
   */
  again(part: string): Uint8Array | null {
    const f = this.find(part);
    const d = f && internals(f);
    const raw = d?.compressedContent;
    if (!(raw instanceof Uint8Array)) return null;
    try {
      if (d?.compression?.magic === "\x00\x00") return raw;
      return d?.compression?.magic === "\x08\x00" ? this.inflate(raw, ZIP_LIMITS.maxEntryBytes, d.uncompressedSize ?? 0) : null;
    } catch {
      return null;
    }
  }

  /**
   * A part's first `maxBytes` bytes (or fewer), inflated no further, neither counted toward the
   * total nor checked against the CRC (which covers the whole part): what a sheet too large to
   * read is told by. Null when there is no such part or its head cannot be inflated.
   */
  head(part: string, maxBytes: number): Uint8Array | null {
    const d = this.find(part);
    const raw = d && internals(d)?.compressedContent;
    const magic = d && internals(d)?.compression?.magic;
    if (!(raw instanceof Uint8Array)) return null;
    if (magic === "\x00\x00") return raw.subarray(0, maxBytes);
    return magic === "\x08\x00" ? inflateHead(raw, maxBytes) : null;
  }

  /**
   * How many bytes a part may inflate to, the part limit or what is left of the total, and the
   * refusal past it; a declared size already past it is refused before anything is inflated
   * (a zip bomb: the central directory says how big the entry is).
   */
  private cap(f: JSZip.JSZipObject, d: Compressed | undefined): { cap: number; error: () => Error } {
    const left = ZIP_LIMITS.maxTotalBytes - this.used;
    const cap = Math.min(ZIP_LIMITS.maxEntryBytes, left);
    const error = (): Error => cap === left
      ? xlsxProblem({ code: "total_too_big", params: { limit: ZIP_LIMITS.maxTotalBytes } })
      : xlsxProblem({ code: "part_too_big", params: { part: f.name, limit: ZIP_LIMITS.maxEntryBytes } });
    if (d?.uncompressedSize !== undefined && d.uncompressedSize > cap) throw error();
    return { cap, error };
  }

  /** Takes back `n` bytes counted toward the total (a part read, then passed over). */
  uncount(n: number): void {
    this.used = Math.max(0, this.used - n);
  }

  private find(part: string): JSZip.JSZipObject | undefined {
    const name = part.replace(/^\//, "").toLowerCase();
    const f = this.byName.get(name);
    if (f) return f;
    // a part name is a URI: a zip may store it percent-encoded or not
    try {
      const decoded = decodeURIComponent(name);
      return decoded === name ? undefined : this.byName.get(decoded);
    } catch {
      return undefined;
    }
  }
}
