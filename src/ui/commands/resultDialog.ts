import { dialogHash, storageKey, type CheckDialogData } from "../dialog/CheckDialogData";
import { parseDialogMessage } from "../dialog/DialogMessage";

/** Selects a flag's cell in the workbook when the dialog asks (the command's OfficeActions.select). */
export type SelectCell = (sheet: string, cell: string) => Promise<void>;

/**
 * Opens the result dialog (DialogApi 1.1, in Office 2019) and resolves when the user closes
 * it: a ribbon command completes only then, so its runtime (which owns the dialog) stays up.
 * The data goes through localStorage, with a shortened copy in the URL hash. A flag clicked in
 * the dialog arrives as a select message (DialogMessage) and `select` shows its cell; the
 * dialog stays open for the next one. A close message, or anything unknown, closes it. If the
 * dialog cannot open (one is already open: 12007), the reason goes to the console and it resolves.
 */
export function showResultDialog(data: CheckDialogData, select?: SelectCell): Promise<void> {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  try {
    window.localStorage.setItem(storageKey(id), JSON.stringify(data));
  } catch {
    // storage off: the hash carries what fits
  }
  const forget = (): void => {
    try { window.localStorage.removeItem(storageKey(id)); } catch { /* nothing to forget */ }
  };
  const url = `${new URL(`dialog.html?id=${id}`, window.location.href).href}${dialogHash(data)}`;
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 60, width: 35, displayInIframe: true }, (res) => {
      if (res.status !== Office.AsyncResultStatus.Succeeded) {
        console.error(`结果窗口未能打开（${res.error.code}）：${res.error.message}`);
        forget();
        resolve();
        return;
      }
      const dialog = res.value;
      const done = (): void => { forget(); resolve(); };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        const m = parseDialogMessage("message" in arg ? arg.message : "");
        if (m?.kind === "select" && select) {
          // a sheet deleted since the check: nothing to select, the dialog stays
          select(m.sheet, m.cell).catch((e: unknown) => console.error(e));
          return;
        }
        dialog.close();
        done();
      });
      // the user closed it with its own X, or it failed to load
      dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
    });
  });
}
