import { indicatorLabel } from "./indicatorLabel";
import type { Template } from "./TemplateSchema";

/**
 * Each row of a template as its sheet shows it: the row's id and the text of its name cell
 * (指标名称, 项目名称, 改革名称), in plan order. An indicator's part follows its name after a
 * full-width colon (`义务教育标准班额比例（%）：小学`), as the sheet writes it and check names it.
 */
export function rowLabels(t: Template): ReadonlyArray<{ id: string; label: string }> {
  // one array per template object: a folder's returns share it (rowsOutOfPlace keys it)
  let labels = LABELS.get(t);
  if (!labels) LABELS.set(t, (labels = labelsOf(t)));
  return labels;
}

const LABELS = new WeakMap<Template, ReadonlyArray<{ id: string; label: string }>>();

function labelsOf(t: Template): ReadonlyArray<{ id: string; label: string }> {
  return t.kind === "indicators" ? t.indicators.map((d) => ({ id: d.id, label: indicatorLabel(d) }))
    : t.kind === "projects" ? t.projects.map((p) => ({ id: p.id, label: p.name }))
      : t.reforms.map((r) => ({ id: r.id, label: r.name }));
}
