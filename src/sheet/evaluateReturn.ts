import { overdueEnd } from "../domain/overdueEnd";
import { isReasonWritten } from "../domain/isReasonWritten";
import { cellText, type CellValue } from "../domain/CellValue";
import { reformGroup } from "../domain/reformGroup";
import { emptyGradeCounts } from "../domain/Grade";
import { gradeIndicator } from "../domain/gradeIndicator";
import { gradeProject } from "../domain/gradeProject";
import { indicatorSpec } from "../templates/indicatorSpec";
import type { Template } from "../templates/TemplateSchema";
import { columnNumber } from "./a1";
import type { CheckReport } from "./CheckReport";
import type { EvaluationRow, ProjectEvaluationRow, ReformEvaluationRow, ReturnEvaluation } from "./EvaluationReport";
import { gridCell, type GridWorkbook } from "./Grid";
import { returnParagraph } from "./returnParagraph";
import { slipOf } from "../domain/slipOf";
import { valueToVerify } from "../domain/valueToVerify";
import { completedDoubt } from "../domain/completedDoubt";
import { confirmedAssessments } from "../cycle/confirmedAssessments";
import { assessmentOf } from "./assessmentOf";
import { blankOf } from "../cycle/blankOf";

function cellAt(g: GridWorkbook, sheet: string, ref: string): CellValue {
  const s = g.sheets.find((x) => x.name === sheet);
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!s || !m?.[1] || !m[2]) return { type: "empty" };
  return gridCell(s, Number(m[2]), columnNumber(m[1]));
}

/**
 * Grades a checked return (evaluation-rules.md §6). It starts from `check`'s report, so each
 * row's status is the one `check` gives, and reads each year's actual from the cells the
 * report names (by id, never by position). `file` names the return when its cover has no 填报单位.
 * A row graded by its 人工评估 that no 审核结论 通过 or 已说明 in force confirms (confirmedAssessments, read from the
 * return's own 审核 sheet) is marked `assessmentToConfirm` (§3, our reading, trial35 X1); the indicators its templates
 * record a mid-term revision removed are `removed` (trial35 M9). A project or reform row 待人工评估 that such a 审核结论
 * concludes is `reviewed` (§5, our reading; trial40c F9). `checkFile`: the file as the CLI was given it (ReturnEvaluation's).
 */
export function evaluateReturn(g: GridWorkbook, report: CheckReport, templates: readonly Template[], file: string, checkFile?: string): ReturnEvaluation {
  const year = report.year;
  const items: EvaluationRow[] = [];
  const projects: ProjectEvaluationRow[] = [];
  const reforms: ReformEvaluationRow[] = [];
  const targetYears = new Set<number>();
  // the rows whose 人工评估 the reviewer confirmed, read from the 审核 sheet once, when a row is graded by one
  let confirmed: ReadonlySet<string> | undefined;
  // a list's row 待人工评估 is concluded by its 审核结论 (通过, 已说明): the list has no 人工评估 column (§5, our reading)
  const reviewed = (item: { template: string; id: string }): boolean => (confirmed ??= confirmedAssessments(g, report)).has(`${item.template}|${item.id}`);
  for (const item of report.items) {
    const t = templates.find((x) => x.id === item.template);
    if (!t) continue;
    if (item.kind === "indicator" && t.kind === "indicators") {
      const d = t.indicators.find((x) => x.id === item.id);
      if (!d) continue;
      const actuals: Record<string, CellValue> = {};
      for (const [y, ref] of Object.entries(item.cells)) actuals[y] = cellAt(g, item.sheet, ref);
      // the reviewer's assessment of a qualitative target is the status check read from its cell
      // a 说明 keeps a far value (§8f), so a trend may run through it (gradeIndicator's `doubted`)
      const graded = gradeIndicator({ spec: indicatorSpec(t, d), year, actuals, assessment: item.status }, { explained: isReasonWritten(item.note) });
      targetYears.add(t.targetYear);
      const row: EvaluationRow = {
        template: t.id, templateTitle: t.title, id: d.id, name: item.name, unit: item.unit, domain: d.domain,
        sheet: item.sheet, baseline: d.baseline, target: d.target ?? graded.finalTarget.text,
        baselineYear: t.baselineYear, targetYear: t.targetYear, actual: item.value ?? "", note: item.note ?? "", graded,
      };
      if (d.number.trim()) row.number = d.number.trim();
      if (d.attribute) row.attribute = d.attribute;
      if (item.apart !== undefined) row.apart = item.apart;
      if (d.responsibleUnit) row.responsibleUnit = d.responsibleUnit;
      if (d.revisions?.length) row.revisions = d.revisions;
      if (item.issues.some((i) => i.code === "row_missing")) row.rowMissing = true;
      const verify = valueToVerify(item.issues, graded.result.value, graded.reason === "scale_suspect");
      if (verify) row.verify = verify;
      // the year's own cell holds what check rejects (§2): quoted as typed, never as a figure; an
      // invalid earlier year of a cumulative sum leaves this year's value as it is. A year without a
      // target (不适用) is not judged, but check still refuses its value (§8g, a warning): marked the same
      const own = item.cells[String(year)];
      const invalid = item.value && own !== undefined ? item.issues.find((x) => x.cell === own && (x.severity === "error" || x.code === "unjudged_value_invalid")) : undefined;
      if (invalid) row.invalid = invalid.code === "unjudged_value_invalid" ? String(invalid.params?.["reason"] ?? invalid.code) : invalid.code;
      if (invalid && slipOf(invalid) !== null) row.textValue = true;
      if (item.issues.some((x) => x.params?.["uncalculatedSheet"])) row.uncalculatedSheet = true;
      // a usable number in a percent style (a row whose unit is not %, §2a) is judged as stored: said so, not as shown (trial41b F2)
      const cell = actuals[String(year)];
      if (!row.invalid && cell?.type === "number" && cell.percentStyle) row.stored = cell.value;
      // a conclusion in 人工评估 (the filer can fill that column too) is the reviewer's only once confirmed (§3, trial35 X1)
      if (assessmentOf(row) !== null && !(confirmed ??= confirmedAssessments(g, report)).has(`${item.template}|${item.id}`)) row.assessmentToConfirm = true;
      items.push(row);
    } else if (item.kind === "project" && t.kind === "projects") {
      const p = t.projects.find((x) => x.id === item.id);
      if (!p) continue;
      // 万元 typed in an 亿元 list, or a date (completedDoubt): withheld, 数值待核实 (§4, our reading)
      const slip = completedDoubt(item.issues);
      const row: ProjectEvaluationRow = {
        template: t.id, id: p.id, name: p.name, owner: item.owner ?? p.unit, investment: p.investment, period: p.period,
        completed: item.value ?? "", state: item.cells["state"] ? cellText(cellAt(g, item.sheet, item.cells["state"])).trim() : "",
        status: item.status, progress: item.progress, expected: item.expected, ...(item.lines ? { lines: item.lines } : {}),
        graded: gradeProject(item, year, p.period, slip !== null), note: item.note ?? "",
      };
      if (item.status === "manual" && reviewed(item)) row.reviewed = true;
      const end = overdueEnd(item.issues);
      if (end !== null) row.overdue = end;
      if (slip) {
        const times = slip.issue.params?.["times"];
        row.verify = { kind: slip.kind, ...(slip.kind === "scale" ? { suggestion: slip.issue.suggestion ?? 0 } : {}), ...(times === undefined ? {} : { times: Number(times) }) };
      }
      projects.push(row);
    } else if (item.kind === "reform" && t.kind === "reforms") {
      const rf = t.reforms.find((x) => x.id === item.id);
      if (!rf) continue;
      const text = (ref: string | undefined): string => (ref ? cellText(cellAt(g, item.sheet, ref)).trim() : "");
      const state = item.value ?? "";
      reforms.push({
        template: t.id, id: rf.id, name: rf.name, leadUnit: rf.leadUnit, state, evidence: text(item.cells["evidence"]),
        status: item.status, group: reformGroup(item.status, state), problems: item.issues.filter((x) => x.severity === "error").map((x) => x.code),
        note: item.note ?? "", ...(item.status === "manual" && reviewed(item) ? { reviewed: true as const } : {}),
        ...(rf.deadline === undefined ? {} : { deadline: rf.deadline }), ...(item.issues.some((x) => x.code === "reform_done_late") ? { late: true as const } : {}),
      });
    }
  }
  const counts = emptyGradeCounts();
  for (const i of items) counts[i.graded.grade]++;
  const targetYear = targetYears.size === 1 ? [...targetYears][0] ?? null : null;
  // a sheet copied from the year before (§8h): its grades stand, and the report says they may rest on last year's figures
  const copied = report.problems.flatMap((p) => (p.code === "previous_year_copied" ? [{ sheet: p.params.sheet, year: p.params.year, previous: p.params.previous, equal: p.params.equal, count: p.params.count }] : []));
  // the rows a mid-term revision removed from its plans (rollover --from's record): named with the revisions
  const removed = templates.filter((t) => report.templates.some((x) => x.id === t.id)).flatMap((t) => (t.kind === "indicators" ? (t.removed ?? []).map((r) => ({ ...r, template: t.id })) : []));
  const seeAll = checkFile === undefined ? {} : { checkFile };
  const text = returnParagraph({ items, year, targetYear, projects, reforms, ...(copied.length ? { copied } : {}), ...(removed.length ? { removed } : {}), ...seeAll }, "zh");
  const regions = [...new Set(templates.filter((t) => report.templates.some((x) => x.id === t.id)).map((t) => t.region))];
  const sources = report.templates.map((x) => {
    const t = templates.find((y) => y.id === x.id);
    return { document: t?.source.document ?? "", targetYear: t?.targetYear ?? 0 };
  });
  // nothing for its year (summary counts it 未报: 收到空表 / 本年度未填), for the report to mark it as summary does
  const blank = blankOf(g, report);
  return { unit: report.reportingUnit || file, file, ...seeAll, titles: report.templates.map((t) => t.title), sources, templates: report.templates, regions, year, targetYear, items, projects, reforms, ...(blank ? { blank } : {}), ...(removed.length ? { removed } : {}), counts, ...(copied.length ? { copied } : {}), text };
}
