// The floor of a `check` built as the brief asks (issue 19.4, beside bench/floor.js and
// bench/floorXml.js): node, the libraries every check loads (zod for the schema of the template
// stored in the workbook and its English messages, commander for the arguments, jszip for the
// zip), then floorXml.js's inflate and saxen over every element and its attributes. No
// values, no checks, no output: what no check on these libraries can beat.
require("zod/mini");
require("zod/locales");
require("commander");
require("jszip");
require("./floorXml");
