// pako's own CRC-32 (pako 1 ships no types for its lib/ files): crc32(start, data, length, offset)
declare module "pako/lib/zlib/crc32" {
  const crc32: (crc: number, data: Uint8Array, length: number, offset: number) => number;
  export default crc32;
}
