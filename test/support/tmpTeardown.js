// Removes the run's temporary folder (see tmpSetup.js); PLAN_RETURNS_KEEP_TMP=1 keeps it to look at.
const { rmSync } = require("node:fs");

module.exports = async () => {
  const dir = process.env.PLAN_RETURNS_JEST_TMP;
  if (dir && !process.env.PLAN_RETURNS_KEEP_TMP) rmSync(dir, { recursive: true, force: true });
};
