import { Inflate } from "pako";

/**
 * Inflates raw deflate data, giving up once the output would pass maxBytes: returns null then.
 * The default (pako, streaming) runs in the browser; the CLI passes node's zlib.
 */
export type InflateRaw = (data: Uint8Array, maxBytes: number) => Uint8Array | null;

export const pakoInflateRaw: InflateRaw = (data, maxBytes) => {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const over = new Error("over");
  const inf = new Inflate({ raw: true, chunkSize: 64 * 1024 });
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
