import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { countyReturn } from "../support/countyReturn";

/**
 * Session 44: a manager rolled a folder over twice in a row, the second time with --force (a late return had come in);
 * 定海区's new return of 2024 in the new folder already held its 2024 figures, and was replaced by a blank one. A unit's
 * return of the year with that year's values filled is never replaced by rollover, --force or not (workbookOver's
 * `filled`); one the first rollover wrote, still without them, is replaced as before.
 */
const dir = mkdtempSync(join(tmpdir(), "rollover-over-filled-"));
const got = join(dir, "收到");
const zs = findTemplate("zhoushan-2021-2025") as Template;

beforeAll(async () => {
  mkdirSync(got);
  await countyReturn(got, "2023-定海区.xlsx", "定海区", 0, [zs]);
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each<[string, boolean, (out: string) => string[], number, string | undefined]>([
  ["the folder form, the new return filled in since", true, (out) => [got, "--out-dir", out], 1, "处已有定海区已填了 2024 年数值的填报，即使加 --force 也不会覆盖"],
  ["the one-file form, the new return filled in since", true, (out) => [join(got, "2023-定海区.xlsx"), "--out", join(out, "2024-定海区.xlsx")], 1, "是定海区已填了 2024 年数值的填报，即使加 --force 也不会覆盖"],
  ["the folder form, the new return as written", false, (out) => [got, "--out-dir", out], 0, undefined],
])("%s", async (name, filled, args, code, said) => {
  const out = join(dir, name);
  expect((await cli("rollover", ...args(out), "--year", "2024")).code).toBe(0);
  if (filled) await countyReturn(out, "2024-定海区.xlsx", "定海区", 0, [zs], 2024);
  const before = readFileSync(join(out, "2024-定海区.xlsx"));
  const again = await cli("rollover", ...args(out), "--year", "2024", "--force");
  // the folder form says it and writes the rest (exit 1 only when nothing at all was written, as here)
  expect(again.code).toBe(code);
  if (said === undefined) expect(readFileSync(join(out, "2024-定海区.xlsx")).equals(before)).toBe(false);
  else {
    expect(again.out + again.err).toContain(said);
    expect(readFileSync(join(out, "2024-定海区.xlsx")).equals(before)).toBe(true);
  }
}, 60000);
