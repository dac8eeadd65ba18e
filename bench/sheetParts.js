// The zip walk both floors share (bench/floor.js, bench/floorXml.js): the sheets and shared
// strings of an .xlsx, found from its central directory and inflated with node's zlib. Plain
// JS and node only, so a floor's process is node, this file and the floor's own scan.
const { readFileSync } = require("node:fs");
const { inflateRawSync } = require("node:zlib");

/** Each worksheet and shared-strings part of the file at `path`, inflated, as a Buffer. */
function* sheetParts(path) {
  const buf = readFileSync(path);
  // end of central directory: the last 22+ bytes, signature 0x06054b50
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const entries = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString("utf8", at + 46, at + 46 + nameLen);
    at += 46 + nameLen + extraLen + commentLen;
    if (!/^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(name)) continue;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    yield method === 8 ? inflateRawSync(raw) : raw;
  }
}

module.exports = { sheetParts };
