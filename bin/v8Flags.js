// The V8 flags every run of the CLI sets, before any of our modules is compiled: required first by
// bin/plan-returns.js, and by bench/checkPhases.js so its steps are measured as the CLI runs them.
//
// A run of the CLI is short: TurboFan's inlining compiles the reader's and the checker's large
// call trees into one body each (readXlsxZip ≈ 0.4 s of compile) and spends more CPU than the
// inlined code saves before the process ends. Measured alternately (issue 19, session 40): a
// 5,000-indicator check −14%, 100 returns −18%, summary of 100 −6%, 1,000 returns −3%, one county
// return unchanged.
require("node:v8").setFlagsFromString("--no-turbo-inlining");
// For the same reason a function is optimized only after ~6× the bytecode V8 waits for by default
// (67,584): a short run spent much of its CPU compiling functions that ran only a few hundred
// times (TurboFan was ~12% of a 1,000-return check's CPU, ~25% of a 100-return one). Measured
// alternately (issue 19, session 44): one county return −19%, a 5,000-indicator check −15%, 300
// returns −6%, 1,000 returns −5%; 1,000,000 was no better and worse on folders.
require("node:v8").setFlagsFromString("--interrupt-budget=400000");
