/*
 * Task pane entry point: wires the DOM of taskpane.html to OfficeActions.
 * Pure logic lives in i18n.ts, sortFlags.ts, buildFixes.ts, planLoad.ts, summaryPlans.ts and importPreview.ts (unit-tested);
 * 从规划文本导入 is drawn by importPane.ts;
 * Office.js calls live in excelActions.ts. A test may inject window.__planReturnsActions.
 */
import type { CheckItem, CheckReport } from "../sheet/CheckReport";
import type { Template } from "../templates/TemplateSchema";
import { buildFixes, fixRef } from "./buildFixes";
import { excelActions } from "./excelActions";
import { storedSheetHint } from "./storedSheetHint";
import type { Fix } from "./Fix";
import { pickLang, t, type Lang, type MessageKey } from "./i18n";
import type { OfficeActions } from "./OfficeActions";
import type { ConflictChoice } from "./planLoad";
import { hostFunctions } from "./officeHost";
import { initImportPane, relabelImport } from "./importPane";
import { flagCell, sortFlags } from "./sortFlags";
import type { ChosenFile } from "./summaryActions";
import { el, node } from "./dom";
import { flagFacts } from "./flagFacts";
import { flagHead, statusChips } from "./flagView";
import { META_SHEET } from "../sheet/keys";

/** 生成汇总, 汇总所选文件 and 生成审核表 load as their own chunk when first used, so the first bundle stays small. */
const summaryActions = (): Promise<typeof import("./summaryActions")> => import(/* webpackChunkName: "summary" */ "./summaryActions");

const ALL = "*";
let lang: Lang = "zh";
let actions: OfficeActions | null = null;
let lastReport: CheckReport | null = null;

function say(text: string, kind: "info" | "error" | "success" = "info"): void {
  const m = el("message");
  m.textContent = text;
  m.classList.toggle("is-error", kind === "error");
  m.classList.toggle("is-success", kind === "success");
}

function errorText(e: unknown): string {
  if (e && typeof e === "object") {
    const o = e as { message?: string; debugInfo?: { errorLocation?: string } };
    const where = o.debugInfo?.errorLocation ? ` (${o.debugInfo.errorLocation})` : "";
    if (o.message) return o.message + where;
  }
  return String(e);
}

/** Runs a long action with the progress bar shown and the buttons disabled. */
async function busy(work: () => Promise<void>): Promise<void> {
  const buttons = ["load-button", "check-button", "fix-all-button", "summary-button", "review-button", "evaluation-button", "consolidate-button", "import-read-button", "import-load-button"].map((id) => el<HTMLButtonElement>(id));
  buttons.forEach((b) => (b.disabled = true));
  el("progress").hidden = false;
  try {
    await work();
  } catch (e) {
    say(t(lang, "msg.error", { error: errorText(e) }), "error");
  } finally {
    el("progress").hidden = true;
    buttons.forEach((b) => (b.disabled = false));
  }
}

function applyLanguage(): void {
  document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
  document.querySelectorAll<HTMLElement>("[data-i18n]").forEach((e) => {
    e.textContent = t(lang, e.dataset.i18n as MessageKey);
  });
  el("lang-toggle").textContent = t(lang, "lang.toggle");
  el("lang-toggle").setAttribute("lang", lang === "en" ? "zh-CN" : "en");
  fillTemplates();
  relabelImport(lang);
  if (lastReport) showReport(lastReport);
}

// The seven seed templates (~130 KB of plan text) load as their own chunk after the pane
// shows, from the add-in's origin, so the first bundle stays small.
let templatesCache: Template[] = [];
const templatesReady: Promise<void> = import(/* webpackChunkName: "catalog" */ "../templates/catalog").then((m) => {
  templatesCache = m.catalog();
  fillTemplates();
});
const catalog = (): Template[] => templatesCache;
// planLoad and checkGrid (zod, the domain rules) likewise: requested at once, awaited when used.
const engineReady = import(/* webpackChunkName: "engine" */ "./engine");

function fillTemplates(): void {
  const select = el<HTMLSelectElement>("template-select");
  const chosen = select.value;
  select.replaceChildren();
  for (const tpl of catalog()) select.append(new Option(`${tpl.region} · ${tpl.title}`, tpl.id));
  select.append(new Option(t(lang, "load.allTemplates"), ALL));
  if (chosen) select.value = chosen;
}

/** Shows a dialog and resolves with the id of the button pressed. */
function ask(dialogId: string, buttonIds: string[]): Promise<string> {
  const dialog = el(dialogId);
  dialog.hidden = false;
  return new Promise((resolve) => {
    const done = (id: string): void => {
      dialog.hidden = true;
      buttonIds.forEach((b) => (el(b).onclick = null));
      resolve(id);
    };
    buttonIds.forEach((b) => (el(b).onclick = () => done(b)));
    el(buttonIds[0] ?? dialogId).focus();
  });
}

async function onLoad(): Promise<void> {
  if (!actions) return say(t(lang, "msg.noOffice"), "error");
  await templatesReady;
  const id = el<HTMLSelectElement>("template-select").value;
  const templates: Template[] = id === ALL ? catalog() : catalog().filter((x) => x.id === id);
  if (templates.length === 0) return say(t(lang, "msg.chooseTemplate"), "error");
  await loadTemplates(templates);
}

/** Loads templates for the year in #year-input, asking first when their sheets exist (加载模板, 从规划文本导入 › 载入). */
async function loadTemplates(templates: Template[]): Promise<void> {
  const a = actions;
  if (!a) return say(t(lang, "msg.noOffice"), "error");
  const year = Number(el<HTMLInputElement>("year-input").value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return say(t(lang, "msg.badYear"), "error");
  await busy(async () => {
    say(t(lang, "msg.loading"));
    const existing = await a.sheets();
    const { distinctIds, findConflicts, planLoad, workbookState, periodProblems, describePeriodProblem } = await engineReady;
    // a plan-returns workbook: its year and templates decide between load, refresh and roll-over
    const state = existing.some((s) => s.name === META_SHEET) ? workbookState(await a.readGrid()) : null;
    if (state && state.duplicateIds.length > 0) return say(t(lang, "msg.duplicateIds", { ids: state.duplicateIds.join("、") }), "error");
    const notes: string[] = [];
    const own = distinctIds(templates, state?.templates ?? []);
    for (const r of own.renamed) notes.push(t(lang, "msg.renamedId", r));
    // a year outside a plan's period would give a sheet with nowhere to type
    const outside = periodProblems(own.templates, year);
    const fit = own.templates.filter((x) => !outside.some((p) => p.template === x.id));
    const listed = (ps: typeof outside): string => ps.map((p) => describePeriodProblem(p, lang)).join(lang === "en" ? "; " : "；");
    if (fit.length === 0) return say(t(lang, "msg.outsidePeriod", { problems: listed(outside) }), "error");
    if (outside.length > 0) notes.push(t(lang, "msg.skippedOutside", { problems: listed(outside) }));

    let lp;
    const from = state?.year ?? null;
    if (state && from !== null && from !== year) {
      // another reporting year: the whole workbook rolls over, after one confirmation
      const all = [...state.templates.filter((w) => !fit.some((x) => x.id === w.id)), ...fit];
      const stuck = periodProblems(state.templates, year);
      if (stuck.length > 0) return say(t(lang, "msg.outsidePeriod", { problems: listed(stuck) }), "error");
      el("roll-text").textContent = t(lang, "roll.text", { from, to: year });
      el("roll-ok").textContent = t(lang, "roll.ok", { to: year });
      if (await ask("roll-dialog", ["roll-ok", "roll-cancel"]) !== "roll-ok") return say(t(lang, "msg.cancelled"));
      lp = planLoad(all, year, existing, "refresh");
    } else {
      const conflicts = findConflicts(fit, existing);
      let choice: ConflictChoice = "copy";
      if (conflicts.length > 0) {
        el("conflict-sheet-name").textContent = conflicts.map((c) => c.name).join("、");
        const pressed = await ask("conflict-dialog", ["conflict-refresh", "conflict-copy", "conflict-cancel"]);
        choice = pressed === "conflict-refresh" ? "refresh" : pressed === "conflict-copy" ? "copy" : "cancel";
      }
      if (choice === "cancel") return say(t(lang, "msg.cancelled"));
      lp = planLoad(fit, year, existing, choice);
    }
    const outcome = await a.apply(lp.plan, lp.refresh);
    // an existing cover or metadata sheet is kept as it is; a refused template sheet is an error
    const refused = outcome.refused.filter((r) => lp.sheetNames.includes(r.sheet));
    if (refused.length > 0) return say([...refused.map((r) => r.message), ...notes].join("；"), "error");
    const key = from !== null && from !== year ? "msg.rolled" : lp.refresh.length > 0 ? "msg.refreshed" : "msg.loaded";
    say([t(lang, key, { sheets: lp.sheetNames.join("、"), year }), ...notes].join(" "), notes.length > 0 ? "info" : "success");
  });
}

async function onCheck(): Promise<void> {
  const a = actions;
  if (!a) return say(t(lang, "msg.noOffice"), "error");
  await busy(async () => {
    say(t(lang, "msg.checking"));
    const { checkGrid } = await engineReady;
    const out = checkGrid(await a.readGrid());
    if (!out.ok) {
      lastReport = null;
      showReport(null);
      return say(out.message, "error");
    }
    lastReport = out.report;
    showReport(out.report);
    const n = sortFlags(out.report.items).reduce((s, g) => s + g.flags.length, 0);
    say(t(lang, "msg.checked", { year: out.report.year, n }), out.report.problems.length > 0 ? "error" : "success");
  });
}

async function onSummary(): Promise<void> {
  const a = actions;
  if (!a) return say(t(lang, "msg.noOffice"), "error");
  await busy(async () => {
    say(t(lang, "msg.summarizing"));
    const out = await (await summaryActions()).makeSummary(a);
    if (!out.ok) return say(out.message, "error");
    say(t(lang, "msg.summarized", { sheets: out.sheets.join("、") }), "success");
  });
}

/** 生成评估: the 评估 sheet of the open workbook (evaluation-rules §6), loaded as its own chunk. */
async function onEvaluation(): Promise<void> {
  const a = actions;
  if (!a) return say(t(lang, "msg.noOffice"), "error");
  await busy(async () => {
    say(t(lang, "msg.evaluating"));
    const { makeEvaluation } = await import(/* webpackChunkName: "evaluation" */ "./evaluationActions");
    const out = await makeEvaluation(a);
    if (!out.ok) return say(out.message, "error");
    say(t(lang, "msg.summarized", { sheets: out.sheets.join("、") }), "success");
  });
}

/** The files chosen in #summary-files, read with JSZip only (loaded as its own chunk when first needed). */
function chosenFiles(): ChosenFile[] {
  const list = el<HTMLInputElement>("summary-files").files;
  return Array.from(list ?? [], (f) => ({
    name: f.name,
    read: async () => {
      const { readXlsxZip } = await import(/* webpackChunkName: "xlsxzip" */ "../hosts/xlsx/readXlsxZip");
      return readXlsxZip(await f.arrayBuffer());
    },
  }));
}

async function onConsolidate(): Promise<void> {
  const a = actions;
  if (!a) return say(t(lang, "msg.noOffice"), "error");
  const files = chosenFiles();
  if (files.length === 0) return say(t(lang, "msg.noFiles"), "error");
  await busy(async () => {
    say(t(lang, "msg.reading", { n: files.length }));
    const out = await (await summaryActions()).consolidate(a, files, lang);
    if (!out.ok) return say(out.message, "error");
    say(t(lang, "msg.summarized", { sheets: out.sheets.join("、") }), "success");
  });
}

async function onReview(): Promise<void> {
  const a = actions;
  if (!a) return say(t(lang, "msg.noOffice"), "error");
  await busy(async () => {
    say(t(lang, "msg.reviewing"));
    const out = await (await summaryActions()).makeReview(a);
    if (!out.ok) return say(out.message, "error");
    say(t(lang, out.replaced ? "msg.reviewReplaced" : "msg.reviewed", { sheet: out.sheets[0] ?? "", rows: out.rows, stale: out.stale }), "success");
  });
}

function showCounts(report: CheckReport | null): void {
  const box = el("status-counts");
  box.replaceChildren();
  if (!report) return;
  box.append(...statusChips(lang, (s) => report.counts[s]));
}

function flagRow(item: CheckItem, year: number, fixes: Fix[]): HTMLLIElement {
  const li = node("li", `flag status-${item.status}`);
  const cell = flagCell(item, year);
  li.dataset.sheet = item.sheet;
  li.dataset.cell = cell;
  li.tabIndex = 0;
  li.append(flagHead(lang, item.status, item.attribute, item.name));
  li.append(node("div", "flag-facts", `${fixRef({ sheet: item.sheet, cell })} · ${flagFacts(item, lang).join(" · ")}`));
  for (const issue of item.issues) {
    const p = node("div", `flag-issue level-${issue.severity}`, lang === "en" ? issue.messageEn : issue.message);
    const fix = fixes.find((f) => f.sheet === (issue.sheet ?? item.sheet) && f.cell === issue.cell && issue.suggestion === f.to);
    if (fix) {
      const b = node("button", "btn btn-secondary btn-small flag-apply", t(lang, "check.apply"));
      b.type = "button";
      b.dataset.fixCell = fixRef(fix);
      b.addEventListener("click", (ev) => {
        ev.stopPropagation();
        void confirmAndApply([fix]);
      });
      p.append(" ", b);
    }
    li.append(p);
  }
  const select = (): void => {
    const a = actions;
    if (!a) return;
    a.select(item.sheet, cell).catch((e: unknown) => say(t(lang, "msg.selectFailed", { ref: fixRef({ sheet: item.sheet, cell }), error: errorText(e) }), "error"));
  };
  li.addEventListener("click", select);
  li.addEventListener("keydown", (ev) => { if (ev.key === "Enter") select(); });
  return li;
}

function showReport(report: CheckReport | null): void {
  showCounts(report);
  const list = el("flag-list");
  list.replaceChildren();
  const fixAll = el<HTMLButtonElement>("fix-all-button");
  fixAll.hidden = true;
  if (!report) return;
  if (report.problems.length > 0) {
    list.append(node("li", "flag-group", t(lang, "flag.problems")));
    for (const p of report.problems) list.append(node("li", "flag flag-problem", p));
  }
  const fixes = buildFixes(report.items);
  const groups = sortFlags(report.items);
  for (const g of groups) {
    list.append(node("li", "flag-group", g.sheet));
    for (const item of g.flags) list.append(flagRow(item, report.year, fixes));
  }
  if (groups.length === 0 && report.problems.length === 0) list.append(node("li", "flag flag-none", t(lang, "check.none")));
  fixAll.hidden = fixes.length === 0;
  fixAll.onclick = () => void confirmAndApply(fixes);
}

/** Lists the changes in #confirm-dialog and writes them only after 确定. */
async function confirmAndApply(fixes: Fix[]): Promise<void> {
  const a = actions;
  if (!a || fixes.length === 0) return;
  const list = el("confirm-list");
  list.replaceChildren(...fixes.map((f) => node("li", undefined, `${fixRef(f)}（${f.name}）：${f.from || t(lang, "flag.empty")} → ${f.to}`)));
  const pressed = await ask("confirm-dialog", ["confirm-ok", "confirm-cancel"]);
  if (pressed !== "confirm-ok") return say(t(lang, "msg.cancelled"));
  let refused: string | null = null;
  await busy(async () => {
    say(t(lang, "msg.applying"));
    try {
      await a.applyFixes(fixes);
      say(t(lang, "msg.applied", { n: fixes.length }), "success");
    } catch (e) {
      // cells changed since the check are refused (the rest written): say so after the re-check
      refused = errorText(e);
    }
  });
  await onCheck();
  if (refused !== null) say(t(lang, "msg.error", { error: refused }), "error");
}

function start(info: { host?: Office.HostType | null } | undefined): void {
  lang = pickLang(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
  const injected = typeof window !== "undefined" ? window.__planReturnsActions : undefined;
  const inExcel = info?.host === Office.HostType.Excel || typeof Excel !== "undefined";
  actions = injected ?? (inExcel ? excelActions(hostFunctions(), storedSheetHint(Office.context.document?.url)) : null);
  const yearInput = el<HTMLInputElement>("year-input");
  if (!yearInput.value) yearInput.value = String(new Date().getFullYear());
  applyLanguage();
  el("load-button").addEventListener("click", () => void onLoad());
  el("check-button").addEventListener("click", () => void onCheck());
  el("summary-button").addEventListener("click", () => void onSummary());
  el("review-button").addEventListener("click", () => void onReview());
  el("evaluation-button").addEventListener("click", () => void onEvaluation());
  el("consolidate-button").addEventListener("click", () => void onConsolidate());
  el("summary-files").addEventListener("change", () => {
    const files = chosenFiles();
    if (files.length > 0) say(t(lang, "msg.filesChosen", { n: files.length, files: files.map((f) => f.name).join("、") }));
  });
  const ranges = actions?.selectedRangeText?.bind(actions);
  initImportPane({ lang: () => lang, say, busy, load: loadTemplates, selectedRange: ranges });
  el("lang-toggle").addEventListener("click", () => {
    lang = lang === "zh" ? "en" : "zh";
    applyLanguage();
  });
  say(actions ? t(lang, "msg.ready") : t(lang, "msg.noOffice"), actions ? "info" : "error");
}

Office.onReady((info) => start(info)).catch((e: unknown) => say(errorText(e), "error"));
