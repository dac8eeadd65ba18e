import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";

/**
 * Trial 39c F2–F4 (evaluation-rules §8b, §8c): `check --previous` with another county's return compared it silently (26
 * false 上年报送为… flags), a --previous of the same year was used as last year's, a county's return given as --city passed
 * unsaid, and the 报送台账 given as --previous was called a return copied into a new workbook, exit 1. Each mismatch is
 * now one line naming what the file is and what is wanted (exit 1: the command line names the wrong file), the same in
 * check, review and summary; a --previous that is no return (the ledger, a missing file) is a file problem, exit 2.
 */
const ZS = "zhoushan-2021-2025";
const dir = mkdtempSync(join(tmpdir(), "context-mismatch-"));
const at = (name: string): string => join(dir, name);

beforeAll(async () => {
  for (const [f, year, unit] of [["定海2023.xlsx", "2023", "定海区"], ["定海2022.xlsx", "2022", "定海区"], ["岱山2022.xlsx", "2022", "岱山县"], ["岱山2023.xlsx", "2023", "岱山县"], ["舟山2023.xlsx", "2023", "舟山市"], ["定海2021.xlsx", "2021", "定海区"]] as const) {
    const r = await cli("template", ZS, "--year", year, "--unit", unit, "--out", at(f));
    expect(r.code).toBe(0);
  }
  const d = await cli("distribute", ZS, "--year", "2022", "--units", "定海区", "--out-dir", at("下发"));
  expect(d.code).toBe(0);
}, 60000);

const own = at("定海2023.xlsx");
const PREVIOUS_UNIT = `${own}：--previous 的填报单位为岱山县，本表为定海区，未作比较：--previous 应为本单位上一年度（2022 年）报送的填报`;
const PREVIOUS_YEAR = (y: number): string => `${own}：--previous 的填报是 ${y} 年度的，本表为 2023 年度，未作比较：--previous 应为上一年度（2022 年）报送的填报`;
const CITY_UNIT = `${own}：--city 的填报单位为岱山县，不是规划所属的舟山市，未作比较：--city 应为舟山市本级报送的同一年度填报`;

describe("a --previous or --city return that does not fit is one line, exit 1, nothing compared", () => {
  test.each<[string, string[], string]>([
    ["check --previous of another unit", ["check", own, "--previous", at("岱山2022.xlsx")], PREVIOUS_UNIT],
    ["check --previous of the same year", ["check", own, "--previous", at("定海2023.xlsx")], PREVIOUS_YEAR(2023)],
    ["check --previous two years back", ["check", own, "--previous", at("定海2021.xlsx")], PREVIOUS_YEAR(2021)],
    ["check --city a county's return", ["check", own, "--city", at("岱山2023.xlsx")], CITY_UNIT],
    ["review --previous of another unit", ["review", own, "--previous", at("岱山2022.xlsx"), "--out", at("审核.xlsx")], PREVIOUS_UNIT],
    ["review --city a county's return", ["review", own, "--city", at("岱山2023.xlsx"), "--out", at("审核.xlsx")], CITY_UNIT],
    ["summary --previous of the same year", ["summary", own, "--previous", at("定海2023.xlsx"), "--out", at("汇总.xlsx")], PREVIOUS_YEAR(2023)],
  ])("%s", async (_what, args, line) => {
    const r = await cli(...args);
    expect({ code: r.code, out: r.out, err: r.err.trim().split("\n").filter((l) => !l.startsWith("错误：")) }).toEqual({ code: 1, out: "", err: [line] });
  }, 60000);

  test.each<[string, string[], RegExp]>([
    ["--previous of another unit", ["--previous", at("岱山2022.xlsx")], /--previous: That return is 岱山县's, this one is 定海区's, so nothing was compared; give the return this unit sent last year \(2022\)$/],
    ["--previous of the same year", ["--previous", at("定海2023.xlsx")], /--previous: That return is for 2023, this one for 2023, so nothing was compared; give the return sent last year \(for 2022\)$/],
    ["--city a county's return", ["--city", at("岱山2023.xlsx")], /--city: That return is 岱山县's, not that of 舟山市, whose plan it is, so nothing was compared; give 舟山市's own return for the same year$/],
  ])("check %s, in English", async (_what, opts, says) => {
    const r = await cli("check", own, ...opts, "--lang", "en");
    expect([r.code, r.err.trim()]).toEqual([1, expect.stringMatching(says)]);
  }, 60000);

  test.each<[string, string[]]>([
    ["--previous of the unit's year before", ["--previous", at("定海2022.xlsx")]],
    ["--city the city's own return", ["--city", at("舟山2023.xlsx")]],
  ])("check %s: compared as before, exit 0", async (_what, opts) => {
    const r = await cli("check", own, ...opts);
    expect([r.code, r.err]).toEqual([0, ""]);
  }, 60000);
});

describe("a --previous file that is no return is a file problem: exit 2", () => {
  test.each<[string, string, RegExp]>([
    ["the 报送台账", join("下发", "报送台账.xlsx"), /^--previous .*报送台账\.xlsx：是报送台账（[^）]+），不是填报/],
    ["a missing file", "gone.xlsx", /gone\.xlsx/],
  ])("%s", async (_what, file, says) => {
    const r = await cli("check", own, "--previous", at(file));
    expect([r.code, r.out, r.err.trim().split("\n")]).toEqual([2, "", [expect.stringMatching(says)]]);
    expect(r.err).not.toContain("复制到了新工作簿");
  }, 60000);
});
