import { overdueEnd } from "../domain/overdueEnd";
import { runningTotals } from "../sheet/runningTotals";
import { jsonNumber } from "./jsonNumber";
import { valueCell } from "../sheet/valueCell";
import { cumulativeDoubts } from "../sheet/cumulativeDoubts";
import type { SummaryRowPlace } from "../sheet/SummaryRowPlace";
import type { ListedRow, SummaryFigures } from "../sheet/summarize";

/**
 * `summary --json`: the figures, `totals` with the same keys as `check`'s `counts`; a listed row's `value` is the cell as
 * typed (a cumulative row's year amount), `cumulative` the running total a cumulative row is graded on (null for other
 * rows), `expectedValue`, `progress` and `expected` rounded as check --json rounds them (jsonNumber), `expectedStrict` (`<`, `>`)
 * where expectedValue is a strict target itself, in the year it is for (§3, our reading); `runningTotals`:
 * the cumulative rows whose cell for the year looks like a running total (runningTotals), [] when none;
 * `cumulativeDoubts`: those with a level typed or a year far beyond the pace (cumulativeDoubts), [] when none;
 * `toVerify`: the rows counted in `totals` by status that the report does not grade (row + `verify`), [] when none.
 * `projects.withheld`: projects whose 累计完成投资 reads as 万元 or as a date, out of the sums; `projects.invalid`: those counted
 * 数据异常 (a 累计完成投资 not read), out of the sums too, each with `message`; `projects.notReported` (累计完成投资 blank,
 * 未填报) and `projects.noInvestment` (总投资 “/” with an amount), out of both sums as well, `projects.closed` (已撤并 / 已转型, with
 * `state`) out of them too, and `projects.finished` (已完工 with 累计完成投资 blank) in them at its 总投资 (projectSumsPlace);
 * `projects.lagging` rows past their end year carry `overdue` (the planned end year, overdueEnd); `reforms`: counts by
 * reformGroup (已完成 / 推进中 / 未启动 / 未填报 / 数据异常), `reformsInvalid` the 数据异常 rows with `message`.
 * `planNotes`: the plan's own faults (isPlanFault: a unit or direction read from the template), once each ({template, id, name, code,
 * message}), [] when none: not counted in `flags` nor repeated for each unit.
 */
export function summaryJson(f: SummaryFigures): unknown {
  const row = ({ unit, file, item }: ListedRow) => ({
    unit, file, template: item.template, id: item.id, name: item.name, attribute: item.attribute ?? null, sheet: item.sheet,
    cell: valueCell(item, f.year), status: item.status, value: item.value ?? "",
    // a cumulative row: the running total it is graded on, which `expectedValue` is compared with (`value` is the year's own amount)
    cumulative: item.cumulative === undefined ? null : jsonNumber(item.cumulative),
    expectedValue: jsonNumber(item.expectedValue ?? null),
    // a strict target in the year it is for (s = 1): expectedValue is the bound itself, to be passed (9 of `<9`: "<"), else absent
    ...(item.expectedStrict ? { expectedStrict: item.expectedStrict } : {}),
    progress: jsonNumber(item.progress), expected: jsonNumber(item.expected), note: item.note ?? "",
  });
  return {
    year: f.year,
    templates: f.templates.map((t) => t.id),
    units: f.units.map((u) => ({ unit: u.unit, file: u.file, counts: u.counts, ...(u.yearBlank ? { yearBlank: true } : {}) })),
    totals: f.totals,
    byDomain: f.byDomain.map((d) => ({ template: d.template, domain: d.domain, counts: d.counts, share: d.share })),
    lagging: Array.from(f.lagging, row),
    // withheld: 累计完成投资 read as 万元 or as a date (completedDoubt), left out of planned/completed and the groups
    projects: { ...f.projects, withheld: f.projects.withheld.map(row), invalid: (f.projects.invalid ?? []).map((x) => ({ ...row(x), message: x.message })),
      notReported: (f.projects.notReported ?? []).map(row), noInvestment: (f.projects.noInvestment ?? []).map(row),
      // 已撤并 / 已转型, out of the sums (with `state`); 已完工 with 累计完成投资 blank, in them at its 总投资 (projectSumsPlace)
      closed: (f.projects.closed ?? []).map((x) => ({ ...row(x), state: x.item.state ?? "" })), finished: (f.projects.finished ?? []).map(row),
      // a project past its end year (逾期): its planned end year, as check's project_overdue gives it (overdueEnd)
      lagging: Array.from(f.projects.lagging, (x) => ({ ...row(x), ...overdueOf(x) })) },
    // counted by status (reformGroup, §5); the 数据异常 ones listed with check's messages
    reforms: f.reforms,
    reformsInvalid: f.reformsInvalid.map((x) => ({ ...row(x), message: x.message })),
    flags: f.flags.length,
    // the plan's own issues (a unit or direction read from the template), once each, not in flags
    planNotes: (f.planNotes ?? []).map(({ item, code, message }) => ({ template: item.template, id: item.id, name: item.name, code: code ?? "", message })),
    runningTotals: runningTotals(f).map(planName),
    // a level typed or a year far beyond the pace (level_typed, year_over_pace): not graded by the report
    cumulativeDoubts: cumulativeDoubts(f).map(planName),
    // counted in totals by check's status, yet 未能评估（数值待核实） in the report (ungradedDoubt)
    toVerify: (f.toVerify ?? []).map((x) => ({ ...row(x), verify: x.verify })),
  };
}

/** `{overdue: end year}` of a project past its planned end year and not complete (overdueEnd), else nothing. */
function overdueOf({ item }: ListedRow): { overdue?: number } {
  const end = overdueEnd(item.issues);
  return end === null ? {} : { overdue: end };
}

/** A row the summary names, its `name` the plan's alone: the 领域 that the text says beside it (namedApart) is not a field. */
function planName<T extends SummaryRowPlace>(x: T): Omit<T, "apart"> {
  const { apart: _apart, ...rest } = x;
  void _apart;
  return rest;
}
