import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { readLedgerBook } from "../cycle/ledgerBook";
import type { Template } from "../templates/TemplateSchema";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";
import { loadWorkbookFile } from "./loadWorkbookFile";
import { LEDGER_FILE } from "./runDistribute";
import { sameFileOnDisk } from "./sameFileOnDisk";
import { UsageError } from "./UsageError";

/**
 * The one-file rollover writes no return (`templates`, the new return's) into a folder whose 报送台账 (distribute's or a
 * folder rollover's) is of other templates only: the return would be another plan's among that plan's returns, and the
 * next summary of the folder passes it over as another plan's (session 44: a folder rollover told the unit that sent a
 * 衢州 return in the 舟山 folder to roll over its latest return; the manager rolled that one over into the 舟山 folder).
 * A ledger that cannot be read, or records no template, refuses nothing. Throws a UsageError (exit 1, nothing written).
 */
export async function refuseOtherPlanFolder(file: string, out: string, templates: readonly Template[], unit: string, lang: Lang): Promise<void> {
  const dir = dirname(out);
  const ledger = join(dir, LEDGER_FILE);
  if (!existsSync(ledger) || sameFileOnDisk(ledger, out)) return;
  const loaded = await loadWorkbookFile(ledger, lang);
  const book = loaded.ok ? readLedgerBook(loaded.grid) : null;
  if (!book || !book.templates.length || templates.some((t) => book.templates.includes(t.id))) return;
  const own = templates[0];
  throw new UsageError(cycleMessage("roll_into_other_plan", { file, title: own?.title ?? "", own: templates.map((t) => t.id).join(","), dir, ledger, templates: book.templates.join(","), year: book.year, unit: unit || (lang === "en" ? "the unit" : "该单位") }, lang));
}
