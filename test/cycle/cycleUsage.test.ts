import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "cycle-usage-"));
const notXlsx = join(dir, "not.xlsx");
writeFileSync(notXlsx, "hello");

describe("the cycle commands say in one line what is wrong", () => {
  test.each([
    ["distribute without units", ["distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,,普陀区", "--out-dir", join(dir, "a")], 1, /不能有空项/],
    ["distribute, one unit twice", ["distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,定海区", "--out-dir", join(dir, "b")], 1, /「定海区」出现了两次/],
    ["distribute, two units one file name", ["distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "a/b,a:b", "--out-dir", join(dir, "c")], 1, /文件名相同（2023-a_b\.xlsx）/],
    ["distribute, a bad deadline", ["distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区", "--deadline", "2025-02-30", "--out-dir", join(dir, "d")], 1, /--deadline 应为日期/],
    ["distribute, a year outside the plan", ["distribute", "zhoushan-2021-2025", "--year", "2030", "--units", "定海区", "--out-dir", join(dir, "e")], 1, /未生成工作簿/],
    ["diff of a file that is not a return", ["diff", notXlsx, notXlsx], 2, /not\.xlsx：/],
    ["lock of a file that is not a return", ["lock", notXlsx], 2, /not\.xlsx：/],
    // a --ledger that cannot be read is a file problem, 2, said as a --previous file is (session 40: it was 1)
    ["summary with a ledger that is not one", ["summary", notXlsx, "--ledger", notXlsx, "--out", join(dir, "s.xlsx")], 2, /^[^错]*not\.xlsx：/],
    ["report with a ledger that is not one", ["report", notXlsx, "--ledger", notXlsx], 2, /^[^错]*not\.xlsx：/],
    ["rollover with a ledger that is not one", ["rollover", notXlsx, "--year", "2024", "--ledger", notXlsx, "--out-dir", join(dir, "r")], 2, /^[^错]*not\.xlsx：/],
    ["summary with both --ledger and --units", ["summary", notXlsx, "--ledger", notXlsx, "--units", "a", "--out", join(dir, "s.xlsx")], 1, /--ledger 与 --units 只能用其一/],
    ["summary with a bad --as-of", ["summary", notXlsx, "--units", "a", "--as-of", "tomorrow", "--out", join(dir, "s.xlsx")], 1, /--as-of 应为日期/],
  ])("%s", async (_, args, code, message) => {
    const r = await cli(...(args as string[]));
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message as RegExp);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
  }, 30000);

  // under --lang en the same refusals are English, the Chinese names as given
  test.each([
    ["distribute without units", ["distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,,普陀区", "--out-dir", join(dir, "a")], 1, /^Error: --units should be unit names separated by commas, none of them blank\n$/],
    ["distribute, one unit twice", ["distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,定海区", "--out-dir", join(dir, "b")], 1, /^Error: --units names "定海区" twice; remove one of them\n$/],
    ["distribute, two units one file name", ["distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "a/b,a:b", "--out-dir", join(dir, "c")], 1, /make the same file name \(2023-a_b\.xlsx\)/],
    ["distribute, a bad deadline", ["distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区", "--deadline", "2025-02-30", "--out-dir", join(dir, "d")], 1, /^Error: --deadline should be a date written YYYY-MM-DD \(such as 2025-01-31\), found "2025-02-30"\n$/],
    ["summary with a ledger that is not one", ["summary", notXlsx, "--ledger", notXlsx, "--out", join(dir, "s.xlsx")], 2, /^[^E].*not\.xlsx: /],
    ["summary with both --ledger and --units", ["summary", notXlsx, "--ledger", notXlsx, "--units", "a", "--out", join(dir, "s.xlsx")], 1, /^Error: give either --ledger or --units, not both\n$/],
    ["summary with a bad --as-of", ["summary", notXlsx, "--units", "a", "--as-of", "tomorrow", "--out", join(dir, "s.xlsx")], 1, /^Error: --as-of should be a date written YYYY-MM-DD/],
  ])("%s, in --lang en", async (_, args, code, message) => {
    const r = await cli(...(args as string[]), "--lang", "en");
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message as RegExp);
    expect(r.err).not.toMatch(/[应为不能有空项出现了两次只能用其一]{2}/);
  }, 30000);
});
