import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { cli } from "../support/cli";
import { countyReturns } from "./countyReturns";

/**
 * `report --as-of` (trial38 F7: "错误：没有选项 --as-of", though summary takes it): report reads and checks it as summary
 * does, and with --ledger (or --units) its terminal names the units not sent to chase as of that day in summary's
 * lines, by the same rule (chaseOf): 六横镇 sent nothing, 东极镇 sent its distributed file back blank (收到空表).
 */
const dir = mkdtempSync(join(tmpdir(), "report-chase-"));
const folder = join(dir, "收到");
let ledger = "";

beforeAll(async () => {
  const files = await countyReturns(dir);
  const out = join(dir, "下发");
  const d = await cli("distribute", "--from", join(dir, "zs16.json"), "--year", "2018", "--units", "定海区,普陀区,岱山县,嵊泗县,六横镇,东极镇", "--deadline", "2019-01-31", "--out-dir", out);
  if (d.code !== 0) throw new Error(d.err);
  ledger = join(out, "报送台账.xlsx");
  mkdirSync(folder);
  for (const f of files) copyFileSync(f, join(folder, basename(f)));
  copyFileSync(join(out, "2018-东极镇.xlsx"), join(folder, "2018-东极镇.xlsx"));
});

/** The lines on units not sent (summary_not_sent, summary_not_due), in either language. */
const chaseLines = (out: string): string[] => out.split("\n").filter((l) => /^(未报，|Not sent, )/.test(l));

describe("report --as-of: summary's 催报 lines for the units not sent, as of that day", () => {
  test.each([
    ["past the deadline", "zh", ["--ledger", "<ledger>", "--as-of", "2019-02-21"], ["未报，请催报：六横镇、东极镇（收到空表）"]],
    ["long before it: not chased yet (the blank return is said in summary's counts, not here)", "zh", ["--ledger", "<ledger>", "--as-of", "2019-01-10"], ["未报，截止日期未临近，暂不催报：六横镇"]],
    ["a date typed as people type it", "zh", ["--ledger", "<ledger>", "--as-of", "2019/2/21"], ["未报，请催报：六横镇、东极镇（收到空表）"]],
    ["past the deadline, in English", "en", ["--ledger", "<ledger>", "--as-of", "2019-02-21"], ["Not sent, to be chased: 六横镇, 东极镇 (sent back blank)"]],
    ["long before it, in English", "en", ["--ledger", "<ledger>", "--as-of", "2019-01-10"], ["Not sent, the deadline not yet near, not chased yet: 六横镇"]],
    ["--units: no deadline, chased whatever the day", "zh", ["--units", "定海区,普陀区,岱山县,嵊泗县,六横镇,东极镇", "--as-of", "2019-01-10"], ["未报，请催报：六横镇、东极镇（收到空表）"]],
    ["no list: nobody to chase", "zh", ["--as-of", "2019-02-21"], []],
  ])("%s", async (_why, lang, flags, expected) => {
    const args = flags.map((f) => (f === "<ledger>" ? ledger : f));
    const r = await cli("report", folder, ...args, "--lang", lang);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(chaseLines(r.out)).toEqual(expected);
    // the same lines summary prints for the same files and day (one rule, one wording)
    const s = await cli("summary", folder, ...args, "--lang", lang);
    expect(chaseLines(s.out)).toEqual(expected);
  });

  test.each([
    ["zh", "错误：--as-of 应为日期 YYYY-MM-DD（如 2025-01-31），实际为「2019-02-30」\n"],
    ["en", "Error: --as-of should be a date written YYYY-MM-DD (such as 2025-01-31), found \"2019-02-30\"\n"],
  ])("a bad --as-of (%s): one line, summary's, nothing evaluated", async (lang, line) => {
    const r = await cli("report", folder, "--ledger", ledger, "--as-of", "2019-02-30", "--lang", lang);
    expect([r.code, r.out, r.err]).toEqual([1, "", line]);
    expect((await cli("summary", folder, "--ledger", ledger, "--as-of", "2019-02-30", "--lang", lang)).err).toBe(line);
  });
});
