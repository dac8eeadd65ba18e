import ExcelJS from "exceljs";
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseTarget } from "../../src/domain/parseTarget";
import { targetValue } from "../../src/domain/Target";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { indicatorTemplate } from "../support/seedRows";
import { cli } from "../support/cli";

export const COUNTIES = [
  { unit: "定海区", pace: 1.6 }, { unit: "普陀区", pace: 1.0 }, { unit: "岱山县", pace: 0.6 }, { unit: "嵊泗县", pace: 0.25 },
] as const;

/**
 * Four county returns of 舟山 十三五 for 2018, made as a person would (template command, then
 * values typed by id). Each county moves from the baseline towards the target at its own pace
 * (1.6, 1.0, 0.6, 0.25 × the straight line), so between them they reach every grade. The
 * template gains a 责任单位 for 城镇住房保障受益覆盖率 (a binding indicator), as a user would add.
 */
export async function countyReturns(dir: string): Promise<string[]> {
  const t = structuredClone(indicatorTemplate("zhoushan-2016-2020"));
  for (const d of t.indicators) if (d.id === "zs16-14") d.responsibleUnit = "市住建局";
  const tfile = join(dir, "zs16.json");
  writeFileSync(tfile, JSON.stringify(t));
  const files: string[] = [];
  for (const [k, c] of COUNTIES.entries()) {
    const file = join(dir, `${k + 1}-${c.unit}.xlsx`);
    const r = await cli("template", "--from", tfile, "--year", "2018", "--unit", c.unit, "--out", file);
    if (r.code !== 0) throw new Error(r.err);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const entries: InputEntry[] = [];
    t.indicators.forEach((d, i) => {
      const target = parseTarget(d.target);
      const tv = targetValue(target);
      if (tv === null) return;
      if (i % 11 === 5 && k === 3) return; // one county leaves a row empty: 未填报
      const bv = targetValue(parseTarget(d.baseline));
      for (const y of [2016, 2017, 2018]) {
        const s = (y - 2015) / 5;
        const v = target.kind === "cumulative" ? (tv / 5) * c.pace : (bv ?? tv * 0.9) + ((tv - (bv ?? tv * 0.9)) * Math.min(1, s * c.pace * (1 + (i % 3) * 0.1)));
        entries.push({ template: t.id, id: d.id, key: `in:${y}`, value: Math.round(v * 1000) / 1000 });
      }
    });
    const left = fillInputs(wb, entries);
    if (left.length) throw new Error(`not placed: ${left.length}`);
    await wb.xlsx.writeFile(file);
    files.push(file);
  }
  return files;
}

/**
 * A copy of `base` (a county return) named `name` in `dir`, with `entries` written into its
 * inputs; fails the test when an entry finds no cell.
 */
export async function countyReturnWith(dir: string, base: string, name: string, entries: InputEntry[]): Promise<string> {
  const file = join(dir, name);
  copyFileSync(base, file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const left = fillInputs(wb, entries);
  if (left.length) throw new Error(`not placed: ${JSON.stringify(left)}`);
  await wb.xlsx.writeFile(file);
  return file;
}
