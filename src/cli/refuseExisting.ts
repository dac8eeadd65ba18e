import { existsSync, statSync } from "node:fs";
import { FileProblem } from "./FileProblem";
import { sameFileOnDisk } from "./sameFileOnDisk";
import type { OutputWorkbook } from "./workbookOver";

/**
 * Refuses an --out before any work is done (the write checks again): a folder (`is_folder`); one of the files
 * the command reads (`inputs`, as readInputs lists them: named, found in a folder named, --ledger, --previous,
 * --city, --rules…; compared as files on disk, sameFileOnDisk), even with --force (`is_input`); a workbook of the
 * cycle that what is written must not replace (`writes`: what the command writes; workbookOver: a unit's return
 * under a summary, a report or another unit's return, the 报送台账), even with --force (`other_workbook`); any other
 * existing file without --force (`exists`). The two refusals --force cannot lift offer no --force. Errors are
 * FileProblems (exit 1).
 */
export async function refuseExisting(out: string, force: boolean | undefined, inputs: readonly string[] = [], writes?: OutputWorkbook): Promise<void> {
  if (!existsSync(out)) return;
  if (statSync(out).isDirectory()) throw new FileProblem({ code: "is_folder", file: out });
  const input = inputs.find((f) => sameFileOnDisk(f, out));
  if (input !== undefined) throw new FileProblem({ code: "is_input", file: out, other: input });
  const held = writes ? await (await import("./workbookOver")).workbookOver(out, writes) : null;
  if (held) throw new FileProblem({ code: "other_workbook", file: out, workbook: held });
  if (!force) throw new FileProblem({ code: "exists", file: out });
}
