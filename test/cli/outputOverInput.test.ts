import ExcelJS from "exceljs";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";

/**
 * trial39c F0 (data loss): `summary f2/ --out f2/2023-普陀区.xlsx --force` replaced 普陀区's return, found in the folder
 * summed, with the summary (and left it out of the count); so did report over a return, summary over the folder's
 * 报送台账, review over its --rules, rollover over the --ledger it read. Every file a command reads (named, found in a
 * folder named, --ledger, --previous, --city, --rules) is never its output, --force or not, and the refusal offers no
 * --force; nor is a unit's return replaced by a summary, a report or another unit's return (review, rollover, lock, template),
 * nor the 报送台账. Each case runs on a fresh copy of the folder; every file in it keeps its bytes.
 */
const dir = mkdtempSync(join(tmpdir(), "out-over-input-"));
const zs = findTemplate("zhoushan-2021-2025") as Template;
const got = join(dir, "收到");

beforeAll(async () => {
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区", "--deadline", "2024-01-31", "--out-dir", got)).code).toBe(0);
  for (const [unit, shift] of [["定海区", 0], ["普陀区", 0.5]] as const) {
    const file = join(got, `2023-${unit}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(fillInputs(wb, sampleReturn(zs, 2023).filter((e) => typeof e.value === "number").map((e) => ({ ...e, value: (e.value as number) + shift })))).toEqual([]);
    await wb.xlsx.writeFile(file);
  }
  writeFileSync(join(got, "规则.json"), JSON.stringify({ bands: { form: "points", lagging: 10, severe: 30 } }));
}, 60_000);

let n = 0;
/** A fresh copy of the folder, for one run. */
function copy(): string {
  const to = join(dir, `run-${++n}`);
  mkdirSync(to);
  cpSync(got, to, { recursive: true });
  return to;
}
const bytes = (folder: string): Record<string, string> =>
  Object.fromEntries(readdirSync(folder).sort().map((f) => [f, readFileSync(join(folder, f)).toString("base64")]));

describe("--out onto a file the command reads is refused, --force or not, and the file kept", () => {
  test.each<[string, (d: string) => string[], string]>([
    ["summary over a return found in the folder summed", (d) => ["summary", d, "--out", join(d, "2023-普陀区.xlsx"), "--force"], "2023-普陀区.xlsx"],
    ["summary over the folder's 报送台账", (d) => ["summary", d, "--out", join(d, "报送台账.xlsx"), "--force"], "报送台账.xlsx"],
    ["summary over the --ledger", (d) => ["summary", join(d, "2023-定海区.xlsx"), "--ledger", join(d, "报送台账.xlsx"), "--out", join(d, "报送台账.xlsx"), "--force"], "报送台账.xlsx"],
    ["summary over a return in the folder, without --force (no --force offered)", (d) => ["summary", d, "--out", join(d, "2023-普陀区.xlsx")], "2023-普陀区.xlsx"],
    ["summary over its --rules", (d) => ["summary", d, "--rules", join(d, "规则.json"), "--out", join(d, "规则.json"), "--force"], "规则.json"],
    ["summary over a return in the folder, named another way (./, ..)", (d) => ["summary", d, "--out", join(d, ".", "..", `run-${n}`, "2023-普陀区.xlsx"), "--force"], "2023-普陀区.xlsx"],
    ["report over a return found in the folder", (d) => ["report", d, "--out", join(d, "2023-普陀区.xlsx"), "--force"], "2023-普陀区.xlsx"],
    ["report over the folder's 报送台账", (d) => ["report", d, "--out", join(d, "报送台账.xlsx"), "--force"], "报送台账.xlsx"],
    ["report over the --ledger", (d) => ["report", join(d, "2023-定海区.xlsx"), "--ledger", join(d, "报送台账.xlsx"), "--out", join(d, "报送台账.xlsx"), "--force"], "报送台账.xlsx"],
    ["review over its --rules", (d) => ["review", join(d, "2023-定海区.xlsx"), "--rules", join(d, "规则.json"), "--out", join(d, "规则.json"), "--force"], "规则.json"],
    ["review over its --previous", (d) => ["review", join(d, "2023-定海区.xlsx"), "--previous", join(d, "2023-普陀区.xlsx"), "--out", join(d, "2023-普陀区.xlsx"), "--force"], "2023-普陀区.xlsx"],
    ["import over the table it reads, without --force (no --force offered)", (d) => ["import", join(d, "规则.json"), "--out", join(d, "规则.json")], "规则.json"],
  ])("%s", async (_, args, file) => {
    const d = copy();
    const before = bytes(d);
    const r = await cli(...args(d));
    expect(r.code).toBe(1);
    expect(r.err).toContain("即使加 --force 也不会覆盖");
    expect(r.err).toContain(file);
    expect(r.err).not.toContain("确需覆盖时加 --force");
    expect(bytes(d)).toEqual(before);
  }, 60_000);

  // a workbook of the cycle outside what the command reads: another unit's return, the ledger, a summary (trial39c F0's review and rollover)
  test.each<[string, (d: string, o: string) => string[], string, string]>([
    ["review over another unit's return", (d, o) => ["review", join(d, "2023-定海区.xlsx"), "--out", join(o, "2023-普陀区.xlsx"), "--force"], "2023-普陀区.xlsx", "是普陀区的填报"],
    ["rollover over another unit's return", (d, o) => ["rollover", join(d, "2023-定海区.xlsx"), "--year", "2024", "--out", join(o, "2023-普陀区.xlsx"), "--force"], "2023-普陀区.xlsx", "是普陀区的填报"],
    ["lock over another unit's return", (d, o) => ["lock", join(d, "2023-定海区.xlsx"), "--reviewer", "王审核", "--out", join(o, "2023-普陀区.xlsx"), "--force"], "2023-普陀区.xlsx", "是普陀区的填报"],
    ["summary over a return it does not read", (d, o) => ["summary", join(d, "2023-定海区.xlsx"), "--out", join(o, "2023-普陀区.xlsx"), "--force"], "2023-普陀区.xlsx", "是普陀区的填报"],
    ["report over a return it does not read", (d, o) => ["report", join(d, "2023-定海区.xlsx"), "--out", join(o, "2023-普陀区.xlsx"), "--force"], "2023-普陀区.xlsx", "是普陀区的填报"],
    ["summary over a 报送台账 it does not read, without --force", (d, o) => ["summary", join(d, "2023-定海区.xlsx"), "--out", join(o, "报送台账.xlsx")], "报送台账.xlsx", "是报送台账"],
    ["review over a 报送台账", (d, o) => ["review", join(d, "2023-定海区.xlsx"), "--out", join(o, "报送台账.xlsx"), "--force"], "报送台账.xlsx", "是报送台账"],
    // session 45: template's blank return replaced them with --force (kept aside since session 44, but the ledger was gone from its place)
    ["template over a 报送台账", (_d, o) => ["template", "zhoushan-2021-2025", "--year", "2023", "--out", join(o, "报送台账.xlsx"), "--force"], "报送台账.xlsx", "是报送台账"],
    ["template for one unit over another unit's return", (_d, o) => ["template", "zhoushan-2021-2025", "--year", "2023", "--unit", "定海区", "--out", join(o, "2023-普陀区.xlsx"), "--force"], "2023-普陀区.xlsx", "是普陀区的填报"],
  ])("%s: refused, --force or not, the unit named", async (_, args, file, said) => {
    const d = copy();
    const o = copy();
    const before = bytes(o);
    const r = await cli(...args(d, o));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${file}：${said}，即使加 --force 也不会覆盖`);
    expect(bytes(o)).toEqual(before);
  }, 60_000);

  // session 40: a folder's rollover wrote over such a file with --force (the one-file --out refused it): each new file is
  // weighed as --out is (workbookOver), that unit alone passed over with its line and command, the others rolled over
  test.each<[string, "zh" | "en", string, string]>([
    ["another unit's return", "zh", "2023-普陀区.xlsx", "定海区的新文件 {o}/2024-定海区.xlsx 处已有普陀区的填报，即使加 --force 也不会覆盖；请把那份文件移走后，用 rollover {d}/2023-定海区.xlsx --year 2024 --deadline 2025-01-31 --out {o}/2024-定海区.xlsx 为定海区换年度"],
    ["the 报送台账", "zh", "报送台账.xlsx", "定海区的新文件 {o}/2024-定海区.xlsx 处已有报送台账，即使加 --force 也不会覆盖"],
    ["another unit's return", "en", "2023-普陀区.xlsx", "{o}/2024-定海区.xlsx, where 定海区's new file goes, holds 普陀区's return, never overwritten, even with --force; move that file away, then roll 定海区 over with rollover {d}/2023-定海区.xlsx --year 2024 --deadline 2025-01-31 --out {o}/2024-定海区.xlsx"],
  ])("rollover of a folder whose new file holds %s (%s): that unit alone not rolled over, said per file, the other rolled over", async (_, lang, holder, said) => {
    const d = copy();
    const o = join(dir, `out-${++n}`);
    mkdirSync(o);
    copyFileSync(join(d, holder), join(o, "2024-定海区.xlsx"));
    const before = bytes(o);
    const r = await cli("rollover", d, "--year", "2024", "--out-dir", o, "--deadline", "2025-01-31", "--force", "--lang", lang);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toContain(said.split("{o}").join(o).split("{d}").join(d));
    expect(r.out).toMatch(lang === "en" ? /^1 return of 2024 written in .*; 1 file not rolled over \(see above\)$/m : /^共生成 1 份 2024 年度填报，在 .*；1 个文件未换年度（见上）$/m);
    expect(readFileSync(join(o, "2024-定海区.xlsx")).toString("base64")).toEqual(before["2024-定海区.xlsx"]);
    expect(readdirSync(o).sort()).toEqual(["2024-定海区.xlsx", "2024-普陀区.xlsx", "报送台账.xlsx"]);
    // no rollover command for it among the units not sent: its own line has it
    expect(r.out).not.toMatch(/^ {2}定海区[：:] rollover/m);
    const json = JSON.parse((await cli("rollover", d, "--year", "2024", "--out-dir", o, "--force", "--json")).out) as { skipped: Array<{ reason: string; out?: string }>; unrolled?: unknown[] };
    expect(json.skipped.filter((x) => x.reason === "other_workbook").map((x) => x.out)).toEqual([join(o, "2024-定海区.xlsx")]);
    expect(json.unrolled).toEqual([{ unit: "定海区", why: "other_workbook" }]);
  }, 60_000);

  test("rollover of a folder whose every new file is held: nothing written, exit 1; --json names each with its workbook", async () => {
    const d = copy();
    const o = join(dir, `out-${++n}`);
    mkdirSync(o);
    copyFileSync(join(d, "2023-普陀区.xlsx"), join(o, "2024-定海区.xlsx"));
    copyFileSync(join(d, "报送台账.xlsx"), join(o, "2024-普陀区.xlsx"));
    const before = bytes(o);
    const r = await cli("rollover", d, "--year", "2024", "--out-dir", o, "--force", "--json");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^未生成任何文件/m);
    const json = JSON.parse(r.out) as { skipped: Array<{ reason: string; unit: string; workbook: unknown }> };
    expect(json.skipped.filter((x) => x.reason !== "ledger").map((x) => [x.reason, x.unit, x.workbook])).toEqual([["other_workbook", "定海区", { kind: "return", unit: "普陀区" }], ["other_workbook", "普陀区", { kind: "ledger" }]]);
    expect(bytes(o)).toEqual(before);
  }, 60_000);

  test.each<[string, (d: string, o: string) => string[]]>([
    ["review", (d, o) => ["review", join(d, "2023-定海区.xlsx"), "--out", o]],
    ["rollover", (d, o) => ["rollover", join(d, "2023-定海区.xlsx"), "--year", "2024", "--out", o]],
  ])("%s over its own output of an earlier run (the same unit's return) replaces it with --force", async (_, args) => {
    const d = copy();
    const o = join(d, "输出.xlsx");
    expect((await cli(...args(d, o))).code).toBe(0);
    expect((await cli(...args(d, o), "--force")).code).toBe(0);
  }, 60_000);

  test("in English: another unit's return named as such", async () => {
    const d = copy();
    const r = await cli("report", join(d, "2023-定海区.xlsx"), "--out", join(d, "2023-普陀区.xlsx"), "--force", "--lang", "en");
    expect(r.err).toContain("2023-普陀区.xlsx: 普陀区's return, never overwritten by this command, even with --force; choose another output name");
  }, 60_000);

  test.each([["zh", "是本命令读取的原年度台账，即使加 --force 也不重写"], ["en", "is the old year's ledger this command read and is never rewritten, even with --force"]])("rollover into the folder it reads keeps the --ledger it read, --force or not, and says so (%s)", async (lang, said) => {
    const d = copy();
    const before = bytes(d);
    const r = await cli("rollover", d, "--year", "2024", "--ledger", join(d, "报送台账.xlsx"), "--out-dir", d, "--force", "--lang", lang);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toContain(said);
    expect(r.out).not.toContain("--force writes it again");
    expect(r.out).not.toContain("加 --force 则");
    const after = bytes(d);
    for (const f of Object.keys(before)) expect([f, after[f]]).toEqual([f, before[f]]);
  }, 60_000);

  test("the summary written into the folder summed on an earlier run is replaced with --force (it is no input)", async () => {
    const d = copy();
    const out = join(d, "汇总.xlsx");
    expect((await cli("summary", d, "--out", out)).code).toBe(0);
    const before = bytes(d);
    const r = await cli("summary", d, "--out", out, "--force", "--lang", "en");
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out.split("\n")[0]).toContain("2 returns");
    const after = bytes(d);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const f of Object.keys(before)) if (f !== "汇总.xlsx") expect(after[f]).toEqual(before[f]);
  }, 60_000);

  test("in English: the input named, no --force offered", async () => {
    const d = copy();
    copyFileSync(join(d, "2023-普陀区.xlsx"), join(d, "2023-普陀区-copy.xlsx"));
    const r = await cli("summary", d, "--out", join(d, "2023-普陀区-copy.xlsx"), "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.err).toContain("the output is an input of this command");
    expect(r.err).not.toContain("add --force");
  }, 60_000);
});
