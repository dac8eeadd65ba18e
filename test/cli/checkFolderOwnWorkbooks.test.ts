import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";

/**
 * A manager's trial: `check 收到/` exited 2 and counted 报送台账.xlsx as 无法核对, though the guide
 * tells managers to keep the ledger in that folder (and `summary --out` writes there). The ledger
 * and a summary found in a folder are passed over with one line each (JSON Lines: `{"file",
 * "skipped"}`), not errors; any other workbook that is no return still is one. A .csv gets its own
 * fix line (it cannot be made a return again).
 */
const dir = mkdtempSync(join(tmpdir(), "check-own-"));
const got = join(dir, "收到");
const withCsv = join(dir, "带csv");
const one = join(dir, "一份");

beforeAll(async () => {
  const r = await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区", "--out-dir", got);
  expect(r.code).toBe(0);
  const s = await cli("summary", got, "--ledger", join(got, "报送台账.xlsx"), "--out", join(got, "汇总.xlsx"));
  expect(s.code).toBe(0);
  mkdirSync(withCsv);
  copyFileSync(join(got, "2023-定海区.xlsx"), join(withCsv, "2023-定海区.xlsx"));
  writeFileSync(join(withCsv, "普陀区.csv"), "指标,2023\n地区生产总值,1234\n");
  mkdirSync(one);
  copyFileSync(join(got, "2023-定海区.xlsx"), join(one, "2023-定海区.xlsx"));
}, 60000);

test.each<[string, () => string, string[], number, string[], string]>([
  ["the ledger and the summary kept with the returns are passed over", () => got,
    [], 0, [`略过（报送台账，不是填报）：${join(got, "报送台账.xlsx")}`, `略过（汇总表，不是填报）：${join(got, "汇总.xlsx")} 汇总了定海区、普陀区（2 个单位）`], "共 4 个文件：已核对 2 个，无法核对 0 个，略过 2 个（报送台账、汇总表）"],
  ["in English", () => got,
    ["--lang", "en"], 0, [`passed over (the 报送台账 ledger, not a return): ${join(got, "报送台账.xlsx")}`, `passed over (a summary, not a return): ${join(got, "汇总.xlsx")} covers 定海区, 普陀区 (2 units)`], "4 files: 2 checked, 0 could not be checked, 2 passed over (ledger, summary)"],
  // the count agrees with its noun (englishCount): it said "1 files"
  ["one file, in English", () => one, ["--lang", "en"], 0, [], "1 file: 1 checked, 0 could not be checked"],
  ["a .csv is named with how to make it a return", () => withCsv,
    [], 2, [], "共 2 个文件：已核对 1 个，无法核对 1 个"],
])("%s", async (_name, folder, flags, code, lines, last) => {
  const r = await cli("check", folder(), ...flags);
  expect(r.code).toBe(code);
  const out = r.out.trim().split("\n");
  for (const l of lines) expect(out).toContain(l);
  expect(out[out.length - 1]).toBe(last);
  if (code === 2) expect(r.err).toBe(`${join(withCsv, "普陀区.csv")}：是 CSV 文本文件，只存有一张表的数值（本工具的隐藏表、公式和格式都已丢失），不能另存为填报工作簿；请用下发的原表（.xlsx）重新填写\n`);
}, 30000);

test("--json: a line {file, skipped} for each, and a .csv's error has reason csv_input", async () => {
  const r = await cli("check", got, "--json");
  expect(r.code).toBe(0);
  const lines = r.out.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines.filter((l) => "skipped" in l)).toEqual([{ file: join(got, "报送台账.xlsx"), skipped: "ledger" }, { file: join(got, "汇总.xlsx"), skipped: "summary", covers: ["定海区", "普陀区"] }]);
  const c = await cli("check", withCsv, "--json");
  expect(c.code).toBe(2);
  expect(c.out.trim().split("\n").map((l) => JSON.parse(l) as { error?: { reason?: string } }).find((l) => l.error)?.error?.reason).toBe("csv_input");
}, 30000);

// named alone, a summary did not say which units it covers, as summary and report say it among returns (in_summary, covers)
test.each<[string, string[], string]>([
  ["check of the summary", [], "汇总.xlsx：是汇总表（summary 写出的），汇总了定海区、普陀区（2 个单位），不是填报，不核对：请给出各单位交回的填报文件"],
  ["in English", ["--lang", "en"], "汇总.xlsx: This is a summary (written by summary) that covers 定海区, 普陀区 (2 units), not a return, so it is not checked: give the returns the units sent back"],
])("%s, named alone: the units it covers", async (_name, flags, said) => {
  const r = await cli("check", join(got, "汇总.xlsx"), ...flags);
  expect(r.code).toBe(2);
  expect(r.err).toBe(`${join(got, said)}\n`);
  const j = await cli("check", join(got, "汇总.xlsx"), "--json", ...flags);
  expect(JSON.parse(j.out)).toEqual({ file: join(got, "汇总.xlsx"), error: { code: "not_plan_returns", message: join(got, said) }, covers: ["定海区", "普陀区"] });
}, 30000);

// named among returns (not in a folder), a summary is an error as named alone, and its JSON line said no `covers` (session 30)
test("--json, a summary named beside a return: its error line says the units it covers", async () => {
  const r = await cli("check", join(got, "2023-定海区.xlsx"), join(got, "汇总.xlsx"), "--json");
  expect(r.code).toBe(2);
  const lines = r.out.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines.find((l) => l.file === join(got, "汇总.xlsx"))).toEqual({ file: join(got, "汇总.xlsx"), error: { code: "not_plan_returns", message: expect.stringContaining("汇总了定海区、普陀区") as unknown }, covers: ["定海区", "普陀区"] });
}, 30000);

// named alone, the ledger said 封面写着填报单位「下发文件」，可能是把填报表复制到了新工作簿 (a trial): it says what it is; exit 2 as before
test.each<[string, string, string, string[]]>([
  ["check of the ledger", "check", "报送台账.xlsx", []],
  ["review of the ledger", "review", "报送台账.xlsx", []],
  ["lock of the summary", "lock", "汇总.xlsx", ["--reviewer", "王审核"]],
  ["check of the ledger in English", "check", "报送台账.xlsx", ["--lang", "en"]],
  // a trial named the ledger to rollover and was told 汇总时用 --ledger, an option rollover did not have: --ledger for all three
  ["rollover of the ledger", "rollover", "报送台账.xlsx", ["--year", "2024", "--out-dir", join(got, "..", "不写")]],
  ["rollover of the ledger in English", "rollover", "报送台账.xlsx", ["--year", "2024", "--out-dir", join(got, "..", "不写"), "--lang", "en"]],
])("%s, named alone: it is the ledger or a summary, not a return copied away", async (_name, command, file, flags) => {
  const r = await cli(command, join(got, file), ...flags);
  expect(r.code).toBe(2);
  expect(r.err).not.toContain("下发文件");
  const en = flags.includes("en");
  expect(r.err).toBe(`${join(got, file)}${en ? ": " : "："}${file === "汇总.xlsx"
    ? "是汇总表（summary 写出的），汇总了定海区、普陀区（2 个单位），不是填报，不核对：请给出各单位交回的填报文件"
    : en ? "This is the 报送台账 ledger (written by distribute or rollover: each unit's state), not a return, so it is not checked: give the returns the units sent back; give the ledger with --ledger (summary, report and rollover take it)"
      : "是报送台账（distribute、rollover 写出的各单位报送状态），不是填报，不核对：请给出各单位交回的填报文件；台账用 --ledger 给出（summary、report、rollover 都用它）"}\n`);
}, 30000);
