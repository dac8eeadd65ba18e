import { readMeta, checkGrid } from "../sheet/checkGrid";
import { buildWorkbookPlan } from "../sheet/buildWorkbookPlan";
import { inKeyYear } from "../sheet/keys";
import { carriedInputs } from "../sheet/carriedInputs";
import { COVER_NAME } from "../sheet/coverSheet";
import { excelInput } from "../hosts/xlsx/excelInput";
import { fillInputs, type InputEntry } from "../hosts/xlsx/fillInputs";
import { planToWorkbook } from "../hosts/xlsx/writeXlsx";
import { checkFailureText } from "./checkFailureText";
import type { CommandIO } from "./CommandIO";
import { cycleMessage } from "./cycleMessages";
import { EXIT } from "./EXIT";
import { loadWorkbookFile } from "./loadWorkbookFile";
import { refuseExisting } from "./refuseExisting";
import { refuseOutsidePlan } from "./refuseOutsidePlan";
import { UsageError } from "./UsageError";
import { writeFileSafely } from "./writeFileSafely";

export interface RolloverOptions { year: number; out: string; force?: boolean }

/**
 * `rollover <return.xlsx> --year Y --out new.xlsx`: the return of another reporting year, made
 * from the templates the return carries (its metadata sheet, so imported plans roll too), with
 * its 填报单位, every value entered in its input cells (each year's actual values, project and
 * reform entries; matched by template id, row id and column key) and the cover's 填报人 and
 * 联系电话. 说明, 人工评估 and 审核意见 are written anew each year and are left blank, as are
 * the year's sign-offs; both are counted in the output. Rolling back to an earlier year carries
 * the later years' values too, and says so. A new file: the return itself is never written (the pane rolls a
 * workbook over in place). Refuses, exit 1: the same year, a year outside a plan period, an
 * existing --out without --force; exit 2: a file that is not a readable plan-returns workbook.
 */
export async function runRollover(file: string, o: RolloverOptions, io: CommandIO): Promise<void> {
  const loaded = await loadWorkbookFile(file, io.lang);
  if (!loaded.ok) { io.printErr(loaded.message + "\n"); io.setExit(EXIT.unreadable); return; }
  const checked = checkGrid(loaded.grid);
  if (!checked.ok) { io.printErr(checkFailureText(file, checked, io.lang) + "\n"); io.setExit(EXIT.unreadable); return; }
  // the check read the same metadata (readMeta is shared), so it is there and valid
  const meta = readMeta(loaded.grid);
  if (!meta || "error" in meta) throw new Error("a checked workbook without its metadata");
  const from = checked.report.year;
  if (o.year === from) throw new UsageError(cycleMessage("roll_same_year", { file, year: from }, io.lang));
  refuseOutsidePlan(meta.templates, o.year, io.lang);
  refuseExisting(o.out, o.force);
  const plan = buildWorkbookPlan(meta.templates, { year: o.year, reportingUnit: checked.report.reportingUnit });
  const carried = carriedInputs(loaded.grid, plan);
  const wb = planToWorkbook(plan);
  const entries: InputEntry[] = [];
  for (const c of carried.inputs) {
    const x = excelInput(c.value);
    if (x) entries.push({ template: c.template, id: c.id, key: c.key, ...x });
  }
  const left = fillInputs(wb, entries);
  if (left.length) throw new Error(`carried values not placed: ${left.length}`); // the plan named every cell
  const cover = wb.getWorksheet(COVER_NAME);
  for (const f of carried.cover) {
    const x = excelInput(f.value);
    if (!cover || !x) continue;
    const cell = cover.getCell(f.row, f.col);
    cell.value = x.value;
    if (x.numFmt) cell.numFmt = x.numFmt;
  }
  const bytes = Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer);
  await writeFileSafely(o.out, bytes, { makeFolder: true, force: o.force ?? false, inputs: [file] });
  const lines = [cycleMessage("rolled", { out: o.out, year: o.year, file, from, n: entries.length + carried.cover.length }, io.lang)];
  if (carried.perYear) lines.push(cycleMessage("rolled_left", { n: carried.perYear }, io.lang));
  if (carried.signOffs) lines.push(cycleMessage("rolled_signoffs_left", { n: carried.signOffs }, io.lang));
  // rolling back (a missed earlier return): the later years' values come along and read as filled ahead;
  // rolling forward: a value the old return already held for the new year (or later) was typed ahead, perhaps in the wrong column
  const yearsOf = (keep: (y: number) => boolean): string[] => [...new Set(entries.map((e) => Number(inKeyYear(e.key))).filter(keep))].sort().map(String);
  const join = (ys: string[]): string => ys.join(io.lang === "en" ? ", " : "、");
  const later = yearsOf((y) => y > o.year);
  if (o.year < from && later.length) lines.push(cycleMessage("rolled_back", { year: o.year, from, years: join(later) }, io.lang));
  const ahead = yearsOf((y) => y >= o.year);
  if (o.year > from && ahead.length) {
    const n = entries.filter((e) => Number(inKeyYear(e.key)) >= o.year).length;
    lines.push(cycleMessage("rolled_ahead", { year: o.year, from, years: join(ahead), n }, io.lang));
  }
  if (carried.otherSheets.length) lines.push(cycleMessage("rolled_other_sheets", { sheets: carried.otherSheets.join(io.lang === "en" ? ", " : "、") }, io.lang));
  io.print(lines.join("\n") + "\n");
}
