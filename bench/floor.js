// The floor for reading a return (issue 19.4): a minimal script that finds the zip's entries,
// inflates the sheets and shared strings with node's zlib and scans the XML for cells.
// No validation, no values, no checks: what no reader of the file can beat. Plain JS so the
// process measured is node and these files only.
const { sheetParts } = require("./sheetParts");

let cells = 0;
for (const xml of sheetParts(process.argv[2])) {
  for (let k = xml.indexOf("<c "); k !== -1; k = xml.indexOf("<c ", k + 3)) cells++;
}
process.stdout.write(`${cells}\n`);
