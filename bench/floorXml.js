// The floor for reading a return with the XML library the reader must use (issue 19.4, beside
// bench/floor.js): the same zip walk and node zlib inflate, the parts as strings, and saxen
// finding every element and parsing its attributes (a reader needs each cell's r, s and t),
// counting cells. No values, no checks: what no reader built on the XML library can beat.
// Plain JS so the process measured is node, saxen and these files only.
const { Parser } = require("saxen");
const { sheetParts } = require("./sheetParts");

let cells = 0;
for (const xml of sheetParts(process.argv[2])) {
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
