import { changesSinceLock } from "../cycle/changesSinceLock";
import type { LockedChange } from "../cycle/lockedChanges";
import { mergedUnits } from "../cycle/mergedUnits";
import { coverlessUnit } from "../cycle/coverlessUnit";
import { versionFacts } from "../cycle/versionFacts";
import type { TableContent } from "../cycle/tableContent";
import type { CheckReport } from "../sheet/CheckReport";
import type { ReturnEvaluation } from "../sheet/EvaluationReport";
import { evaluateReturn } from "../sheet/evaluateReturn";
import type { GridWorkbook } from "../sheet/Grid";
import type { Template } from "../templates/TemplateSchema";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";

/**
 * One return `report` evaluates, as read and graded (evaluation-rules §6), before the set is decided
 * (evaluateReturnSet): its unit, when it arrived (ms), its own reporting year (`own`), its plans, the changes since
 * its lock, other units' returns merged into it, and the version facts a unit's versions are told apart by.
 */
export type ArrivedReturn = { file: string; unit: string; receivedAt: number; ret: ReturnEvaluation; own: number; templates: Template[]; lockChanges: LockedChange[]; merged?: { units: string[]; read?: string } } & ReturnType<typeof versionFacts>;

/**
 * A checked return graded as `report` grades it, shared by the CLI and the pane's 评估所选文件: a cover without its
 * 填报单位 takes the unit the file is named after (coverlessUnit: of those expected, `listed`, else, its 填报说明 sheet deleted, distribute's name), else none, and is said in
 * one line (`cover`, in `lang`); a locked return changed since is graded on its values now (changesSinceLock, with
 * the host's `sha`: node:crypto or sha256Hex, which agree); other units' sheets merged into it are noted, not graded.
 * `name`: the file's name without its extension, which the report names the return by.
 */
export function arrivedReturn(file: string, name: string, grid: GridWorkbook, checked: CheckReport, o: { own: number; templates: Template[]; receivedAt: number; listed: readonly string[]; lang: Lang; sha: (text: string) => string; table?: TableContent; seeAll?: true }): { arrived: ArrivedReturn; cover?: { file: string; line: string } } {
  const { own, listed, lang } = o;
  const gone = checked.problems.some((x) => x.code === "cover_deleted");
  const byName = checked.reportingUnit === "" ? coverlessUnit(file, own, listed, gone) : undefined;
  const cover = checked.reportingUnit === "" ? { file, line: cycleMessage(byName ? "cover_unit_by_name" : "cover_no_unit", { file, unit: byName ?? "", task: "report", gone: gone ? 1 : 0 }, lang) } : undefined;
  const report = byName === undefined ? checked : { ...checked, reportingUnit: byName };
  // a row deleted from the return is still the plan's: counted 未填报, said missing
  // the CLI's report names the file in `plan-returns check <file>` (`seeAll`): the pane has its own 校验
  const ret = evaluateReturn(grid, report, o.templates, name, o.seeAll ? file : undefined);
  // a locked return changed since is graded on its values now, as summary sums them, and said so
  // (a fresh user's report graded 11500 where 11200 was locked, without a word)
  // other units' returns merged into it as sheets (as summary finds them): said, not evaluated
  const merged = mergedUnits(report, listed);
  const arrived: ArrivedReturn = { file, unit: report.reportingUnit, receivedAt: o.receivedAt, ...versionFacts(grid, report, undefined, o.table), ret, own, templates: o.templates, lockChanges: changesSinceLock(grid, report, o.sha), ...(merged.units.length ? { merged } : {}) };
  return cover ? { arrived, cover } : { arrived };
}
