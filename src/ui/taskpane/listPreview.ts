import { parseTemplate } from "../../templates/parseTemplate";
import type { ProjectDef, ProjectTemplate, ReformDef, ReformTemplate } from "../../templates/TemplateSchema";
import type { ApplyResult, Edits, MetaEdit, UnreadRow, UnreadShown } from "./importPreview";
import { metaEdited } from "./metaEdited";

/**
 * The task pane's preview of a project or reform list read by 读取 (lists/importList), in the "import"
 * chunk as importPreview is: a row per item with 删除 and its name editable, the list's lines in the
 * state the edits leave them, and the template the edits make for 载入.
 */
export type ListTemplate = ProjectTemplate | ReformTemplate;

/** A preview row of a list: what the pane shows of an item (a project's investment, years and unit; a reform's lead unit). */
export interface ListPreviewRow {
  id: string;
  number: string;
  category: string;
  name: string;
  /** 总投资（亿元） as written; "" for a reform */
  investment: string;
  /** 建设起止年限; "" for a reform */
  period: string;
  /** 责任单位, or a reform's 牵头单位 */
  owner: string;
}

function itemsOf(t: ListTemplate): Array<ProjectDef | ReformDef> {
  return t.kind === "projects" ? t.projects : t.reforms;
}

export function listPreviewRows(t: ListTemplate): ListPreviewRow[] {
  return t.kind === "projects"
    ? t.projects.map((p) => ({ id: p.id, number: p.number, category: p.category, name: p.name, investment: p.investment, period: p.period, owner: p.unit }))
    : t.reforms.map((r) => ({ id: r.id, number: r.number, category: r.category, name: r.name, investment: "", period: "", owner: r.leadUnit }));
}

/** How many rows the person renamed and dropped (reading again would lose them). */
export function listPreviewChanges(rows: readonly ListPreviewRow[], edits: Edits): { edited: number; dropped: number } {
  let edited = 0;
  let dropped = 0;
  for (const r of rows) {
    const e = edits[r.id];
    if (e?.drop) dropped++;
    else if (e?.name !== undefined && e.name.trim() !== r.name) edited++;
  }
  return { edited, dropped };
}

/**
 * Each line's state under the edits: 已删除 when every item it was read into is dropped, else to check
 * (a list's lines speak of no field a name edit answers: unreadFields gives them none).
 */
export function listUnreadStates(lines: readonly UnreadRow[], itemRows: Readonly<Record<string, readonly number[]>>, edits: Edits): UnreadShown[] {
  return lines.map((u) => {
    const of = Object.entries(itemRows).filter(([, rows]) => rows.includes(u.line)).map(([id]) => id);
    return of.length > 0 && of.every((id) => edits[id]?.drop === true) ? { state: "dropped", fields: [] } : { state: "to-check", fields: [] };
  });
}

/** The template 载入 loads: dropped items left out, renamed ones renamed, title, region and document as edited (metaEdited); checked as `import` checks it. */
export function applyListEdits(t: ListTemplate, edits: Edits, meta: MetaEdit = {}): ApplyResult<ListTemplate> {
  let dropped = 0;
  let changed = 0;
  const kept = itemsOf(t).flatMap((d) => {
    const e = edits[d.id] ?? {};
    if (e.drop) {
      dropped++;
      return [];
    }
    const name = e.name === undefined ? d.name : e.name.trim();
    if (name !== d.name) changed++;
    return [{ ...d, name }];
  });
  const next = t.kind === "projects" ? { ...metaEdited(t, meta), projects: kept } : { ...metaEdited(t, meta), reforms: kept };
  const checked = parseTemplate(next, "import");
  if (!checked.ok) {
    // a path into the rebuilt list also names the row's 序号
    return {
      ok: false,
      problems: checked.problems.map((p) => {
        const i = /^\$\.(?:projects|reforms)\[(\d+)\]/.exec(p.path)?.[1];
        const d = i === undefined ? undefined : kept[Number(i)];
        return d ? { ...p, number: d.number } : p;
      }),
    };
  }
  if (checked.template.kind === "indicators") return { ok: false, problems: [{ path: "$.kind", message: "not a project or reform template" }] };
  return { ok: true, template: checked.template, dropped, changed };
}
