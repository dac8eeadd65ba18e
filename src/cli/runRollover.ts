import { readMeta, checkGrid } from "../sheet/checkGrid";
import { checkFailureText } from "./checkFailureText";
import type { CommandIO } from "./CommandIO";
import { cycleMessage } from "./cycleMessages";
import { EXIT } from "./EXIT";
import { loadWorkbookFile } from "./loadWorkbookFile";
import { refuseExisting } from "./refuseExisting";
import { refuseOutsidePlan } from "./refuseOutsidePlan";
import { rollReturn } from "./rollReturn";
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
  const { bytes, lines } = await rollReturn(file, o.out, { grid: loaded.grid, report: checked.report, templates: meta.templates }, o, io.lang);
  await writeFileSafely(o.out, bytes, { makeFolder: true, force: o.force ?? false, inputs: [file] });
  io.print(lines.join("\n") + "\n");
}
