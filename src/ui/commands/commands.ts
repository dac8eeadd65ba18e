/*
 * Function-file entry point for ribbon commands (manifest: ExecuteFunction). A function
 * command has no pane, so each speaks through the result dialog: 校验 shows its counts and
 * most urgent flags (selects the first, and any flag clicked in the dialog), 生成汇总,
 * 生成评估 and 生成审核表 show their refusal or error, if any, else the sheet they wrote (生成汇总 and
 * 生成评估 then say what they kept or replaced, as the pane's line says it).
 * Where the webview cannot run the add-in, notSupported.js has answered the buttons instead.
 *
 * Every button loads this script in a fresh webview, so it holds only what each needs first: the
 * Office host functions (pako, the sheet writers), the engine and the summary (zod) load with
 * import() — the pane's chunks — when a button needs them (entry budget: scripts/entryBudgets.js).
 */
import type { CheckDialogData, ErrorTitle, KeptTitle } from "../dialog/CheckDialogData";
import { excelActions, type SheetHint } from "../shared/excelActions";
import type { OfficeActions } from "../shared/OfficeActions";
import { storedSheetHint } from "../shared/storedSheetHint";
import { lazyOfficeHost } from "../shared/lazyOfficeHost";
import { showResultDialog } from "./resultDialog";
import { ribbonCheck } from "./ribbonCheck";
import { pageNotSupported } from "../notSupported/pageNotSupported";
import type { Lang } from "../shared/i18n";
import type { WriteOutcome } from "../shared/summaryActions";
import { paneLangChoice, paneStorage } from "../shared/paneLangChoice";
import { hostErrorText } from "../shared/hostErrorText";

/** 生成汇总 and 生成审核表's writers, in the pane's summary chunk (they bring the template parser, zod). */
const summaryActions = (): Promise<typeof import("../shared/summaryActions")> => import(/* webpackChunkName: "summary" */ "../shared/summaryActions");

Office.onReady(() => {
  // Nothing to initialise: each command builds its own actions.
});

function sheetHint(): SheetHint | undefined {
  return storedSheetHint(Office.context.document?.url);
}

/** One line in the dialog's language: a protected sheet, cell edit mode … said with what to do (hostErrorText). */
function messageOf(e: unknown): string {
  return hostErrorText(e, dialogLang());
}

function errorData(title: ErrorTitle, e: unknown): CheckDialogData {
  return { kind: "error", title, message: messageOf(e) };
}

/** The language the result dialog will pick (dialog.ts: the pane's saved choice, else Office's), so what a command says reads in it. */
function dialogLang(): Lang {
  return paneLangChoice.lang(paneStorage(), Office.context?.displayLanguage);
}

/** 校验 from the ribbon: check (the lock applied, as the pane's 校验), select the most urgent flag, show the result. */
export async function runCheck(): Promise<void> {
  const { lockedCheck } = await import(/* webpackChunkName: "engine" */ "../shared/engine");
  const a = excelActions(lazyOfficeHost(), sheetHint());
  const data = await ribbonCheck(a, (g) => lockedCheck(g, { check: true }), dialogLang()).catch((e: unknown) => errorData("check", e));
  await showResultDialog(data, a.select);
}

/**
 * A writer from the ribbon: its refusal or error in the result dialog, else the first sheet it
 * wrote selected (生成汇总, 生成评估, 生成审核表 end the same way), then `kept`'s notice, if any (a sheet
 * holding the name left alone: why the new one is 汇总(2); or our own earlier sheets replaced: 已更新).
 */
async function writeAndShow(a: OfficeActions, title: ErrorTitle, write: () => Promise<{ ok: true; sheets: readonly string[] } | { ok: false; message: string }>, kept?: (out: { ok: true; sheets: readonly string[] }) => Promise<CheckDialogData | null>): Promise<void> {
  const out = await write().catch((e: unknown) => ({ ok: false as const, message: messageOf(e) }));
  if (!out.ok) return showResultDialog({ kind: "error", title, message: out.message });
  const first = out.sheets[0];
  if (first) await a.select(first, "A1").catch(() => undefined);
  // new sheets beside ours kept (汇总(2) …): said, as the pane's line says it, else the person sees only 汇总(2)
  const notice = await kept?.(out);
  if (notice) await showResultDialog(notice);
}

/**
 * The pane's line (summaryLine) when 生成汇总 or 生成评估 kept a sheet holding its name (each kept sheet and why), or
 * replaced its own earlier sheets (已更新, that a change of format alone is not seen, the totals); null for sheets
 * made the first time (selected, nothing else to say). Until session 34 a replace said nothing: the sheet looked as
 * before, whether or not it had been updated. From what the write resolved with: no Excel sync.
 */
async function keptNotice(title: KeptTitle, written: { ok: true; sheets: readonly string[] }): Promise<CheckDialogData | null> {
  // what makeSummary and makeEvaluation resolve with when they wrote (WriteOutcome)
  const out = written as Extract<WriteOutcome, { ok: true }>;
  const kind = out.kept?.length ? "kept" : out.replaced ? "replaced" : null;
  if (!kind) return null;
  const { summaryLine } = await import(/* webpackChunkName: "summary" */ "../shared/summaryLine");
  return { kind, title, message: summaryLine(out, dialogLang()) };
}

/** 生成汇总 from the ribbon: writes 汇总 and 问题清单 and shows 汇总; a refusal or error is shown. */
export async function runMakeSummary(): Promise<void> {
  const a = excelActions(lazyOfficeHost(), sheetHint());
  await writeAndShow(a, "summary", async () => (await summaryActions()).makeSummary(a, dialogLang()), (out) => keptNotice("summary", out));
}

/** 生成评估 from the ribbon: writes the 评估 sheet and shows it; a refusal or error is shown. */
export async function runMakeEvaluation(): Promise<void> {
  const a = excelActions(lazyOfficeHost(), sheetHint());
  await writeAndShow(a, "evaluation", async () => (await import(/* webpackChunkName: "evaluation" */ "../shared/evaluationActions")).makeEvaluation(a, dialogLang()), (out) => keptNotice("evaluation", out));
}

/**
 * 生成审核表 from the ribbon: writes or refreshes the 审核 sheet (the plan the CLI's `review`
 * uses; decisions kept, changed values 待复核) in one Excel.run, then shows it.
 */
export async function runMakeReview(): Promise<void> {
  const a = excelActions(lazyOfficeHost(), sheetHint());
  await writeAndShow(a, "review", async () => (await summaryActions()).makeReview(a, dialogLang()));
}

/** The ribbon's functions, by their manifest names (FunctionName). */
const COMMANDS: Record<string, () => Promise<void>> = {
  runCheck,
  makeSummary: runMakeSummary,
  makeEvaluation: runMakeEvaluation,
  makeReview: runMakeReview,
};

if (!pageNotSupported()) {
  for (const [name, run] of Object.entries(COMMANDS)) {
    Office.actions.associate(name, (event: Office.AddinCommands.Event) => {
      run().catch((e: unknown) => console.error(e)).finally(() => event.completed());
    });
  }
}
