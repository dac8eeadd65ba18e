// Where one `check --json` of a file spends its CPU (issue 19.4: the floor against the CLI): the CLI's
// own steps, run in order in a fresh process as runCheck runs them for one file, each timed with
// process.cpuUsage (all threads: the compiler's and the collector's too). Prints one JSON object.
// Plain JS so nothing but node and the CLI's compiled modules is measured.
// the V8 flags the CLI sets (bin/v8Flags.js), so each step is measured as a run of the CLI makes it
require("../bin/v8Flags.js");
const from = process.cpuUsage();
const cpu = () => { const u = process.cpuUsage(from); return (u.user + u.system) / 1000; };
const phases = {};
let last = 0;
const lap = (name) => { const now = cpu(); phases[name] = Math.round((now - last) * 10) / 10; last = now; };
const B = "../build/cli/src/";
require(`${B}cli/main`);
lap("modules");
const { loadWorkbookFile } = require(`${B}cli/loadWorkbookFile`);
const { checkWithContext, loadCheckContext } = require(`${B}cli/checkInContext`);
const { applyLock } = require(`${B}cycle/applyLock`);
const { sha256Text } = require(`${B}cli/sha256Text`);
const { toJsonReport } = require(`${B}cli/toJsonReport`);
const { terminalJson, terminalText } = require(`${B}cli/terminalText`);
(async () => {
  const ctx = await loadCheckContext({});
  if (!ctx.ok) throw new Error(ctx.message);
  const loaded = await loadWorkbookFile(process.argv[2], "zh", { task: "check" });
  if (!loaded.ok) throw new Error(loaded.message);
  lap("read");
  const r = checkWithContext(loaded.grid, undefined, ctx.context);
  if (!r.ok) throw new Error(r.reason);
  const lock = applyLock(loaded.grid, r.report, sha256Text);
  lap("check");
  const text = terminalText(terminalJson(toJsonReport(r.report, "zh", lock)));
  lap("json");
  process.stdout.write(JSON.stringify({ ...phases, jsonBytes: Buffer.byteLength(text) }) + "\n");
})();
