import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { DEMO_RECORD } from "../../src/cli/demoRecord";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { COVER_NAME, UNIT_CELL } from "../../src/sheet/coverSheet";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

/*
 * Session 46: `demo` run again over an earlier demo's folder compared every cell of each file with what it writes now,
 * so a new version (a header reworded, the cover's or the report's wording) took every file for one a person had
 * changed and wrote name(2) beside it; and each later run wrote (3), (4)… since it compared the original again. Now a
 * record of the bytes it wrote (DEMO_RECORD) tells a file nobody touched, whatever version wrote it; a folder without one
 * (an older demo's) compares only what a person types in a workbook (typedContent); and a name(2) the demo wrote that
 * nobody touched is replaced, not passed over. A file a person changed is never overwritten.
 */
const recorded = mkdtempSync(join(tmpdir(), "demo-rerun-recorded-"));
const older = mkdtempSync(join(tmpdir(), "demo-rerun-older-"));
const folderOf = { recorded, older } as const;
type Folder = keyof typeof folderOf;
const sha256 = (b: Buffer): string => createHash("sha256").update(b).digest("hex");
const beside = (f: string, n: number): string => f.replace(/(\.\w+)$/, `(${n})$1`);

/** One part's text changed in place, the package written again (what another version writes, or a script's edit). */
async function editPart(f: string, part: string, from: string, to: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(f));
  const xml = (await zip.file(part)?.async("string")) ?? "";
  if (!xml.includes(from)) throw new Error(`no ${from} in ${part} of ${f}`);
  zip.file(part, xml.replace(from, to));
  writeFileSync(f, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** Opened and saved in another program, nothing typed (a format or a comment changed, which no cell shows): its modified time set. */
async function savedElsewhere(f: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(f));
  const core = (await zip.file("docProps/core.xml")?.async("string")) ?? "";
  zip.file("docProps/core.xml", core.replace(/(<dcterms:modified\b[^>]*>)[^<]*/, "$12030-01-02T03:04:05Z"));
  writeFileSync(f, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** An earlier version's demo wrote these bytes as `f` (and, in a folder with a record, recorded them). */
async function wroteOtherwise(f: string, folder: Folder, part: string, from: string, to: string): Promise<void> {
  await editPart(f, part, from, to);
  if (folder !== "recorded") return;
  const file = join(recorded, DEMO_RECORD);
  if (!existsSync(file)) return;
  const data = JSON.parse(readFileSync(file, "utf8")) as { files: Record<string, string[]> };
  data.files[basename(f)] = [sha256(readFileSync(f))];
  writeFileSync(file, JSON.stringify(data));
}

/** A person's edit of a workbook, saved (ExcelJS: a program other than the demo wrote the file). */
async function inExcel(f: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  edit(wb);
  await wb.xlsx.writeFile(f);
}
const figures = (id: string, year: number) => async (f: string): Promise<void> => inExcel(f, (wb) => {
  const t = findTemplate(id) as Template;
  if (fillInputs(wb, sampleReturn(t, year).slice(0, 3)).length) throw new Error("figures not placed");
});
const changedFigure = (id: string, year: number) => async (f: string): Promise<void> => inExcel(f, (wb) => {
  const first = sampleReturn(findTemplate(id) as Template, year)[0];
  if (!first || fillInputs(wb, [{ ...first, value: 12345 }]).length) throw new Error("figure not placed");
});
const unitTyped = async (f: string): Promise<void> => inExcel(f, (wb) => { wb.getWorksheet(COVER_NAME)!.getCell(UNIT_CELL.row, UNIT_CELL.col).value = "定海区"; });

const HEADER = ["xl/sharedStrings.xml", ">当年状态<", ">本年状态<"] as const;
const COVER = ["xl/sharedStrings.xml", "填写方法", "填写方法（新版）"] as const;
const REPORT = ["word/document.xml", "总体评估", "总体评估（已修改）"] as const;

type Outcome = "replaced" | "kept (changed)" | "kept (no record)";
type Case = [string, Folder, string, Outcome, (f: string) => Promise<void> | void];
const CASES: Case[] = [
  ["untouched", "recorded", "quzhou-2021-2025-blank.xlsx", "replaced", () => undefined],
  ["an earlier version's header", "recorded", "zhoushan-2021-2025-blank.xlsx", "replaced", (f) => wroteOtherwise(f, "recorded", ...HEADER)],
  ["an earlier version's report wording", "recorded", "zhoushan-2021-2025-sample-2023-评估报告.docx", "replaced", (f) => wroteOtherwise(f, "recorded", ...REPORT)],
  ["figures typed into the blank", "recorded", "shengsi-2023-2027-blank.xlsx", "kept (changed)", figures("shengsi-2023-2027", 2024)],
  ["the report's text edited", "recorded", "quzhou-2021-2025-sample-2023-评估报告.docx", "kept (changed)", (f) => editPart(f, ...REPORT)],
  ["a header reworded by a person", "recorded", "zhoushan-2016-2020-blank.xlsx", "kept (changed)", (f) => editPart(f, ...HEADER)],
  ["an earlier version's header", "older", "zhoushan-2021-2025-blank.xlsx", "replaced", (f) => wroteOtherwise(f, "older", ...HEADER)],
  ["an earlier version's cover wording", "older", "zhoushan-2021-2025-sample-2023.xlsx", "replaced", (f) => wroteOtherwise(f, "older", ...COVER)],
  ["figures typed into the blank", "older", "shengsi-2023-2027-blank.xlsx", "kept (no record)", figures("shengsi-2023-2027", 2024)],
  ["the cover's 填报单位 typed", "older", "quzhou-2021-2025-blank.xlsx", "kept (no record)", unitTyped],
  ["a sample's figure changed", "older", "shengsi-2023-2027-sample-2024.xlsx", "kept (no record)", changedFigure("shengsi-2023-2027", 2024)],
  ["saved in another program, nothing typed", "older", "shengsi-2024-projects-blank.xlsx", "kept (no record)", savedElsewhere],
  ["a report's word changed", "older", "zhoushan-2021-2025-sample-2023-评估报告.docx", "kept (no record)", (f) => editPart(f, ...REPORT)],
  // an older demo's rerun left name(2) beside the person's file: replaced, no (3)
  ["figures typed, an old demo's (2) beside", "older", "zhoushan-2016-2020-blank.xlsx", "kept (no record)", async (f) => {
    copyFileSync(f, beside(f, 2));
    await figures("zhoushan-2016-2020", 2020)(f);
  }],
];
const edited = new Map<string, Buffer>();
const runs: Record<Folder, { zh: string; en: string }> = { recorded: { zh: "", en: "" }, older: { zh: "", en: "" } };

beforeAll(async () => {
  for (const folder of ["recorded", "older"] as const) {
    const dir = folderOf[folder];
    expect((await cli("demo", "--out", dir)).code).toBe(0);
    // a folder an older demo wrote has no record
    if (folder === "older") rmSync(join(dir, DEMO_RECORD), { force: true });
    for (const [, at, name, , edit] of CASES) {
      if (at !== folder) continue;
      const f = join(dir, name);
      await edit(f);
      edited.set(f, readFileSync(f));
    }
    // run twice: the second must not add (3) beside a (2) the first wrote
    const zh = await cli("demo", "--out", dir);
    const en = await cli("demo", "--out", dir, "--lang", "en");
    expect([zh.code, zh.err, en.code, en.err]).toEqual([0, "", 0, ""]);
    runs[folder] = { zh: zh.out, en: en.out };
  }
}, 300_000);

test.each(CASES)("%s (%s folder, %s): %s", (_what, folder, name, outcome) => {
  const f = join(folderOf[folder], name);
  const two = beside(f, 2);
  const said = runs[folder].zh + runs[folder].en;
  if (outcome === "replaced") {
    expect(readFileSync(f).equals(edited.get(f) ?? Buffer.alloc(0))).toBe(false);
    expect(existsSync(two)).toBe(false);
    // nothing said of it (a sample's check names it as every run does)
    expect(said).not.toContain(two);
    return;
  }
  // the person's file as they left it, through both runs; the new one beside it, the same (2) both times
  expect(readFileSync(f).equals(edited.get(f) ?? Buffer.alloc(0))).toBe(true);
  expect([existsSync(two), existsSync(beside(f, 3))]).toEqual([true, false]);
  const lines = outcome === "kept (changed)"
    ? [`${f} 在 demo 写出后已被修改，未覆盖；新的示例写为 ${two}`, `${f} was changed since the demo wrote it and is not overwritten; the new sample is ${two}`]
    : [`${f} 没有 demo 写出它的记录（由较早版本的 demo 写出），内容与现在写出的不同，可能已被修改，未覆盖；新的示例写为 ${two}`,
      `${f} has no record of what the demo wrote (an earlier version's demo wrote it) and differs from what it writes now, so it may have been changed and is not overwritten; the new sample is ${two}`];
  expect(runs[folder].zh.split("\n")).toContain(lines[0]);
  expect(runs[folder].en.split("\n")).toContain(lines[1]);
  // the record holds the (2) as written, so the next run replaces it again
  const record = JSON.parse(readFileSync(join(folderOf[folder], DEMO_RECORD), "utf8")) as { files: Record<string, string[]> };
  expect(record.files[basename(two)]).toEqual([sha256(readFileSync(two))]);
});
