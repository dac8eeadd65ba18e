// Every test's temporary files go under one folder of this run, removed at the end: tests
// (and the CLIs, LibreOffice and Chromium they start) take os.tmpdir() from TMPDIR, which
// the workers inherit from this process.
const { mkdtempSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

module.exports = async () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-returns-jest-"));
  process.env.PLAN_RETURNS_JEST_TMP = dir;
  process.env.TMPDIR = dir;
};
