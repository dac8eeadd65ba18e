import type { TargetDifference, TargetRowFacts } from "../cycle/targetVersions";
import type { CheckReport } from "../sheet/CheckReport";

/** A checked return's indicator rows as TargetVersions compares them: target and attribute as written, and where the row is. */
export function* targetRows(report: Pick<CheckReport, "items">): Iterable<TargetRowFacts> {
  for (const i of report.items) {
    if (i.kind === "indicator" && i.id !== "") yield { template: i.template, id: i.id, name: i.name, target: i.target, attribute: i.attribute ?? "", sheet: i.sheet, ...(i.statusCell ? { cell: i.statusCell } : {}) };
  }
}

/**
 * `summary --json`'s and `report --json`'s `targetsDiffer`, present only when the returns' targets or
 * attributes differ: `[{template, id, name, fields, current, versions: [{target, attribute, units}]}]`,
 * the current version (most units') first when `current`.
 */
export function targetsDifferJson(differ: readonly TargetDifference[]): unknown[] {
  return differ.map((d) => ({ template: d.template, id: d.id, name: d.name, fields: d.fields, current: d.current, versions: d.versions.map((v) => ({ target: v.target, attribute: v.attribute, units: [...new Set(v.units.map((u) => u.unit))] })) }));
}
