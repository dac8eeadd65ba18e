import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { cli } from "../support/cli";

/**
 * `plan-returns check … | head`: the reader stops after a line and closes the pipe. The run must
 * end quietly (no "write EPIPE" stack on the terminal), as other command-line tools do.
 */
const dir = mkdtempSync(join(tmpdir(), "pipe-"));
const folder = join(dir, "returns");

beforeAll(async () => {
  mkdirSync(folder);
  const one = join(dir, "县甲.xlsx");
  const r = await cli("template", "zhoushan-2021-2025", "--year", "2023", "--out", one);
  if (r.code !== 0) throw new Error(r.err);
  // enough JSON Lines to fill the pipe's buffer after `head` has gone
  for (let i = 0; i < 8; i++) copyFileSync(one, join(folder, `r${i}.xlsx`));
}, 60_000);

test.each([
  ["check --json of a folder", ["check", folder, "--json"]],
  ["check --all of a folder", ["check", folder, "--all"]],
])("%s piped into head: one line read, no stack trace", (_, args) => {
  const main = resolve("src/cli/main.ts");
  const cmd = `node -r ts-node/register/transpile-only ${JSON.stringify(main)} ${args.map((a) => JSON.stringify(a)).join(" ")} | head -c 200 >/dev/null; echo "status \${PIPESTATUS[0]}" >&2`;
  const r = spawnSync("bash", ["-c", cmd], { encoding: "utf8", cwd: resolve("."), timeout: 120_000 });
  expect(r.stderr).not.toMatch(/EPIPE|at .*\.js:\d+|Unhandled/);
  expect(r.stderr.trim()).toBe("status 0");
}, 120_000);
