import type { Lang } from "../domain/describeIssue";
import { describeIssueBody } from "../domain/describeIssueBody";
import { isPlanFault } from "../domain/isPlanFault";
import type { CheckReport } from "./CheckReport";
import { labelColon } from "../domain/labelColon";

/** The words before the plan's own faults (isPlanFault): every return of the template has them, no unit can fix them. */
const PLAN_NOTES = {
  zh: (title: string) => `规划模板${title ? `《${title}》` : ""}的问题（各单位相同，无需本单位改正，请告知模板管理人员）：`,
  en: (title: string) => `The plan template${title ? ` ${title}` : ""}'s own issues (the same in every return, not this unit's to fix; tell whoever keeps the template): `,
} as const;

/**
 * The plan's own faults (isPlanFault: a unit or direction read from the template; not a unit left blank, which
 * is information) said once, as `check`
 * and the pane's 校验 say them: one line per template, each issue once however many returns of it were
 * checked, `规划模板的问题（…）：K15 城乡居民收入比：单位栏为空（或为“—”），按指标名称推断…；K22 …` (en `The plan template's own
 * issues (…): K15 城乡居民收入比: the unit column is empty…; K22 …`), the cell the first return gives it and
 * the name as `shownName` gives it (check's table cuts it; the pane shows it whole). The template's title
 * is named only where the returns were made from more than one. [] when there are none
 * (evaluation-rules §3a rule 4, our reading).
 */
export function planNotes(reports: readonly CheckReport[], lang: Lang, shownName: (name: string) => string = (name) => name): string[] {
  const byTemplate = new Map<string, Map<string, string>>();
  for (const r of reports) {
    for (const i of r.items) {
      for (const x of i.issues.filter(isPlanFault)) {
        const said = byTemplate.get(i.template) ?? new Map<string, string>();
        byTemplate.set(i.template, said);
        const key = `${i.id}\u0000${x.code}`;
        if (said.has(key)) continue;
        said.set(key, `${x.cell ?? i.statusCell} ${shownName(i.name)}${labelColon(lang)}${describeIssueBody(x, lang)}`);
      }
    }
  }
  const titles = new Map(reports.flatMap((r) => r.templates.map((t) => [t.id, t.title] as const)));
  const several = new Set(reports.flatMap((r) => r.items.map((i) => i.template))).size > 1;
  return [...byTemplate].map(([id, said]) => `${PLAN_NOTES[lang](several ? titles.get(id) ?? id : "")}${[...said.values()].join(lang === "zh" ? "；" : "; ")}`);
}
