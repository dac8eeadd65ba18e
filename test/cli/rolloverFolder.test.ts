import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellText } from "../../src/domain/CellValue";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { readLedgerBook } from "../../src/cycle/ledgerBook";
import { rolloverTargets } from "../../src/cycle/rolloverTargets";
import { COVER_MARK, DEADLINE_CELL } from "../../src/sheet/coverSheet";
import { gridCell } from "../../src/sheet/Grid";
import { KEY_ROW } from "../../src/sheet/keys";
import { checkGrid } from "../../src/sheet/checkGrid";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { setSavedAt } from "../support/savedAt";

/**
 * `rollover` of several returns or a folder (a manager's trial: one file at a time, no --deadline):
 * one new return per unit in --out-dir, named as `distribute` names them, 报送截止日期 from
 * --deadline; workbooks of the folder that are not returns, and returns already of the year,
 * passed over with a line each, as `check` and `summary` do with folders; nothing written when a
 * file named on its own cannot be read or a new return cannot be written (a folder's file that cannot be
 * used: test/cli/unusableInFolder.test.ts). The one-file form is unchanged
 * (test/cli/rollover.test.ts).
 */
const dir = mkdtempSync(join(tmpdir(), "rollover-folder-"));
const got = join(dir, "收到");
const zs = findTemplate("zhoushan-2021-2025") as Template;
const own = join(got, "岱山县自己的台账.xlsx");
const ahead = join(got, "2025-嵊泗县.xlsx");

async function fill(file: string, shift: number, to = file): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(fillInputs(wb, sampleReturn(zs, 2023).filter((e) => typeof e.value === "number").map((e) => ({ ...e, value: (e.value as number) + shift })))).toEqual([]);
  await wb.xlsx.writeFile(to);
}

async function newReturn(file: string): Promise<{ year: number; unit: string; deadline: string }> {
  const g = await readXlsxZip(readFileSync(file));
  const r = checkGrid(g);
  if (!r.ok) throw new Error(r.message);
  const cover = g.sheets.find((s) => cellText(gridCell(s, KEY_ROW, 1)) === COVER_MARK)!;
  return { year: r.report.year, unit: r.report.reportingUnit, deadline: cellText(gridCell(cover, DEADLINE_CELL.row, DEADLINE_CELL.col)) };
}

beforeAll(async () => {
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区", "--deadline", "2024-01-31", "--out-dir", got)).code).toBe(0);
  await fill(join(got, "2023-定海区.xlsx"), 0);
  await fill(join(got, "2023-普陀区.xlsx"), 0.5);
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1").getCell("A1").value = "岱山县的记录";
  await wb.xlsx.writeFile(own);
  expect((await cli("template", "zhoushan-2021-2025", "--year", "2025", "--unit", "嵊泗县", "--out", ahead)).code).toBe(0);
}, 60000);

describe("rollover of several returns or a folder, into --out-dir", () => {
  test.each<[string, (out: string) => string[], string[], string[]]>([
    ["a folder, with --deadline", (out) => [got, "--out-dir", out, "--deadline", "2026-01-31"], ["2025-定海区.xlsx", "2025-普陀区.xlsx"],
      [`未换年度（不是规划指标填报工作簿）：${own}`, `报送台账（2023 年度）：${join(got, "报送台账.xlsx")}，不换年度；新台账按其中的单位顺序`, `未换年度（已是 2025 年度的填报）：${ahead}`]],
    ["two files named", (out) => [join(got, "2023-普陀区.xlsx"), join(got, "2023-定海区.xlsx"), "--out-dir", out], ["2025-普陀区.xlsx", "2025-定海区.xlsx"], []],
    ["one file into a folder", (out) => [join(got, "2023-定海区.xlsx"), "--out-dir", out], ["2025-定海区.xlsx"], []],
  ])("%s: one new return per unit, named as distribute names them", async (name, args, written, skipped) => {
    const out = join(dir, `新-${name}`);
    const before = readdirSync(got).map((f) => [f, readFileSync(join(got, f)).toString("base64")]);
    const r = await cli("rollover", ...args(out), "--year", "2025");
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(readdirSync(out).sort()).toEqual([...written, "报送台账.xlsx"].sort());
    const deadline = args(out).includes("--deadline");
    for (const f of written) {
      const unit = f.replace(/^2025-|\.xlsx$/g, "");
      const n = await newReturn(join(out, f));
      expect(n).toMatchObject({ year: 2025, unit, deadline: deadline ? "2026年1月31日" : "" });
      expect(r.out).toContain(`已生成 ${join(out, f)}（2025 年度${deadline ? "，截止 2026-01-31" : ""}）：自 ${join(got, `2023-${unit}.xlsx`)}（2023 年度）带入`);
    }
    const lines = r.out.trim().split("\n");
    for (const s of skipped) expect(lines).toContain(s);
    // the folder's own 报送台账 is named as the old year's ledger, not as a workbook that is no return
    expect(lines.filter((l) => l.startsWith("未换年度") || l.startsWith("报送台账（"))).toHaveLength(skipped.length);
    // a trial's "1 个文件未换年度（见上）" meant its 报送台账: the count is of files that could be returns
    const notRolled = skipped.filter((l) => l.startsWith("未换年度")).length;
    expect(lines.find((l) => l.startsWith("共生成"))).toBe(`共生成 ${written.length} 份 2025 年度填报，在 ${out}${notRolled ? `；${notRolled} 个文件未换年度（见上）` : ""}`);
    // the returns read are never written
    expect(readdirSync(got).map((f) => [f, readFileSync(join(got, f)).toString("base64")])).toEqual(before);
  }, 60000);

  test("--lang en", async () => {
    const out = join(dir, "en");
    const r = await cli("rollover", got, "--year", "2025", "--out-dir", out, "--lang", "en");
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toContain(`Not rolled over (not a return): ${own}`);
    expect(r.out).toContain(`Not rolled over (already a return of 2025): ${ahead}`);
    expect(r.out.trim().split("\n").find((l) => l.startsWith("2 returns"))).toBe(`2 returns of 2025 written in ${out}; 2 files not rolled over (see above)`);
  }, 60000);

  test("a unit that sent two versions: the newest is rolled over, the other named", async () => {
    const two = join(dir, "两版");
    mkdirSync(two);
    const [v1, v2] = [join(two, "普陀区-第一版.xlsx"), join(two, "普陀区-第二版.xlsx")];
    await fill(join(got, "2023-普陀区.xlsx"), 1, v2);
    copyFileSync(join(got, "2023-普陀区.xlsx"), v1);
    // the second says no save time (one shared with the first would tie them, trial41a F1): the files' times decide
    await setSavedAt(v2, null);
    utimesSync(v1, new Date("2024-01-20T08:00:00Z"), new Date("2024-01-20T08:00:00Z"));
    utimesSync(v2, new Date("2024-01-25T08:00:00Z"), new Date("2024-01-25T08:00:00Z"));
    const out = join(dir, "两版-新");
    const r = await cli("rollover", two, "--year", "2025", "--out-dir", out);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out.split("\n")).toContain(`普陀区 有 2 份填报，按 ${v2} 换年度（按文件修改时间最晚），未用：${v1}`);
    expect(readdirSync(out)).toEqual(["2025-普陀区.xlsx", "报送台账.xlsx"]);
  }, 60000);

  test.each<[string, (out: string) => string[], number, RegExp]>([
    ["a folder with --out", (out) => [got, "--out", join(out, "x.xlsx")], 1, /^错误：多份填报或文件夹请用 --out-dir 指定输出文件夹/],
    ["two files with --out", (out) => [join(got, "2023-定海区.xlsx"), join(got, "2023-普陀区.xlsx"), "--out", join(out, "x.xlsx")], 1, /^错误：多份填报或文件夹请用 --out-dir/],
    ["neither --out nor --out-dir", () => [got], 1, /^错误：请用 --out 指定新文件（一份填报），或用 --out-dir 指定文件夹/],
    ["both --out and --out-dir", (out) => [join(got, "2023-定海区.xlsx"), "--out", join(out, "x.xlsx"), "--out-dir", out], 1, /^错误：请用 --out 指定新文件/],
    ["a bad --deadline", (out) => [got, "--out-dir", out, "--deadline", "2026-02-30"], 1, /^错误：--deadline 应为日期 YYYY-MM-DD/],
    ["a new return that exists, without --force: none written", (out) => {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, "2025-普陀区.xlsx"), "someone's file");
      return [got, "--out-dir", out];
    }, 1, /2025-普陀区\.xlsx：文件已存在，不会覆盖/],
    ["two new returns that exist, without --force: both named at once, none written", (out) => {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, "2025-普陀区.xlsx"), "someone's file");
      writeFileSync(join(out, "2025-定海区.xlsx"), "another");
      return [got, "--out-dir", out];
    }, 1, /2025-定海区\.xlsx、.*2025-普陀区\.xlsx：文件已存在，不会覆盖/],
    ["a new return over a file read, even with --force", (out) => {
      mkdirSync(out, { recursive: true });
      copyFileSync(join(got, "2023-定海区.xlsx"), join(out, "2025-定海区.xlsx"));
      return [join(out, "2025-定海区.xlsx"), join(got, "2023-普陀区.xlsx"), "--out-dir", out, "--force"];
    }, 1, /2025-定海区\.xlsx：输出文件就是本命令读取的输入文件/],
    // a return without 填报单位 is no longer refused: test/cli/rolloverOtherPlan.test.ts
  ])("refuses %s, and writes nothing", async (name, args, code, message) => {
    const out = join(dir, `拒绝-${name}`);
    const a = args(out);
    const before = existsSync(out) ? readdirSync(out).map((f) => [f, readFileSync(join(out, f)).toString("base64")]) : null;
    const r = await cli("rollover", ...a, "--year", "2025");
    expect(r.code).toBe(code);
    expect(r.out).toBe("");
    expect(r.err).toMatch(message);
    expect(existsSync(out) ? readdirSync(out).map((f) => [f, readFileSync(join(out, f)).toString("base64")]) : null).toEqual(before);
  }, 60000);
});

describe("rollover --out-dir writes the new year's 报送台账, as distribute does (fu-t2 item 2)", () => {
  const ledgerOf = async (f: string) => readLedgerBook(await readXlsxZip(readFileSync(f)));
  test.each<[string, string[], (out: string) => void, "written" | "kept"]>([
    ["a folder, with --deadline", ["--deadline", "2026-01-31"], () => undefined, "written"],
    ["no --deadline", [], () => undefined, "written"],
    ["a ledger already there: kept", ["--deadline", "2026-01-31"], (out) => { mkdirSync(out, { recursive: true }); writeFileSync(join(out, "报送台账.xlsx"), "someone's ledger"); }, "kept"],
    ["a ledger already there, --force: written again", ["--deadline", "2026-01-31", "--force"], (out) => { mkdirSync(out, { recursive: true }); writeFileSync(join(out, "报送台账.xlsx"), "someone's ledger"); }, "written"],
  ])("%s", async (name, extra, prepare, ledger) => {
    const out = join(dir, `台账-${name}`);
    prepare(out);
    const r = await cli("rollover", got, "--year", "2025", "--out-dir", out, ...extra);
    expect([r.code, r.err]).toEqual([0, ""]);
    const file = join(out, "报送台账.xlsx");
    const deadline = extra.includes("--deadline") ? "2026-01-31" : "";
    const lines = r.out.trim().split("\n");
    if (ledger === "kept") {
      expect(readFileSync(file, "utf8")).toBe("someone's ledger");
      expect(lines).toContain(`报送台账：${file} 已存在，保留未改（加 --force 则按本次换年度的单位重写）`);
    } else {
      // the folder's returns are of 2023: 2024 was never received, said in 备注 (test/cli/rolloverYearsSkipped.test.ts)
      const note = "2024 年度的填报未收到：按 2023 年度的填报换年度，2024 年的数值待补填";
      expect(await ledgerOf(file)).toEqual({ year: 2025, templates: ["zhoushan-2021-2025"], units: ["定海区", "普陀区"].map((unit) => ({ unit, file: `2025-${unit}.xlsx`, deadline, note })) });
      expect(lines).toContain(`报送台账：${file}（2025 年度，2 个单位）`);
      // the ledger is of the returns' year: summary takes it
      expect((await cli("summary", out, "--ledger", file, "--json")).code).toBe(0);
    }
    // every unit of the folder's old ledger was rolled over: no unit to name (test/cli/rolloverLedger.test.ts)
    // (a carried value that is not valid has its own 注意, test/cli/rolloverInvalid.test.ts)
    expect(lines.filter((l) => l.startsWith("注意") && l.includes("报送台账"))).toEqual([]);
  }, 60000);

  test("--lang en", async () => {
    const out = join(dir, "台账-en");
    const r = await cli("rollover", got, "--year", "2025", "--out-dir", out, "--lang", "en");
    expect(r.out).toContain(`Ledger (报送台账): ${join(out, "报送台账.xlsx")} (2025, 2 units)`);
    expect(r.out.split("\n").filter((l) => l.startsWith("note:") && l.includes("ledger"))).toEqual([]);
  }, 60000);
});

describe("rolloverTargets: one new return per unit, named as distribute names them", () => {
  // file times in minutes: versions received within a minute of each other are not told apart (versionOrder)
  const s = (file: string, unit: string, year: number, minutes: number) => ({ file, unit, year, receivedAt: minutes * 60_000 });
  test.each<[string, ReturnType<typeof s>[], Array<[string, string]>, Array<[string, string, string[]]>]>([
    ["one each, in the order given", [s("b.xlsx", "普陀区", 2023, 1), s("a.xlsx", "定海区", 2023, 2)], [["b.xlsx", "D/2025-普陀区.xlsx"], ["a.xlsx", "D/2025-定海区.xlsx"]], []],
    ["two versions: the newest file", [s("v2.xlsx", "普陀区", 2023, 9), s("v1.xlsx", "普陀区", 2023, 1)], [["v2.xlsx", "D/2025-普陀区.xlsx"]], [["普陀区", "v2.xlsx", ["v1.xlsx"]]]],
    ["two years: the later year, whatever the file time", [s("2024.xlsx", "普陀区", 2024, 1), s("2023.xlsx", "普陀区", 2023, 9)], [["2024.xlsx", "D/2025-普陀区.xlsx"]], [["普陀区", "2024.xlsx", ["2023.xlsx"]]]],
    ["a unit name unsafe on Windows", [s("a.xlsx", "a/b", 2023, 1)], [["a.xlsx", "D/2025-a_b.xlsx"]], []],
  ])("%s", (_, sources, targets, passedOver) => {
    const r = rolloverTargets(sources, 2025, "D");
    if (!r.ok) throw new Error("clash");
    expect(r.targets.map((t) => [t.file, t.out.replace(/\\/g, "/")])).toEqual(targets);
    expect(r.passedOver.map((p) => [p.unit, p.file, p.others])).toEqual(passedOver);
  });

  test("two units giving one file name are refused", () => {
    expect(rolloverTargets([s("a.xlsx", "a/b", 2023, 1), s("b.xlsx", "a:b", 2023, 1)], 2025, "D")).toEqual({ ok: false, clash: { a: "a/b", b: "a:b", name: "2025-a_b.xlsx" } });
  });
});
