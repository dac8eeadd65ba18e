#!/usr/bin/env node
// Runs the compiled CLI (npm install builds it through `prepare`).
// V8 tuned for a short run, before any of our modules is compiled (see there).
require("./v8Flags.js");
const { run, quietOnClosedPipe } = require("../build/cli/src/cli/main.js");
quietOnClosedPipe();
run(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
  process.stderr.write(`内部错误：${e && e.stack ? e.stack : String(e)}\n`);
  process.exitCode = 3;
});
