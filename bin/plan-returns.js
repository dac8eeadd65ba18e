#!/usr/bin/env node
// Runs the compiled CLI (npm install builds it through `prepare`).
// A run of the CLI is short: TurboFan's inlining compiles the reader's and the checker's large
// call trees into one body each (readXlsxZip ≈ 0.4 s of compile) and spends more CPU than the
// inlined code saves before the process ends. Measured alternately (issue 19, session 40): a
// 5,000-indicator check −14%, 100 returns −18%, summary of 100 −6%, 1,000 returns −3%, one county
// return unchanged. Set before any of our modules is compiled.
require("node:v8").setFlagsFromString("--no-turbo-inlining");
const { run, quietOnClosedPipe } = require("../build/cli/src/cli/main.js");
quietOnClosedPipe();
run(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
  process.stderr.write(`内部错误：${e && e.stack ? e.stack : String(e)}\n`);
  process.exitCode = 3;
});
