import type { Status } from "../../domain/Status";
import { statusLabel, t, type Lang } from "../shared/i18n";
import type { CheckDialogData } from "./CheckDialogData";
import { dialogMessageText } from "./DialogMessage";
import { shownRef } from "../shared/shownRef";

/** Shown in the list at most; the rest are counted (the task pane has them all). */
export const MAX_LISTED = 30;

/** One flag as the dialog shows it: a button that selects `ref` in the workbook. */
export interface FlagView {
  status: Status;
  statusText: string;
  /** 约束性 in the reader's language, or null for an expected (预期性) indicator */
  binding: string | null;
  name: string;
  /** `sheet!cell` as the pane names a cell (shownRef), shown once */
  ref: string;
  detail: string;
  /** what the button sends to the command (dialogMessageText) */
  message: string;
}

/**
 * Everything the result dialog shows, as text in the reader's language (zh first, en
 * complete): the title, the status counts (a check), the flags to click, and the notes.
 * Pure: dialog.ts only puts it into the page, so the wording is tested without a browser.
 */
export interface ResultView {
  lang: Lang;
  title: string;
  /** per STATUS_CODES, for a check; null for an error */
  counts: number[] | null;
  /** the error, or "nothing needs attention"; null when the flags say it */
  text: string | null;
  isError: boolean;
  flagsTitle: string | null;
  flagsHint: string | null;
  flags: FlagView[];
  /** each workbook problem with its severity: the dialog marks it 错误/警告 (red, amber) */
  problems: Array<{ text: string; level: "error" | "warning"; label: string }>;
  /** which cell is selected, how many are not listed */
  note: string;
  /** where the rest is: the task pane, and how to open it */
  pane: string | null;
  close: string;
  /** the aria-label of the status counts */
  countsLabel: string;
}

const ERROR_TITLE = { check: "result.errorCheck", summary: "result.errorSummary", evaluation: "result.errorEvaluation", review: "result.errorReview" } as const;
const KEPT_TITLE = { summary: "result.keptSummary", evaluation: "result.keptEvaluation" } as const;
const REPLACED_TITLE = { summary: "result.replacedSummary", evaluation: "result.replacedEvaluation" } as const;

export function resultView(data: CheckDialogData | null, lang: Lang): ResultView {
  const base = { lang, close: t(lang, "result.close"), countsLabel: t(lang, "result.countsLabel"), counts: null, flagsTitle: null, flagsHint: null, flags: [], problems: [], note: "", pane: null };
  if (!data) return { ...base, title: t(lang, "result.errorCheck"), text: t(lang, "result.unreadable"), isError: true };
  if (data.kind === "error") return { ...base, title: t(lang, ERROR_TITLE[data.title]), text: data.message, isError: true };
  if (data.kind === "kept") return { ...base, title: t(lang, KEPT_TITLE[data.title]), text: data.message, isError: false };
  if (data.kind === "replaced") return { ...base, title: t(lang, REPLACED_TITLE[data.title]), text: data.message, isError: false };
  const unit = data.unit ? (lang === "en" ? `, ${data.unit}` : `，${data.unit}`) : "";
  const listed = data.flags.slice(0, MAX_LISTED);
  const omitted = (data.omitted ?? 0) + data.flags.length - listed.length;
  const total = data.flags.length + (data.omitted ?? 0);
  const first = data.flags[0];
  const notes = [
    ...(first ? [t(lang, "result.selected", { ref: shownRef(first) })] : []),
    ...(omitted > 0 ? [t(lang, "result.omitted", { n: omitted })] : []),
  ];
  return {
    ...base,
    title: t(lang, "result.checkTitle", { year: data.year, unit }),
    counts: data.counts,
    text: total === 0 && data.problems.length === 0 ? t(lang, "result.none") : null,
    isError: false,
    flagsTitle: total > 0 ? t(lang, "result.flags", { n: total }) : null,
    flagsHint: listed.length > 0 ? t(lang, "result.flagsHint") : null,
    flags: listed.map((f) => ({
      status: f.status, statusText: statusLabel(lang, f.status), binding: f.binding ? t(lang, "flag.binding") : null,
      name: f.name, ref: shownRef(f), detail: lang === "en" ? f.textEn : f.text,
      message: dialogMessageText({ kind: "select", sheet: f.sheet, cell: f.cell }),
    })),
    problems: data.problems.map((text, i) => {
      const level = data.warned?.includes(i) ? "warning" : "error";
      return { text, level, label: t(lang, level === "error" ? "flag.problemError" : "flag.problemWarning") };
    }),
    note: notes.join(lang === "en" ? " " : ""),
    pane: total > 0 || data.problems.length > 0 ? t(lang, "result.pane") : null,
  };
}
