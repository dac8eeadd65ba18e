/*
 * 从规划文本导入 (issue #6): the DOM of #import-section. Paste → 读取 (importTable) → preview
 * with 删除 and editable name / unit / baseline / target → 载入 (applyEdits, then the same load
 * path as 加载模板). The importer, zod and the preview logic load as the "import" chunk when
 * 读取 is first clicked; this file holds only DOM code and types. The 未载入 / 请核对 lists follow
 * the preview's edits (unreadStates: a dropped row's line 已删除, an edited field's 已修改), and
 * 读取 over edits asks first (trial trH: the lists and counts stayed as read, 读取 dropped the edits).
 */
import type { IndicatorTemplate, Template } from "../../templates/TemplateSchema";
import { joinList, t, type Lang, type LangText, type MessageKey } from "../shared/i18n";
import type { DirectionChoice, EditedField, PreviewRow, RowEdit, UnreadRow, UnreadShown } from "./importPreview";
import type { ListPreviewRow, ListTemplate } from "./listPreview";
import type { TableSource } from "../../import/TableSource";
import { el, node } from "../shared/dom";
import { readTitle } from "./readTitle";
import { tableTitleRead } from "./tableTitleRead";
import { clipboardOrigin } from "./clipboardOrigin";
import { MAX_TABLE_CHARS } from "../../import/MAX_TABLE_CHARS";
import { labelColon } from "../../domain/labelColon";

type Importer = typeof import("./importer");
const importer = (): Promise<Importer> => import(/* webpackChunkName: "import" */ "./importer");

export interface ImportPaneHost {
  lang(): Lang;
  /** a message, made anew in the other language on 中文/English */
  say(text: LangText, kind?: "info" | "error" | "success"): void;
  /** runs work with the progress bar shown and the buttons disabled; `key` names the action (not started twice) */
  busy(work: () => Promise<void>, key?: string): Promise<void>;
  /** loads templates into the workbook like 加载模板 (year from #year-input, conflict dialog) */
  load(templates: Template[]): Promise<void>;
  /** the range selected in Excel, as shown text (absent outside Excel: the button is hidden) */
  selectedRange?: (() => Promise<{ address: string; text: string[][] }>) | undefined;
  /** asks in the pane's dialog whether to read again and lose the preview's edits (`text`: what would be lost); true to go on */
  confirmReread(text: () => string): Promise<boolean>;
  /** says the last message again: one given as a function is made anew (the preview's counts changed) */
  resay(): void;
}

type Field = "name" | "unit" | "baseline" | "target";
const FIELDS: ReadonlyArray<{ field: Field; key: MessageKey; cls: string }> = [
  { field: "name", key: "import.col.name", cls: "col-name" },
  { field: "unit", key: "import.col.unit", cls: "col-unit" },
  { field: "baseline", key: "import.col.baseline", cls: "col-value col-baseline" },
  { field: "target", key: "import.col.target", cls: "col-value col-target" },
];

interface CommonState {
  /** the "import" chunk, loaded by 读取: the direction labels and rules come from it */
  mod: Importer;
  notLoaded: UnreadRow[];
  toCheck: UnreadRow[];
  /** what the text was read from: the lists name a line by it (the sheet's row, the box's line) */
  source: TableSource;
  /** the text read and what was said before the counts (a range's address): 目标年份 reads it again */
  text: string;
  before: () => string;
}

/** An indicator table read: its preview rows are editable (name, unit, baseline, target, direction). */
interface IndicatorState extends CommonState {
  kind: "indicators";
  template: IndicatorTemplate;
  rows: PreviewRow[];
  /** ImportResult.indicatorRows: the source rows each indicator was read from (a line's rows in the preview) */
  indicatorRows: Record<string, number[]>;
}

/** A project or reform list read (lists/importList): its rows can be dropped and renamed. */
interface ListState extends CommonState {
  kind: "projects" | "reforms";
  template: ListTemplate;
  rows: ListPreviewRow[];
  /** ListImportResult.itemRows: the source rows each item was read from */
  itemRows: Record<string, number[]>;
}

type State = IndicatorState | ListState;

let state: State | null = null;

const CHOICES: readonly DirectionChoice[] = ["up", "down", "keep", "auto"];

function choiceLabel(mod: Importer, lang: Lang, c: DirectionChoice): string {
  return c === "auto" ? t(lang, "import.direction.auto") : mod.directionLabel(c, lang);
}

/**
 * 方向 (evaluation-rules §3a): the direction the row will load with and the rule that decided it,
 * and a select to choose it (written into the template's `direction` only when the person chose).
 */
function directionCell(mod: Importer, lang: Lang, template: IndicatorTemplate, row: PreviewRow, i: number, tr: HTMLTableRowElement): HTMLTableCellElement {
  const td = node("td", "col-direction");
  const shown = node("div", "direction-decided", mod.directionText(row.decided, lang));
  const select = node("select");
  select.className = "import-direction";
  select.setAttribute("aria-label", rowLabel(lang, i, row, "import.col.direction"));
  for (const c of CHOICES) {
    const o = node("option", undefined, choiceLabel(mod, lang, c));
    o.value = c;
    select.append(o);
  }
  select.value = row.choice;
  const update = (): void => {
    const d = mod.editedDirection(template, row.id, rowEdit(tr));
    if (d) shown.textContent = mod.directionText(d, currentLang);
  };
  select.addEventListener("change", () => {
    select.dataset.chosen = "1";
    update();
  });
  // an edited target or name may change the direction (the operator's, the name's words)
  tr.addEventListener("change", (ev) => {
    if (ev.target === select) return;
    if (select.dataset.chosen !== "1") select.value = mod.directionChoiceAfter(template, row.id, rowEdit(tr));
    update();
  });
  td.append(shown, select);
  return td;
}

let currentLang: Lang = "zh";


/** A row's 领域 as the pane shows it: the importer's 未分类 in the pane's language (the sheet keeps the template's words). */
function domainText(lang: Lang, domain: string): string {
  return domain === t("zh", "import.unclassified") ? t(lang, "import.unclassified") : domain;
}

/** A row's 属性 (约束性 / 预期性) in the pane's language, as the check list says it. */
function attributeText(lang: Lang, attribute: string): string {
  return attribute === "约束性" ? t(lang, "flag.binding") : attribute === "预期性" ? t(lang, "flag.expectedAttr") : attribute;
}

/** A read-only cell's text, "—" where the table gave none (a table without 序号 or 属性 showed empty cells). */
function orDash(text: string): string {
  return text === "" ? "—" : text;
}

function rowLabel(lang: Lang, i: number, row: { number: string }, key: MessageKey): string {
  return t(lang, "import.rowLabel", { n: i + 1, number: orDash(row.number), field: t(lang, key) });
}

function previewRow(s: IndicatorState, lang: Lang, row: PreviewRow, i: number): HTMLTableRowElement[] {
  const tr = node("tr");
  tr.dataset.id = row.id;
  tr.append(dropCell(lang, row, i, tr), node("td", "col-number", orDash(row.number)), node("td", "col-domain", domainText(lang, row.domain)));
  for (const f of FIELDS) {
    const td = node("td", f.cls);
    const input = node("input");
    input.type = "text";
    input.dataset.field = f.field;
    input.value = row[f.field];
    input.setAttribute("aria-label", rowLabel(lang, i, row, f.key));
    td.append(input);
    if (f.field === "name" && row.part) td.append(node("div", "import-yearly", row.part));
    tr.append(td);
  }
  tr.append(node("td", "col-attribute", orDash(attributeText(lang, row.attribute))));
  tr.append(directionCell(s.mod, lang, s.template, row, i, tr));
  labelCells(lang, tr);
  if (row.yearly.length === 0) return [tr];
  // the yearly targets on a line of their own under the row (read-only; 目标 is the last year's)
  const sub = node("tr", "import-yearly-row");
  sub.append(node("td"));
  const cell = node("td", "import-yearly", s.mod.yearlyText(row, lang));
  cell.colSpan = 8;
  sub.append(cell);
  return [tr, sub];
}

/** A row's 删除 box: ticked, the row (and its yearly line under it) is struck through and not loaded. */
function dropCell(lang: Lang, row: { number: string }, i: number, tr: HTMLTableRowElement): HTMLTableCellElement {
  const drop = node("input");
  drop.type = "checkbox";
  drop.className = "import-drop";
  drop.setAttribute("aria-label", rowLabel(lang, i, row, "import.col.drop"));
  drop.addEventListener("change", () => {
    tr.classList.toggle("is-dropped", drop.checked);
    const next = tr.nextElementSibling;
    if (next?.classList.contains("import-yearly-row")) next.classList.toggle("is-dropped", drop.checked);
  });
  const td = node("td", "col-drop");
  td.append(drop);
  return td;
}

/** The preview's columns for what was read: an indicator table's, a project list's, a reform list's (their headings' keys). */
const HEADS: Readonly<Record<State["kind"], { title: MessageKey; columns: readonly MessageKey[] }>> = {
  indicators: { title: "import.preview", columns: ["import.col.drop", "import.col.number", "import.col.domain", "import.col.name", "import.col.unit", "import.col.baseline", "import.col.target", "import.col.attribute", "import.col.direction"] },
  projects: { title: "import.preview.projects", columns: ["import.col.drop", "import.col.number", "import.col.category", "import.col.projectName", "import.col.investment", "import.col.period", "import.col.unitOwner"] },
  reforms: { title: "import.preview.reforms", columns: ["import.col.drop", "import.col.number", "import.col.category", "import.col.reformName", "import.col.leadUnit"] },
};

/** The preview's heading and header row for `kind`, in `lang` (data-i18n: the pane's 中文/English redraws them). */
function previewHead(kind: State["kind"], lang: Lang): void {
  const head = HEADS[kind];
  const title = el("import-preview-title");
  title.dataset.i18n = head.title;
  title.textContent = t(lang, head.title);
  const tr = el("import-preview").querySelector("thead tr");
  tr?.replaceChildren(...head.columns.map((key) => {
    const th = node("th", undefined, t(lang, key));
    th.scope = "col";
    th.dataset.i18n = key;
    return th;
  }));
}

/** A project's or reform's preview row: 删除, 序号, 类别, its name (editable), and a project's investment, years and unit or a reform's lead unit. */
function listRow(lang: Lang, kind: ListState["kind"], row: ListPreviewRow, i: number): HTMLTableRowElement {
  const tr = node("tr");
  tr.dataset.id = row.id;
  const nameKey: MessageKey = kind === "projects" ? "import.col.projectName" : "import.col.reformName";
  const name = node("td", "col-name");
  const input = node("input");
  input.type = "text";
  input.dataset.field = "name";
  input.value = row.name;
  input.setAttribute("aria-label", rowLabel(lang, i, row, nameKey));
  name.append(input);
  tr.append(dropCell(lang, row, i, tr), node("td", "col-number", orDash(row.number)), node("td", "col-domain", domainText(lang, row.category)), name);
  if (kind === "projects") tr.append(node("td", "col-value col-investment", row.investment), node("td", "col-unit col-period", row.period), node("td", "col-unit col-owner", row.owner));
  else tr.append(node("td", "col-unit col-owner", row.owner));
  labelListCells(lang, kind, tr);
  return tr;
}

/** A list row's cells' headings for a narrow pane's cards (as labelCells for an indicator row). */
function labelListCells(lang: Lang, kind: ListState["kind"], tr: HTMLTableRowElement): void {
  const cells: ReadonlyArray<[string, MessageKey]> = [
    ["td.col-drop", "import.col.drop"], ["td.col-number", "import.col.number"], ["td.col-domain", "import.col.category"],
    ["td.col-investment", "import.col.investment"], ["td.col-period", "import.col.period"], ["td.col-owner", kind === "projects" ? "import.col.unitOwner" : "import.col.leadUnit"],
  ];
  for (const [sel, key] of cells) {
    const td = tr.querySelector<HTMLElement>(sel);
    if (td) td.dataset.label = t(lang, key);
  }
}

/** The cells' headings a narrow pane shows in each row's card (the header row hidden there), in `lang`. */
const CELL_LABELS: ReadonlyArray<[string, MessageKey]> = [
  ["td.col-drop", "import.col.drop"], ["td.col-number", "import.col.number"], ["td.col-unit", "import.col.unit"],
  ["td.col-baseline", "import.col.baseline"], ["td.col-target", "import.col.target"], ["td.col-attribute", "import.col.attribute"], ["td.col-direction", "import.col.direction"],
];

function labelCells(lang: Lang, tr: HTMLTableRowElement): void {
  for (const [sel, key] of CELL_LABELS) {
    const td = tr.querySelector<HTMLElement>(sel);
    if (td) td.dataset.label = t(lang, key);
  }
}

/** How the counts name what was not read: a sheet's or a table's rows, a paste's lines (as unreadPlace names them); in English the noun a count takes (englishCount). */
function linesWord(lang: Lang, source: TableSource): string {
  return t(lang, source.kind === "paste" ? "import.lines" : "import.rows");
}

/** Where a line is, as the CLI names it (unreadPlace), capitalised to start an item of the list. */
function placeText(mod: Importer, lang: Lang, line: number, source: TableSource): string {
  const place = mod.unreadPlace(line, source, lang);
  return place.charAt(0).toUpperCase() + place.slice(1);
}

/** The two lists: their box's class, heading and lines. */
const GROUPS = [
  { cls: "unread-not-loaded", key: "import.notLoaded", lines: (s: State) => s.notLoaded },
  { cls: "unread-to-check", key: "import.toCheck", lines: (s: State) => s.toCheck },
] as const;

/** A list of lines not read or to check; their words come from the import chunk (`mod`: unreadMessages, with the importer). */
function unreadList(mod: Importer, lang: Lang, cls: string, lines: readonly UnreadRow[], source: TableSource): HTMLElement {
  const box = node("div", `unread-group ${cls}`);
  box.append(node("h3"));
  const ul = node("ul", "unread-list");
  for (const u of lines) {
    const li = node("li");
    li.dataset.line = String(u.line);
    li.dataset.code = u.code;
    const tag = node("span", "unread-tag");
    tag.hidden = true;
    // a space before the tag: copied or read out, the reason and 已修改 stay apart
    li.append(node("span", "unread-line", placeText(mod, lang, u.line, source)), labelColon(lang), node("span", "unread-reason"), " ", tag);
    li.append(node("span", "unread-text", mod.unreadCells(u.text, lang)));
    ul.append(li);
  }
  box.append(ul);
  return box;
}

function showUnread(lang: Lang, s: State): void {
  const box = el("import-unread");
  box.replaceChildren();
  for (const g of GROUPS) if (g.lines(s).length > 0) box.append(unreadList(s.mod, lang, g.cls, g.lines(s), s.source));
  if (s.notLoaded.length === 0 && s.toCheck.length === 0) box.append(node("p", "hint", t(lang, "import.noUnread")));
  updateUnread(lang, s);
}

/** The edited fields a line's tag names: the preview's column headings (lower case in English). */
function fieldNames(lang: Lang, fields: readonly EditedField[]): string {
  const key = (f: EditedField): MessageKey => (f === "direction" ? "import.col.direction" : `import.col.${f}`);
  return joinList(lang, fields.map((f) => (lang === "en" ? t(lang, key(f)).toLowerCase() : t(lang, key(f)))));
}

/** Sets a node's text only when it changes: the lists are a live region, and an unchanged line is not read out again. */
function setText(e: Element, text: string): void {
  if (e.textContent !== text) e.textContent = text;
}

/** Each list's lines, in its order, with their state under the preview's edits now. */
function unreadNow(s: State): Array<{ cls: string; key: MessageKey; lines: readonly UnreadRow[]; shown: UnreadShown[] }> {
  const edits = readEdits();
  const states = (lines: readonly UnreadRow[]): UnreadShown[] => (s.kind === "indicators"
    ? s.mod.unreadStates(lines, s.indicatorRows, s.rows, edits, s.template.targetYear)
    : s.mod.listUnreadStates(lines, s.itemRows, edits));
  return GROUPS.map((g) => ({ cls: g.cls, key: g.key, lines: g.lines(s), shown: states(g.lines(s)) }));
}

/**
 * The lists under the preview's edits, changed in place: a line of a dropped row struck through with
 * 已删除，不载入, one whose field was edited with 已修改：目标, neither with the importer's 已载入，请核对,
 * and the headings count only the lines still to see to.
 */
function updateUnread(lang: Lang, s: State): void {
  for (const g of unreadNow(s)) {
    const box = el("import-unread").querySelector(`.${g.cls}`);
    if (!box) continue;
    const open = g.shown.filter((x) => x.state === "to-check").length;
    const h3 = box.querySelector("h3");
    if (h3) setText(h3, t(lang, g.key, { n: g.cls === "unread-to-check" ? open : g.shown.filter((x) => x.state !== "dropped").length, lines: linesWord(lang, s.source) }));
    box.querySelectorAll("li").forEach((li, i) => {
      const u = g.lines[i];
      const st = g.shown[i];
      if (!u || !st) return;
      if (st.state === "to-check") delete li.dataset.state;
      else li.dataset.state = st.state;
      const reason = li.querySelector(".unread-reason");
      if (reason) setText(reason, st.state === "to-check" ? s.mod.unreadMessage(u, lang, s.source) : s.mod.unreadChange(u, lang, s.source));
      const tag = li.querySelector<HTMLElement>(".unread-tag");
      if (!tag) return;
      tag.hidden = st.state === "to-check";
      setText(tag, st.state === "dropped" ? t(lang, "import.unread.dropped") : st.state === "edited" ? t(lang, "import.unread.edited", { fields: fieldNames(lang, st.fields) }) : "");
    });
  }
}

/** The counts the read message gives: lines not loaded and to check (a dropped row's not counted), lines edited and dropped. */
function unreadCounts(s: State): { notLoaded: number; toCheck: number; edited: number; dropped: number } {
  const [notLoaded, toCheck] = unreadNow(s).map((g) => g.shown);
  const all = [...(notLoaded ?? []), ...(toCheck ?? [])];
  return {
    notLoaded: (notLoaded ?? []).filter((x) => x.state !== "dropped").length,
    toCheck: (toCheck ?? []).filter((x) => x.state === "to-check").length,
    edited: all.filter((x) => x.state === "edited").length,
    dropped: all.filter((x) => x.state === "dropped").length,
  };
}

function clear(): void {
  state = null;
  el("import-rows").replaceChildren();
  el("import-unread").replaceChildren();
  el("import-result").hidden = true;
  el("import-load-button").hidden = true;
  showProblems(null);
}

/** The problems 载入 found, made in a language: kept so that 中文/English redraws the list under the preview (relabelImport). */
let problemsShown: ((lang: Lang) => string[]) | null = null;

/** Shows the problems of the edited template in `currentLang` (none: the list hidden); they follow the pane's language. */
function showProblems(problems: ((lang: Lang) => string[]) | null): void {
  problemsShown = problems;
  const lines = problems?.(currentLang) ?? [];
  const ul = el("import-problems");
  ul.replaceChildren(...lines.map((p) => node("li", undefined, p)));
  ul.hidden = lines.length === 0;
}

/** One row's edit: its 删除 box, its four inputs, and its direction when the person chose one. */
function rowEdit(tr: HTMLTableRowElement): RowEdit {
  const e: RowEdit = { drop: tr.querySelector<HTMLInputElement>("input.import-drop")?.checked === true };
  tr.querySelectorAll<HTMLInputElement>("input[data-field]").forEach((input) => {
    e[input.dataset.field as Field] = input.value;
  });
  const select = tr.querySelector<HTMLSelectElement>("select.import-direction");
  if (select?.dataset.chosen === "1") e.direction = select.value as DirectionChoice;
  return e;
}

/** The edits in the preview, by indicator id. */
function readEdits(): Record<string, RowEdit> {
  const edits: Record<string, RowEdit> = {};
  el("import-rows").querySelectorAll<HTMLTableRowElement>("tr[data-id]").forEach((tr) => {
    edits[tr.dataset.id ?? ""] = rowEdit(tr);
  });
  return edits;
}

/** The names typed above the preview: 标题, 地区, 规划文件名称 (import's --title, --region, --document), read by 读取 and 载入 alike. */
function meta(): { title: string; region: string; document: string } {
  // the title 读取 put in the box (showReadTitle) is the table's own, not one given: the next paste reads its own
  const box = el<HTMLInputElement>("import-title-input");
  const title = box.value === box.dataset.read ? "" : box.value;
  return { title, region: el<HTMLInputElement>("import-region-input").value, document: el<HTMLInputElement>("import-document-input").value };
}

/**
 * Whether reading again may replace the preview: at once when nothing in it was changed; else the
 * person is asked, told how many rows were edited and dropped (取消 / Esc keeps them, and says so).
 */
async function mayReplacePreview(host: ImportPaneHost): Promise<boolean> {
  const s = state;
  if (!s) return true;
  const c = s.kind === "indicators" ? s.mod.previewChanges(s.rows, readEdits()) : s.mod.listPreviewChanges(s.rows, readEdits());
  if (c.edited === 0 && c.dropped === 0) return true;
  const text = (): string => {
    const l = host.lang();
    const parts = [c.edited > 0 ? t(l, "reread.edited", { n: c.edited }) : "", c.dropped > 0 ? t(l, "reread.dropped", { n: c.dropped }) : ""].filter((x) => x !== "");
    return t(l, "reread.text", { changes: joinList(l, parts) });
  };
  if (await host.confirmReread(text)) return true;
  host.say(() => t(host.lang(), "msg.importRereadCancelled"));
  return false;
}

async function onReadRange(host: ImportPaneHost): Promise<void> {
  const selected = host.selectedRange;
  if (!selected) return;
  if (!(await mayReplacePreview(host))) return;
  await host.busy(async () => {
    // what is being read: the selection (reading the box says 粘贴的表格)
    host.say(() => t(host.lang(), "msg.importReadingRange"));
    const range = await selected();
    const { rangeText } = await importer();
    // each line named by the sheet's own row (a cell's line breaks make one row several lines)
    const { text, source } = rangeText(range.address, range.text);
    if (text.trim() === "") return host.say((l) => t(l, "msg.importNoRange"), "error");
    // the range's text goes into the box: what was read is visible and can be edited and read again
    const box = el<HTMLTextAreaElement>("import-text");
    box.value = text;
    // read again from the box (after an edit), the text is still a table copied from Excel
    box.dataset.copiedFrom = "excel";
    const before = (): string => t(host.lang(), "msg.importRange", { address: range.address, rows: range.text.length });
    await readText(host, text, source, before, (l) => t(l, "msg.importReadingRange"), chosenYear());
  }, "import-range-button");
}

async function onRead(host: ImportPaneHost): Promise<void> {
  if (!(await mayReplacePreview(host))) return;
  const box = el<HTMLTextAreaElement>("import-text");
  const pasted = box.value;
  await host.busy(async () => {
    // a copy from Excel/WPS quotes a cell with a line break (a header's `2020年⏎基数`): read it as
    // cells, as 读取选中区域 does, and show the text read so the line numbers below match the box
    // (each row named by the box's line it starts on, its lines read as one row whichever cell breaks)
    const { excelClipboardText } = await importer();
    const quoted = excelClipboardText(pasted);
    const text = quoted ? quoted.text : pasted;
    if (quoted) box.value = text;
    // the program the clipboard named (paste listener), else a spreadsheet when its quoted cells show it
    const copiedFrom = (box.dataset.copiedFrom as TableSource["copiedFrom"]) || (quoted ? "spreadsheet" : undefined);
    await readText(host, text, { ...BOX, copiedFrom, ...(quoted ? { rows: quoted.rows, lastRows: quoted.lastRows } : {}) }, () => "", (l) => t(l, "msg.importReading"), chosenYear());
  }, "import-read-button");
}

/** The target year the person chose in 目标年份 (kept by 读取 while the table read offers it), else none. */
function chosenYear(): number | undefined {
  const select = el<HTMLSelectElement>("import-target-year");
  return el("import-target-year-field").hidden || select.dataset.chosen !== "1" ? undefined : Number(select.value);
}

/**
 * 目标年份: shown when the table read offers several target years (offeredTargetYears), listing them
 * with `current` (the template's targetYear) selected; `chosen`: the person chose it (读取 keeps it).
 */
function showTargetYears(years: readonly number[], current: number | null, chosen: boolean): void {
  const field = el("import-target-year-field");
  const select = el<HTMLSelectElement>("import-target-year");
  const all = current === null ? [] : [...new Set([...years, current])].sort((a, b) => a - b);
  field.hidden = all.length < 2;
  if (chosen && !field.hidden) select.dataset.chosen = "1";
  else delete select.dataset.chosen;
  select.replaceChildren(...(field.hidden ? [] : all.map((y) => {
    const o = node("option", undefined, String(y));
    o.value = String(y);
    return o;
  })));
  if (current !== null) select.value = String(current);
}

/**
 * Another target year chosen (import --target-year): the table read again with it, asking first when
 * the preview was edited (取消 puts the year read back); the year then stays chosen for 读取.
 */
async function onTargetYear(host: ImportPaneHost): Promise<void> {
  const s = state;
  const select = el<HTMLSelectElement>("import-target-year");
  if (!s) return;
  const year = Number(select.value);
  if (year === s.template.targetYear) return;
  if (!(await mayReplacePreview(host))) {
    select.value = String(s.template.targetYear);
    return;
  }
  await host.busy(async () => {
    await readText(host, s.text, s.source, s.before, (l) => t(l, "msg.importReadingTargetYear", { year }), year);
  }, "import-target-year");
  // a read refused by a busy pane leaves the preview as it was: the year shown is the one read
  if (state) select.value = String(state.template.targetYear);
}

/** Text in the box (pasted, or read from a range and edited): its lines are the box's. */
const BOX: TableSource = { kind: "paste", box: true };

/**
 * `before`: said ahead of what was read (the range's address); `reading`: what the pane says while it
 * reads; `targetYear`: the target year chosen (目标年份), taken where the table offers it.
 */
async function readText(host: ImportPaneHost, text: string, source: TableSource, before: () => string, reading: LangText, targetYear?: number): Promise<void> {
  clear();
  // past an indicator table's size (a whole document pasted): refused before reading, as `import` does (MAX_TABLE_CHARS)
  if (text.length > MAX_TABLE_CHARS) return host.say(() => t(host.lang(), "msg.importTooLarge", { chars: text.length.toLocaleString("en"), limit: MAX_TABLE_CHARS.toLocaleString("en") }), "error");
  host.say(() => reading(host.lang()));
  const mod = await importer();
  const offered = mod.offeredTargetYears(text, { ...meta(), source });
  const chosen = targetYear !== undefined && offered.includes(targetYear) ? targetYear : undefined;
  const r = mod.importPlanTable(text, { ...meta(), source, targetYear: chosen });
  if (!r.ok) {
    showTargetYears([], null, false);
    return host.say((l) => (l === "en" ? r.messageEn : r.message), "error");
  }
  const { notLoaded, toCheck } = mod.splitUnread(r.unread);
  // an indicator table, or a project or reform list (lists/importList)
  const s: State = "itemRows" in r
    ? { kind: r.template.kind, mod, template: r.template, rows: mod.listPreviewRows(r.template), notLoaded, toCheck, source, text, before, itemRows: r.itemRows }
    : { kind: "indicators", mod, template: r.template, rows: mod.previewRows(r.template), notLoaded, toCheck, source, text, before, indicatorRows: r.indicatorRows };
  state = s;
  // a list has no target year to choose; nor has a table of every year (2023 … 2027 of a yearly plan): only one
  // whose reading named a choice (several target years, a column beyond the plan) offers it
  const choice = r.unread.some((u) => u.code === "target-choice" || u.code === "column-vision" || u.code === "target-vision-only");
  showTargetYears(s.kind === "indicators" && (choice || chosen !== undefined) ? offered : [], s.kind === "indicators" ? s.template.targetYear : null, chosen !== undefined);
  const lang = host.lang();
  currentLang = lang;
  previewHead(s.kind, lang);
  el("import-rows").replaceChildren(...(s.kind === "indicators" ? s.rows.flatMap((row, i) => previewRow(s, lang, row, i)) : s.rows.map((row, i) => listRow(lang, s.kind, row, i))));
  showUnread(lang, s);
  el("import-result").hidden = false;
  el("import-load-button").hidden = false;
  const template = r.template;
  showReadTitle(template);
  const asRead = { notLoaded: notLoaded.length, toCheck: toCheck.length, edited: 0, dropped: 0 };
  host.say(() => {
    const l = host.lang();
    // the counts follow the preview's edits while it is shown (said again on each edit: host.resay)
    const c = state === s ? unreadCounts(s) : asRead;
    const parts = [c.edited > 0 ? t(l, "msg.importEditedLines", { n: c.edited }) : "", c.dropped > 0 ? t(l, "msg.importDroppedLines", { n: c.dropped }) : ""].filter((x) => x !== "");
    const handled = parts.length > 0 ? t(l, "msg.importHandled", { parts: parts.join(l === "en" ? ", " : "，") }) : "";
    const key: MessageKey = s.kind === "indicators" ? "msg.importRead" : s.kind === "projects" ? "msg.importReadProjects" : "msg.importReadReforms";
    const read = t(l, key, { n: s.rows.length, title: readTitle(l, template), notLoaded: c.notLoaded, toCheck: c.toCheck, handled, lines: linesWord(l, source) });
    // a region taken from the title or the plan's name is said as `import` says it, with the pane's way to name another
    const region = mod.describeRegionFrom(r.regionFrom, template.region, l, "pane");
    // the plan's notes kept as 规划表注 said as `import` says them (trial34 F5)
    const notes = mod.importNotes(r, "pane").map((n) => mod.importNoteText(n, l));
    // sentences: Chinese runs them on, English puts a space between
    return [before(), read, region, ...notes].filter((x) => x !== "").join(l === "en" ? " " : "");
  });
}

/**
 * The 标题 box after 读取: the title the table gave, where the box is empty or holds the one put there last time (the
 * message named the title and the box stayed empty, trial47c F5); a title typed there is kept. A made-up title is not put in.
 */
function showReadTitle(template: Pick<Template, "kind" | "title" | "baselineYear" | "targetYear">): void {
  const box = el<HTMLInputElement>("import-title-input");
  if (box.value !== "" && box.value !== box.dataset.read) return;
  const title = tableTitleRead(template);
  box.value = title;
  box.dataset.read = title;
}

async function onLoad(host: ImportPaneHost): Promise<void> {
  const s = state;
  if (!s) return host.say((l) => t(l, "msg.importNothing"), "error");
  const r = s.kind === "indicators" ? s.mod.applyEdits(s.template, readEdits(), meta()) : s.mod.applyListEdits(s.template, readEdits(), meta());
  if (!r.ok) {
    const problems = (l: Lang): string[] => r.problems.map((p) => `${p.path}${p.number !== undefined ? (l === "en" ? ` (${t(l, "import.col.number")} ${p.number})` : `（${t(l, "import.col.number")} ${p.number}）`) : ""}: ${p.message}`);
    currentLang = host.lang();
    showProblems(problems);
    return host.say((l) => `${t(l, "msg.importInvalid")}${l === "en" ? " " : ""}${problems(l).join(l === "en" ? "; " : "；")}`, "error");
  }
  showProblems(null);
  await host.load([r.template]);
}

/** Re-labels what the pane drew (the language changed); the edits in the preview stay. */
export function relabelImport(lang: Lang): void {
  currentLang = lang;
  const text = el<HTMLTextAreaElement>("import-text");
  text.placeholder = t(lang, (text.dataset.i18nPlaceholder ?? "import.placeholder") as MessageKey);
  // the problems 载入 found, under the preview: made anew in the language now (they stayed in the other one)
  showProblems(problemsShown);
  const s = state;
  if (!s) return;
  if (s.kind !== "indicators") {
    relabelList(lang, s);
    return;
  }
  el("import-rows").querySelectorAll<HTMLTableRowElement>("tr[data-id]").forEach((tr, i) => {
    const row = s.rows[i];
    if (!row) return;
    tr.querySelector("input.import-drop")?.setAttribute("aria-label", rowLabel(lang, i, row, "import.col.drop"));
    const domain = tr.querySelector("td.col-domain");
    if (domain) domain.textContent = domainText(lang, row.domain);
    const attribute = tr.querySelector("td.col-attribute");
    if (attribute) attribute.textContent = attributeText(lang, row.attribute);
    for (const f of FIELDS) tr.querySelector(`input[data-field="${f.field}"]`)?.setAttribute("aria-label", rowLabel(lang, i, row, f.key));
    labelCells(lang, tr);
  });
  el("import-rows").querySelectorAll<HTMLTableCellElement>("tr.import-yearly-row td.import-yearly").forEach((td, i) => {
    const row = s.rows.filter((r) => r.yearly.length > 0)[i];
    if (row) td.textContent = s.mod.yearlyText(row, lang);
  });
  el("import-rows").querySelectorAll<HTMLTableRowElement>("tr[data-id]").forEach((tr, i) => {
    const row = s.rows[i];
    const select = tr.querySelector<HTMLSelectElement>("select.import-direction");
    const shown = tr.querySelector(".direction-decided");
    if (!row || !select || !shown) return;
    select.setAttribute("aria-label", rowLabel(lang, i, row, "import.col.direction"));
    select.querySelectorAll("option").forEach((o) => (o.textContent = choiceLabel(s.mod, lang, o.value as DirectionChoice)));
    const d = s.mod.editedDirection(s.template, row.id, rowEdit(tr));
    if (d) shown.textContent = s.mod.directionText(d, lang);
  });
  showUnread(lang, s);
}

/** relabelImport for a list's preview: its rows' labels and category words, and its lines. */
function relabelList(lang: Lang, s: ListState): void {
  const nameKey: MessageKey = s.kind === "projects" ? "import.col.projectName" : "import.col.reformName";
  el("import-rows").querySelectorAll<HTMLTableRowElement>("tr[data-id]").forEach((tr, i) => {
    const row = s.rows[i];
    if (!row) return;
    tr.querySelector("input.import-drop")?.setAttribute("aria-label", rowLabel(lang, i, row, "import.col.drop"));
    tr.querySelector('input[data-field="name"]')?.setAttribute("aria-label", rowLabel(lang, i, row, nameKey));
    const category = tr.querySelector("td.col-domain");
    if (category) category.textContent = domainText(lang, row.category);
    labelListCells(lang, s.kind, tr);
  });
  showUnread(lang, s);
}

/**
 * Remembers what the box's text was copied from (clipboardOrigin: the clipboard's HTML markers) so
 * that the messages name it; the browser still pastes the plain text. Emptying the box forgets it.
 */
function watchPastes(box: HTMLTextAreaElement): void {
  box.addEventListener("paste", (ev) => {
    const origin = clipboardOrigin(ev.clipboardData?.getData("text/html") ?? "");
    if (origin) box.dataset.copiedFrom = origin;
    else delete box.dataset.copiedFrom;
  });
  box.addEventListener("input", () => {
    if (box.value.trim() === "") delete box.dataset.copiedFrom;
  });
}

export function initImportPane(host: ImportPaneHost): void {
  watchPastes(el<HTMLTextAreaElement>("import-text"));
  el("import-read-button").addEventListener("click", () => void onRead(host));
  const range = el("import-range-button");
  range.hidden = host.selectedRange === undefined;
  range.addEventListener("click", () => void onReadRange(host));
  el("import-load-button").addEventListener("click", () => void onLoad(host));
  el("import-target-year").addEventListener("change", () => void onTargetYear(host));
  // an edit made (an input left, a box ticked, a direction chosen): the lists and the message's counts follow
  el("import-rows").addEventListener("change", () => {
    const s = state;
    if (!s) return;
    updateUnread(currentLang, s);
    host.resay();
  });
}
