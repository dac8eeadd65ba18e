import { templateRows } from "./templateRows";
import type { Template } from "./TemplateSchema";
import { titleWithRegion } from "./titleWithRegion";

/**
 * Two templates of one return that read as one plan given twice: `first` and `second` their ids (in the order given),
 * `title` the first's printed title (titleWithRegion), `by` what they share — the printed title, the rows (templateRows:
 * the same ids and names in order), or both.
 */
export interface AlikeTemplates { first: string; second: string; title: string; by: "title" | "rows" | "both" }

/**
 * Each later template of `templates` (the ones going into one return: `template`, `distribute`) that, of the same kind
 * (a plan's indicator table and its project list may share its title), prints the same
 * title as an earlier one or holds the same rows, paired with the first such. Every template makes its own sheet
 * and the cover's 规划名称 names each, so the return holds the plan twice (舟山市表2 and 舟山市表2(2)); likely a
 * mistake (trial42a F1: `distribute zhoushan-2021-2025 --from plan.json`, the file an edited copy of that plan, read
 * as "--from replaces the built-in"), said, never refused: two tables of one title may be meant. Pure; [] when none.
 */
export function alikeTemplates(templates: readonly Template[]): AlikeTemplates[] {
  const out: AlikeTemplates[] = [];
  templates.forEach((t, i) => {
    const earlier = templates.slice(0, i);
    const title = titleWithRegion(t);
    const match = earlier.find((e) => e.kind === t.kind && (titleWithRegion(e) === title || templateRows(e) === templateRows(t)));
    if (!match) return;
    const [sameTitle, sameRows] = [titleWithRegion(match) === title, templateRows(match) === templateRows(t)];
    out.push({ first: match.id, second: t.id, title: titleWithRegion(match), by: sameTitle && sameRows ? "both" : sameTitle ? "title" : "rows" });
  });
  return out;
}
