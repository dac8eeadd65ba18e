// The floor of a `check` built as the brief asks (issue 19.4, beside bench/floor.js and
// bench/floorXml.js): node, the libraries every check loads (commander for the arguments, jszip
// for the zip; zod is loaded only for a template that needs validating, which a workbook this
// version wrote never does), then floorXml.js's inflate and saxen over every element and its
// attributes. No values, no checks, no output: what no check on these libraries can beat.
require("commander");
require("jszip");
require("./floorXml");
