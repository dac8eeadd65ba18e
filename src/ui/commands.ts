/*
 * Function-file entry point for ribbon commands (manifest: ExecuteFunction).
 * runCheck is a placeholder the lead replaces; makeSummary (生成汇总) writes 汇总 and 问题清单
 * for the open workbook without opening the task pane, then shows the new 汇总 sheet.
 */
import { excelActions } from "./excelActions";
import { hostFunctions } from "./officeHost";
import { makeSummary } from "./summaryActions";

Office.onReady(() => {
  // Nothing to initialise yet.
});

Office.actions.associate("runCheck", (event: Office.AddinCommands.Event) => {
  event.completed();
});

/** 生成汇总 from the ribbon. A function command has no UI: a refusal goes to the console. */
export async function runMakeSummary(): Promise<void> {
  const a = excelActions(hostFunctions());
  const out = await makeSummary(a);
  if (!out.ok) throw new Error(out.message);
  const first = out.sheets[0];
  if (first) await a.select(first, "A1");
}

Office.actions.associate("makeSummary", (event: Office.AddinCommands.Event) => {
  runMakeSummary()
    .catch((e: unknown) => console.error(`生成汇总失败：${e instanceof Error ? e.message : String(e)}`))
    .finally(() => event.completed());
});
