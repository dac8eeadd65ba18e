import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { REPLACED_FOLDER } from "../../src/cli/REPLACED_FOLDER";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { countyReturn } from "../support/countyReturn";
import { lockableReturnBytes } from "../support/lockedReturn";

/**
 * Session 44: a folder rolled over twice, the second time with --force, replaced 定海区's new return of 2024 into which its
 * 2024 figures had been typed. Every command that writes over an existing file with --force now keeps that file, when it
 * holds anything but what is written, in the 被替换的旧文件 subfolder beside it, and says so in one line; its own output of the
 * same inputs written again is replaced as before, nothing kept. The folder read afterwards counts no copy as a return.
 */
const dir = mkdtempSync(join(tmpdir(), "force-keeps-"));
const got = join(dir, "收到");
/** a return lock takes (the sample's invalid cells would stop it) */
const lockable = join(dir, "可锁定", "2023-定海区.xlsx");
const zs = findTemplate("zhoushan-2021-2025") as Template;
let n = 0;

beforeAll(async () => {
  mkdirSync(got);
  await countyReturn(got, "2023-定海区.xlsx", "定海区", 0, [zs]);
  await countyReturn(got, "2023-普陀区.xlsx", "普陀区", 0.1, [zs]);
  mkdirSync(join(dir, "可锁定"));
  writeFileSync(lockable, await lockableReturnBytes());
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a unit did after the first run: its 2024 figures typed into 定海区's new return (the file written anew with them). */
async function fill2024(f: string): Promise<void> {
  await countyReturn(dirname(f), basename(f), "定海区", 0.2, [zs], 2024);
}

/** An edited file of any kind: a person's note added to the workbook's first sheet, or text appended to a non-package. */
async function annotate(f: string): Promise<void> {
  if (!/\.(xlsx|docx)$/i.test(f)) { writeFileSync(f, readFileSync(f, "utf8").replace("{", '{\n  "note": "王某改过",')); return; }
  if (/\.docx$/i.test(f)) { const JSZip = (await import("jszip")).default; const z = await JSZip.loadAsync(readFileSync(f)); z.file("word/注释.txt", "王某改过"); writeFileSync(f, await z.generateAsync({ type: "nodebuffer" })); return; }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  wb.worksheets[0]!.getCell("H1").value = "王某改过";
  await wb.xlsx.writeFile(f);
}

interface Row {
  /** the command's arguments, in `d` (a fresh folder) */
  args: (d: string) => string[];
  /** the file it writes, replaced on the second run */
  out: (d: string) => string;
  /** what was done to it between the runs; none: the second run replaces its own output of the same inputs */
  edit?: (f: string) => Promise<void>;
  /** the line said, where not keptReplacedLine's: template's over a return with values typed in (template_over_filled) */
  said?: RegExp;
}

test.each<[string, Row]>([
  ["rollover of a folder, 定海区's new return filled in with its 2024 figures", { args: (d) => ["rollover", got, "--year", "2024", "--out-dir", d], out: (d) => join(d, "2024-定海区.xlsx"), edit: fill2024 }],
  ["rollover of a folder, the new ledger annotated by the manager", { args: (d) => ["rollover", got, "--year", "2024", "--out-dir", d], out: (d) => join(d, "报送台账.xlsx"), edit: annotate }],
  ["rollover of one file, the new return filled in", { args: (d) => ["rollover", join(got, "2023-定海区.xlsx"), "--year", "2024", "--out", join(d, "2024-定海区.xlsx")], out: (d) => join(d, "2024-定海区.xlsx"), edit: fill2024 }],
  ["distribute, a unit's return filled in the outbox", { args: (d) => ["distribute", "zhoushan-2021-2025", "--year", "2024", "--units", "定海区,普陀区", "--out-dir", d], out: (d) => join(d, "2024-定海区.xlsx"), edit: fill2024 }],
  ["template, the blank filled in", { args: (d) => ["template", "zhoushan-2021-2025", "--year", "2024", "--unit", "定海区", "--out", join(d, "2024-定海区.xlsx")], out: (d) => join(d, "2024-定海区.xlsx"), edit: fill2024, said: /2024-定海区\.xlsx 原是定海区的填报，已填了 \d+ 个数值，现已换成空白填报；原文件（连同所填数值）已另存为 / }],
  ["summary, annotated by hand", { args: (d) => ["summary", got, "--out", join(d, "汇总.xlsx")], out: (d) => join(d, "汇总.xlsx"), edit: annotate }],
  ["report, edited in Word", { args: (d) => ["report", got, "--out", join(d, "评估报告.docx")], out: (d) => join(d, "评估报告.docx"), edit: annotate }],
  ["review --out, the copy reviewed in", { args: (d) => ["review", join(got, "2023-定海区.xlsx"), "--out", join(d, "审核稿.xlsx")], out: (d) => join(d, "审核稿.xlsx"), edit: annotate }],
  ["lock --out, the locked copy annotated", { args: (d) => ["lock", lockable, "--out", join(d, "锁定.xlsx"), "--accept-unassessed"], out: (d) => join(d, "锁定.xlsx"), edit: annotate }],
  ["rollover of a folder run twice, nothing changed", { args: (d) => ["rollover", got, "--year", "2024", "--out-dir", d], out: (d) => join(d, "2024-定海区.xlsx") }],
  ["distribute run twice, nothing changed", { args: (d) => ["distribute", "zhoushan-2021-2025", "--year", "2024", "--units", "定海区,普陀区", "--out-dir", d], out: (d) => join(d, "2024-定海区.xlsx") }],
  ["report run twice, nothing changed", { args: (d) => ["report", got, "--out", join(d, "评估报告.docx")], out: (d) => join(d, "评估报告.docx") }],
])("%s", async (_name, row) => {
  const d = join(dir, `case${++n}`);
  mkdirSync(d);
  const first = await cli(...row.args(d));
  expect(first.err).toBe("");
  const out = row.out(d);
  if (row.edit) await row.edit(out);
  const before = readFileSync(out);
  const again = await cli(...row.args(d), "--force");
  expect(again.err).toBe("");
  const copies = join(d, REPLACED_FOLDER);
  if (!row.edit) {
    // its own output of the same inputs: replaced, nothing kept, nothing said
    expect(existsSync(copies)).toBe(false);
    expect(again.out).not.toContain(REPLACED_FOLDER);
    return;
  }
  // the file as it was, typed figures and all, is kept byte for byte under a dated name, and said in one line
  const kept = readdirSync(copies);
  expect(kept).toHaveLength(1);
  expect(kept[0]).toMatch(/（被替换 \d{4}-\d{2}-\d{2} \d{4}）\.(xlsx|docx)$/);
  expect(readFileSync(join(copies, kept[0]!)).equals(before)).toBe(true);
  expect(readFileSync(out).equals(before)).toBe(false);
  if (row.said) expect(again.out).toMatch(row.said);
  expect(again.out).toContain(row.said ? `已另存为 ${join(copies, kept[0]!)}` : `${out} 原有内容与本次写出的不同（可能有人已填写或改过），原文件已另存为 ${join(copies, kept[0]!)}`);
}, 120000);

test.each<[string, string[], (r: { code: number; out: string; err: string }) => void]>([
  ["summary counts two returns, not the copy", ["summary", "--json"], (r) => { const j = JSON.parse(r.out) as { units: unknown[]; subfolders?: unknown }; expect(j.units).toHaveLength(2); expect(j.subfolders).toBeUndefined(); }],
  ["check checks two files and names no subfolder", ["check"], (r) => { expect(r.out).toContain("共 3 个文件：已核对 2 个"); expect(r.out + r.err).not.toContain(REPLACED_FOLDER); }],
])("after a forced rollover over a filled return, %s", async (_name, args, expectation) => {
  const d = join(dir, `folder${++n}`);
  expect((await cli("rollover", got, "--year", "2024", "--out-dir", d)).code).toBe(0);
  await fill2024(join(d, "2024-定海区.xlsx"));
  expect((await cli("rollover", got, "--year", "2024", "--out-dir", d, "--force")).code).toBe(0);
  expect(readdirSync(join(d, REPLACED_FOLDER))).toHaveLength(1);
  expectation(await cli(args[0]!, d, ...args.slice(1)));
}, 120000);
