/*
 * Task pane entry point: wires the DOM of taskpane.html to OfficeActions.
 * Views (填报 · 校验 · 汇总与审核 · 导入) as tabs, one message bar at the top (issue 16).
 * Pure logic lives in i18n.ts, sortFlags.ts, flagRows.ts, buildFixes.ts, planLoad.ts, summaryPlans.ts and
 * importPreview.ts (unit-tested); 从规划文本导入 is drawn by importPane.ts; dialogs go through modal.ts;
 * Office.js calls live in excelActions.ts. A test may inject window.__planReturnsActions.
 * At start only this chunk and the template index load; the catalog, the engine (zod, the
 * rules, pako) and the summary load with import() when an action needs them (issue 19.3).
 */
import { overdueEnd } from "../../domain/overdueEnd";
import { isYearlyPlan } from "../../domain/isYearlyPlan";
import type { CheckItem, CheckReport } from "../../sheet/CheckReport";
import { describeWorkbookProblem } from "../../sheet/describeWorkbookProblem";
import { problemSeverity } from "../../sheet/problemSeverity";
import { openWorkbookProblemText } from "../shared/openWorkbookProblem";
import type { Template } from "../../templates/TemplateSchema";
import { firstReportingYear } from "../../templates/firstReportingYear";
import { onlyReportingYear } from "../../templates/onlyReportingYear";
import { buildFixes, fixRef } from "../shared/buildFixes";
import { shownRef } from "../shared/shownRef";
import { fixLine } from "../shared/fixLine";
import { writtenFixes } from "../shared/writtenFixes";
import { lockLine } from "../shared/lockLine";
import { paneSentences } from "../shared/paneSentences";
import { lockFacts } from "../../cycle/lockFacts";
import { HOST_WAIT_MS, watchedActions } from "./watchedActions";
import { excelActions } from "../shared/excelActions";
import { hostErrorText } from "../shared/hostErrorText";
import { fixRefusalText } from "../shared/fixRefusalText";
import { shownValue } from "../shared/shownValue";
import { isFixesRefused } from "../shared/FixesRefused";
import { storedSheetHint } from "../shared/storedSheetHint";
import type { Fix } from "../shared/Fix";
import { quotedValue } from "../../domain/quotedValue";
import { fewNames, joinList, t, type Lang, type LangText, type MessageKey } from "../shared/i18n";
import { paneLangChoice, paneStorage } from "../shared/paneLangChoice";
import type { OfficeActions } from "../shared/OfficeActions";
import type { ConflictChoice, LoadPlan } from "../shared/planLoad";
import { lazyOfficeHost } from "../shared/lazyOfficeHost";
import { initImportPane, relabelImport } from "./importPane";
import { isFlagged } from "../../sheet/isFlagged";
import { isPlanIssue } from "../../domain/isPlanIssue";
import { isReasonWritten } from "../../domain/isReasonWritten";
import { flagCell } from "../shared/sortFlags";
import { isLockError } from "../../cycle/isLockError";
import { flagRows, type FlagFilter } from "./flagRows";
import { gapYear } from "./gapYear";
import { chipHolds } from "./chipHolds";
import type { ReturnBlank } from "../../cycle/UnitFacts";
import { modal } from "./modal";
import { typedYear } from "./typedYear";
import { keepFocus } from "./keepFocus";
import { chooseRow } from "./chooseRow";
import { applyStatusColours } from "../shared/statusColours";
import type { TemplateSummary } from "./TemplateSummary";
import { templateOptionLabel } from "./templateOptionLabel";
import templateIndex from "../../templates/catalog?index";
import { STATUS_CODES, type Status } from "../../domain/Status";
import { methodToVerifyByStatus, toConfirmByStatus, toVerifyByStatus } from "../../domain/statusCountsText";
import type { ChosenFile, ReviewOutcome } from "../shared/summaryActions";
import type { ReviewToDo } from "../../sheet/reviewToDo";
import type { ReviewListMarks } from "../shared/ReviewListMarks";
import type { LockReading } from "../../cycle/lockReading";
import type { LockOutlook } from "../shared/lockOutlookLine";
import { flagReason } from "../../sheet/flagReason";
import { el, node } from "../shared/dom";
import { flagFactsLine } from "../shared/flagFactsLine";
import { notInFixAll } from "../shared/notInFixAll";
import { flagHead } from "../shared/flagView";
import { statusLabel } from "../shared/i18n";
import { META_SHEET } from "../../sheet/keys";
import { FLOOR_VERSION } from "../../hosts/office/OfficeHostOptions";
import { sheetRefusalText } from "../shared/sheetRefusalText";

/** 生成汇总, 汇总所选文件 and 生成审核表 load as their own chunk when first used, so the first bundle stays small. */
const summaryActions = (): Promise<typeof import("../shared/summaryActions")> => import(/* webpackChunkName: "summary" */ "../shared/summaryActions");
/** The list of rows to decide on, drawn only after 生成审核表: with the summary chunk. */
const reviewListModule = (): Promise<typeof import("./reviewList")> => import(/* webpackChunkName: "summary" */ "./reviewList");

/** The engine chunk's exports (a type: the chunk itself loads with import(), below). */
type Engine = typeof import("../shared/engine");
/**
 * A 校验's report as the pane shows it, the engine chunk whose words it is shown in, and what `lock` would refuse the
 * return for (lockReading, as 生成审核表 says it: trial35 — 校验 never said whether the return could be locked), and
 * whether it holds nothing for its year (blankOf), and the list rows that ask for their figure (figuresWanted).
 */
interface ShownCheck { report: CheckReport; words: Engine; lock: LockReading; blank: ReturnBlank | null; figures: ReadonlyMap<CheckItem, string> }

const ALL = "*";
let lang: Lang = "zh";
let actions: OfficeActions | null = null;
/**
 * The last 校验's report, with the engine chunk it came from: that chunk words its issues (flagIssueText,
 * with the issue catalogue), so the catalogue loads with the check, not in the first bundle (issue 19).
 */
let lastReport: ShownCheck | null = null;
/** Excel is there but older than the floor the add-in needs (ExcelApi 1.8: Excel 2019, Microsoft 365): nothing is sent to it. */
let excelTooOld = false;

/** Why an action cannot run: Excel too old (what to install, what still works), or no Excel at all. */
function noHostText(): string {
  return t(lang, excelTooOld ? "msg.excelTooOld" : "msg.noOffice");
}

type Kind = "info" | "error" | "warning" | "success";

/** `view`: the view (section id) the message was said on: on another view it shrinks to one line (fitMessage) */
let lastMessage: { text: LangText; kind: Kind; view: string } | null = null;
/** the reader opened the whole message with 展开全文 (until the next message or view) */
let messageOpen = false;

/** The view shown now (the selected tab's section id). */
function currentView(): string {
  return document.querySelector<HTMLElement>("[role=tab][aria-selected=true]")?.dataset.view ?? "";
}

/**
 * The message bar at the top of the pane: Fluent MessageBar colours; an error is also announced
 * at once (role=alert). Every message is a function of the language, made anew on 中文/English
 * (trial P: an import's result stayed English after switching to 中文; only 就绪 was redrawn).
 */
function say(text: LangText, kind: Kind = "info"): void {
  lastMessage = { text, kind, view: currentView() };
  messageOpen = false;
  drawMessage();
}

/**
 * A long message keeps the pane's next step in view (trial31p #4: loading every template for 2024 gave
 * 11 lines, about 40% of a 320 × 560 pane, and they stayed on the other views): on its own view it shows
 * at most six lines (the load's next step among them), on another view one, each with 展开全文 when cut; the whole text stays in the
 * element (screen readers, role=alert for errors).
 */
function fitMessage(): void {
  const m = el("message");
  const more = el<HTMLButtonElement>("message-more");
  const away = lastMessage !== null && lastMessage.view !== currentView();
  m.classList.toggle("is-clamped", !messageOpen && !away);
  m.classList.toggle("is-one-line", !messageOpen && away);
  const cut = m.scrollHeight > m.clientHeight + 1 || m.scrollWidth > m.clientWidth + 1;
  more.hidden = !messageOpen && !cut;
  more.setAttribute("aria-expanded", String(messageOpen));
  more.textContent = t(lang, messageOpen ? "msg.less" : "msg.more");
}

/** The last message, in the pane's language, on the view it was said on. */
function drawMessage(): void {
  if (!lastMessage) return;
  const { text, kind } = lastMessage;
  const shown = text(lang);
  const m = el("message");
  m.textContent = shown;
  for (const k of ["info", "error", "warning", "success"] as const) {
    el("message-bar").classList.toggle(`is-${k}`, k === kind);
    m.classList.toggle(`is-${k}`, k === kind);
  }
  el("message-alert").textContent = kind === "error" ? shown : "";
  fitMessage();
}

/** A host error as one line in the pane's language (a protected sheet, cell edit mode … with what to do). */
function errorText(e: unknown): string {
  return hostErrorText(e, lang);
}

const ACTION_BUTTONS = ["load-button", "check-button", "fix-all-button", "summary-button", "review-button", "carry-file", "evaluation-button", "consolidate-button", "evaluate-files-button", "import-read-button", "import-range-button", "import-load-button"];

/** The action holding the pane (progress shown, buttons disabled), or null. */
let holder: { key: string; restore: () => void } | null = null;
/** Actions whose work has not ended, also after the pane was given back (a host call unanswered): never started twice. */
const pending = new Set<string>();
/**
 * Actions that only read the workbook (校验): one whose earlier run went unanswered may start again, and the
 * earlier run's late answer is then dropped (a trial's pane refused every later 校验 after one timed out).
 * Writes stay guarded: a late write must not meet a second one.
 */
const READS: ReadonlySet<string> = new Set(["check-button"]);
/** the newest run of each action: an older run's late answer is not shown */
const latest = new Map<string, object>();

function holdPane(on: boolean): void {
  ACTION_BUTTONS.forEach((id) => (el<HTMLButtonElement>(id).disabled = on));
  el("progress").hidden = !on;
  if (on) document.querySelector(".app-main")?.setAttribute("aria-busy", "true");
  else document.querySelector(".app-main")?.removeAttribute("aria-busy");
}

/**
 * Runs a long action with the progress bar shown and the buttons disabled, from the click on:
 * anything slow (a chunk loading on an intranet, a host call) comes after. A click while the
 * pane is held, or on a writing action still waiting for Excel, starts nothing (a reading one
 * starts again: READS). `work` is given `current`, false once a newer run of the action started:
 * a late answer then shows nothing. `partial` is said after an error of an action that writes.
 */
async function busy(work: (current: () => boolean) => Promise<void>, key = "work", partial?: MessageKey): Promise<void> {
  if (holder !== null) return;
  if (pending.has(key) && !READS.has(key)) return say(() => t(lang, "msg.stillWaiting"), "warning");
  // the focused button is about to be disabled: its place comes back when the work is done
  const me = { key, restore: keepFocus(el("flag-list"), el("check-button"), focusRow) };
  const current = (): boolean => latest.get(key) === me;
  latest.set(key, me);
  holder = me;
  pending.add(key);
  holdPane(true);
  try {
    await work(current);
  } catch (e) {
    // an action that writes may have written part before it failed: say so, or the person guesses
    if (current()) say(() => t(lang, "msg.error", { error: errorText(e) }) + (partial ? ` ${t(lang, partial)}` : ""), "error");
  } finally {
    pending.delete(key);
    if (holder === me) {
      holder = null;
      holdPane(false);
      me.restore();
    }
  }
}

/**
 * Says what the pane is doing and lets it paint before the long step after it: a 5,000-row 校验 or
 * 载入 ran its synchronous work first and the old message stood until the result. The timer
 * answers too where no frame comes (a pane out of view).
 */
function announce(key: MessageKey): Promise<void> {
  say(() => t(lang, key));
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

/**
 * A host call unanswered for HOST_WAIT_MS (Excel holds requests while a cell is edited): say so
 * and give the buttons back. The work goes on; its late answer is reported as usual.
 */
function onHostSlow(): void {
  const held = holder;
  say(() => t(lang, "msg.hostSlow"), "warning");
  if (!held) return;
  holder = null;
  holdPane(false);
  held.restore();
}

function applyLanguage(): void {
  document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
  document.querySelectorAll<HTMLElement>("[data-i18n]").forEach((e) => {
    e.textContent = t(lang, e.dataset.i18n as MessageKey);
  });
  document.querySelectorAll<HTMLElement>("[data-i18n-placeholder]").forEach((e) => e.setAttribute("placeholder", t(lang, e.dataset.i18nPlaceholder as MessageKey)));
  document.querySelectorAll<HTMLElement>("[data-i18n-aria]").forEach((e) => e.setAttribute("aria-label", t(lang, e.dataset.i18nAria as MessageKey)));
  document.querySelectorAll<HTMLElement>("[data-i18n-title]").forEach((e) => e.setAttribute("title", t(lang, e.dataset.i18nTitle as MessageKey)));
  document.title = t(lang, "app.title");
  if (yearError) el("year-error").textContent = yearError();
  el("lang-toggle").textContent = t(lang, "lang.toggle");
  el("lang-toggle").setAttribute("lang", lang === "en" ? "zh-CN" : "en");
  fillTemplates();
  showChosenFiles();
  relabelImport(lang);
  if (lastReport) showReport(lastReport);
  if (lastReview) void showReview();
  drawMessage();
}

// The template list at start is the build-time index (about 1 KB); the seven seed templates
// (~130 KB of plan text) load as their own chunk when 加载模板 needs them.
const catalog = (): Promise<Template[]> => import(/* webpackChunkName: "catalog" */ "../../templates/catalog").then((m) => m.catalog());
// planLoad and checkGrid (zod, the domain rules, pako) likewise, when an action first needs them.
const engine = (): Promise<Engine> => import(/* webpackChunkName: "engine" */ "../shared/engine");

/** The chosen option's whole label as the list's tooltip: what a narrow pane cuts off is still there to read. */
function titleChosen(): void {
  const select = el<HTMLSelectElement>("template-select");
  const label = select.selectedOptions[0]?.textContent ?? "";
  if (select.value === "") select.removeAttribute("title");
  else select.title = label;
}

/**
 * A yearly plan (isYearlyPlan: 2024年…清单, baseline 2023) has one reporting year: chosen, it fills 填报年度
 * when that is empty or outside the plan (trial 25c: picking 嵊泗 2024 left the year to type).
 */
function yearOfChosen(): void {
  const chosen = listedTemplates().find((x) => x.id === el<HTMLSelectElement>("template-select").value);
  if (!chosen || !isYearlyPlan(chosen.baselineYear, chosen.targetYear)) return;
  const input = el<HTMLInputElement>("year-input");
  const typed = typedYear(input.value);
  // an indicator table's baseline year is no reporting year (periodProblems)
  const first = firstReportingYear(chosen);
  if (typed !== null && typed >= first && typed <= chosen.targetYear) return;
  input.value = String(chosen.targetYear);
  yearError = null;
  fieldError("year-input", "year-error", null);
}

/**
 * The open workbook's templates that the catalogue does not list (an imported plan, read from its
 * metadata sheet): listed after the catalogue's, so the workbook's own plan can be refreshed and rolled
 * over (trial 25c: an imported plan's workbook showed （请选择模板） and 加载模板 refused the next year).
 */
let ownTemplates: Template[] = [];

/** The templates the list offers: the catalogue's index, then the workbook's own. */
function listedTemplates(): TemplateSummary[] {
  return [...templateIndex, ...ownTemplates.filter((x) => !templateIndex.some((c) => c.id === x.id))];
}

function fillTemplates(): void {
  const select = el<HTMLSelectElement>("template-select");
  const chosen = select.value;
  select.replaceChildren(new Option(t(lang, "load.templatePlaceholder"), ""));
  for (const tpl of listedTemplates()) select.append(new Option(templateOptionLabel(lang, tpl), tpl.id));
  select.append(new Option(t(lang, "load.allTemplates"), ALL));
  select.value = chosen;
  titleChosen();
}

/** Keeps the workbook's own templates (those not in the catalogue) for the list, and selects `chosen` when given. */
function rememberOwn(templates: readonly Template[], chosen?: string): void {
  const fresh = templates.filter((x) => !templateIndex.some((c) => c.id === x.id));
  ownTemplates = [...ownTemplates.filter((o) => !fresh.some((x) => x.id === o.id)), ...fresh];
  fillTemplates();
  if (chosen !== undefined) el<HTMLSelectElement>("template-select").value = chosen;
  titleChosen();
}

/** The workbook's own template, year and 填报单位 (the cover's, as check reads it), when it has them, as the load form's defaults. */
async function workbookDefaults(a: OfficeActions): Promise<void> {
  const existing = await a.sheets();
  const ids = existing.map((s) => s.templateId).filter((id): id is string => id !== null);
  const grid = existing.some((s) => s.name === META_SHEET) ? await a.readGrid() : null;
  // the engine loaded only for a plan-returns workbook, as before
  const words = grid ? await engine() : null;
  const state = grid && words ? words.workbookState(grid) : null;
  // the metadata's templates first: an imported plan is listed only there
  if (state) rememberOwn(state.templates);
  const select = el<HTMLSelectElement>("template-select");
  const own = [...(state?.templates ?? []), ...templateIndex].find((x) => ids.includes(x.id));
  if (own && !select.value) select.value = own.id;
  titleChosen();
  const year = el<HTMLInputElement>("year-input");
  if (state?.year && !year.value) year.value = String(state.year);
  // a distributed return's cover names its unit (菜园镇): the field showed it empty beside the template and year it
  // filled in (trial41d F8); read as check reads it (the cover's 填报单位), without running the check at start
  const unit = el<HTMLInputElement>("unit-input");
  if (state?.unit && !unit.value) unit.value = state.unit;
}

/** Shows a pane dialog (focus kept inside, Escape = the last button) and resolves with the id of the button pressed. */
async function ask(dialogId: string, buttonIds: string[], first?: () => HTMLElement | undefined): Promise<string> {
  const buttons = buttonIds.map((b) => el(b));
  // the pane waits for the person, not for Excel: no progress, no 正在… meanwhile
  const before = lastMessage;
  const working = !el("progress").hidden;
  el("progress").hidden = true;
  say(() => t(lang, "msg.waitingChoice"));
  const pressed = await modal(el(dialogId), buttons, buttons[buttons.length - 1] ?? el(dialogId), first);
  if (before) say(before.text, before.kind);
  el("progress").hidden = !working;
  return pressed;
}

/** Marks a form field wrong (aria-invalid, its message under it) or right again. */
function fieldError(inputId: string, errorId: string, text: string | null): void {
  const input = el(inputId);
  const error = el(errorId);
  error.textContent = text ?? "";
  error.hidden = text === null;
  if (text === null) {
    input.removeAttribute("aria-invalid");
    input.removeAttribute("aria-describedby");
  } else {
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", errorId);
  }
}

/** What #year-error says, again in the other language on 中文/English; null when the year is fine. */
let yearError: (() => string) | null = null;

/**
 * Marks the year field wrong with `text`, shown under the field only: the message bar points there
 * (trial P: a year outside the plan gave the same 8 lines twice at 320 px, in the bar and under the field).
 */
function refuseYear(text: () => string): void {
  yearError = text;
  fieldError("year-input", "year-error", text());
  // 导入 › 载入 may refuse it: the field is on the 填报 view, shown so its message is seen
  if (el("load-section").hidden) showView(el("tab-fill"));
  // focused as a year that is no year is (chosenYear): the 载入 button pressed is on a view now hidden, and
  // focus fell to <body> (trial 25c, the second failed 载入)
  el("year-input").focus();
  say(() => t(lang, "msg.yearRefused"), "error");
}

/**
 * A load whose write failed: the error, and when sheets may have been written (new ones seen
 * afterwards, a refresh, or the workbook cannot be read) how to go on without a duplicate copy.
 */
async function partialLoadText(a: OfficeActions, e: unknown, before: readonly { name: string }[], planned: readonly string[], refreshing: boolean): Promise<LangText> {
  const error = (l: Lang): string => t(l, "msg.error", { error: hostErrorText(e, l) });
  const after = await a.sheets().catch(() => null);
  const added = after === null ? [] : planned.filter((n) => after.some((s) => s.name === n) && !before.some((s) => s.name === n));
  if (added.length > 0) return (l) => `${error(l)} ${t(l, "msg.partialLoadSheets", { sheets: joinList(l, added) })}`;
  if (after === null || refreshing) return (l) => `${error(l)} ${t(l, "msg.partialLoad")}`;
  return error;
}

/**
 * A plan (or plans) with one reporting year only (onlyReportingYear: a yearly indicator plan) has nothing to choose:
 * 填报年度 takes that year, shown in the field, without asking (dev45d: 导入 › 载入 of a 2026 yearly plan asked for it).
 * The sentence saying so when the field said nothing or another year; null when the year was there or is to be chosen.
 */
function takeOnlyYear(plans: ReadonlyArray<Pick<Template, "kind" | "baselineYear" | "targetYear">>): LangText | null {
  const only = onlyReportingYear(plans);
  const input = el<HTMLInputElement>("year-input");
  if (only === null || typedYear(input.value) === only) return null;
  const typed = input.value.trim();
  input.value = String(only);
  yearError = null;
  fieldError("year-input", "year-error", null);
  return (l) => t(l, typed === "" ? "msg.yearTaken" : "msg.yearTakenOver", { year: only, typed });
}

/** The year typed, or null (its field marked and focused) when it is not a year from 2000 to 2100. */
function chosenYear(): number | null {
  const input = el<HTMLInputElement>("year-input");
  const year = typedYear(input.value);
  if (year !== null) {
    // ２０２３ or 2023年 shown as read
    if (input.value !== String(year)) input.value = String(year);
    yearError = null;
    fieldError("year-input", "year-error", null);
    return year;
  }
  // nothing typed is said as such, with what to type (the range alone read as if a year had been refused: trial31p #12)
  const key = input.value.trim() === "" ? "msg.noYear" : "msg.badYear";
  yearError = () => t(lang, key);
  fieldError("year-input", "year-error", yearError());
  // 导入 › 载入 asks for it too: the field is on the 填报 view, shown so it can be typed
  if (el("load-section").hidden) showView(el("tab-fill"));
  el("year-input").focus();
  return null;
}

async function onLoad(): Promise<void> {
  if (!actions) return say(() => noHostText(), "error");
  const id = el<HTMLSelectElement>("template-select").value;
  if (!id) {
    el("template-select").focus();
    return say(() => t(lang, "msg.chooseTemplate"), "error");
  }
  // a plan of one reporting year has nothing to ask (the list's summaries know its years; 全部模板 has several)
  const taken = takeOnlyYear(id === ALL ? [] : listedTemplates().filter((x) => x.id === id));
  // the year's message is under its field (chosenYear): the bar only points there
  if (chosenYear() === null) return say(() => t(lang, "msg.yearRefused"), "error");
  // busy from the click: the catalog chunk may take seconds on an intranet, and a second click must not start a second load
  await busy(async () => {
    await announce("msg.loading");
    // the workbook's own (imported) plan is not in the catalogue: it is loaded, refreshed or rolled over as it is
    const own = ownTemplates.filter((x) => x.id === id);
    const all = own.length > 0 ? [] : await catalog();
    const templates: Template[] = own.length > 0 ? own : id === ALL ? all : all.filter((x) => x.id === id);
    if (templates.length === 0) return say(() => t(lang, "msg.chooseTemplate"), "error");
    await loadInto(templates, taken);
  }, "load-button");
}

/** Loads templates for the year in #year-input, asking first when their sheets exist (加载模板, 从规划文本导入 › 载入). */
async function loadTemplates(templates: Template[]): Promise<void> {
  if (!actions) return say(() => noHostText(), "error");
  // an imported yearly plan has one reporting year: taken, not asked for
  const taken = takeOnlyYear(templates);
  if (chosenYear() === null) return say(() => t(lang, "msg.yearRefused"), "error");
  await busy(async () => {
    await announce("msg.loading");
    await loadInto(templates, taken);
  }, "import-load-button");
}

/**
 * The work of a load, inside busy: the year in #year-input was checked by the caller; `taken`: the sentence saying
 * 填报年度 took the plan's only reporting year (takeOnlyYear), said after what was loaded.
 */
async function loadInto(templates: Template[], taken: LangText | null = null): Promise<void> {
  const a = actions;
  const year = chosenYear();
  if (!a || year === null) return;
  const unit = el<HTMLInputElement>("unit-input").value.trim();
  const options = unit ? { reportingUnit: unit } : {};
  const existing = await a.sheets();
  const { distinctIds, findConflicts, planLoad, workbookState, periodProblems, describePeriodProblem, perYearCells, perYearCounts, perYearReview, perYearLock, rolledInvalid, rolledInvalidLines, rolledReferences, rolledReferencesLine, unusableReferencesLines, rolledOwed, explainedBlankLines, checkGrid } = await engine();
  // a plan-returns workbook: its year and templates decide between load, refresh and roll-over
  const grid = existing.some((s) => s.name === META_SHEET) ? await a.readGrid() : null;
  const state = grid ? workbookState(grid) : null;
  const duplicateIds = state?.duplicateIds ?? [];
  if (duplicateIds.length > 0) return say(() => t(lang, "msg.duplicateIds", { ids: joinList(lang, duplicateIds) }), "error");
  const notes: LangText[] = [];
  const own = distinctIds(templates, state?.templates ?? []);
  for (const r of own.renamed) notes.push((l) => t(l, "msg.renamedId", r));
  // a year outside a plan's period would give a sheet with nowhere to type
  const outside = periodProblems(own.templates, year);
  const fit = own.templates.filter((x) => !outside.some((p) => p.template === x.id));
  const from = state?.year ?? null;
  // a refusal in a workbook of another year's return (an ended plan's last one): the next plan's return goes in a new
  // blank workbook, an import into this one being refused again (trial42c F1); a plan skipped beside others loaded is not
  const task: "workbook" | undefined = from !== null && from !== year ? "workbook" : undefined;
  const listed = (ps: typeof outside, l: Lang = lang, how = task): string => ps.map((p) => describePeriodProblem(p, l, how)).join(l === "en" ? "; " : "；");
  if (fit.length === 0) return refuseYear(() => t(lang, "msg.outsidePeriod", { problems: listed(outside) }));
  if (outside.length > 0) notes.push((l) => t(l, "msg.skippedOutside", { problems: listed(outside, l, undefined) }));

  let lp: LoadPlan;
  // a change of year empties the year's own cells (说明, 人工评估, 审核意见, the cover's sign-offs), as `rollover` leaves them
  let cleared: ReturnType<typeof perYearCells> = [];
  // and the year's 审核 sheet is deleted, as `rollover` leaves it out of the new return: a reviewer never reads last year's decisions as this year's
  let review: ReturnType<typeof perYearReview> = null;
  // and its lock record is cleared, as `rollover` leaves it: a lock accepts one year's return, never the next (its cells emptied with the others, no sync of their own)
  let lock: ReturnType<typeof perYearLock> = null;
  // and a project's 累计完成投资 is emptied, last year's in the cell's input prompt, as `rollover` leaves it (rolledReferences)
  let figures: ReturnType<typeof rolledReferences>["cells"] = [];
  // said after the load's own line, only once it is done (not a warning)
  const done: LangText[] = [];
  if (grid && state && from !== null && from !== year) {
    // another reporting year: the whole workbook rolls over, after one confirmation
    const all = [...state.templates.filter((w) => !fit.some((x) => x.id === w.id)), ...fit];
    const stuck = periodProblems(state.templates, year);
    // another plan than the workbook's (导入 › 载入 of the next period's table): which return is refused, and why
    const added = fit.filter((x) => !state.templates.some((w) => w.id === x.id));
    const plans = (l: Lang): string => joinList(l, added.map((x) => (l === "en" ? `"${x.title}"` : `「${x.title}」`)));
    if (stuck.length > 0 && added.length > 0) return refuseYear(() => t(lang, "msg.endedPlanWorkbook", { from, year, plans: plans(lang), problems: listed(stuck) }));
    if (stuck.length > 0) return refuseYear(() => t(lang, "msg.outsidePeriod", { problems: listed(stuck) }));
    // a value left blank last year with its reason in 说明 is still owed: its 说明 is emptied, so the metadata keeps it (check
    // names the cell while it is blank, earlier_year_owed) and the dialog names each in rollover's words (session 46)
    // the workbook checked as of its own year once, for what it owes and for the figures' references (each checked it, session 47)
    const checkedFrom = checkGrid(grid, from);
    const owing = rolledOwed(checkedFrom, from, year);
    lp = planLoad(all, year, existing, "refresh", { ...options, owed: owing.owed });
    // the sheets refreshed (and the cover): the cells said here are the cells the host empties
    cleared = perYearCells(grid, new Set(lp.refresh));
    const counts = (l: Lang): string => joinList(l, perYearCounts(cleared).map((c) => t(l, `roll.count.${c.kind}`, { n: c.n, fields: joinList(l, c.fields) })));
    // a carried value the new year's check cannot use is named cell by cell before anything is written, in
    // rollover's own words (rolledInvalidLines): it is carried as typed, and the person is told to fix each (trial34p Q1)
    const invalid = rolledInvalid(grid, lp.plan, from, year);
    const invalidLines = (l: Lang): string[] => rolledInvalidLines(invalid, from, l);
    const [invalidHead, ...invalidCells] = invalidLines(lang);
    el("roll-invalid").textContent = invalidHead ?? "";
    el("roll-invalid").hidden = invalid.length === 0;
    el("roll-invalid-list").replaceChildren(...invalidCells.map((x) => node("li", undefined, x.trim())));
    el("roll-invalid-list").hidden = invalid.length === 0;
    // a project's 累计完成投资 emptied, last year's in the cell's input prompt: said with the cells cleared, in rollover's own line
    const rolled = rolledReferences(grid, lp.plan, checkedFrom, from, year);
    figures = rolled.cells;
    // the dialog's promise that entered values are kept leaves out what it empties (session 41: 保留已填数值 on a project list whose 累计完成投资 it blanks)
    el("roll-text").textContent = t(lang, figures.length > 0 ? "roll.textFigures" : "roll.text", { from, to: year });
    // a figure last year's check found no amount (2024.6, 85%) is named cell by cell after it, in rollover's words (trial40f F5)
    const unusable = figures.flatMap((c) => (c.unusable ? [c.unusable] : []));
    const figuresLine = (l: Lang): string => paneSentences([rolledReferencesLine(figures, from, year, "prompt", l), ...unusableReferencesLines(unusable, from, year, l)], l);
    el("roll-cleared").textContent = paneSentences([cleared.length > 0 ? t(lang, "roll.cleared", { counts: counts(lang), from, to: year }) : "", figuresLine(lang)], lang);
    el("roll-cleared").hidden = cleared.length === 0 && figures.length === 0;
    const owedLine = (l: Lang): string => paneSentences(explainedBlankLines(owing.rows, l), l);
    el("roll-owed").textContent = owedLine(lang);
    el("roll-owed").hidden = owing.rows.length === 0;
    // said before anything is written, with what a person wrote there, so they can cancel and save a copy first
    review = perYearReview(grid);
    // an open 退回修改 named: a correction still asked of the unit, not only 「审核人员填写的 1 行」 (trial46b F2)
    const returned = review && review.returned.length > 0 ? t(lang, "roll.reviewReturned", { n: review.returned.length, names: fewNames(lang, review.returned) }) : "";
    el("roll-review").textContent = review ? paneSentences([t(lang, review.filled > 0 ? "roll.reviewFilled" : "roll.review", { from, to: year, sheet: review.sheet, n: review.filled }), returned], lang) : "";
    el("roll-review").hidden = review === null;
    lock = perYearLock(grid);
    const locked = lock;
    const lockText = (l: Lang): string => locked ? t(l, "roll.lock", { year: locked.year ?? from, to: year, facts: lockFacts(locked, l) }) : "";
    el("roll-lock").textContent = lockText(lang);
    el("roll-lock").hidden = lock === null;
    el("roll-ok").textContent = t(lang, figures.length > 0 ? "roll.okFigures" : "roll.ok", { to: year });
    // a list longer than the dialog shows scrolls: then it is a tab stop, as the confirm dialog's
    const rollList = el("roll-invalid-list");
    // the focus is on 确定 (Enter rolls) when nothing written is lost; when the roll empties what a person wrote (说明,
    // 人工评估, 审核意见, sign-offs, a list's 累计完成投资, a filled 审核表), on 取消, that said above the list
    // (trial41d F6: one Enter on 改为 2026 年 cleared the year's 说明, said only at the bottom)
    const loses = cleared.length > 0 || figures.length > 0 || (review !== null && review.filled > 0);
    const firstFocus = (): HTMLElement | undefined => {
      const over = !rollList.hidden && rollList.scrollHeight > rollList.clientHeight + 1;
      rollList.tabIndex = over ? 0 : -1;
      return loses ? el("roll-cancel") : undefined;
    };
    if (await ask("roll-dialog", ["roll-ok", "roll-cancel"], firstFocus) !== "roll-ok") {
      // nothing rolled: the field shows the workbook's year again, not the one refused (trial35 TP6)
      el<HTMLInputElement>("year-input").value = String(from);
      return say(() => t(lang, "msg.cancelled"));
    }
    // said again once written (the dialog is gone): the head and the cells, as rollover prints them
    if (invalid.length > 0) done.push((l) => paneSentences(invalidLines(l), l));
    if (cleared.length > 0) done.push((l) => t(l, "msg.rolledCleared", { counts: counts(l) }));
    if (owing.rows.length > 0) done.push(owedLine);
    if (locked) done.push((l) => t(l, "msg.rolledLock", { year: locked.year ?? from }));
    done.push(figuresLine);
    lp = { ...lp, plan: rolled.plan };
  } else {
    const conflicts = findConflicts(fit, existing);
    let choice: ConflictChoice = "copy";
    if (conflicts.length > 0) {
      el("conflict-sheet-name").textContent = joinList(lang, conflicts.map((c) => c.name));
      // a copy is a second sheet of the template, which check, summary and review pass by: said before it is chosen
      el("conflict-copy-note").textContent = t(lang, "conflict.copyNote", { sheets: joinList(lang, conflicts.map((c) => quotedValue(c.name, lang))) });
      const pressed = await ask("conflict-dialog", ["conflict-refresh", "conflict-copy", "conflict-cancel"]);
      choice = pressed === "conflict-refresh" ? "refresh" : pressed === "conflict-copy" ? "copy" : "cancel";
    }
    if (choice === "cancel") return say(() => t(lang, "msg.cancelled"));
    lp = planLoad(fit, year, existing, choice, options);
  }
  let outcome;
  // the lock record's cells are emptied with the year's own (refreshPlan reads them in its first sync)
  const clear = [...cleared, ...(lock ? lock.cells : []), ...figures];
  try {
    outcome = review ? await a.apply(lp.plan, lp.refresh, clear, { sheet: review.sheet, mark: review.mark })
      : clear.length > 0 ? await a.apply(lp.plan, lp.refresh, clear) : await a.apply(lp.plan, lp.refresh);
  } catch (e) {
    lastReport = null;
    showReport(null);
    return say(await partialLoadText(a, e, existing, lp.sheetNames, lp.refresh.length > 0), "error");
  }
  // the workbook changed (another year, refreshed rules): a result from before would mislead
  lastReport = null;
  showReport(null);
  // a sheet deleted is said, whatever else the load says (the host deletes it only while it is still ours)
  const dropped = outcome.dropped;
  const droppedText: LangText[] = dropped === undefined ? [] : [(l) => t(l, "msg.rolledReview", { from: from ?? "", sheet: dropped })];
  done.push(...droppedText);
  // an existing cover or metadata sheet is kept as it is; a refused template sheet is an error
  const refused = outcome.refused.filter((r) => lp.sheetNames.includes(r.sheet));
  // the host's refusal is coded (SheetRefusal), worded in the pane's language
  if (refused.length > 0) return say((l) => paneSentences([...refused.map((r) => sheetRefusalText(r, l)), ...notes.map((n) => n(l)), ...droppedText.map((n) => n(l))], l), "error");
  // the list now offers what the workbook holds (an imported plan too), chosen for its next load
  rememberOwn(fit, templates.length === 1 ? fit[0]?.id : undefined);
  const key = from !== null && from !== year ? "msg.rolled" : lp.refresh.length > 0 ? "msg.refreshed" : "msg.loaded";
  // many sheets (全部模板) are named up to three and counted, so the next step stays near the top (trial31p #4)
  const sheets = lp.sheetNames;
  const named = (l: Lang): string => (sheets.length <= 3 ? joinList(l, sheets) : t(l, "msg.sheetsAndMore", { sheets: joinList(l, sheets.slice(0, 3)), n: sheets.length, more: sheets.length - 3 }));
  // a new sheet says what to do next (a trial's only message was 已加载：舟山市表2): the year's column, then 校验
  const next: LangText[] = key !== "msg.loaded" ? [] : [(l) => t(l, fit.every((f) => f.kind === "indicators") ? "msg.nextYearColumn" : "msg.nextYearLists", { year })];
  // one line of sentences (paneSentences: 已改为 2024 年度：… has no end mark of its own, and Chinese sentences take no space between)
  // the year taken (a plan of one reporting year) said with what was loaded, before the next step
  say((l) => paneSentences([t(l, key, { sheets: named(l), year }), taken?.(l), ...next.map((n) => n(l)), ...done.map((n) => n(l)), ...notes.map((n) => n(l))], l), notes.length > 0 ? "warning" : "success");
}

/** 校验: reads the workbook, checks it and lists what needs attention; `done` goes before the result (已修改 …). */
async function onCheck(done?: LangText): Promise<void> {
  const a = actions;
  if (!a) return say(() => noHostText(), "error");
  await busy(async (current) => {
    await announce("msg.checking");
    const words = await engine();
    const grid = await a.readGrid();
    // an earlier 校验 answered after a newer one started: its result is not shown
    if (!current()) return;
    // a locked return edited since says so, as `check` does: its changes are flags, the line names the lock
    const out = words.lockedCheck(grid, { check: true });
    if (!out.ok) {
      lastReport = null;
      showReport(null);
      // a blank workbook is told to load a template first (openWorkbookProblemText)
      return say(() => openWorkbookProblemText(out.problem, lang), "error");
    }
    // nothing for the year (收到空表, 本年度未填: a rolled-over project list's 累计完成投资 all blank): check's own line, after the count (trial40f F6)
    const blank = words.blankOf(grid, out.report);
    const figures = words.figuresWanted(grid, out.report);
    lastReport = { report: out.report, words, lock: { ...words.lockReading(grid, out.report), lock: out.lock }, blank, figures };
    showReport(lastReport);
    const n = out.report.items.filter(isFlagged).length;
    const year = out.report.year;
    const lock = out.lock;
    const changed = lock.locked && !lock.intact;
    // a workbook problem weighs as its severity (problemSeverity): an error red, a warning amber, each said in words too
    const errors = out.report.problems.filter((p) => problemSeverity(p) === "error").length;
    const warnings = out.report.problems.length - errors;
    const problems = (l: Lang): string[] => [...(errors > 0 ? [t(l, "msg.problemErrors", { n: errors })] : []), ...(warnings > 0 ? [t(l, "msg.problemWarnings", { n: warnings })] : [])];
    // a cover without its 填报单位: said as `summary` will say it (cover_no_unit), loaded with the summary's words only then;
    // the 填报说明 sheet deleted: copied back, not its C4 filled in (trial35: the pane asked for C4 of a sheet that was gone)
    const gone = out.report.problems.some((p) => p.code === "cover_deleted");
    const summaryWords = out.report.reportingUnit === "" ? await summaryActions() : null;
    const coverless = summaryWords ? (l: Lang): string => summaryWords.openWorkbookCoverless(l, gone) : null;
    // rows counted by their status that the report leaves ungraded (a ×1000 slip read 已达标), as check's totals say them
    const toVerify = toVerifyByStatus(out.report.items);
    // of them, rows whose method is in doubt (compounded falls: the report's 计算方法待核实), said apart as check's totals say them
    const method = methodToVerifyByStatus(out.report.items);
    const verify = (l: Lang): string | null => {
      const which = STATUS_CODES.flatMap((s) => {
        const m = Math.min(method[s] ?? 0, toVerify[s] ?? 0);
        const v = (toVerify[s] ?? 0) - m;
        return [...(v > 0 ? [l === "en" ? `${v} counted as ${statusLabel(l, s)} (values)` : `计为${statusLabel(l, s)}的 ${v} 项数值`] : []),
          ...(m > 0 ? [l === "en" ? `${m} counted as ${statusLabel(l, s)} (method of calculation)` : `计为${statusLabel(l, s)}的 ${m} 项计算方法`] : [])];
      });
      return which.length ? t(l, "msg.toVerify", { which: which.join(l === "en" ? ", " : "、") }) : null;
    };
    // rows counted by a 人工评估 conclusion the reviewer has not confirmed (applyCheckMarks), as check's totals say them (trial44a F5)
    const toConfirm = toConfirmByStatus(out.report.items);
    const confirm = (l: Lang): string | null => {
      const which = STATUS_CODES.flatMap((s) => ((toConfirm[s] ?? 0) > 0 ? [l === "en" ? `${toConfirm[s]} counted as ${statusLabel(l, s)}` : `计为${statusLabel(l, s)}的 ${toConfirm[s]} 项`] : []));
      return which.length ? t(l, "msg.toConfirm", { which: which.join(l === "en" ? ", " : "、") }) : null;
    };
    say((l) => paneSentences([done?.(l), t(l, "msg.checked", { year, n }), words.yearBlankLine(out.report, blank, l, figures), verify(l), confirm(l), ...problems(l), lockLine(lock, l), coverless?.(l)], l), errors > 0 || changed ? "error" : n > 0 || warnings > 0 || coverless || blank ? "warning" : "success");
  }, "check-button");
}

async function onSummary(): Promise<void> {
  const a = actions;
  if (!a) return say(() => noHostText(), "error");
  await busy(async () => {
    say(() => t(lang, "msg.summarizing"));
    const out = await (await summaryActions()).makeSummary(a, lang);
    if (!out.ok) return say(out.inLang, "error");
    // replaced our unchanged earlier sheets, or wrote new ones beside sheets a person made or edited, and why;
    // then a cover without its 填报单位, a return sent back blank: said as `summary` says them (summaryLine)
    const { summaryLine } = await import(/* webpackChunkName: "summary" */ "../shared/summaryLine");
    say(() => summaryLine(out, lang), out.kept?.length || out.said ? "warning" : "success");
  }, "summary-button", "msg.partialWrite");
}

/** 生成评估: the 评估 sheet of the open workbook (evaluation-rules §6), loaded as its own chunk. */
async function onEvaluation(): Promise<void> {
  const a = actions;
  if (!a) return say(() => noHostText(), "error");
  await busy(async () => {
    say(() => t(lang, "msg.evaluating"));
    const { makeEvaluation } = await import(/* webpackChunkName: "evaluation" */ "../shared/evaluationActions");
    const out = await makeEvaluation(a, lang);
    // files chosen below and a workbook with no return of its own: 评估所选文件 is what was meant (trial34)
    const chosen = (el<HTMLInputElement>("summary-files").files?.length ?? 0) > 0;
    if (!out.ok) return say((l) => (chosen ? paneSentences([out.inLang(l), t(l, "msg.evaluateChosenHint")], l) : out.inLang(l)), "error");
    // a locked return changed since is graded as it is now, and each change named, as `report` says it
    const { lockedChangesNote } = await import(/* webpackChunkName: "evaluation" */ "../shared/lockedChangesNote");
    // as 生成汇总: 已更新 over our own unchanged 评估, or a new one beside an edited one, and why
    const { summaryLine } = await import(/* webpackChunkName: "summary" */ "../shared/summaryLine");
    // then what it found, as `report` says it (evaluationOutcome: 未能评估 N 项, the grades, 预计难以完成 N 项)
    say(() => paneSentences([summaryLine(out, lang), out.found(lang), lockedChangesNote(out.changes, lang)], lang), out.changes.length || out.kept?.length ? "warning" : "success");
  }, "evaluation-button", "msg.partialWrite");
}

/** The chosen file 汇总所选文件 read as the 报送台账 (WriteOutcome.ledger), until other files are chosen; null when none. */
let chosenLedger: string | null = null;

/**
 * The files #summary-files holds, named as the pane names them (how many, the first few: fewNames), in `l`; once
 * 汇总所选文件 has read one as the 报送台账, how many are returns and which is the ledger (trial37c F7: 已选择 12 个文件
 * did not say one was the 报送台账); null for none.
 */
function chosenFilesText(l: Lang): string | null {
  const names = Array.from(el<HTMLInputElement>("summary-files").files ?? [], (f) => f.name);
  if (names.length === 0) return null;
  if (chosenLedger !== null && names.includes(chosenLedger)) return t(l, "msg.filesChosenLedger", { n: names.length, returns: names.length - 1, ledger: chosenLedger, files: fewNames(l, names) });
  return t(l, "msg.filesChosen", { n: names.length, files: fewNames(l, names) });
}

/** Beside 选择文件…: the files #summary-files holds, named, in the pane's language (the browser's own text is Windows'). */
function showChosenFiles(): void {
  el("summary-files-chosen").textContent = chosenFilesText(lang) ?? t(lang, "summary.noFiles");
}

/** A file chosen in the pane, read with JSZip only (loaded as its own chunk when first needed). */
function chosenFile(f: File): ChosenFile {
  return {
    name: f.name,
    // a unit's two versions are told apart by when each was saved, as `summary` tells them by the file's time
    modified: f.lastModified,
    read: async () => {
      const [{ readXlsxZip }, { isReturnSheet }] = await Promise.all([
        import(/* webpackChunkName: "xlsxzip" */ "../../hosts/xlsx/readXlsxZip"),
        import(/* webpackChunkName: "xlsxzip" */ "../../sheet/isReturnSheet"),
      ]);
      // a county's 企业名录 of 200,000 rows beside its return is passed over, as the CLI passes it over
      return readXlsxZip(await f.arrayBuffer(), { needs: isReturnSheet });
    },
  };
}

/** The files chosen in #summary-files (chosenFile). */
function chosenFiles(): ChosenFile[] {
  return Array.from(el<HTMLInputElement>("summary-files").files ?? [], chosenFile);
}

async function onConsolidate(): Promise<void> {
  const a = actions;
  if (!a) return say(() => noHostText(), "error");
  const files = chosenFiles();
  if (files.length === 0) return say(() => t(lang, "msg.noFiles"), "error");
  await busy(async () => {
    say(() => t(lang, "msg.reading", { n: files.length }));
    const out = await (await summaryActions()).consolidate(a, files, lang);
    if (!out.ok) return say(out.inLang, "error");
    // the file read as the 报送台账 named beside 选择文件… from now on
    chosenLedger = out.ledger ?? null;
    showChosenFiles();
    // as 生成汇总: 已更新 over our own unchanged sheets, or new ones beside an edited one, and why; a file passed over
    // (an .ods among the returns) said in the same line, after what was written
    const { summaryLine } = await import(/* webpackChunkName: "summary" */ "../shared/summaryLine");
    const passed = out.passedOver;
    // summaryLine's sentences (replaced or kept, then summary's own lines), then the files passed over
    const line = (l: Lang): string => paneSentences([summaryLine(out, l), passed?.(l)], l);
    say(() => line(lang), passed || out.kept?.length || out.said ? "warning" : "success");
  }, "consolidate-button", "msg.partialWrite");
}

/**
 * 评估所选文件: the 评估 sheets of the chosen county returns, as `report <files>` makes them (evaluateChosenFiles, in
 * the evaluation chunk), written into the open workbook as 生成评估's; then `report`'s lines on the files.
 */
async function onEvaluateFiles(): Promise<void> {
  const a = actions;
  if (!a) return say(() => noHostText(), "error");
  const files = chosenFiles();
  if (files.length === 0) return say(() => t(lang, "msg.noFilesToEvaluate"), "error");
  await busy(async () => {
    say(() => t(lang, "msg.reading", { n: files.length }));
    const { evaluateChosenFiles } = await import(/* webpackChunkName: "evaluation" */ "../shared/evaluationActions");
    const out = await evaluateChosenFiles(a, files, lang);
    if (!out.ok) return say(out.inLang, "error");
    const { summaryLine } = await import(/* webpackChunkName: "summary" */ "../shared/summaryLine");
    // how many returns and the files passed over first (trial37b F6: behind 展开全文 after 28 sheet names), then as 生成评估:
    // 已更新 or 已生成 (the units' sheets counted) and what was kept, then what `report` prints of these files
    say(() => paneSentences([out.lead?.(lang), summaryLine(out, lang), out.found(lang)], lang), out.kept?.length || out.noted ? "warning" : "success");
  }, "evaluate-files-button", "msg.partialWrite");
}

/** The last 生成审核表's rows that wait for a decision, listed under its message (redrawn on 中文/English), and whether lock would lock the return (lockOutlookLine). */
let lastReview: { sheet: string; toDo: ReviewToDo[]; marks: ReviewListMarks; outlook: Record<Lang, LockOutlook> } | null = null;

/**
 * Whether `plan-returns lock` would lock the return (lockOutlookLine), on its own line in `box`, as 生成审核表 and 校验
 * show it: 可以锁定 with nothing to note edged green, 可以锁定 with lock's notes amber, 不能锁定 red, said in words too
 * (never colour alone); hidden with no outlook. The reasons and notes fold under the head (a native <details>, keyboard
 * and screen readers as the browser gives them): on 校验 folded (`folded`), the filer's own rows being the list below
 * (trial46b F3: at 320 px a 700 px outlook sat between the chips and the first row); the reader's choice kept on redraw.
 */
function drawLockOutlook(box: HTMLElement, outlook: LockOutlook | null, folded: boolean): void {
  const was = box.querySelector("details");
  box.textContent = outlook?.text ?? "";
  // the reasons, what to do, as a short list under their head, what lock would note after them (trial40e F2: one
  // 17-line paragraph at 320 px put the reviewer's one to-do below the fold)
  if (outlook && (outlook.items.length > 0 || outlook.rest !== "")) {
    const fold = node("details", "review-lock-fold");
    fold.open = was ? was.open : !folded;
    const body: HTMLElement[] = [];
    if (outlook.items.length > 0) {
      const list = node("ul", "review-lock-items");
      for (const x of outlook.items) list.append(node("li", "", x));
      body.push(list);
    }
    if (outlook.rest) body.push(node("span", "review-lock-rest", outlook.rest));
    fold.append(node("summary", "review-lock-head", outlook.head), ...body);
    box.replaceChildren(fold);
  }
  box.className = `review-lock review-lock-${outlook?.tone ?? "refused"}`;
  box.hidden = outlook === null;
}

async function showReview(): Promise<void> {
  const list = el("review-list");
  const review = lastReview;
  // lock's outlook, one line above the list, whatever the message bar says after (trial35 TP2: said only in the folded message)
  drawLockOutlook(el("review-lock"), review ? review.outlook[lang] : null, false);
  el("review-hint").hidden = !review || (review.toDo.length === 0 && review.marks.unassessed.length === 0);
  if (!review) return list.replaceChildren();
  const { reviewList } = await reviewListModule();
  list.replaceChildren(...reviewList(lang, review.sheet, review.toDo, review.marks, (sheet, cell) => {
    const a = actions;
    a?.select(sheet, cell).catch((e: unknown) => say(() => t(lang, "msg.selectFailed", { ref: shownRef({ sheet, cell }), error: errorText(e) }), "error"));
  }));
  roving(list, 0);
}

async function onReview(): Promise<void> {
  const a = actions;
  if (!a) return say(() => noHostText(), "error");
  await busy(async () => {
    say(() => t(lang, "msg.reviewing"));
    await reviewed(await (await summaryActions()).makeReview(a, lang));
  }, "review-button", "msg.partialWrite");
}

/** What 生成审核表 (or 带入上一版的审核结论, whose first sentence `head` is) wrote, listed and said. */
async function reviewed(out: ReviewOutcome, head?: (l: Lang) => string): Promise<void> {
  lastReview = out.ok ? { sheet: out.sheets[0] ?? "", toDo: out.toDo, marks: out.marks, outlook: out.outlook } : null;
  await showReview();
  if (!out.ok) return say(out.inLang, "error");
  // rows sorted apart from their keys, a 审核结论 outside the list, 通过 on a cell with an error: said as `review` says them, after the count
  say(() => (head ? head(lang) : t(lang, out.replaced ? "msg.reviewReplaced" : "msg.reviewed", { sheet: out.sheets[0] ?? "", rows: out.rows, stale: out.stale })) + (out.rekeyed ? ` ${out.rekeyed[lang]}` : "") + (out.taken ? ` ${out.taken[lang]}` : "") + (out.unlisted ? ` ${out.unlisted[lang]}` : "") + (out.accepted ? ` ${out.accepted[lang]}` : ""), out.unlisted || out.accepted ? "warning" : "success");
}

/**
 * 带入上一版的审核结论 (trial40e F4): the file chosen in #carry-file is the version the reviewer decided on; the open
 * workbook's 审核 sheet is written as `review <this> --replaces <that>` writes it (carryReview), then listed as 生成审核表's.
 */
async function onCarryReview(): Promise<void> {
  const a = actions;
  const input = el<HTMLInputElement>("carry-file");
  const f = input.files?.[0];
  // chosen again, the same file is a new choice (the picker fires no change for the name it already holds)
  input.value = "";
  if (!f) return;
  if (!a) return say(() => noHostText(), "error");
  await busy(async () => {
    say(() => t(lang, "msg.carrying", { file: f.name }));
    const { carryReview } = await import(/* webpackChunkName: "summary" */ "../shared/carryReview");
    const out = await carryReview(a, chosenFile(f), lang);
    await reviewed(out, out.ok ? (l) => t(l, "msg.reviewCarried", { file: out.file, carried: out.carried, sheet: out.sheets[0] ?? "", rows: out.rows, stale: out.stale }) : undefined);
  }, "carry-file", "msg.partialWrite");
}

const filter: { statuses: Set<Status>; bindingOnly: boolean } = { statuses: new Set(), bindingOnly: false };

/** The status chips: counts, and toggles that filter the list (none pressed: every flag). */
function showCounts(shown: ShownCheck | null): void {
  const box = el("status-counts");
  box.replaceChildren();
  el("check-filters").hidden = shown === null;
  if (!shown) return;
  const { report } = shown;
  for (const s of STATUS_CODES) {
    const c = node("button", `count status-${s}`);
    c.type = "button";
    c.dataset.status = s;
    c.setAttribute("aria-pressed", String(filter.statuses.has(s)));
    // the rows the chip's filter lists (chipHolds: 数据异常 reaches a status typed over too), binding only under 只看约束性 (trial34p Q5: 数据异常 7 beside a list of 2)
    const count = report.items.filter((i) => chipHolds(i, s) && (!filter.bindingOnly || i.attribute === "约束性")).length;
    c.append(node("span", "count-label", statusLabel(lang, s)), " ", node("span", "count-value", String(count)));
    // a chip at 0 is muted: a solid red 严重滞后 0 read as an alarm (trial47c F5); its colour kept as a bar for the legend
    c.classList.toggle("count-zero", count === 0);
    c.addEventListener("click", () => {
      if (filter.statuses.has(s)) filter.statuses.delete(s);
      else filter.statuses.add(s);
      showReport(shown);
      el(`status-counts`).querySelector<HTMLElement>(`[data-status="${s}"]`)?.focus();
    });
    box.append(c);
  }
}

/**
 * The 说明 of a 滞后 / 严重滞后 or 未填报 row: its text, and a button to write it (written only on 确定). A 未填报
 * row's 说明 says why the value is not there (check's advice for 暂无; evaluation-rules §6a); `named`: the row's name
 * first, for a line under the sheet's folded 未填报 row.
 */
function noteLine(item: CheckItem, year: number, named = false): HTMLDivElement | null {
  // a 数据异常 row told to stay blank and say why (「待统计」: noDataIssue) gets the button it is told to use (trial34p Q2)
  if (item.status !== "lagging" && item.status !== "severe" && item.status !== "missing" && !item.issues.some(noDataIssue)) return null;
  const cell = item.noteCell ?? item.issues.find((x) => x.code === "lagging_no_note")?.cell;
  if (!cell) return null;
  const div = node("div", "flag-note", item.note ? t(lang, "note.current", { text: item.note }) : "");
  const label = t(lang, item.note ? "note.edit" : "note.button");
  const b = rowCellButton(item, cell, label, "flag-note-button", "noteCell", () => void writeNote(item, cell));
  div.append(item.note ? " " : "", b);
  if (named) div.prepend(nameButton(item, year), " ");
  return div;
}

/**
 * The name of a row folded into the 未填报 line: a button that selects that row's own value cell for the year (flagCell),
 * where its figure is typed. The folded line once selected its first row's cell wherever it was clicked, its names too:
 * a trial clicked 「高等教育毛入学率」 and got L10 (优质园覆盖面), a figure typed there landing in another row (trial46b F1).
 */
function nameButton(item: CheckItem, year: number): HTMLButtonElement {
  const cell = flagCell(item, year);
  // the colon with the name: alone, it wrapped onto a line of its own under a long name
  const b = node("button", "flag-note-name flag-go", `${item.name}${lang === "zh" ? "：" : ":"}`);
  b.type = "button";
  b.setAttribute("aria-label", t(lang, "check.actionName", { action: t(lang, "check.selectCell"), cell, name: item.name }));
  b.dataset.cell = cell;
  b.addEventListener("click", (ev) => {
    ev.stopPropagation();
    selectCell(item.sheet, cell);
  });
  return b;
}

/** A row's button acting on one of its cells: named for screen readers with the action, the cell and the row (check.actionName); the click stays off the row. */
function rowCellButton(item: CheckItem, cell: string, label: string, className: string, key: "noteCell" | "figureCell" | "gapCell", act: () => void): HTMLButtonElement {
  const b = node("button", `btn btn-secondary btn-small ${className}`, label);
  b.type = "button";
  b.setAttribute("aria-label", t(lang, "check.actionName", { action: label, cell, name: item.name }));
  b.dataset[key] = cell;
  b.addEventListener("click", (ev) => {
    ev.stopPropagation();
    act();
  });
  return b;
}

/**
 * A 未填报 list row's line when its year's figure is wanted (figuresWanted: a list after a change of year, as check's
 * 本年度未填 asks): a button that selects the cell to type it in (a project's 累计完成投资, last year's figure in the
 * cell's input prompt; a reform's 进展), in place of 填写说明; `named` as noteLine's.
 */
function figureLine(item: CheckItem, cell: string, named = false): HTMLDivElement {
  const div = node("div", "flag-note flag-figure");
  const label = t(lang, item.kind === "reform" ? "check.chooseProgress" : "check.enterFigure");
  const b = rowCellButton(item, cell, label, "flag-figure-button", "figureCell", () => selectCell(item.sheet, cell));
  div.append(b);
  if (named) div.prepend(node("span", "flag-note-name", `${item.name}${lang === "zh" ? "：" : ": "}`));
  return div;
}

/** What a 未填报 or lagging row offers under it: its figure to type (figuresWanted), else its 说明 (noteLine). */
function rowAction(item: CheckItem, year: number, figures: ReadonlyMap<CheckItem, string>, named = false): HTMLDivElement | null {
  const figure = figures.get(item);
  return figure !== undefined ? figureLine(item, figure, named) : noteLine(item, year, named);
}

function flagRow(item: CheckItem, year: number, fixes: Fix[], words: Engine, figures: ReadonlyMap<CheckItem, string>): HTMLLIElement {
  const li = node("li", `flag status-${item.status}`);
  const cell = flagCell(item, year);
  li.dataset.sheet = item.sheet;
  li.dataset.cell = cell;
  li.append(flagHead(lang, item.status, item.attribute, item.name, overdueEnd(item.issues) !== null));
  // the sheet is the group's heading: the row names the value's cell once (K7, as check does), a click
  // selects the cell to fix (flagCell: I7 for a 2021 value that cannot be used, named on its own line)
  li.append(node("div", "flag-facts", flagFactsLine(item, year, lang)));
  // formulas with no result on a sheet nothing calculated: one line for the row's cells (K4、I4、J4：公式未计算…), where the
  // first is, the sheet's own line under 工作表问题 saying why (formulas_uncalculated); not a whole message a cell
  const folded = item.issues.filter((x) => x.params?.["uncalculatedSheet"]);
  for (const issue of item.issues) {
    if (issue.params?.["uncalculatedSheet"]) {
      if (issue === folded[0]) li.append(node("div", `flag-issue level-${issue.severity}`, words.issueText(folded, cell, lang)));
      continue;
    }
    // lagging_no_note is said as check, 审核 and 问题清单 say it (P4：滞后指标须填写说明), above the 说明 line's button:
    // a trial read the button alone as optional (trial38 F9)
    // a blank row's 说明 is said on the 说明 line below, with its button (§6a)
    if (issue.code === "missing_explained") continue;
    // the plan's own (a unit read from the name, shown so in the sheet's 单位 column): no filer can act on it,
    // and it flags no row (isFlagged); trial 25c read 按名称推断为「比」 on 衢州 K15 at every 校验. Said once
    // under the list instead (#plan-notes)
    if (isPlanIssue(issue)) continue;
    const p = node("div", `flag-issue level-${issue.severity}`, words.flagIssueText(issue, item.sheet, lang));
    // an error lock refuses on a row its status does not call 数据异常 (a status cell typed over on a 已达标 row) says
    // 错误： as the sheet's errors do: red alone under a green chip read as minor (trial40e F5)
    if (item.status !== "invalid" && isLockError(issue)) p.prepend(node("strong", "flag-problem-kind", t(lang, "flag.problemError")));
    const fix = fixes.find((f) => f.sheet === (issue.sheet ?? item.sheet) && f.cell === issue.cell && issue.suggestion === f.to);
    const gap = gapYear(issue);
    if (gap !== null && issue.cell) {
      // the row says to fill the earlier years first, then explain what still lags: its first action is that, on the line
      // saying so, the 说明 button below it second (trial46b F6: 填写说明 alone was offered, the note stayed once filled)
      const b = rowCellButton(item, issue.cell, t(lang, "check.fillGap", { year: gap }), "flag-gap-button", "gapCell", () => selectCell(issue.sheet ?? item.sheet, issue.cell ?? ""));
      b.classList.replace("btn-secondary", "btn-primary");
      p.append(" ", b);
    } else if (fix) {
      p.append(" ", fixButton("flag-apply", t(lang, "check.apply"), fix));
      // a guess is confirmed on its own: said on the item, with why (the 全部修正 button counts it out)
      const out = notInFixAll(fix, lang);
      if (out) p.append(node("span", "flag-not-in-all", out));
    } else {
      // 「待统计」: the message asks for the cell to be left blank, so the row offers that, confirmed as any change
      // is (「待统计」 → （空）); a 说明 is asked for on the line below (trial34p Q2: neither was offered)
      const clear = clearFix(item, issue);
      if (clear) p.append(" ", fixButton("flag-clear", t(lang, "check.clear"), clear));
    }
    li.append(p);
  }
  // 待人工评估: nothing for the filer to do, said in the 审核 sheet's words (trial35 TP10: the row said nothing)
  const assess = item.status === "manual" && item.kind === "indicator" ? flagReason(item, year, lang) : null;
  if (assess) li.append(node("div", "flag-issue level-info flag-assess", assess));
  const note = rowAction(item, year, figures);
  if (note) li.append(note);
  selectOnChoose(li, item.sheet, cell);
  return li;
}

/**
 * Whether check's issue says a value is not there yet (「待统计」, 「暂无」: not_a_number with `noData`, on the year's
 * cell or, as §8e's reason, an earlier year's): its words ask for the cell to be left blank and a 说明 written.
 */
function noDataIssue(issue: CheckItem["issues"][number]): boolean {
  return Boolean(issue.params?.["noData"]) && (issue.code === "not_a_number" || issue.params?.["reason"] === "not_a_number");
}

/**
 * The change that empties the cell a noDataIssue asks to be left blank (「待统计」 → （空）), written as text so the
 * confirmation quotes what it held; null for any other issue, or a cell already empty.
 */
function clearFix(item: CheckItem, issue: CheckItem["issues"][number]): Fix | null {
  if (!noDataIssue(issue) || !issue.cell || (issue.received ?? "") === "") return null;
  return { sheet: issue.sheet ?? item.sheet, cell: issue.cell, from: issue.received ?? "", to: "", name: item.name, text: true };
}

/** Selects `cell` of `sheet` in Excel; a failure said in the message bar. */
function selectCell(sheet: string, cell: string): void {
  const a = actions;
  if (!a) return;
  a.select(sheet, cell).catch((e: unknown) => say(() => t(lang, "msg.selectFailed", { ref: shownRef({ sheet, cell }), error: errorText(e) }), "error"));
}

/** A click, Enter or Space on a row selects its cell in the sheet (chooseRow). */
function selectOnChoose(li: HTMLLIElement, sheet: string, cell: string): void {
  chooseRow(li, () => selectCell(sheet, cell));
}

/**
 * One line for a sheet's 未填报 rows. The line itself selects nothing: one cell for 40 rows read as the row clicked
 * (trial46b F1); each row's name selects its own value cell (nameButton), its button writes its 说明 or selects its figure.
 */
function missingRow(sheet: string, items: CheckItem[], year: number, figures: ReadonlyMap<CheckItem, string>): HTMLLIElement {
  const li = node("li", "flag flag-missing status-missing");
  li.dataset.sheet = sheet;
  const head = node("div", "flag-head");
  head.append(node("span", "flag-badge status-missing", statusLabel(lang, "missing")), node("span", "flag-name", t(lang, "check.missingGroup", { n: items.length })));
  li.append(head, node("div", "flag-facts", joinList(lang, items.slice(0, 3).map((i) => i.name)) + (items.length > 3 ? " …" : "")));
  // check asks for a value, or for the cell left blank and the reason in 说明 (暂无): each row's 填写说明 (§6a);
  // a list after a change of year, for its figure only (figuresWanted): each row's 填写数值
  for (const item of items) {
    const note = rowAction(item, year, figures, true);
    if (note) li.append(note);
  }
  return li;
}

/** One tab stop for the list: the current row (and its buttons) take Tab, arrow keys move between rows. */
function roving(list: HTMLElement, current: number): void {
  const rows = Array.from(list.querySelectorAll<HTMLLIElement>("li.flag"));
  rows.forEach((r, i) => {
    r.tabIndex = i === current ? 0 : -1;
    r.querySelectorAll<HTMLElement>("button").forEach((b) => (b.tabIndex = i === current ? 0 : -1));
  });
}

/** Focuses a row of the flag list, making it the list's tab stop. */
function focusRow(row: HTMLLIElement): void {
  const list = el("flag-list");
  roving(list, Array.from(list.querySelectorAll<HTMLLIElement>("li.flag")).indexOf(row));
  row.focus();
}

/** Arrow keys, Home and End in a list of rows (the flag list, the review list). */
function onListKey(ev: KeyboardEvent): void {
  const list = ev.currentTarget as HTMLElement;
  const rows = Array.from(list.querySelectorAll<HTMLLIElement>("li.flag"));
  const at = rows.findIndex((r) => r.contains(document.activeElement));
  if (at < 0) return;
  const next = ev.key === "ArrowDown" ? Math.min(at + 1, rows.length - 1) : ev.key === "ArrowUp" ? Math.max(at - 1, 0)
    : ev.key === "Home" ? 0 : ev.key === "End" ? rows.length - 1 : -1;
  if (next < 0) return;
  ev.preventDefault();
  roving(list, next);
  rows[next]?.focus();
}

function showReport(check: ShownCheck | null): void {
  // 只看约束性 only where a checked sheet has a binding (约束性) row: a project list has none (trial31p)
  const anyBinding = check !== null && check.report.items.some((i) => i.attribute === "约束性");
  if (check !== null && !anyBinding) filter.bindingOnly = false;
  showCounts(check);
  const list = el("flag-list");
  list.replaceChildren();
  const fixAll = el<HTMLButtonElement>("fix-all-button");
  fixAll.hidden = true;
  el("flag-hint").hidden = check === null;
  el("flag-shown").hidden = true;
  el("binding-only-option").hidden = !anyBinding;
  el<HTMLInputElement>("binding-only").checked = filter.bindingOnly;
  // the plan's own issues, left out of the flags above, said once under them as `check` says them (planNotes)
  const plan = check ? check.words.planNotes([check.report], lang) : [];
  el("plan-notes").textContent = plan.join("\n");
  el("plan-notes").hidden = plan.length === 0;
  // whether lock would lock it, the line 生成审核表 shows, above the list
  drawLockOutlook(el("check-lock"), check ? check.words.lockOutlookLine(check.lock, lang) : null, true);
  if (!check) return;
  const { report, words } = check;
  if (report.problems.length > 0) {
    list.append(node("li", "flag-group", t(lang, "flag.problems")));
    for (const p of report.problems) {
      // red or amber by severity, and the word before it (错误 / 警告): never colour alone
      const severity = problemSeverity(p);
      const li = node("li", `flag flag-problem level-${severity}`, "");
      li.append(node("strong", "flag-problem-kind", t(lang, severity === "error" ? "flag.problemError" : "flag.problemWarning")), document.createTextNode(describeWorkbookProblem(p, lang)));
      list.append(li);
    }
  }
  // the reviewer's 通过 / 已说明 in force: a doubt accepted is neither put first nor offered a guessed 应用 again (acceptedDoubt)
  const accepted = new Set(check.lock.tally.accepted);
  const fixes = buildFixes(report.items, accepted);
  const groups = flagRows(report.items, filter as FlagFilter, accepted);
  for (const g of groups) {
    list.append(node("li", "flag-group", g.sheet));
    for (const row of g.rows) list.append(row.kind === "item" ? flagRow(row.item, report.year, fixes, words, check.figures) : missingRow(g.sheet, row.items, report.year, check.figures));
  }
  const filtered = filter.statuses.size > 0 || filter.bindingOnly;
  if (groups.length === 0 && report.problems.length === 0) list.append(node("li", "flag flag-none", t(lang, filtered ? "check.filteredNone" : "check.none")));
  roving(list, 0);
  // filtered, the list shows fewer than the message's N 项需关注: said with both numbers (trial34p Q5), the folded 未填报 counted
  const listed = groups.reduce((n, g) => n + g.rows.reduce((k, r) => k + (r.kind === "item" ? 1 : r.items.length), 0), 0);
  el("flag-shown").textContent = filtered ? t(lang, "check.filteredShown", { shown: listed, all: report.items.filter(isFlagged).length }) : "";
  el("flag-shown").hidden = !filtered;
  // 全部修正 fixes what the list shows, and only format fixes: a guessed scale is confirmed on its own (应用)
  const shown = groups.flatMap((g) => g.rows.flatMap((r) => (r.kind === "item" ? [r.item] : [])));
  const all = buildFixes(shown, accepted).filter((f) => !f.guess);
  fixAll.hidden = all.length === 0;
  // how many cells it changes, said before the click (trial 25c: only the confirmation said it)
  fixAll.textContent = t(lang, "check.fixAllCount", { n: new Set(all.map(fixRef)).size });
  fixAll.onclick = () => void confirmAndApply(all);
}

/** 填写说明: the 说明 cell's text in a dialog; written only on 确定, refused if the cell changed since the check. */
async function writeNote(item: CheckItem, cell: string): Promise<void> {
  const a = actions;
  if (!a) return;
  const ref = shownRef({ sheet: item.sheet, cell });
  const text = el<HTMLTextAreaElement>("note-text");
  text.value = item.note ?? "";
  el("note-label").textContent = t(lang, "note.label", { ref });
  // a 「无」 kept beside its 说明 stays 数据异常 and lock refuses it: check accepts a blank cell with a 说明 (未填报（已说明）,
  // §6a), so the note empties the cell too, in the same write, said before 确定 (trial41d F5: the dialog spoke as if it were blank)
  const cleared = item.issues.map((x) => clearFix(item, x)).find((f): f is Fix => f !== null) ?? null;
  const status = statusLabel(lang, item.status);
  el("note-why").textContent = `${item.name} · ${cleared
    ? t(lang, "note.whyCleared", { status, ref: shownRef(cleared), value: shownValue(cleared.from, lang, true) })
    : t(lang, item.status === "missing" || item.issues.some(noDataIssue) ? "note.whyMissing" : item.issues.some((x) => gapYear(x) !== null) ? "note.whyGaps" : "note.why", { status })}`;
  fieldError("note-text", "note-error", null);
  for (;;) {
    const pressed = await modal(el("note-dialog"), [el("note-ok"), el("note-cancel")], el("note-cancel"), text);
    if (pressed !== "note-ok") return say(() => t(lang, "msg.cancelled"));
    // emptied (or only spaces) where a 说明 was: the note is taken away, after the confirm dialog says so (trial35 TP4: 说明不能为空 kept a note written on the wrong row)
    if (text.value.trim() === "" && (item.note ?? "").trim() !== "") return confirmAndApply([{ sheet: item.sheet, cell, from: item.note ?? "", to: "", name: item.name }]);
    // a 说明 of /, —, 无 or 暂无 explains nothing, and check would ask for one again (isReasonWritten, §6a)
    if (isReasonWritten(text.value)) break;
    fieldError("note-text", "note-error", text.value.trim() === "" ? t(lang, "note.empty") : t(lang, "note.noReason", { text: text.value.trim() }));
  }
  const fix: Fix = { sheet: item.sheet, cell, from: item.note ?? "", to: text.value.trim(), name: item.name };
  if (cleared) return writeAndRecheck([cleared, fix], (l) => t(l, "msg.noteWrittenCleared", { ref, cleared: shownRef(cleared) }));
  await writeAndRecheck([fix], (l) => t(l, "msg.noteWritten", { ref }));
}

/** A row's button that offers one change (应用, 清空), written only after the confirm dialog; `cls` tells the kinds apart. */
function fixButton(cls: string, label: string, fix: Fix): HTMLButtonElement {
  const b = node("button", `btn btn-secondary btn-small ${cls}`, label);
  b.type = "button";
  // named with its cell and indicator: the list's buttons read alike (应用, 应用…) to a screen reader listing them
  b.setAttribute("aria-label", t(lang, "check.actionName", { action: label, cell: fix.cell, name: fix.name }));
  b.dataset.fixCell = fixRef(fix);
  b.addEventListener("click", (ev) => {
    ev.stopPropagation();
    void confirmAndApply([fix]);
  });
  return b;
}

/** Lists the changes in #confirm-dialog and writes them only after 确定. */
async function confirmAndApply(fixes: Fix[]): Promise<void> {
  if (!actions || fixes.length === 0 || holder !== null) return;
  const list = el("confirm-list");
  list.replaceChildren(...fixes.map((f) => node("li", undefined, fixLine(f, lang))));
  const text = el("confirm-text");
  text.textContent = t(lang, "confirm.text", { n: fixes.length });
  // a list longer than the dialog shows scrolls: then it is a tab stop (the keyboard scrolls it), said so, and
  // focused first, so the rows below are read before 确定 (a trial's 8 fixes at 320×600 hid two, unsaid)
  const firstFocus = (): HTMLElement | undefined => {
    const over = list.scrollHeight > list.clientHeight + 1;
    list.tabIndex = over ? 0 : -1;
    if (over) text.textContent += t(lang, "confirm.more");
    return over ? list : undefined;
  };
  const pressed = await ask("confirm-dialog", ["confirm-ok", "confirm-cancel"], firstFocus);
  if (pressed !== "confirm-ok") return say(() => t(lang, "msg.cancelled"));
  await writeAndRecheck(fixes, (l) => t(l, "msg.applied", { n: fixes.length }));
}

/** Writes confirmed changes, then checks again; what was written stays in the message beside the new result. */
async function writeAndRecheck(fixes: Fix[], written: LangText): Promise<void> {
  const a = actions;
  if (!a) return;
  let refused: LangText | null = null;
  // cells changed since the check, and nothing else: no error, a notice beside the new check's result
  let changedOnly = false;
  await busy(async () => {
    say(() => t(lang, "msg.applying"));
    try {
      await a.applyFixes(fixes);
    } catch (e) {
      // cells changed since the check are refused, and a failing write stops partway: name what was written
      const grid = await a.readGrid().catch(() => null);
      const done = grid === null ? null : writtenFixes(fixes, grid);
      const what = (l: Lang): string => done === null ? t(l, "msg.fixesUnknown") : done.length > 0 ? t(l, "msg.fixesWritten", { cells: joinList(l, done.map(shownRef)) }) : t(l, "msg.fixesNoneWritten");
      const changed = isFixesRefused(e) && e.refused.every((r) => r.reason === "changed") ? e.refused : null;
      changedOnly = changed !== null;
      // the pane checks again below, so a changed cell's line says so rather than asking for it (trial31p: 出错了：…请重新校验)
      const refusal = (l: Lang): string => changed !== null ? changed.map((r) => fixRefusalText(r, l, true)).join(l === "en" ? "; " : "；") : hostErrorText(e, l);
      // two sentences: the refusal (ended where it has no end of its own), then what was written
      refused = (l) => paneSentences([refusal(l), what(l)], l);
    }
  }, "fix");
  await onCheck(refused === null ? written : undefined);
  // (assigned inside busy's callback: not narrowed to null)
  const why = refused as LangText | null;
  if (why !== null && changedOnly) say(why, "warning");
  else if (why !== null) say((l) => t(l, "msg.error", { error: why(l) }), "error");
}

/** The views: tabs with arrow keys between them (WAI-ARIA tabs), one view shown. */
function showView(tab: HTMLElement, focus = false): void {
  document.querySelectorAll<HTMLElement>("[role=tab]").forEach((x) => {
    const on = x === tab;
    x.setAttribute("aria-selected", String(on));
    x.tabIndex = on ? 0 : -1;
    el(x.dataset.view ?? "").hidden = !on;
  });
  // another view's message shrinks to its first line; back on its own view it shows again
  messageOpen = false;
  fitMessage();
  if (focus) tab.focus();
}

function initTabs(): void {
  el("message-more").addEventListener("click", () => {
    messageOpen = !messageOpen;
    fitMessage();
  });
  const tabs = Array.from(document.querySelectorAll<HTMLElement>("[role=tab]"));
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => showView(tab));
    tab.addEventListener("keydown", (ev) => {
      const next = ev.key === "ArrowRight" ? (i + 1) % tabs.length : ev.key === "ArrowLeft" ? (i - 1 + tabs.length) % tabs.length
        : ev.key === "Home" ? 0 : ev.key === "End" ? tabs.length - 1 : -1;
      const to = tabs[next];
      if (!to) return;
      ev.preventDefault();
      showView(to, true);
    });
  });
}

function start(info: { host?: Office.HostType | null } | undefined): void {
  lang = paneLangChoice.lang(paneStorage(), typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
  const injected = typeof window !== "undefined" ? window.__planReturnsActions : undefined;
  const inExcel = info?.host === Office.HostType.Excel || typeof Excel !== "undefined";
  // an Excel below the floor (Excel 2016 without updates) would fail at the first call with an
  // unknown-API error: say so at once instead, and send it nothing (the sheets' own rules still work)
  excelTooOld = inExcel && Office.context?.requirements?.isSetSupported?.("ExcelApi", FLOOR_VERSION) === false;
  const host = excelTooOld ? null : injected ?? (inExcel ? excelActions(lazyOfficeHost(), storedSheetHint(Office.context.document?.url)) : null);
  actions = host && watchedActions(host, window.__planReturnsHostWaitMs ?? HOST_WAIT_MS, onHostSlow);
  applyStatusColours(document.documentElement);
  initTabs();
  applyLanguage();
  el("load-button").addEventListener("click", () => void onLoad());
  // Enter in a field of the form does what its primary button does
  for (const id of ["year-input", "unit-input"]) {
    el(id).addEventListener("keydown", (ev) => {
      if (ev.key !== "Enter" || ev.isComposing) return;
      ev.preventDefault();
      if (!el<HTMLButtonElement>("load-button").disabled) void onLoad();
    });
  }
  el("template-select").addEventListener("change", () => {
    titleChosen();
    yearOfChosen();
  });
  el("check-button").addEventListener("click", () => void onCheck());
  el("flag-list").addEventListener("keydown", onListKey);
  el("review-list").addEventListener("keydown", onListKey);
  el("binding-only").addEventListener("change", () => {
    filter.bindingOnly = el<HTMLInputElement>("binding-only").checked;
    showReport(lastReport);
  });
  el("year-input").addEventListener("input", () => {
    yearError = null;
    fieldError("year-input", "year-error", null);
  });
  el("summary-button").addEventListener("click", () => void onSummary());
  el("review-button").addEventListener("click", () => void onReview());
  el("carry-file").addEventListener("change", () => void onCarryReview());
  el("evaluation-button").addEventListener("click", () => void onEvaluation());
  el("consolidate-button").addEventListener("click", () => void onConsolidate());
  el("evaluate-files-button").addEventListener("click", () => void onEvaluateFiles());
  el("summary-files").addEventListener("change", () => {
    chosenLedger = null;
    showChosenFiles();
    const text = chosenFilesText(lang);
    if (text) say((l) => chosenFilesText(l) ?? text);
  });
  const ranges = actions?.selectedRangeText?.bind(actions);
  initImportPane({
    lang: () => lang, say, busy, load: loadTemplates, selectedRange: ranges,
    confirmReread: async (text) => {
      el("reread-text").textContent = text();
      return (await ask("reread-dialog", ["reread-ok", "reread-cancel"])) === "reread-ok";
    },
    resay: () => {
      if (lastMessage) say(lastMessage.text, lastMessage.kind);
    },
  });
  el("lang-toggle").addEventListener("click", () => {
    lang = lang === "zh" ? "en" : "zh";
    // kept for the next time the pane opens; Office's display language decides until a choice is made
    paneLangChoice.save(paneStorage(), lang);
    applyLanguage();
  });
  say(() => (actions ? t(lang, "msg.ready") : noHostText()), actions ? "info" : "error");
  if (actions) workbookDefaults(actions).catch((e: unknown) => say(() => t(lang, "msg.error", { error: errorText(e) }), "error"));
}

Office.onReady((info) => start(info)).catch((e: unknown) => say(() => errorText(e), "error"));
