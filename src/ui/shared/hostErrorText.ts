import { isFixesRefused } from "./FixesRefused";
import { fixRefusalText } from "./fixRefusalText";
import { t, type Lang, type MessageKey } from "./i18n";

/** Office.js error codes (OfficeExtension.Error.code) a person can act on, and what the pane says for each. */
const KNOWN: Readonly<Record<string, MessageKey>> = {
  AccessDenied: "host.accessDenied",
  InvalidOperationInCellEditMode: "host.cellEditMode",
  ItemNotFound: "host.itemNotFound",
  GeneralException: "host.general",
  RequestPayloadSizeLimitExceeded: "host.tooLarge",
  ResponsePayloadSizeLimitExceeded: "host.tooLarge",
  ActivityLimitReached: "host.busy",
};

/** Errors JavaScript itself throws: a bug of the pane, never a message meant for a person. */
const SCRIPT_FAULTS: ReadonlySet<string> = new Set(["TypeError", "RangeError", "ReferenceError", "SyntaxError"]);

/**
 * What went wrong in a host call, as one line for the message bar or the result dialog: a known
 * Office error code in the pane's language with what to do (a protected sheet, cell edit mode …);
 * fixes refused (FixesRefused: a cell changed since the check) each from the catalogue (fixRefusalText);
 * a fault of the pane's own script (a TypeError …) said as ours with its first line (host.internal);
 * otherwise the error's own first line (Excel's words, with where it failed), never a stack trace.
 */
export function hostErrorText(e: unknown, lang: Lang): string {
  if (isFixesRefused(e)) return e.refused.map((r) => fixRefusalText(r, lang)).join(lang === "en" ? "; " : "；");
  if (e && typeof e === "object") {
    const o = e as { code?: unknown; message?: unknown; debugInfo?: { code?: unknown; errorLocation?: unknown } };
    const code = typeof o.code === "string" ? o.code : typeof o.debugInfo?.code === "string" ? o.debugInfo.code : "";
    const key = KNOWN[code];
    if (key) return t(lang, key);
    const first = typeof o.message === "string" ? (o.message.split(/\r?\n/)[0] ?? "").trim() : "";
    // a fault of the pane's own code (a pane trial: 出错了：Cannot read properties of undefined): said to be
    // ours, with what to do, its words kept for whoever maintains it
    if (!code && e instanceof Error && SCRIPT_FAULTS.has(e.name)) return t(lang, "host.internal", { detail: first });
    const where = typeof o.debugInfo?.errorLocation === "string" && o.debugInfo.errorLocation ? ` (${o.debugInfo.errorLocation})` : "";
    return first ? first + where : t(lang, "host.unknown");
  }
  // a rejection with nothing in it (Promise.reject(undefined)): a trial's pane said 出错了：undefined
  if (e === undefined || e === null) return t(lang, "host.unknown");
  const text = (String(e).split(/\r?\n/)[0] ?? "").trim();
  return text || t(lang, "host.unknown");
}
