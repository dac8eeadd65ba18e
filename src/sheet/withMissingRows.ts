import { indicatorLabel } from "../templates/indicatorLabel";
import { describeIssue } from "../domain/describeIssue";
import { evaluateIndicator } from "../domain/evaluateIndicator";
import type { Issue } from "../domain/Issue";
import { indicatorSpec } from "../templates/indicatorSpec";
import type { Template } from "../templates/TemplateSchema";
import type { CheckItem, CheckReport } from "./CheckReport";
import { specUnit } from "./indicatorParams";
import { templateRowIds } from "../templates/templateRowIds";
import { domainApart } from "../templates/domainApart";

/**
 * The report with a row for each of the plan's rows that `check` did not find in the return
 * (problem `row_missing`: deleted), as `report` and `summary` count them: status 未填报
 * (`missing`), no cells, one warning `row_missing` saying the row is missing from the return;
 * placed among its template's rows in the plan's order. The plan's count of indicators is
 * the plan's, never what a person left in the sheet. Other problems pass as they are.
 */
export function withMissingRows(report: CheckReport, templates: readonly Template[]): CheckReport {
  const gone = report.problems.flatMap((p) => (p.code === "row_missing" ? [p.params] : []));
  if (!gone.length) return report;
  const items = [...report.items];
  const counts = { ...report.counts };
  for (const g of gone) {
    // the template is the one whose rows the sheet holds, and which plans this id
    const onSheet = new Set(report.items.filter((i) => i.sheet === g.sheet).map((i) => i.template));
    const t = templates.find((x) => onSheet.has(x.id) && templateRowIds(x).includes(g.id)) ?? templates.find((x) => templateRowIds(x).includes(g.id));
    if (!t) continue;
    const item = missingItem(t, g.id, g.sheet, report.year);
    if (!item) continue;
    // after the last row of its template planned before it
    const ids = templateRowIds(t);
    const at = ids.indexOf(g.id);
    let after = -1;
    items.forEach((i, n) => { if (i.template === t.id && ids.indexOf(i.id) < at) after = n; });
    const first = items.findIndex((i) => i.template === t.id);
    items.splice(after >= 0 ? after + 1 : first >= 0 ? first : items.length, 0, item);
    counts.missing++;
  }
  return { ...report, items, counts };
}

function missingItem(t: Template, id: string, sheet: string, year: number): CheckItem | null {
  const issue: Issue = { code: "row_missing", severity: "warning", sheet };
  const issues = [{ ...issue, message: describeIssue(issue, "zh"), messageEn: describeIssue(issue, "en") }];
  const none = { cells: {}, statusCell: "", status: "missing" as const, progress: null, expected: null, issues };
  if (t.kind === "indicators") {
    const d = t.indicators.find((x) => x.id === id);
    if (!d) return null;
    const spec = indicatorSpec(t, d);
    // the target as check words it for the year (a yearly-target table's own), with no value to judge
    const target = evaluateIndicator({ spec, year, actuals: {} }).targetText;
    const item: CheckItem = {
      kind: "indicator", template: t.id, id, name: indicatorLabel(d), unit: specUnit(spec).symbol,
      sheet, baseline: d.baseline, target, domain: d.domain, ...none,
    };
    if (d.attribute) item.attribute = d.attribute;
    const apart = domainApart(d, t.indicators);
    if (apart !== undefined) item.apart = apart;
    return item;
  }
  if (t.kind === "projects") {
    const p = t.projects.find((x) => x.id === id);
    return p ? { kind: "project", template: t.id, id, name: p.name, unit: "亿元", sheet, baseline: p.period, target: p.investment, domain: p.category, ...none } : null;
  }
  const r = t.reforms.find((x) => x.id === id);
  return r ? { kind: "reform", template: t.id, id, name: r.name, unit: "", sheet, baseline: "", target: r.goal, domain: r.category, ...none } : null;
}
