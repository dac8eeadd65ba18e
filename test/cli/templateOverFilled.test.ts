import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPLACED_FOLDER } from "../../src/cli/REPLACED_FOLDER";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { COVER_NAME, DEADLINE_CELL } from "../../src/sheet/coverSheet";
import { cli } from "../support/cli";

/*
 * `template --out X --force` over a return with values typed in kept it (session 44) but said only 「原有内容与本次写出的不同
 * （可能有人已填写或改过）」: nothing told the person that the file they open next is blank and the county's figures are in
 * the copy. Now one line says whose return it was, how many values were typed in, and where they are kept; a file with
 * nothing typed into its value cells gets the line as before.
 */
const dir = mkdtempSync(join(tmpdir(), "template-over-filled-"));
const ZS = "zhoushan-2021-2025";
const blank: Record<string, string> = {};
const v = (id: string, key: string, value: number): InputEntry => ({ template: ZS, id, key, value });
const THREE = [v("zs21-02", "in:2023", 3), v("zs21-03", "in:2023", 85), v("zs21-04", "in:2022", 15)];

beforeAll(async () => {
  for (const unit of ["定海区", ""]) {
    blank[unit] = join(dir, `blank-${unit || "none"}.xlsx`);
    expect((await cli("template", ZS, "--year", "2023", "--unit", unit, "--out", blank[unit]!)).code).toBe(0);
  }
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
test.each<[string, string, InputEntry[], boolean, "zh" | "en", (out: string, kept: string) => string]>([
  ["定海区's return, three values typed", "定海区", THREE, false, "zh", (o, k) => `${o} 原是定海区的填报，已填了 3 个数值，现已换成空白填报；原文件（连同所填数值）已另存为 ${k}`],
  ["定海区's return, three values typed, in English", "定海区", THREE, false, "en", (o, k) => `${o} was 定海区's return with 3 values typed in, now replaced by a blank return; the old file, values and all, is kept as ${k}`],
  ["one value typed, in English", "定海区", THREE.slice(0, 1), false, "en", (o, k) => `${o} was 定海区's return with 1 value typed in, now replaced by a blank return; the old file, values and all, is kept as ${k}`],
  ["a return whose cover names no unit", "", THREE.slice(1), false, "zh", (o, k) => `${o} 原是一份填报，已填了 2 个数值，现已换成空白填报；原文件（连同所填数值）已另存为 ${k}`],
  ["nothing typed but the cover's deadline: the line as before", "定海区", [], true, "zh", (o, k) => `${o} 原有内容与本次写出的不同（可能有人已填写或改过），原文件已另存为 ${k}`],
])("%s", async (_, unit, typed, deadline, lang, said) => {
  const d = join(dir, `case${++n}`);
  mkdirSync(d);
  const out = join(d, "2023-填报.xlsx");
  copyFileSync(blank[unit]!, out);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(fillInputs(wb, typed)).toEqual([]);
  if (deadline) wb.getWorksheet(COVER_NAME)!.getCell(DEADLINE_CELL.row, DEADLINE_CELL.col).value = "2024-01-31";
  await wb.xlsx.writeFile(out);
  const r = await cli("template", ZS, "--year", "2023", "--unit", unit, "--out", out, "--force", "--lang", lang);
  expect(r.code).toBe(0);
  const kept = readdirSync(join(d, REPLACED_FOLDER));
  expect(kept).toHaveLength(1);
  const lines = r.out.trim().split("\n");
  expect(lines.slice(1)).toEqual([said(out, join(d, REPLACED_FOLDER, kept[0]!))]);
}, 60000);
