import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, unlinkSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readLedgerBook } from "../../src/cycle/ledgerBook";
import { unusableText } from "../../src/domain/UnusableReason";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { countyReturn } from "../support/countyReturn";
import { setSavedAt } from "../support/savedAt";

/**
 * A manager's trial: 常山县's correction was saved by LibreOffice --convert-to, which (like openpyxl 3.0) keeps the save
 * time it read, so both versions said the same time; the folder was then copied without its file times and summary
 * counted the old version. Versions nothing tells apart are used by none of summary, report and rollover: one line
 * names the unit, its files and the fix; once `review 新版 --replaces 旧版` records which is newer, that one counts.
 */
const dir = mkdtempSync(join(tmpdir(), "tied-versions-"));
const zs = findTemplate("zhoushan-2021-2025") as Template;

const at = (ms: number): Date => new Date(Date.parse("2024-02-01T08:00:00Z") + ms);

/** A folder with 普陀区's return and 定海区's two versions of one save time, the correction's file time `gap` ms after the old one's (negative: before). */
async function folder(name: string, gap: number): Promise<{ folder: string; old: string; fixed: string }> {
  const folder = join(dir, name);
  mkdirSync(folder);
  const src = join(dir, `src-${name}`);
  mkdirSync(src);
  const old = await countyReturn(src, "2023-定海区.xlsx", "定海区", 0, [zs]);
  const fixed = await countyReturn(src, "2023-定海区-更正.xlsx", "定海区", 0.1, [zs]);
  await countyReturn(src, "2023-普陀区.xlsx", "普陀区", -0.05, [zs]);
  for (const f of [old, fixed]) await setSavedAt(f, "2024-01-20T08:00:00Z");
  for (const f of ["2023-定海区.xlsx", "2023-定海区-更正.xlsx", "2023-普陀区.xlsx"]) copyFileSync(join(src, f), join(folder, f));
  // copied without file times: the old version written last, within the gap
  utimesSync(join(folder, "2023-定海区-更正.xlsx"), at(0), at(0));
  utimesSync(join(folder, "2023-定海区.xlsx"), at(-gap), at(-gap));
  utimesSync(join(folder, "2023-普陀区.xlsx"), at(0), at(0));
  return { folder, old: join(folder, "2023-定海区.xlsx"), fixed: join(folder, "2023-定海区-更正.xlsx") };
}

interface Json { units: Array<{ unit: string; file: string }>; skipped?: Array<{ file: string; reason: string; unit?: string }>; resubmissions?: Array<{ by: string }> }

// [why, the correction's file time after the old one's (ms; negative: before), the 定海区 file counted (null: none)]
test.each<[string, number, "fixed" | "old" | null]>([
  ["copied: the old version's file written 0.2 s after the correction's: neither counted", -200, null],
  ["copied the other way round, 0.2 s: neither counted either", 200, null],
  // trial41a F1: the save times tie, so the file times tell nothing however far apart (the old mail downloaded again
  // 2 hours after the correction was summed, the file named （更正） dropped)
  ["the correction downloaded 2 hours after the old one: neither counted", 2 * 3600_000, null],
  ["the old mail downloaded again 2 hours after the correction: neither counted", -2 * 3600_000, null],
])("%s", async (why, gap, counted) => {
  const f = await folder(`f${why.length}-${gap}`, gap);
  const s = await cli("summary", f.folder, "--json");
  expect(s.code).toBe(0);
  const json = JSON.parse(s.out) as Json;
  expect(json.units.filter((u) => u.unit === "定海区").map((u) => u.file)).toEqual(counted ? [f[counted]] : []);
  expect(json.units.map((u) => u.unit)).toContain("普陀区");
  const tied = (json.skipped ?? []).filter((x) => x.reason === "versions_tied");
  expect(tied.map((x) => [x.unit, x.file]).sort()).toEqual(counted ? [] : [["定海区", f.old], ["定海区", f.fixed]].sort());
  const line = `定海区：${unusableText("versions_tied", "zh", "summary", true, { tie: { by: "saved" } })}：`;
  const book = join(f.folder, "..", `汇总-${why.length}-${gap}.xlsx`);
  const text = await cli("summary", f.folder, "--out", book);
  expect(text.out.split("\n").filter((l) => l.startsWith(line)).length).toBe(counted ? 0 : 1);
  // the two versions are two files not summed, on the first line and 汇总's scope line as in --json's skipped
  // (a trial's header said 另有 8 个文件未汇总 above nine listed)
  const notSummed = (s: string): number => Number(/另有 (\d+) 个文件未汇总/.exec(s)?.[1] ?? 0);
  expect(notSummed(text.out.split("\n")[0] ?? "")).toBe(tied.length);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  let scope = "";
  wb.getWorksheet("汇总")!.eachRow((row) => { const v = String(row.getCell(1).value ?? ""); if (v.startsWith("汇总范围")) scope = v; });
  expect(notSummed(scope)).toBe(tied.length);
  // report and rollover choose the same way
  const r = await cli("report", f.folder, "--json");
  expect(r.code).toBe(0);
  expect((JSON.parse(r.out) as { skipped?: Array<{ reason: string }> }).skipped?.some((x) => x.reason === "versions_tied") ?? false).toBe(!counted);
  const out = join(dir, `新-${why.length}-${gap}`);
  const roll = await cli("rollover", f.folder, "--year", "2024", "--out-dir", out);
  expect([roll.code, roll.err]).toEqual([0, ""]);
  expect(existsSync(join(out, "2024-定海区.xlsx"))).toBe(counted !== null);
  if (!counted) {
    expect(roll.out).toContain(`定海区：${unusableText("versions_tied", "zh", "rollover", true, { tie: { by: "saved" } })}：`);
    const book = readLedgerBook(await readXlsxZip(readFileSync(join(out, "报送台账.xlsx"))));
    expect(book?.units.find((u) => u.unit === "定海区")?.note).toMatch(/^收到的文件无法换年度（几版无法区分新旧：内容不同而工作簿记录的保存时间相同/);
  }
}, 120000);

// trial41a F1: the reviewer opened the wrong file and ran review on the old version, which writes its 审核 sheet (the file
// time now) and leaves the workbook's save time as it was: the old version is not the newer for it
test("review run on the old version does not make it the newer one", async () => {
  const f = await folder("reviewed-old", 2 * 3600_000);
  expect((await cli("review", f.old)).code).toBe(0);
  const json = JSON.parse((await cli("summary", f.folder, "--json")).out) as Json;
  expect(json.units.filter((u) => u.unit === "定海区")).toEqual([]);
  expect((json.skipped ?? []).filter((x) => x.reason === "versions_tied").map((x) => x.file).sort()).toEqual([f.fixed, f.old].sort());
}, 120000);

// trial41e F3: the review that breaks the tie says which version it recorded as replacing which, and that summary now takes it
test.each<["zh" | "en", (fixed: string, old: string) => string]>([
  ["zh", (fixed, old) => `已记下 ${fixed} 替换上一版 ${old}：汇总将按本版（${fixed}）计，不再用上一版`],
  ["en", (fixed, old) => `Recorded that ${fixed} replaces the earlier version ${old}: summary now takes this version (${fixed}), not the earlier one`],
])("review 新版 --replaces 旧版 tells them apart, and says so (%s): the correction counts", async (lang, said) => {
  const f = await folder(`recorded-${lang}`, 200);
  const review = await cli("review", f.fixed, "--replaces", f.old, "--lang", lang);
  expect(review.code).toBe(0);
  expect(review.out.split("\n")[1]).toBe(said(f.fixed, f.old));
  const json = JSON.parse((await cli("summary", f.folder, "--json")).out) as Json;
  expect(json.units.filter((u) => u.unit === "定海区").map((u) => u.file)).toEqual([f.fixed]);
  expect(json.resubmissions?.map((x) => x.by)).toEqual(["replaced"]);
}, 120000);

// trial41e F7: the only unit's versions tied: exit 1 and no summary, which a line now says, and --json prints each tied
// file as a refusal's object (stdout was empty)
test.each<["zh" | "en", string]>([
  ["zh", "未生成汇总：收到的填报都有几版无法区分新旧（见上），没有可汇总的一版；按上面所说记下哪一版是新的（或删去旧版）后再汇总"],
  ["en", "No summary written: every return received has versions that cannot be told apart (see above), so there is none to sum; record which is the newer as said above (or delete the older) and run the summary again"],
])("only tied versions (%s): no summary, said so, and the JSON says why", async (lang, last) => {
  const f = await folder(`only-tied-${lang}`, 200);
  unlinkSync(join(f.folder, "2023-普陀区.xlsx"));
  const book = join(dir, `only-tied-${lang}.xlsx`);
  const text = await cli("summary", f.folder, "--out", book, "--lang", lang);
  expect([text.code, text.out, existsSync(book)]).toEqual([1, "", false]);
  expect(text.err.trimEnd().split("\n").slice(-1)).toEqual([last]);
  const json = await cli("summary", f.folder, "--json", "--lang", lang);
  expect(json.code).toBe(1);
  const objects = json.out.trim().split("\n").map((l) => JSON.parse(l) as { file: string; error: { code: string; message: string } });
  expect(objects.map((o) => [o.file, o.error.code]).sort()).toEqual([[f.fixed, "versions_tied"], [f.old, "versions_tied"]].sort());
  expect(objects[0]?.error.message).toMatch(lang === "en" ? /^定海区: / : /^定海区：/);
}, 120000);
