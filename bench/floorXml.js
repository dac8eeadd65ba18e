// The floor for reading a return with the XML library the reader must use (issue 19.4, beside
// bench/floor.js): the same zip walk and node zlib inflate, the parts as strings, and saxen
// finding every element and parsing its attributes (a reader needs each cell's r, s and t),
// counting cells. No values, no checks: what no reader built on the XML library can beat.
// Plain JS so the process measured is node, saxen and this file only.
const { readFileSync } = require("node:fs");
const { inflateRawSync } = require("node:zlib");
const { Parser } = require("saxen");

const buf = readFileSync(process.argv[2]);
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
  const parser = new Parser();
  parser.on("openTag", (el, attrs) => {
    attrs();
    if (el === "c") cells++;
  });
  parser.on("closeTag", () => undefined);
  parser.on("text", () => undefined);
  parser.parse(xml.toString("latin1"));
}
process.stdout.write(`${cells}\n`);
