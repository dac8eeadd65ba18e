import JSZip from "jszip";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";

/*
 * Trial 31: `npm run demo` kept a sample workbook a person had filled in place (writeDemoFile), but wrote its seven
 * sample reports over whatever was there: a demo report opened and edited lost the edit on the next `npm run demo`.
 * Now a report is written as a workbook is: replaced only while it holds what the demo writes, else kept, the new
 * one written beside it as name(2).docx, and one line names both, in zh and in en. Session 46: the next run writes
 * over that name(2) (the demo's own, untouched: demoRecord), no (3).
 */
const dir = mkdtempSync(join(tmpdir(), "demo-report-kept-"));
const report = (id: string, year: number, n = 1): string => join(dir, `${id}-sample-${year}-评估报告${n > 1 ? `(${n})` : ""}.docx`);

/** A word of the report's text changed, and the package written again, as Word saves an edit. */
async function editText(f: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(f));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  if (!xml.includes("总体评估")) throw new Error("no 总体评估 to edit");
  zip.file("word/document.xml", xml.replace("总体评估", "总体评估（已修改）"));
  writeFileSync(f, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** One byte of the file changed in place (the package no longer reads as it was written). */
function editByte(f: string): void {
  const b = readFileSync(f);
  const at = Math.floor(b.length / 2);
  b[at] = (b[at] ?? 0) ^ 0xff;
  writeFileSync(f, b);
}

type Case = [string, string, number, ((f: string) => Promise<void> | void) | null];
const CASES: Case[] = [
  ["its text edited", "zhoushan-2021-2025", 2023, editText],
  ["a byte of it changed", "shengsi-2023-2027", 2024, editByte],
  ["untouched", "quzhou-2021-2025", 2023, null],
];
const first = new Map<string, Buffer>();
const edited = new Map<string, Buffer>();
const runs = { zh: "", en: "" };

beforeAll(async () => {
  expect((await cli("demo", "--out", dir)).code).toBe(0);
  for (const [, id, year, edit] of CASES) {
    const f = report(id, year);
    first.set(f, readFileSync(f));
    if (edit) await edit(f);
    edited.set(f, readFileSync(f));
  }
  const zh = await cli("demo", "--out", dir);
  const en = await cli("demo", "--out", dir, "--lang", "en");
  expect([zh.code, zh.err, en.code, en.err]).toEqual([0, "", 0, ""]);
  runs.zh = zh.out;
  runs.en = en.out;
}, 180_000);

test.each(CASES)("a report %s (%s %i): kept and told when changed, else rewritten in place", (_what, id, year, edit) => {
  const f = report(id, year);
  const zh = `${f} 在 demo 写出后已被修改，未覆盖；新的示例写为 ${report(id, year, 2)}`;
  const en = `${f} was changed since the demo wrote it and is not overwritten; the new sample is ${report(id, year, 2)}`;
  if (edit) {
    // the person's file as they left it, through both runs; each run's new report beside it, the same (2), named in one line
    expect(readFileSync(f).equals(edited.get(f) ?? Buffer.alloc(0))).toBe(true);
    expect([existsSync(report(id, year, 2)), existsSync(report(id, year, 3))]).toEqual([true, false]);
    expect(runs.zh.split("\n")).toContain(zh);
    expect(runs.en.split("\n")).toContain(en);
  } else {
    // written anew (the docx library stamps the time it writes), nothing beside it, nothing said of it
    expect(readFileSync(f).equals(first.get(f) ?? Buffer.alloc(0))).toBe(false);
    expect(existsSync(report(id, year, 2))).toBe(false);
    expect(runs.zh + runs.en).not.toContain(f + " ");
  }
});
