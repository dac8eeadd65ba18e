import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { CheckedReturn } from "../../src/sheet/crossReturnIssues";
import type { Template } from "../../src/templates/TemplateSchema";

/**
 * A trial's plan (trK) and its 2023 mid-term adjustment, imported again with the same id: v2 drops
 * 全员劳动生产率 (v1 r02), adds 城镇新增就业人数〔50〕 (v2 r08), raises 城镇化率 70 → 72, lowers 托位
 * 4.5 → 4.0 and makes 医师 约束性, so 常住人口城镇化率 is v1 r03 and v2 r02 …; v3 spells 单位GDP能耗降低
 * out as 单位地区生产总值能源消耗降低.
 */
export const AMENDED_DIR = join(__dirname, "../fixtures/plans/amended");
export const amended = (v: "v1" | "v2" | "v3"): Template => JSON.parse(readFileSync(join(AMENDED_DIR, `jianghai-${v}.json`), "utf8")) as Template;

/** Values by the start of a row's name, then year. */
export type ValuesByName = Record<string, Record<number, number>>;

/** The bytes of a return of `t` for `year` with each row named filled for the years given (by name, as a person fills it). */
export async function amendedReturnBytes(t: Template, year: number, values: ValuesByName, unit = "东城区"): Promise<Buffer> {
  const wb = planToWorkbook(buildWorkbookPlan([t], { year, reportingUnit: unit }));
  const entries: InputEntry[] = [];
  for (const [name, ys] of Object.entries(values)) {
    const d = t.kind === "indicators" ? t.indicators.find((x) => x.name.startsWith(name)) : undefined;
    if (!d) throw new Error(name);
    for (const [y, value] of Object.entries(ys)) entries.push({ template: t.id, id: d.id, key: `in:${y}`, value });
  }
  if (fillInputs(wb, entries).length) throw new Error("not placed");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The return checked, with its grid. */
export async function amendedReturn(t: Template, year: number, values: ValuesByName): Promise<CheckedReturn> {
  const grid = await readXlsxZip(await amendedReturnBytes(t, year, values));
  const r = checkGrid(grid);
  if (!r.ok) throw new Error(r.message);
  return { report: r.report, grid };
}

/** The return written to `dir/name`; its path. */
export async function amendedReturnFile(dir: string, name: string, t: Template, year: number, values: ValuesByName, unit = "东城区"): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await amendedReturnBytes(t, year, values, unit));
  return file;
}
