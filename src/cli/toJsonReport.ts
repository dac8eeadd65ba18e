import type { LockState } from "../cycle/applyLock";
import type { Lang } from "../domain/describeIssue";
import { jsonNumber } from "./jsonNumber";
import type { CheckReport } from "../sheet/CheckReport";
import { describeWorkbookProblem } from "../sheet/describeWorkbookProblem";
import { lockJson } from "./lockJson";
import type { LockReading } from "../cycle/lockReading";
import { lockRefusalJson } from "./lockRefusalJson";
import { problemSite } from "../sheet/problemSite";
import { isUncalculated } from "../domain/isUncalculated";

const round = jsonNumber;

/**
 * The `check --json` document, exactly as architecture.md gives it, plus the workbook's own
 * problems: `problems` their lines, `problemCodes` the same problems coded (`{code, params}`,
 * WorkbookProblem), in the same order. `lang` (`--lang`, default zh) is the language of the
 * issues' `message` and of `problems`; codes, params and every other field are the same in both.
 * With `lock` (applyLock's state, which `check` always gives) the document ends with `lock`:
 * null when never locked, else lockJson's `{lockedAt, date, reviewer, intact, changed, changes}`;
 * without it there is no `lock` key (a caller that did not read the lock cannot say). With `outlook`
 * (lockReading: lock's own check and rule, `file` as the commands it names give it) it ends with `lockRefusals`, every reason `lock` would refuse the
 * return for (lockRefusalJson; [] when lock would lock it), what check's text says under 不能锁定.
 */
export function toJsonReport(r: CheckReport, lang: Lang = "zh", lock?: LockState, outlook?: Pick<LockReading, "report" | "refusals"> & { file: string }): unknown {
  return {
    year: r.year,
    reportingUnit: r.reportingUnit,
    items: r.items.map((i) => ({
      // attribute: 约束性 / 预期性 as the plan gives it, null for none (a project, a reform), as report --json has it (trial42a F5)
      kind: i.kind, template: i.template, id: i.id, name: i.name, unit: i.unit, attribute: i.attribute ?? null, sheet: i.sheet,
      baseline: i.baseline, target: i.target, cells: i.cells, statusCell: i.statusCell, status: i.status,
      progress: round(i.progress), expected: round(i.expected),
      issues: i.issues.map((x) => {
        const o: Record<string, unknown> = { code: x.code, severity: x.severity, cell: x.cell ?? i.statusCell, message: lang === "en" ? x.messageEn : x.message };
        // a problem about another year's cell (a 2021 slip): that year and the cell's value as typed, as 问题清单 shows them (problemSite)
        const site = problemSite(i, x, r.year);
        if (site.year !== undefined) Object.assign(o, { year: site.year, value: site.value });
        if (x.suggestion !== undefined) o["suggestion"] = x.suggestion;
        // a formula with no result in the file, whatever the code says of it (an earlier year's too): marked, with its
        // text where the reader kept it, so a script reads each cell where the sheet's line (formulas_uncalculated) says them at once
        if (isUncalculated(x)) Object.assign(o, { uncalculated: true, ...(x.received ? { formula: x.received } : {}) });
        // §8: a warning kept by the row's 说明
        if (x.params?.["noted"]) o["noted"] = true;
        // §6a: a row left blank with its reason, the 说明 given whole (the message cuts it at 40 characters)
        // an earlier year's value still owed (earlier_year_owed): that year's 说明, whole
        if (x.code === "missing_explained" || x.code === "earlier_year_owed") o["note"] = x.params?.["note"] ?? "";
        // and on a cumulative row, counted as 0 in its total: said by this issue, cumulative_gap leaving that year out (owedInGap)
        if (x.code === "earlier_year_owed" && x.params?.["countedAsZero"] !== undefined) o["countedAsZero"] = true;
        return o;
      }),
    })),
    counts: r.counts,
    problems: r.problems.map((p) => describeWorkbookProblem(p, lang)),
    problemCodes: r.problems.map((p) => ({ code: p.code, params: p.params })),
    ...(lock === undefined ? {} : { lock: lockJson(lock, r) }),
    ...(outlook === undefined ? {} : { lockRefusals: outlook.refusals.map((x) => lockRefusalJson(x, outlook, lang)) }),
  };
}
