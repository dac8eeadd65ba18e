import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readLedgerBook } from "../../src/cycle/ledgerBook";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { checkGrid } from "../../src/sheet/checkGrid";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { countyReturn } from "../support/countyReturn";

/**
 * Trial 28b, a 衢州 manager's yearly rollover of the folder of returns:
 * F1: a return on another plan (舟山's 定海区 among 衢州's counties) was rolled over into the new folder, made a unit of
 * the new ledger, put both plans on its rows and both ids in the distribute hint. It is now passed over as summary and
 * report pass it over (the plan the old ledger records, else most units'), named in one line.
 * F2: one cover without 填报单位 refused the whole folder. It is now rolled over as the unit its distributed file name
 * names (as summary and report take it), said in one line; with no such unit, that file alone is left out with its line.
 */
const dir = mkdtempSync(join(tmpdir(), "rollover-other-plan-"));
const zs = findTemplate("zhoushan-2021-2025") as Template;
const qz = findTemplate("quzhou-2021-2025") as Template;
const ledger = join(dir, "下发", "报送台账.xlsx");

// a return: its file name, the 填报单位 on its cover ("" for none), its plan
type File = [string, string, Template];
const zhoushan = (name: string, unit: string): File => [name, unit, zs];

beforeAll(async () => {
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区,岱山县", "--out-dir", join(dir, "下发"))).code).toBe(0);
}, 60000);

async function folder(name: string, files: readonly File[]): Promise<string> {
  const f = join(dir, name);
  mkdirSync(f);
  for (const [file, unit, t] of files) await countyReturn(f, file, unit, 0.01 * file.length, [t]);
  return f;
}

const unitOnCover = async (file: string): Promise<string> => {
  const r = checkGrid(await readXlsxZip(readFileSync(file)));
  if (!r.ok) throw new Error(r.message);
  return r.report.reportingUnit;
};

// [why, the folder's returns, --ledger given, the units rolled over, the new ledger's units, lines said, words said nowhere]
test.each<[string, File[], boolean, string[], string[], RegExp[], RegExp[]]>([
  ["another plan's return, with the old ledger: passed over, no unit of the new ledger, its plan not in the hint",
    [zhoushan("2023-定海区.xlsx", "定海区"), zhoushan("2023-岱山县.xlsx", "岱山县"), ["2023-柯城区.xlsx", "柯城区", qz]], true,
    ["定海区", "岱山县"], ["定海区", "普陀区", "岱山县"],
    [/^柯城区：收到的文件无法换年度（是另一规划「“十四五”衢州市公共服务提升主要指标目标表」的填报.*：.*2023-柯城区\.xlsx$/, /^共生成 2 份 2024 年度填报，.*；1 个文件未换年度（见上）$/, /^ {2}普陀区：rollover "普陀区最近一次的填报" --year 2024 --out /, /^从未报送过填报的单位才下发空表：distribute zhoushan-2021-2025 --year 2024 --units "单位名称" /],
    [/quzhou-2021-2025/]],
  ["another plan's return, no ledger: the plan most units' returns are on",
    [zhoushan("2023-定海区.xlsx", "定海区"), zhoushan("2023-岱山县.xlsx", "岱山县"), ["2023-柯城区.xlsx", "柯城区", qz]], false,
    ["定海区", "岱山县"], ["定海区", "岱山县"],
    [/^柯城区：收到的文件无法换年度（是另一规划/], [/quzhou-2021-2025/]],
  ["a cover without 填报单位, its distributed name in the old ledger: rolled over as that unit",
    [zhoushan("2023-定海区.xlsx", "定海区"), zhoushan("2023-普陀区.xlsx", "")], true,
    ["定海区", "普陀区"], ["定海区", "普陀区", "岱山县"],
    [/^.*2023-普陀区\.xlsx：「填报说明」表 C4 的填报单位是空的；文件名是下发给普陀区的（distribute 的文件名），按普陀区的填报换年度，新文件「填报说明」表的填报单位填普陀区$/], [/^错误：/m]],
  ["a cover without 填报单位, no ledger: that file alone left out, the rest rolled over",
    [zhoushan("2023-定海区.xlsx", "定海区"), zhoushan("2023-普陀区.xlsx", "")], false,
    ["定海区"], ["定海区"],
    [/^未换年度：.*2023-普陀区\.xlsx：「填报说明」表 C4 的填报单位是空的，也没有原年度的报送台账可按文件名认出单位（可加 --ledger 下发\/报送台账\.xlsx），无法按单位命名新文件/, /；1 个文件未换年度（见上）$/], []],
  ["a cover without 填报单位, its name no unit's of the old ledger: that file alone left out",
    [zhoushan("2023-定海区.xlsx", "定海区"), zhoushan("普陀区最终版.xlsx", "")], true,
    ["定海区"], ["定海区", "普陀区", "岱山县"],
    [/^未换年度：.*普陀区最终版\.xlsx：「填报说明」表 C4 的填报单位是空的，文件名也不是报送台账中单位的（distribute 的文件名），无法按单位命名新文件/], []],
])("%s", async (why, files, withLedger, rolled, units, said, never) => {
  const name = `f${why.length}-${files.length}-${withLedger ? 1 : 0}`;
  const got = await folder(name, files);
  const out = join(dir, `新-${name}`);
  const r = await cli("rollover", got, "--year", "2024", "--out-dir", out, ...(withLedger ? ["--ledger", ledger] : []));
  expect([r.code, r.err]).toEqual([0, ""]);
  expect(readdirSync(out).sort()).toEqual([...rolled.map((u) => `2024-${u}.xlsx`), "报送台账.xlsx"].sort());
  // the new cover names its unit, the one told by its file name too
  for (const u of rolled) expect(await unitOnCover(join(out, `2024-${u}.xlsx`))).toBe(u);
  const book = readLedgerBook(await readXlsxZip(readFileSync(join(out, "报送台账.xlsx"))));
  expect(book?.units.map((u) => u.unit)).toEqual(units);
  expect(book?.templates).toEqual(["zhoushan-2021-2025"]);
  const lines = r.out.trim().split("\n");
  for (const s of said) expect(lines.filter((l) => s.test(l))).toHaveLength(1);
  for (const s of never) expect(r.out).not.toMatch(s);
}, 120000);

test.each<[string, File[], RegExp]>([
  ["as many units on each plan, no ledger", [zhoushan("2023-定海区.xlsx", "定海区"), ["2023-柯城区.xlsx", "柯城区", qz]], /^错误：这些填报分属 2 个规划，所用的填报单位一样多，无法判断换年度哪一个规划/],
])("refuses %s, and writes nothing", async (why, files, message) => {
  const name = `r${why.length}`;
  const got = await folder(name, files);
  const out = join(dir, `新-${name}`);
  const r = await cli("rollover", got, "--year", "2024", "--out-dir", out);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(message);
  expect(existsSync(out)).toBe(false);
}, 60000);

test.each<[string, string, RegExp[]]>([
  ["a cover without 填报单位: said, the new cover's unit blank too", "", [/^.*2023-普陀区\.xlsx：「填报说明」表 C4 的填报单位是空的，新文件 .*k\.xlsx 的也是空的；请在新文件的「填报说明」表 C4 填写填报单位后再下发$/]],
  ["a cover with its unit: nothing said of it", "普陀区", []],
])("one file with --out, %s", async (why, unit, said) => {
  const got = await folder(`one${why.length}`, [zhoushan("2023-普陀区.xlsx", unit)]);
  const out = join(got, "k.xlsx");
  const r = await cli("rollover", join(got, "2023-普陀区.xlsx"), "--year", "2024", "--out", out);
  expect([r.code, r.err]).toEqual([0, ""]);
  expect(await unitOnCover(out)).toBe(unit);
  const lines = r.out.trim().split("\n");
  for (const s of said) expect(lines.filter((l) => s.test(l))).toHaveLength(1);
  expect(lines.filter((l) => l.includes("「填报说明」表 C4 的填报单位是空的"))).toHaveLength(said.length);
}, 60000);
