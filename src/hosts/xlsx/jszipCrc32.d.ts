// JSZip's own CRC-32 (the package has no types for its lib/ files)
declare module "jszip/lib/crc32" {
  const crc32: (data: Uint8Array) => number;
  export default crc32;
}
