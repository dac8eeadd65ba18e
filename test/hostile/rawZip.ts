import { crc32, deflateRawSync, constants } from "node:zlib";

/**
 * A minimal zip writer for hostile files: it writes whatever sizes it is told, so a header can
 * lie, and takes ready-made raw deflate data, so a few MB can inflate to GBs.
 */
export interface RawEntry {
  name: string;
  /** the bytes stored in the zip (raw deflate when method is 8) */
  data: Buffer;
  method: 0 | 8;
  /** the uncompressed size the headers declare */
  size: number;
  crc: number;
}

export function deflated(name: string, content: string | Buffer): RawEntry {
  const b = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { name, data: deflateRawSync(b), method: 8, size: b.length, crc: crc32(b) };
}

/**
 * Raw deflate data inflating to `chunk` repeated `times` times, made without ever holding
 * the whole: the chunk is deflated once with a full flush (byte-aligned, no dictionary
 * carried over, not final), repeated, and closed with an empty final block.
 */
export function repeatedDeflate(head: string, chunk: string, times: number): { data: Buffer; size: number } {
  const seg = (s: string) => deflateRawSync(Buffer.from(s, "utf8"), { finishFlush: constants.Z_FULL_FLUSH });
  const body = seg(chunk);
  const parts = [seg(head)];
  for (let i = 0; i < times; i++) parts.push(body);
  parts.push(Buffer.from([0x03, 0x00])); // final fixed-Huffman block holding only end-of-block
  return { data: Buffer.concat(parts), size: Buffer.byteLength(head) + Buffer.byteLength(chunk) * times };
}

export function zipBuffer(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x0800, 6); // utf-8 names
    lh.writeUInt16LE(e.method, 8);
    lh.writeUInt16LE(0, 10);
    lh.writeUInt16LE(0x21, 12); // 1980-01-01
    lh.writeUInt32LE(e.crc >>> 0, 14);
    lh.writeUInt32LE(e.data.length, 18);
    lh.writeUInt32LE(e.size, 22);
    lh.writeUInt16LE(name.length, 26);
    lh.writeUInt16LE(0, 28);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x0800, 8);
    ch.writeUInt16LE(e.method, 10);
    ch.writeUInt16LE(0, 12);
    ch.writeUInt16LE(0x21, 14);
    ch.writeUInt32LE(e.crc >>> 0, 16);
    ch.writeUInt32LE(e.data.length, 20);
    ch.writeUInt32LE(e.size, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, e.data);
    centrals.push(ch, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
