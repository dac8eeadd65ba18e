import { existsSync, statSync } from "node:fs";
import { FileProblem } from "./FileProblem";

/** Refuses an --out that exists (without --force) before any work is done; the write checks again. */
export function refuseExisting(out: string, force: boolean | undefined): void {
  if (!existsSync(out)) return;
  if (statSync(out).isDirectory()) throw new FileProblem({ code: "is_folder", file: out });
  if (!force) throw new FileProblem({ code: "exists", file: out });
}
