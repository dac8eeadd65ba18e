import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { cli } from "../support/cli";

/**
 * trial39c F7: Ctrl-C during `summary <folder> --out …` left /tmp/plan-returns-summary-XXXX (the county rows spooled,
 * up to 7 MB) every time. The CLI runs in its own process with its own temporary folder (TMPDIR), is interrupted once
 * its spool folder is there, and must leave neither that folder nor a half-written --out.
 */
const dir = mkdtempSync(join(tmpdir(), "interrupted-"));
const folder = join(dir, "returns");

beforeAll(async () => {
  mkdirSync(folder);
  const one = join(dir, "blank.xlsx");
  const r = await cli("template", "zhoushan-2021-2025", "--year", "2023", "--out", one);
  if (r.code !== 0) throw new Error(r.err);
  // blank returns are not compared as copies of each other: all 200 are read, a run of seconds
  for (let i = 0; i < 200; i++) copyFileSync(one, join(folder, `r${String(i).padStart(3, "0")}.xlsx`));
}, 60_000);

const spools = (tmp: string): string[] => readdirSync(tmp).filter((n) => n.startsWith("plan-returns-summary-"));

test.each([["SIGINT" as const], ["SIGTERM" as const]])("%s once the spool folder is there: the folder removed, no --out written, ended by the signal", async (signal) => {
  const tmp = mkdtempSync(join(dir, "tmp-"));
  const out = join(dir, `sum-${signal}.xlsx`);
  const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", resolve("src/cli/main.ts"), "summary", folder, "--out", out],
    { stdio: "ignore", env: { ...process.env, TMPDIR: tmp } });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => child.on("exit", (code, sig) => ok({ code, signal: sig })));
  let early: unknown = null;
  void ended.then((x) => { early = x; });
  // polled: interrupted as soon as the spool folder exists (the run goes on for seconds after)
  for (let i = 0; i < 1200 && spools(tmp).length === 0 && early === null; i++) await new Promise((ok) => setTimeout(ok, 50));
  expect(early).toBeNull();
  expect(spools(tmp)).toHaveLength(1);
  child.kill(signal);
  // ended by the signal itself, as an uncaught Ctrl-C ends it (a shell sees 130 / 143)
  expect(await ended).toEqual({ code: null, signal });
  expect(spools(tmp)).toEqual([]);
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(dir).filter((n) => n.startsWith(".plan-returns-"))).toEqual([]);
}, 120_000);
