import { parseTarget } from "../../domain/parseTarget";
import { readValue } from "../../import/rules/valueUnit";
import { detectUnit } from "../../domain/Unit";
import type { UnreadLine } from "../../import";
import { parseTemplate } from "../../templates/parseTemplate";
import type { IndicatorDef, IndicatorTemplate } from "../../templates/TemplateSchema";
import type { Direction, DirectionSource } from "../../domain/Direction";
import { indicatorDirection } from "../../domain/indicatorDirection";
import type { TargetKind } from "../../domain/Target";
import { yearRule } from "../../domain/yearRule";
import { indicatorSpec } from "../../templates/indicatorSpec";
import { specUnit } from "../../sheet/indicatorParams";
import { directionLabel } from "../../sheet/directionLabel";
import { shownDirection } from "../../sheet/shownDirection";
import { t, type Lang } from "../shared/i18n";
import { unreadFields, type UnreadField } from "../../import/unreadFields";
import { labelColon } from "../../domain/labelColon";
import { metaEdited } from "./metaEdited";

/**
 * 从规划文本导入 in the task pane, the pure part: the preview rows of an imported template, the
 * unread lines split into 未载入 and 请核对, and the template rebuilt from the edited preview.
 * No DOM: the pane (importPane.ts) renders these; unit-tested in test/ui/importPreview.test.ts.
 * It pulls in zod (parseTemplate), so it loads with the importer as the "import" chunk.
 */

/** One indicator of the preview, as the pane shows it. */
export interface PreviewRow {
  /** the indicator's id in the template (the key of its edit) */
  id: string;
  number: string;
  domain: string;
  name: string;
  part: string;
  unit: string;
  baseline: string;
  target: string;
  /** the yearly targets before the plan's target (empty when the table has none); shown by yearlyText */
  yearly: ReadonlyArray<{ year: number; target: string }>;
  attribute: string;
  /**
   * The direction as the template says it (evaluation-rules §3a step 1; the importer writes it from
   * the target's operator, step 2): "up" | "down" | "keep", or "" when §3a decides it later from
   * the name or the series (steps 3–4).
   */
  direction: string;
  /** the 方向 select's state as read (directionChoiceAfter with no edit): "auto" for every direction §3a infers */
  choice: DirectionChoice;
  /** the direction §3a decides for the row as read, with the rule that decided it (as the sheet's 方向 shows it) */
  decided: PreviewDirection;
}

/**
 * The direction evaluation-rules §3a decides for one row, and why: `by` is the rule ("template"
 * for a direction set in the template, "chosen" for one a person picked in the preview,
 * "operator" also for a direction the importer wrote from the target's operator); `word` is the
 * name word of rule 3; `targetKind` the final target's kind (≈ for approximate, — for none).
 */
export interface PreviewDirection {
  direction: Direction | null;
  by: DirectionSource | "chosen" | null;
  word?: string;
  targetKind: TargetKind;
}

/** A person's choice of direction in the preview: one of §3a's three, or "auto" (no template direction: §3a decides). */
export type DirectionChoice = Direction | "auto";

/** What the user changed on a preview row. Absent fields are left as read. */
export interface RowEdit {
  drop?: boolean | undefined;
  /** set only when the person chose it: written into the template's `direction` ("auto" removes it) */
  direction?: DirectionChoice | undefined;
  name?: string | undefined;
  unit?: string | undefined;
  baseline?: string | undefined;
  target?: string | undefined;
}

export type Edits = Readonly<Record<string, RowEdit>>;

/** The names typed above the preview (标题, 地区, 规划文件名称: import's --title, --region, --document), "" or none when left empty. */
export interface MetaEdit {
  title?: string | undefined;
  region?: string | undefined;
  document?: string | undefined;
}

/** What 载入 makes of the preview: the template (an indicator template; a list's for listPreview), or the checker's problems. */
export type ApplyResult<T = IndicatorTemplate> =
  | { ok: true; template: T; dropped: number; changed: number }
  | { ok: false; problems: Array<{ path: string; message: string; number?: string }> };

export function previewRows(template: IndicatorTemplate): PreviewRow[] {
  return template.indicators.map((d) => ({
    id: d.id,
    number: d.number,
    domain: d.domain,
    name: d.name,
    part: d.part ?? "",
    unit: d.unit,
    baseline: d.baseline,
    target: d.target ?? "",
    yearly: template.yearlyTargetYears.map((y) => ({ year: y, target: d.yearlyTargets?.[String(y)] ?? "" })),
    attribute: d.attribute ?? "",
    direction: d.direction ?? "",
    choice: choiceOf(template, d),
    decided: rowDirection(template, d, false),
  }));
}

/**
 * The line of a row's yearly targets under it in the preview, with the language's own punctuation:
 * `逐年目标：2023：3.8；2024：4.0`, `Yearly targets: 2023: 3.8; 2024: 4.0` ("" when it has none).
 */
export function yearlyText(row: PreviewRow, lang: Lang): string {
  if (row.yearly.length === 0) return "";
  const [colon, between] = [labelColon(lang), lang === "en" ? "; " : "；"];
  return `${t(lang, "import.yearly")}${colon}${row.yearly.map((y) => `${y.year}${colon}${y.target}`).join(between)}`;
}

/** §3a's direction of one indicator of a template, as the sheet would decide it for the target year. */
function rowDirection(template: IndicatorTemplate, d: IndicatorDef, chosen: boolean): PreviewDirection {
  const spec = indicatorSpec(template, d);
  const rule = yearRule(spec, template.targetYear, specUnit(spec));
  const targetKind = rule.target.kind;
  if (d.direction !== undefined && !chosen) {
    // the importer writes the operator's direction: say so, rather than "set in the template"
    const { direction: _own, ...bare } = spec;
    void _own;
    const auto = indicatorDirection(bare, specUnit(spec).unitClass === "percent");
    const by = auto.by === "operator" && auto.direction === rule.direction ? "operator" : "template";
    return { direction: shownDirection(rule.direction, rule), by, targetKind };
  }
  const decided = indicatorDirection(spec, specUnit(spec).unitClass === "percent");
  // the label the sheet's 方向 cell will show (shownDirection: an up row at 100 → 100 reads 保持)
  const out: PreviewDirection = { direction: shownDirection(rule.direction, rule), by: chosen ? "chosen" : decided.by, targetKind };
  if (decided.word !== undefined && !chosen) out.word = decided.word;
  return out;
}

/**
 * The direction a preview row would load with after the person's edit of it (a chosen direction,
 * an edited target or name), for the pane to show as the edit is made. null for an unknown id.
 */
export function editedDirection(template: IndicatorTemplate, id: string, edit: RowEdit): PreviewDirection | null {
  const d = template.indicators.find((x) => x.id === id);
  if (!d) return null;
  const def = editIndicator(d, edit, template.targetYear).def;
  return rowDirection(template, def, edit.direction !== undefined && edit.direction !== "auto");
}

/**
 * The 方向 select's state for an indicator: "auto" where §3a infers the direction, which includes the one
 * the importer wrote from the target's operator (§3a rule 2 decides it alike, and the text says 按运算符);
 * else the template's own direction (set by hand, or chosen). trial32p found `≥1400` shown as ↑越高越好
 * chosen while `[300]` and `[650]`, inferred as well, showed 自动.
 */
function choiceOf(template: IndicatorTemplate, d: IndicatorDef): DirectionChoice {
  if (d.direction === undefined) return "auto";
  return rowDirection(template, d, false).by === "operator" ? "auto" : d.direction;
}

/** The 方向 select's state after an edit (choiceOf: "auto" where §3a infers it), for the pane's select. */
export function directionChoiceAfter(template: IndicatorTemplate, id: string, edit: RowEdit): DirectionChoice {
  const d = template.indicators.find((x) => x.id === id);
  return d ? choiceOf(template, editIndicator(d, edit, template.targetYear).def) : "auto";
}

/**
 * The 方向 cell of the preview: the sheet's label (directionLabel: ↑越高越好 / ↓越低越好 / 保持,
 * ≈接近目标, —) and, for a direction, the rule that decided it: `↓越低越好（按名称：死亡率）`.
 */
export function directionText(d: PreviewDirection, lang: Lang): string {
  const label = directionLabel(d.direction, lang, d.targetKind);
  if (d.direction === null || d.by === null || d.targetKind === "approximate" || d.targetKind === "none") return label;
  const why = t(lang, `import.direction.by.${d.by}`, { word: d.word ?? "" });
  return lang === "en" ? `${label} (${why})` : `${label}（${why}）`;
}

/** An unread line; the pane shows its cells as the CLI does (unreadCells, in the pane's language when drawn). */
export type UnreadRow = UnreadLine;

/** The unread lines in two lists: left out of the template (未载入) and loaded but to check (请核对). */
export function splitUnread(unread: readonly UnreadLine[]): { notLoaded: UnreadRow[]; toCheck: UnreadRow[] } {
  const notLoaded: UnreadRow[] = [];
  const toCheck: UnreadRow[] = [];
  for (const u of unread) {
    if (u.effect === "to-check") toCheck.push(u);
    else notLoaded.push(u);
  }
  return { notLoaded, toCheck };
}

/** A field of a preview row a person edited (the four inputs, or 方向 chosen). */
export type EditedField = UnreadField;

const EDITABLE = ["name", "unit", "baseline", "target"] as const;

/**
 * The fields of `row` that `edit` changes, in the preview's order: an input whose text (trimmed)
 * differs from what was read, and 方向 when a direction other than the row's own was chosen.
 */
export function editedFields(row: PreviewRow, edit: RowEdit | undefined): EditedField[] {
  if (!edit) return [];
  const out: EditedField[] = EDITABLE.filter((f) => edit[f] !== undefined && edit[f]?.trim() !== row[f].trim());
  if (edit.direction !== undefined && edit.direction !== (row.direction || "auto")) out.push("direction");
  return out;
}

/** How many rows of the preview `edits` change (a field, 方向) and how many are ticked 删除 (a row both is dropped). */
export function previewChanges(rows: readonly PreviewRow[], edits: Edits): { edited: number; dropped: number } {
  let edited = 0;
  let dropped = 0;
  for (const row of rows) {
    const e = edits[row.id];
    if (e?.drop) dropped++;
    else if (editedFields(row, e).length > 0) edited++;
  }
  return { edited, dropped };
}

/**
 * What an unread line is once the preview is edited: `dropped` when every row read from its line is
 * ticked 删除; `edited` when a row of it kept has a field the line speaks of (unreadFields) edited,
 * those fields in `fields`; else `to-check` as read. A line of no row (the header, a note) stays as read.
 */
export interface UnreadShown {
  state: "to-check" | "edited" | "dropped";
  fields: EditedField[];
}

/**
 * The state of each of `lines` (in order) under `edits`. `indicatorRows`: ImportResult.indicatorRows,
 * the source rows each indicator was read from; `targetYear`: the template's.
 */
export function unreadStates(lines: readonly UnreadRow[], indicatorRows: Readonly<Record<string, readonly number[]>>, rows: readonly PreviewRow[], edits: Edits, targetYear: number): UnreadShown[] {
  return lines.map((u) => {
    const of = rows.filter((r) => indicatorRows[r.id]?.includes(u.line));
    if (of.length === 0) return { state: "to-check", fields: [] };
    const kept = of.filter((r) => !edits[r.id]?.drop);
    if (kept.length === 0) return { state: "dropped", fields: [] };
    const spoken = unreadFields(u, targetYear);
    const edited = new Set(kept.flatMap((r) => editedFields(r, edits[r.id])));
    const fields = spoken.filter((f) => edited.has(f));
    return fields.length > 0 ? { state: "edited", fields } : { state: "to-check", fields: [] };
  });
}

/** The unit a name carries in brackets ("" when it has none: the engine infers it and warns). */
function unitOfName(name: string): string {
  const u = detectUnit(name);
  return u.inferred ? "" : u.symbol;
}

function editIndicator(d: IndicatorDef, e: RowEdit, targetYear: number): { def: IndicatorDef; changed: boolean } {
  const name = e.name !== undefined ? e.name.trim() : d.name;
  const unitEdited = e.unit !== undefined ? e.unit.trim() : undefined;
  const baseline = e.baseline !== undefined ? e.baseline.trim() : d.baseline;
  const target = e.target !== undefined ? e.target.trim() : d.target;
  // the unit: as edited; else, when the name was edited and the unit came from its brackets, the new name's
  let unit = unitEdited ?? d.unit;
  if (unitEdited === undefined && name !== d.name && d.unit === unitOfName(d.name)) unit = unitOfName(name);
  const chosen = e.direction === undefined ? d.direction : e.direction === "auto" ? undefined : e.direction;
  const changed = name !== d.name || unit !== d.unit || baseline !== d.baseline || target !== d.target || chosen !== d.direction;
  if (!changed) return { def: d, changed: false };
  const percent = unit === "%" || (unit === "" && detectUnit(name).symbol === "%");
  const def: IndicatorDef = { ...d, name, unit, baseline, targetKind: parseTarget(target, percent).kind };
  // the direction read from the old target's operator follows an edited target
  if (target !== d.target && d.direction !== undefined && d.direction !== "keep") {
    const now = readValue(target ?? "").direction;
    if (now === undefined) delete def.direction;
    else def.direction = now;
  }
  // a person's choice wins over the operator's (§3a rule 1)
  if (e.direction !== undefined) {
    if (chosen === undefined) delete def.direction;
    else def.direction = chosen;
  }
  if (target !== undefined) def.target = target;
  // the final target is also the target-year column of a table with yearly targets
  const key = String(targetYear);
  if (target !== d.target && target !== undefined && d.yearlyTargets && key in d.yearlyTargets) {
    def.yearlyTargets = { ...d.yearlyTargets, [key]: target };
  }
  return { def, changed: true };
}

/**
 * The template with the preview's edits and drops applied, checked again with parseTemplate
 * (an empty name, or every row dropped, is refused with the JSON path of each problem).
 * Ids of edits that name no indicator are ignored. The input template is not changed.
 */
export function applyEdits(template: IndicatorTemplate, edits: Edits, meta: MetaEdit = {}): ApplyResult {
  const indicators: IndicatorDef[] = [];
  let dropped = 0;
  let changed = 0;
  for (const d of template.indicators) {
    const e = edits[d.id] ?? {};
    if (e.drop) {
      dropped++;
      continue;
    }
    const r = editIndicator(d, e, template.targetYear);
    if (r.changed) changed++;
    indicators.push(r.def);
  }
  const next = { ...metaEdited(template, meta), indicators };
  const checked = parseTemplate(next, "import");
  if (!checked.ok) {
    // a path into the rebuilt list (rows dropped before it shift it) also names the row's 序号
    return {
      ok: false,
      problems: checked.problems.map((p) => {
        const i = /^\$\.indicators\[(\d+)\]/.exec(p.path)?.[1];
        const d = i === undefined ? undefined : indicators[Number(i)];
        return d ? { ...p, number: d.number } : p;
      }),
    };
  }
  if (checked.template.kind !== "indicators") return { ok: false, problems: [{ path: "$.kind", message: "not an indicator template" }] };
  return { ok: true, template: checked.template, dropped, changed };
}
