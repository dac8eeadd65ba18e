import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isoDateOption } from "../../src/cli/isoDateOption";
import { cli } from "../support/cli";

// a trial's --deadline 2024/1/31 was refused: the date shapes people type are the date they name
test.each<[string, string]>([
  ["2025-01-31", "2025-01-31"],
  ["2025/1/31", "2025-01-31"],
  ["2025.1.31", "2025-01-31"],
  ["2025-1-31", "2025-01-31"],
  ["2025年1月31日", "2025-01-31"],
  [" 2025/01/31 ", "2025-01-31"],
  // not a whole date, or no date: passed on as typed, for the option's own refusal
  ["1/31", "1/31"],
  ["2025年1月", "2025年1月"],
  ["2025/2/30", "2025/2/30"],
  ["明天", "明天"],
])("%s → %s", (typed, iso) => {
  expect(isoDateOption(typed)).toBe(iso);
});

test("distribute --deadline 2025/1/31 writes 2025-01-31 on the covers; 1/31 is refused in one line", async () => {
  const dir = mkdtempSync(join(tmpdir(), "deadline-"));
  const ok = await cli("distribute", "zhoushan-2021-2025", "--year", "2024", "--units", "定海区", "--deadline", "2025/1/31", "--out-dir", join(dir, "a"));
  expect([ok.code, ok.err]).toEqual([0, ""]);
  expect(ok.out).toContain("2025-01-31");
  const bad = await cli("distribute", "zhoushan-2021-2025", "--year", "2024", "--units", "定海区", "--deadline", "1/31", "--out-dir", join(dir, "b"));
  expect(bad.code).toBe(1);
  expect(bad.err.trim().split("\n")).toHaveLength(1);
  expect(bad.err).toContain("1/31");
}, 60000);
