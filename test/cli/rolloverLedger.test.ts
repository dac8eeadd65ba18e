import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readLedgerBook } from "../../src/cycle/ledgerBook";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { cli } from "../support/cli";
import { fillDistributed } from "../support/countyReturn";

/**
 * A manager's trial: `rollover 收到/ --out-dir …` called the folder's 报送台账.xlsx 不是规划指标填报工作簿,
 * wrote the new ledger in file-name order, and its closing hint named neither the units that sent
 * nothing nor all the units. The old year's ledger in a folder is recognised: its order is the new
 * ledger's, and its units without a return to roll over are named, with every unit in --units.
 */
const dir = mkdtempSync(join(tmpdir(), "rollover-ledger-"));
const sent = join(dir, "下发");
const got = join(dir, "收到");
const noLedger = join(dir, "无台账");

beforeAll(async () => {
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区,岱山县,嵊泗县", "--deadline", "2024-01-31", "--out-dir", sent)).code).toBe(0);
  // each return holds a value of its year: one sent back blank is said as such (rolloverYearBlank), not what this is about
  const filled = [{ template: "zhoushan-2021-2025", id: "zs21-24", key: "in:2023", value: 6.8 }];
  await fillDistributed(sent, 2023, { 普陀区: filled, 定海区: filled });
  for (const d of [got, noLedger]) {
    mkdirSync(d);
    // file names that sort against the ledger's order: 普陀区 before 定海区
    copyFileSync(join(sent, "2023-普陀区.xlsx"), join(d, "a普陀区.xlsx"));
    copyFileSync(join(sent, "2023-定海区.xlsx"), join(d, "b定海区.xlsx"));
  }
  copyFileSync(join(sent, "报送台账.xlsx"), join(got, "报送台账.xlsx"));
}, 60000);

// a second trial: 柯城区 sent nothing and fell out of the new ledger, so next year's --ledger counted one unit fewer and
// never chased it. Every unit of the old ledger stays, in its order; one without a new file says why under 备注, and the
// last line says to distribute to it (beside the new ledger, not over it)
const UNSENT = "今年未报送，未生成文件";
test.each<[string, string, string[], Array<[string, string, string?]>, (out: string) => string]>([
  ["the folder's ledger of 2023: every unit in its order, those without a return marked", got, [],
    [["定海区", "2024-定海区.xlsx"], ["普陀区", "2024-普陀区.xlsx"], ["岱山县", "2024-岱山县.xlsx", UNSENT], ["嵊泗县", "2024-嵊泗县.xlsx", UNSENT]],
    (out) => `从未报送过填报的单位才下发空表：distribute zhoushan-2021-2025 --year 2024 --units "单位名称" --deadline 2025-01-31 --out-dir ${out}-补发，再把生成的填报移入 ${out}/（不要用补发的报送台账替换新台账）`],
  ["in English", got, ["--lang", "en"],
    [["定海区", "2024-定海区.xlsx"], ["普陀区", "2024-普陀区.xlsx"], ["岱山县", "2024-岱山县.xlsx", UNSENT], ["嵊泗县", "2024-嵊泗县.xlsx", UNSENT]],
    (out) => `Only a unit that never sent a return gets a blank form: distribute zhoushan-2021-2025 --year 2024 --units "unit name" --deadline 2025-01-31 --out-dir ${out}-more, then move the returns into ${out}/ (keep the new ledger there, not the one distribute writes)`],
  ["no ledger: the files' order, and the general note", noLedger, [], [["普陀区", "2024-普陀区.xlsx"], ["定海区", "2024-定海区.xlsx"]],
    // a trial read 注意 as a fault when every unit had rolled over: without the old ledger it is not known, said so
    () => "文件夹中没有原年度的报送台账，也未用 --ledger 给出，无从知道哪些单位应报而未报：新台账列出换年度的 2 个单位（按文件名顺序）；台账在别处的（如 distribute 写出的 下发/报送台账.xlsx），请加 --ledger 下发/报送台账.xlsx --force 重新换年度；如另有今年未报送的单位，请用 distribute --units 为其下发，汇总时改用 --units 列出全部应报单位（如 --units 普陀区,定海区,… --deadline 2025-01-31）"],
  // trial X kept the ledger where distribute wrote it (下发/, as the guide says) and rollover had no --ledger: it is
  // given with --ledger, and used as a ledger found in the folder is
  ["--ledger where distribute wrote it: every unit in its order, those without a return marked", noLedger, ["--ledger", join(sent, "报送台账.xlsx")],
    [["定海区", "2024-定海区.xlsx"], ["普陀区", "2024-普陀区.xlsx"], ["岱山县", "2024-岱山县.xlsx", UNSENT], ["嵊泗县", "2024-嵊泗县.xlsx", UNSENT]],
    (out) => `从未报送过填报的单位才下发空表：distribute zhoushan-2021-2025 --year 2024 --units "单位名称" --deadline 2025-01-31 --out-dir ${out}-补发，再把生成的填报移入 ${out}/（不要用补发的报送台账替换新台账）`],
  ["no ledger, in English: the general note names --ledger", noLedger, ["--lang", "en"], [["普陀区", "2024-普陀区.xlsx"], ["定海区", "2024-定海区.xlsx"]],
    () => "The folder holds no ledger (报送台账) of the old year and none was given with --ledger, so which units owed a return and sent none cannot be told: the new ledger lists the 2 units rolled over (in file-name order); if the ledger is elsewhere (such as 下发/报送台账.xlsx, where distribute wrote it), roll over again with --ledger 下发/报送台账.xlsx --force; if another unit sent no return this year, distribute to it with distribute --units, and summarise with --units naming every unit expected (such as --units 普陀区,定海区,… --deadline 2025-01-31)"],
])("%s", async (_name, folder, flags, units, last) => {
  const out = mkdtempSync(join(dir, "out-"));
  // --out-dir written with a trailing slash, as a manager types it
  const r = await cli("rollover", folder, "--year", "2024", "--out-dir", `${out}/`, "--deadline", "2025-01-31", ...flags);
  expect([r.code, r.err]).toEqual([0, ""]);
  const lines = r.out.trim().split("\n");
  expect(lines[lines.length - 1]).toBe(last(out));
  if (folder === got) expect(lines).toContain(flags.length ? `Ledger (报送台账, 2023): ${join(got, "报送台账.xlsx")}, not rolled over; the new ledger keeps its order of units` : `报送台账（2023 年度）：${join(got, "报送台账.xlsx")}，不换年度；新台账按其中的单位顺序`);
  const book = readLedgerBook(await readXlsxZip(readFileSync(join(out, "报送台账.xlsx"))));
  expect(book?.units.map((u) => [u.unit, u.file, ...(u.note ? [u.note] : [])])).toEqual(units);
  expect(book?.year).toBe(2024);
}, 60000);

// --ledger is refused as summary's is (reused: cycleOptions), and where it cannot be the old year's; nothing is written
test.each<[string, boolean, (out: string) => string[], (out: string) => string]>([
  ["not a ledger", false, () => ["--ledger", join(sent, "2023-定海区.xlsx")], () => `${join(sent, "2023-定海区.xlsx")}：不是报送台账（未找到 plan-returns 写出的「报送台账」表）`],
  ["the same unit in two ledgers", false, () => ["--ledger", join(sent, "报送台账.xlsx"), "--ledger", join(got, "报送台账.xlsx")],
    () => `「定海区」在两份报送台账中都有（${join(sent, "报送台账.xlsx")}、${join(got, "报送台账.xlsx")}）：应报单位会多算一个；请从其中一份删去它，或只给其中一份 --ledger`],
  // out: a folder distribute wrote for 2024 (its ledger the new year's)
  ["the new year's ledger", true, (out) => ["--ledger", join(out, "报送台账.xlsx")], (out) => `${join(out, "报送台账.xlsx")} 是 2024 年度的报送台账，即要换到的年度：--ledger 请给出原年度的报送台账（distribute 下发填报时写出的，如 下发/报送台账.xlsx）`],
])("--ledger refused: %s", async (_name, newYear, flags, said) => {
  const out = mkdtempSync(join(dir, "refused-"));
  if (newYear) expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2024", "--units", "定海区", "--out-dir", out)).code).toBe(0);
  const before = readdirSync(out);
  const r = await cli("rollover", noLedger, "--year", "2024", "--out-dir", out, ...flags(out));
  expect([r.code, r.out, r.err]).toEqual([1, "", `错误：${said(out)}\n`]);
  expect(readdirSync(out)).toEqual(before);
}, 60000);

test("--ledger with --out (one return) is refused: it is for a folder's new ledger", async () => {
  const r = await cli("rollover", join(noLedger, "b定海区.xlsx"), "--year", "2024", "--out", join(dir, "one.xlsx"), "--ledger", join(sent, "报送台账.xlsx"));
  expect([r.code, r.err]).toEqual([1, "错误：--ledger 与 --out-dir 同用（按原年度的报送台账列出全部应报单位，写出新台账）；一份填报用 --out 换年度时不用台账\n"]);
}, 60000);

// a fresh user's trial: for an imported plan the hint said `distribute imported-2020-2025-84a4cf8c …`, which
// answers 未知模板 (an imported plan is no catalog id): it names the template file by --from instead, and the
// plan by its title, not its id (trial O read imported-2025-2030-03ab9387 是导入的规划)
test.each<[string, string[], (out: string) => string]>([
  ["zh", [], (out) => `从未报送过填报的单位才下发空表：distribute --from "模板文件.json" --year 2024 --units "单位名称" --deadline 2025-01-31 --out-dir ${out}-补发（「“十四五”公共服务主要指标目标表」 是导入的规划，不在模板目录中：--from 后写导入时生成的模板文件），再把生成的填报移入 ${out}（不要用补发的报送台账替换新台账）`],
  ["en", ["--lang", "en"], (out) => `Only a unit that never sent a return gets a blank form: distribute --from "template.json" --year 2024 --units "unit name" --deadline 2025-01-31 --out-dir ${out}-more ("“十四五”公共服务主要指标目标表": an imported plan, not in the catalog: give the template file import wrote after --from), then move the returns into ${out} (keep the new ledger there, not the one distribute writes)`],
])("an imported plan's hint names its template file (%s)", async (_lang, flags, last) => {
  const t = { ...JSON.parse(readFileSync(join(__dirname, "../../seeds/zhoushan-2021-2025.json"), "utf8")), id: "imported-roll-1" };
  const home = mkdtempSync(join(dir, "imported-"));
  const file = join(home, "t.json");
  writeFileSync(file, JSON.stringify(t));
  const sentHere = join(home, "下发"), gotHere = join(home, "收到");
  expect((await cli("distribute", "--from", file, "--year", "2023", "--units", "定海区,岱山县", "--out-dir", sentHere)).code).toBe(0);
  mkdirSync(gotHere);
  copyFileSync(join(sentHere, "2023-定海区.xlsx"), join(gotHere, "2023-定海区.xlsx"));
  copyFileSync(join(sentHere, "报送台账.xlsx"), join(gotHere, "报送台账.xlsx"));
  const out = join(home, "out");
  const r = await cli("rollover", gotHere, "--year", "2024", "--out-dir", out, "--deadline", "2025-01-31", ...flags);
  expect([r.code, r.err]).toEqual([0, ""]);
  const lines = r.out.trim().split("\n");
  expect(lines[lines.length - 1]).toBe(last(out));
}, 60000);

// trial35 M3: after a mid-term amendment the hint said `distribute --from …` for a unit that sent nothing (a blank form: its
// earlier years' values lost, as the guide warns) and `rollover 文件` without --from for a unit on the old version (the old
// form again). Each unit's latest return is the source, with --from the amended template (the one given, else its file named)
describe("after a mid-term amendment, the hint rolls each unit's latest return over onto the amended plan", () => {
  const home = mkdtempSync(join(dir, "amended-"));
  const plan = join(home, "t.json"), amended = join(home, "t-调整.json");
  const gotHere = join(home, "收到2023");
  beforeAll(async () => {
    const t = { ...JSON.parse(readFileSync(join(__dirname, "../../seeds/zhoushan-2021-2025.json"), "utf8")), id: "imported-roll-2" };
    writeFileSync(plan, JSON.stringify(t));
    const first = t.indicators[0];
    // as a trial's: one target changed, one indicator added (the old version has a row fewer)
    const added = { ...first, id: "added-1", name: "新增的指标", revisions: undefined };
    writeFileSync(amended, JSON.stringify({ ...t, indicators: [{ ...first, target: `${first.target}0` }, ...t.indicators.slice(1), added] }));
    const sent = join(home, "下发2022");
    expect((await cli("distribute", "--from", plan, "--year", "2022", "--units", "定海区,岱山县,嵊泗县,普陀区", "--out-dir", sent)).code).toBe(0);
    // the amending rollover of 2023 (its ledger lists all four); 岱山县 sent nothing back, 嵊泗县 kept the old version
    expect((await cli("rollover", sent, "--year", "2023", "--from", amended, "--out-dir", gotHere)).code).toBe(0);
    rmSync(join(gotHere, "2023-岱山县.xlsx"));
    expect((await cli("rollover", join(sent, "2022-嵊泗县.xlsx"), "--year", "2023", "--out", join(gotHere, "2023-嵊泗县.xlsx"), "--force")).code).toBe(0);
  }, 120000);

  test.each<[string, string[], (out: string) => string[]]>([
    ["zh, without --from: the amended template's file named", [], (out) => [
      `注意：岱山县、嵊泗县 未生成 2024 年度的填报（岱山县 今年未报送；嵊泗县 收到的文件无法换年度，见上），新台账仍列出（备注写明原因）：请用各单位最近一次的填报换年度（以前各年的数值一并带入；不要用 distribute 下发空表，那样以前各年的数值全部丢失），新文件直接写入 ${out}（"模板文件.json" 指调整后的规划导入时生成的模板文件）：`,
      `  岱山县：rollover "岱山县最近一次的填报" --year 2024 --from "模板文件.json" --out ${join(out, "2024-岱山县.xlsx")}`,
      `  嵊泗县：rollover ${join(gotHere, "2023-嵊泗县.xlsx")} --year 2024 --from "模板文件.json" --out ${join(out, "2024-嵊泗县.xlsx")}`]],
    ["en, without --from", ["--lang", "en"], (out) => [
      `Note: no 2024 return was written for 岱山县, 嵊泗县 (岱山县 sent nothing this year; The file received from 嵊泗县 could not be rolled over, see above); the new ledger still lists them, why under 备注: roll over each unit's latest return (its earlier years' values are carried; a blank form from distribute would lose them all), writing straight into ${out} ("template.json": the template file import wrote for the amended plan):`,
      `  岱山县: rollover "岱山县's latest return" --year 2024 --from "template.json" --out ${join(out, "2024-岱山县.xlsx")}`,
      `  嵊泗县: rollover ${join(gotHere, "2023-嵊泗县.xlsx")} --year 2024 --from "template.json" --out ${join(out, "2024-嵊泗县.xlsx")}`]],
    // with --from, the old version's return is rolled onto the amended plan in the same run (dev35g, trial35 M1/M5):
    // only the unit that sent nothing is left, its latest return named with that file
    ["zh, with --from: that file; the old version's return rolled onto it", ["--from", amended], (out) => [
      `注意：岱山县 未生成 2024 年度的填报（岱山县 今年未报送），新台账仍列出（备注写明原因）：请用各单位最近一次的填报换年度（以前各年的数值一并带入；不要用 distribute 下发空表，那样以前各年的数值全部丢失），新文件直接写入 ${out}：`,
      `  岱山县：rollover "岱山县最近一次的填报" --year 2024 --from ${amended} --out ${join(out, "2024-岱山县.xlsx")}`]],
  ])("%s", async (_name, flags, said) => {
    const out = mkdtempSync(join(home, "out-"));
    const r = await cli("rollover", gotHere, "--year", "2024", "--out-dir", out, ...flags);
    expect([r.code, r.err]).toEqual([0, ""]);
    const lines = r.out.trim().split("\n");
    const want = said(out);
    expect(lines.slice(-(want.length + 1), -1)).toEqual(want);
    expect(lines[lines.length - 1]).toMatch(/^(从未报送过填报的单位才下发空表|Only a unit that never sent a return gets a blank form): distribute|^从未报送过填报的单位才下发空表：distribute/);
    // rolled in this run (--from given): 嵊泗县's 2024 return is on the amended plan already
    if (!want.some((l) => l.includes("嵊泗县"))) {
      expect((await cli("check", join(out, "2024-嵊泗县.xlsx"), "--json")).code).toBe(0);
      return;
    }
    // the advice for 嵊泗县, as given (the template file put in), makes the amended form with its earlier years carried
    const advised = lines[lines.length - 2]!.replace(/^ +\S+?[：:] ?rollover /, "").replace(/"(模板文件\.json|template\.json)"/, amended).split(" ");
    const done = await cli("rollover", ...advised);
    expect([done.code, done.err]).toEqual([0, ""]);
    expect(done.out).toMatch(/换用调整后的模板/);
  }, 120000);
});

// trial35 M3, the kept ledger's line: it said `distribute (--units …)` for a unit that sent nothing (a blank form, its earlier
// years lost); it now says to roll over the unit's latest return, distribute only for a unit that never sent one
test.each<[string, string[], string]>([
  ["zh", [], `请用其最近一次的填报换年度（rollover "该单位最近一次的填报" --year 2024 --out "新文件"，以前各年的数值一并带入），从未报送过的单位才用 distribute（--units 岱山县,嵊泗县）下发空表；`],
  ["en", ["--lang", "en"], `roll over each one's latest return (rollover "its latest return" --year 2024 --out "new file", its earlier years' values carried); only a unit that never sent a return gets a blank form from distribute (--units 岱山县,嵊泗县); `],
])("a ledger kept in --out-dir: the units that sent nothing are rolled over from their latest return (%s)", async (_lang, flags, said) => {
  const out = mkdtempSync(join(dir, "kept-"));
  // a ledger already there (not --force): kept, the units without a return named in rolled_ledger_unsent
  copyFileSync(join(sent, "报送台账.xlsx"), join(out, "报送台账.xlsx"));
  const r = await cli("rollover", got, "--year", "2024", "--out-dir", out, ...flags);
  expect([r.code, r.err]).toEqual([0, ""]);
  const lines = r.out.trim().split("\n");
  expect(lines[lines.length - 1]).toContain(said);
}, 60000);

// trial39a F4: the advice for a unit that sent nothing left out --deadline, so following it wrote a return whose cover's
// 报送截止日期 was blank (新填报未写报送截止日期). It carries the run's --deadline, and quotes a path holding a space
describe("the advice for a unit that sent nothing carries the run's --deadline", () => {
  /** A printed command line's arguments, as a shell splits it: words, a double-quoted one as one. */
  const argsOf = (line: string): string[] => (line.match(/"[^"]*"|\S+/g) ?? []).map((a) => a.replace(/^"(.*)"$/, "$1"));
  test.each<[string, string[], string, (out: string) => string[]]>([
    ["zh, --deadline given", ["--deadline", "2025-01-31"], "新填报未写报送截止日期",
      (out) => ["岱山县", "嵊泗县"].map((u) => `  ${u}：rollover "${u}最近一次的填报" --year 2024 --deadline 2025-01-31 --out "${join(out, `2024-${u}.xlsx`)}"`)],
    ["en, --deadline given", ["--deadline", "2025-01-31", "--lang", "en"], "no deadline (add --deadline",
      (out) => ["岱山县", "嵊泗县"].map((u) => `  ${u}: rollover "${u}'s latest return" --year 2024 --deadline 2025-01-31 --out "${join(out, `2024-${u}.xlsx`)}"`)],
    ["zh, none given: none carried", [], "",
      (out) => ["岱山县", "嵊泗县"].map((u) => `  ${u}：rollover "${u}最近一次的填报" --year 2024 --out "${join(out, `2024-${u}.xlsx`)}"`)],
  ])("%s", async (_name, flags, blankNote, said) => {
    // a folder with a space, as a Windows user's 新 建文件夹 may be: the --out path is quoted
    const out = join(mkdtempSync(join(dir, "advice-")), "下发 2024");
    const r = await cli("rollover", got, "--year", "2024", "--out-dir", out, ...flags);
    expect([r.code, r.err]).toEqual([0, ""]);
    const lines = r.out.trim().split("\n");
    const want = said(out);
    expect(lines.filter((l) => / {2}\S+[：:] ?rollover /.test(l))).toEqual(want);
    // followed (the unit's latest return put in): the new return has its deadline, said of nothing
    const advised = argsOf(want[0]!.replace(/^ +\S+?[：:] ?rollover /, "")).map((a) => (/最近一次的填报|latest return/.test(a) ? join(sent, "2023-岱山县.xlsx") : a));
    const done = await cli("rollover", ...advised, ...(flags.includes("en") ? ["--lang", "en"] : []));
    expect([done.code, done.err]).toEqual([0, ""]);
    if (blankNote !== "") expect(done.out).not.toContain(blankNote);
  }, 60000);

  test.each<[string, string[], string]>([
    ["zh", [], `rollover "该单位最近一次的填报" --year 2024 --deadline 2025-01-31 --out "新文件"`],
    ["en", ["--lang", "en"], `rollover "its latest return" --year 2024 --deadline 2025-01-31 --out "new file"`],
  ])("a ledger kept: its line carries --deadline too (%s)", async (_lang, flags, said) => {
    const out = mkdtempSync(join(dir, "kept-deadline-"));
    copyFileSync(join(sent, "报送台账.xlsx"), join(out, "报送台账.xlsx"));
    const r = await cli("rollover", got, "--year", "2024", "--out-dir", out, "--deadline", "2025-01-31", ...flags);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toContain(said);
  }, 60000);
});
