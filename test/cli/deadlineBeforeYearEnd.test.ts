/**
 * trial33 T9: `distribute --year 2024 --deadline 2024-01-31` was accepted without a word; the deadline falls before the
 * year reported on has ended (almost surely 2025-01-31). Said in one line, never refused; rollover's --deadline alike.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { deadlineBeforeYearEnd } from "../../src/cli/deadlineBeforeYearEnd";

const dir = mkdtempSync(join(tmpdir(), "deadline-early-"));

test.each<[string, number, string | null]>([
  ["2024-01-31", 2024, "2025-01-31"],
  ["2024-12-31", 2024, "2025-12-31"],
  ["2024-02-29", 2024, "2025-02-28"],
  ["2023-03-01", 2024, "2025-03-01"],
  ["2024-02-29", 2027, "2028-02-29"],
  ["2025-01-01", 2024, null],
  ["2025-01-31", 2024, null],
])("deadline %s for %i: meant %s", (deadline, year, meant) => {
  expect(deadlineBeforeYearEnd(deadline, year)).toBe(meant);
});

test.each<[string, string, "zh" | "en", RegExp | null]>([
  ["early", "2024-01-31", "zh", /^注意：截止日期 2024-01-31 不晚于 2024 年度结束，.*是否应为 2025-01-31？/m],
  ["early-en", "2024-01-31", "en", /^Note: the deadline 2024-01-31 is not after the end of 2024, .*did you mean 2025-01-31\?/m],
  ["after", "2025-01-31", "zh", null],
])("distribute --year 2024 --deadline %s: written, the line said when early", async (name, deadline, lang, line) => {
  const r = await cli("distribute", "zhoushan-2021-2025", "--year", "2024", "--units", "定海区", "--deadline", deadline, "--out-dir", join(dir, name), "--lang", lang);
  expect([r.code, r.err]).toEqual([0, ""]);
  if (line) expect(r.out).toMatch(line);
  else expect(r.out).not.toMatch(/注意：截止日期|Note: the deadline/);
}, 60000);

test("rollover --year 2025 --deadline 2025-01-31 says it too", async () => {
  const d = await cli("distribute", "zhoushan-2021-2025", "--year", "2024", "--units", "定海区", "--deadline", "2025-01-31", "--out-dir", join(dir, "roll"));
  expect(d.code).toBe(0);
  const r = await cli("rollover", join(dir, "roll", "2024-定海区.xlsx"), "--year", "2025", "--deadline", "2025-01-31", "--out", join(dir, "roll", "2025-定海区.xlsx"));
  expect([r.code, r.err]).toEqual([0, ""]);
  expect(r.out).toMatch(/^注意：截止日期 2025-01-31 不晚于 2025 年度结束，.*是否应为 2026-01-31？/m);
}, 60000);
