import { Inflate } from "pako";

/**
 * Inflates raw deflate data, giving up once the output would pass maxBytes: returns null then.
 * `expected`: the size the zip declares (0 when unknown), so the output is made in one piece
 * rather than pieces joined; a false declaration costs only that. The default (pako,
 * streaming) runs in the browser; the CLI passes node's zlib.
 */
export type InflateRaw = (data: Uint8Array, maxBytes: number, expected?: number) => Uint8Array | null;

/**
 * The output piece for `expected` bytes: one piece (one more byte, so the end is found in it),
 * within the cap; 64 KiB when the size is not declared. A piece is allocated whole and the
 * part's bytes keep it alive, so a small part gets a small piece (at least 4 KiB, so a false
 * small declaration costs pieces, not a piece a byte): each small part of a county return had
 * kept 64 KiB, about 0.8 MB a return (issue 19, the summary's memory).
 */
export function inflateChunkSize(maxBytes: number, expected = 0): number {
  const cap = maxBytes + 1;
  // zlib takes no piece under 64 bytes
  return Math.max(64, expected > 0 ? Math.min(Math.max(4 * 1024, expected + 1), cap) : Math.min(64 * 1024, cap));
}

export const pakoInflateRaw: InflateRaw = (data, maxBytes, expected) => {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const over = new Error("over");
  const inf = new Inflate({ raw: true, chunkSize: inflateChunkSize(maxBytes, expected) });
  inf.onData = (chunk: Uint8Array | number[] | string) => {
    const c = chunk as Uint8Array;
    total += c.length;
    if (total > maxBytes) throw over;
    chunks.push(c);
  };
  try {
    inf.push(data, true);
  } catch (e) {
    if (e === over) return null;
    throw e;
  }
  if (inf.err) throw new Error(`解压失败（${inf.msg || inf.err}）`);
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
};

/**
 * The first `maxBytes` bytes of raw deflate data, or fewer when it inflates to less (its head:
 * what a sheet passed over is told by, its first rows). Inflation stops at the cap, so a part of
 * any size costs only its head; null when the data is broken before the cap.
 */
export function inflateHead(data: Uint8Array, maxBytes: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const full = new Error("full");
  const inf = new Inflate({ raw: true, chunkSize: 64 * 1024 });
  inf.onData = (chunk: Uint8Array | number[] | string) => {
    const c = chunk as Uint8Array;
    chunks.push(c);
    total += c.length;
    if (total >= maxBytes) throw full;
  };
  try {
    inf.push(data, true);
  } catch (e) {
    if (e !== full) return null;
  }
  const out = new Uint8Array(Math.min(total, maxBytes));
  let at = 0;
  for (const c of chunks) {
    if (at >= out.length) break;
    out.set(c.subarray(0, out.length - at), at);
    at += c.length;
  }
  return out;
}
