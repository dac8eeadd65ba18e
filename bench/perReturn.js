// Per county return, in one process (issue 19: what `check` of many files costs once node and the
// modules are loaded): CPU milliseconds of reading (loadWorkbookFile), checking (checkGrid) and the
// JSON, over the .xlsx files of a folder, best of P passes. For A/B runs of two builds:
//   B=/path/to/other/checkout node bench/perReturn.js <folder> [N files] [P passes]
// (npm run bench leaves such a folder, $TMP/many, and names it in bench/results.json manyReturns.folder)
const { readdirSync } = require("node:fs");
const { join } = require("node:path");
const { inflateSync } = require("node:zlib");
const B = join(process.env.B || join(__dirname, ".."), "build/cli/src");
const { loadWorkbookFile } = require(join(B, "cli/loadWorkbookFile.js"));
const { checkGrid } = require(join(B, "sheet/checkGrid.js"));
const { toJsonReport } = require(join(B, "cli/toJsonReport.js"));
const { useMetaInflate } = require(join(B, "sheet/metaInflate.js"));
useMetaInflate((b) => inflateSync(b)); // as the CLI does

const [folder, n = "400", passes = "4"] = process.argv.slice(2);
if (!folder) { process.stderr.write("usage: node bench/perReturn.js <folder> [N files] [P passes]\n"); process.exit(1); }
const files = readdirSync(folder).filter((f) => f.endsWith(".xlsx")).slice(0, Number(n)).map((f) => join(folder, f));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
(async () => {
  const best = { read: Infinity, check: Infinity, json: Infinity };
  for (let p = 0; p < Number(passes); p++) {
    let read = 0, check = 0, json = 0;
    for (const f of files) {
      const t0 = cpu(); const l = await loadWorkbookFile(f); const t1 = cpu();
      if (!l.ok) throw new Error(l.message);
      const r = checkGrid(l.grid, undefined); const t2 = cpu();
      if (r.ok) JSON.stringify(toJsonReport(r.report));
      read += t1 - t0; check += t2 - t1; json += cpu() - t2;
    }
    for (const [k, v] of Object.entries({ read, check, json })) best[k] = Math.min(best[k], v / files.length);
  }
  const f = (x) => x.toFixed(3);
  process.stdout.write(`${files.length} returns, best of ${passes}: read ${f(best.read)} check ${f(best.check)} json ${f(best.json)} total ${f(best.read + best.check + best.json)} ms CPU a return\n`);
})();
