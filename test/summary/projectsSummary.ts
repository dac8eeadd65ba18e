import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { cli } from "../support/cli";

/** The project template both projects tests fill (嵊泗 2024 项目清单). */
export const PJ = "shengsi-2024-projects";

/** One 累计完成投资 / 项目状态 entry of a `PJ` row, as fillInputs takes it. */
export const projectEntry = (id: string, key: string, value: string | number): InputEntry => ({ template: PJ, id, key, value });

/** What `summary` says of one return, in each of its forms: `--json`'s document, the terminal (zh, en) and the 汇总 workbook's text. */
export interface ProjectsSummary<Doc> { doc: Doc; terminal: string; terminalEn: string; sheetText: string }

/**
 * A `PJ` return of 甲镇 for 2024 made as a person would (`template`, then `entries` typed by id)
 * in a new folder named from `prefix`, and `summary` run over it: `--json`, `--out 汇总.xlsx`
 * (its cells' strings, a line each) and `--lang en`. Throws when an entry finds no cell.
 */
export async function projectsSummary<Doc>(prefix: string, entries: InputEntry[]): Promise<ProjectsSummary<Doc>> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = join(dir, "2024-甲镇.xlsx");
  const out = join(dir, "汇总.xlsx");
  const r = await cli("template", PJ, "--year", "2024", "--unit", "甲镇", "--out", file);
  if (r.code !== 0) throw new Error(r.err);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  if (fillInputs(wb, entries).length) throw new Error("not placed");
  await wb.xlsx.writeFile(file);
  const doc = JSON.parse((await cli("summary", file, "--json")).out) as Doc;
  const terminal = (await cli("summary", file, "--out", out)).out;
  const terminalEn = (await cli("summary", file, "--lang", "en")).out;
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const texts: string[] = [];
  book.eachSheet((s) => s.eachRow((row) => row.eachCell((c) => { if (typeof c.value === "string") texts.push(c.value); })));
  return { doc, terminal, terminalEn, sheetText: texts.join("\n") };
}
