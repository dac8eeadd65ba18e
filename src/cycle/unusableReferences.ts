import { completedDoubt } from "../domain/completedDoubt";
import type { Issue } from "../domain/Issue";
import type { CheckItem } from "../sheet/CheckReport";

/** A project's 累计完成投资 the old return held that is no usable amount, where its check found it. */
export interface UnusableReference {
  template: string;
  id: string;
  /** where it sits in the old return (the pane's change of year keeps it there; rollover's new file has the same layout) */
  sheet: string;
  cell: string;
  name: string;
  /** the old return's reporting year */
  year: number;
  /** check's own issue on it, without its place: describeIssue words it as check does */
  issue: Issue;
}

/**
 * The projects' 累计完成投资 of the old return (`items`, its check as of `from`) that a change of year must not quote as
 * last year's amount (evaluation-rules §4, our reading; trial40f F5: 「上年（2023 年）累计完成投资：2024.6 亿元」,
 * 「85% 亿元」): check's error on the cell (85%, 2024年6月, 1.5亿) or the doubt report and summary withhold
 * (completedDoubt: 2024.6, 万元 typed). By `${template}|${id}`; the others are usable amounts. Pure.
 */
export function unusableReferences(items: readonly CheckItem[], from: number): Map<string, UnusableReference> {
  const out = new Map<string, UnusableReference>();
  for (const i of items) {
    const cell = i.cells["completed"];
    if (i.kind !== "project" || cell === undefined) continue;
    const own = i.issues.filter((x) => x.cell === cell && (x.sheet === undefined || x.sheet === i.sheet));
    const issue = own.find((x) => x.severity === "error") ?? completedDoubt(own)?.issue;
    if (!issue) continue;
    const { cell: _cell, sheet: _sheet, ...placeless } = issue;
    void _cell; void _sheet;
    out.set(`${i.template}|${i.id}`, { template: i.template, id: i.id, sheet: i.sheet, cell, name: i.name, year: from, issue: placeless });
  }
  return out;
}

