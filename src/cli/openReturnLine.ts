import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";
import type { OpenReturn } from "./openReturns";

/**
 * The one line check, summary and report (`task`) print for a return of a folder that someone has open (openReturns), in
 * `lang`: who has it open, where the lock file says so, in which program, and that its last saved figures were read
 * (trial43b F8). Said, never refused: review and lock, which write into the file, refuse instead (open_elsewhere).
 */
export function openReturnLine(o: OpenReturn, task: "check" | "summary" | "report", lang: Lang): string {
  return cycleMessage("return_open", { file: o.file, lock: o.lock.lock, app: o.lock.kind, holder: o.lock.holder ?? "", host: o.lock.host ?? "", task }, lang);
}

/** `--json`'s `open` (check's line, summary's and report's field): the file, its lock file and who holds it, where said. */
export function openReturnJson(o: OpenReturn): { file: string; lock: string; holder?: string; host?: string } {
  return { file: o.file, lock: o.lock.lock, ...(o.lock.holder ? { holder: o.lock.holder } : {}), ...(o.lock.host ? { host: o.lock.host } : {}) };
}
