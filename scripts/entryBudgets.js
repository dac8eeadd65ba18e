/*
 * The size budget of each page's entry: what the page loads at start, our scripts only
 * (minified, as emitted; the copied Office runtime is not counted). The one home of these
 * numbers: webpack.config.js fails the build over them, test/manifest.test.ts checks dist/
 * against them, the pane's browser test measures its start against the pane's. docs/DEPLOY.md §3.1.
 */
"use strict";

const KIB = 1024;

/**
 * Entry name (webpack.config.js `entry`) → its budget in bytes and what it is, for the build's line.
 * The pane's start is the tightest (issue 19.3: the catalog, engine, pako and summary are import()
 * chunks); the ribbon commands and the dialog have no start screen but load in a hidden webview on
 * every button press, so their heavy parts load with import() too.
 * @type {Readonly<Record<string, { bytes: number, what: string }>>}
 */
const ENTRY_BUDGETS = Object.freeze({
  taskpane: { bytes: 250 * KIB, what: "the task pane's start, src/ui/taskpane" },
  commands: { bytes: 400 * KIB, what: "the ribbon buttons' entry, src/ui/commands" },
  dialog: { bytes: 400 * KIB, what: "the result dialog's entry, src/ui/dialog" },
});

/** "409.6 KiB" (bytes → KiB, one decimal), as the build summary says sizes. */
function kib(bytes) {
  return `${(bytes / KIB).toFixed(1)} KiB`;
}

/**
 * The one line saying an entry is over its budget, or null when it is within it.
 * @param {string} entry the entry's name (a key of ENTRY_BUDGETS; an entry without one is a problem too)
 * @param {readonly string[]} files the entry's scripts loaded at start (file names in dist/)
 * @param {number} bytes their total size in bytes
 * @returns {string | null}
 */
function entryBudgetProblem(entry, files, bytes) {
  const budget = ENTRY_BUDGETS[entry];
  if (!budget) return `${entry} has no size budget: give its entry one in scripts/entryBudgets.js (docs/DEPLOY.md §3.1)`;
  if (bytes <= budget.bytes) return null;
  return `${files.join(" + ")} (${budget.what}) is ${kib(bytes)}, over its ${kib(budget.bytes)} budget (scripts/entryBudgets.js, docs/DEPLOY.md §3.1): load the part only an action needs with import()`;
}

module.exports = { ENTRY_BUDGETS, entryBudgetProblem, kib };
