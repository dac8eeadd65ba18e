/*
 * Function-file entry point for ribbon commands (manifest: ExecuteFunction). A function
 * command has no pane, so each speaks through the result dialog: 校验 shows its counts and
 * most urgent flags (and selects the first), 生成汇总 shows its refusal or error, if any.
 */
import type { CheckDialogData } from "./CheckDialogData";
import { excelActions, type SheetHint } from "./shared/excelActions";
import { storedSheetHint } from "./shared/storedSheetHint";
import { hostFunctions } from "./shared/officeHost";
import { showResultDialog } from "./resultDialog";
import { ribbonCheck } from "./ribbonCheck";
import { makeSummary } from "./shared/summaryActions";

Office.onReady(() => {
  // Nothing to initialise: each command builds its own actions.
});

function sheetHint(): SheetHint | undefined {
  return storedSheetHint(Office.context.document?.url);
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function errorData(title: "check" | "summary", e: unknown): CheckDialogData {
  return { kind: "error", title, message: messageOf(e) };
}

/** 校验 from the ribbon: check, select the most urgent flag, show the result. */
export async function runCheck(): Promise<void> {
  const { checkGrid } = await import(/* webpackChunkName: "engine" */ "./shared/engine");
  const data = await ribbonCheck(excelActions(hostFunctions(), sheetHint()), checkGrid).catch((e: unknown) => errorData("check", e));
  await showResultDialog(data);
}

/** 生成汇总 from the ribbon: writes 汇总 and 问题清单 and shows 汇总; a refusal or error is shown. */
export async function runMakeSummary(): Promise<void> {
  const a = excelActions(hostFunctions(), sheetHint());
  const out = await makeSummary(a).catch((e: unknown) => ({ ok: false as const, message: messageOf(e) }));
  if (!out.ok) return showResultDialog({ kind: "error", title: "summary", message: out.message });
  const first = out.sheets[0];
  if (first) await a.select(first, "A1").catch(() => undefined);
}

/** 生成评估 from the ribbon: writes the 评估 sheet and shows it; a refusal or error is shown. */
export async function runMakeEvaluation(): Promise<void> {
  const a = excelActions(hostFunctions(), sheetHint());
  const { makeEvaluation } = await import(/* webpackChunkName: "evaluation" */ "./shared/evaluationActions");
  const out = await makeEvaluation(a).catch((e: unknown) => ({ ok: false as const, message: messageOf(e) }));
  if (!out.ok) return showResultDialog({ kind: "error", title: "evaluation", message: out.message });
  const first = out.sheets[0];
  if (first) await a.select(first, "A1").catch(() => undefined);
}

Office.actions.associate("runCheck", (event: Office.AddinCommands.Event) => {
  runCheck().catch((e: unknown) => console.error(e)).finally(() => event.completed());
});

Office.actions.associate("makeSummary", (event: Office.AddinCommands.Event) => {
  runMakeSummary().catch((e: unknown) => console.error(e)).finally(() => event.completed());
});

Office.actions.associate("makeEvaluation", (event: Office.AddinCommands.Event) => {
  runMakeEvaluation().catch((e: unknown) => console.error(e)).finally(() => event.completed());
});
