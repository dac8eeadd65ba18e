import { returnValues } from "../cycle/returnValues";
import { checkGrid } from "../sheet/checkGrid";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";
import { heldWorkbookText } from "./heldWorkbookText";
import { loadWorkbookFile } from "./loadWorkbookFile";

/**
 * `template`'s one line where the file it replaced with --force (kept as `kept`: writeFileSafely) was a return with
 * values typed in: whose, how many, that the file is now blank and where those values are (template_over_filled), in
 * `lang`. keptReplacedLine's 「可能有人已填写」 left a person to guess that a county's figures had gone from the file
 * they open next. Null where the kept copy is no return the check reads, or holds no value: keptReplacedLine says it.
 */
export async function keptFilledReturnLine(file: string, kept: string, lang: Lang): Promise<string | null> {
  const loaded = await loadWorkbookFile(kept);
  if (!loaded.ok) return null;
  const checked = checkGrid(loaded.grid);
  if (!checked.ok) return null;
  let n = 0;
  for (const v of returnValues(loaded.grid, checked.report).values()) if (v.text !== "" || v.uncalculated) n++;
  if (n === 0) return null;
  const held = heldWorkbookText({ kind: "return", unit: checked.report.reportingUnit.trim() }, lang);
  return cycleMessage("template_over_filled", { file, held, n, kept }, lang);
}
