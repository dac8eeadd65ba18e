// The floor for reading a return (issue 19.4): a minimal script that finds the zip's entries,
// inflates the sheets and shared strings with node's zlib and scans the XML for cells.
// No validation, no values, no checks: what no reader of the file can beat. Plain JS so the
// process measured is node and this file only.
const { readFileSync } = require("node:fs");
const { inflateRawSync } = require("node:zlib");

const buf = readFileSync(process.argv[2]);
// end of central directory: the last 22+ bytes, signature 0x06054b50
let eocd = buf.length - 22;
while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
const entries = buf.readUInt16LE(eocd + 10);
let at = buf.readUInt32LE(eocd + 16);
let cells = 0;
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
  const xml = method === 8 ? inflateRawSync(raw) : raw;
  for (let k = xml.indexOf("<c "); k !== -1; k = xml.indexOf("<c ", k + 3)) cells++;
}
process.stdout.write(`${cells}\n`);
