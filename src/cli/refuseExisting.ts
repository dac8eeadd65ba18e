import { existsSync, statSync } from "node:fs";
import { FileProblem } from "./FileProblem";
import { sameFileOnDisk } from "./sameFileOnDisk";

/**
 * Refuses an --out before any work is done (the write checks again): a folder (`is_folder`); one of the files
 * the command reads (`inputs`, as readInputs lists them: named, found in a folder named, --ledger, --previous,
 * --city, --rules…; compared as files on disk, sameFileOnDisk), even with --force (`is_input`, which offers no
 * --force); any other existing file without --force (`exists`). Errors are FileProblems (exit 1).
 */
export function refuseExisting(out: string, force: boolean | undefined, inputs: readonly string[] = []): void {
  if (!existsSync(out)) return;
  if (statSync(out).isDirectory()) throw new FileProblem({ code: "is_folder", file: out });
  const input = inputs.find((f) => sameFileOnDisk(f, out));
  if (input !== undefined) throw new FileProblem({ code: "is_input", file: out, other: input });
  if (!force) throw new FileProblem({ code: "exists", file: out });
}
