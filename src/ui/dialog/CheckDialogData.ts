import { STATUS_CODES, type Status } from "../../domain/Status";

/** One flag as the result dialog lists it. */
export interface DialogFlag {
  sheet: string;
  cell: string;
  name: string;
  status: Status;
  binding: boolean;
  text: string;
  textEn: string;
}

/**
 * What a ribbon command shows in its dialog (a function command has no pane): a check's
 * counts (in STATUS_CODES order) and flags, or an error. Passed through localStorage, with a
 * shortened copy in the URL for a dialog that cannot see the command's storage.
 */
export type CheckDialogData =
  | { kind: "check"; year: number; unit: string; counts: number[]; flags: DialogFlag[]; problems: string[]; /** the indices of `problems` that are warnings (problemSeverity); the others are errors */ warned?: number[]; omitted?: number }
  | { kind: "error"; title: ErrorTitle; message: string }
  /** 生成汇总 or 生成评估 wrote new sheets beside ours kept (汇总(2) …): the pane's line (summaryLine) naming each kept sheet and why */
  | { kind: "kept"; title: KeptTitle; message: string }
  /** 生成汇总 or 生成评估 replaced its own unchanged earlier sheets: the pane's line (summaryLine: 已更新, that a change of format alone is not seen, the totals) */
  | { kind: "replaced"; title: KeptTitle; message: string };

/** Which ribbon command did not finish. */
export type ErrorTitle = "check" | "summary" | "evaluation" | "review";
const ERROR_TITLES: readonly string[] = ["check", "summary", "evaluation", "review"] satisfies ErrorTitle[];
/** Which ribbon command wrote new sheets beside sheets it kept, or replaced its own. */
export type KeptTitle = "summary" | "evaluation";
const KEPT_TITLES: readonly string[] = ["summary", "evaluation"] satisfies KeptTitle[];

const STORAGE_PREFIX = "plan-returns:dialog:";
/** URLs stay under IE11's 2,083 characters (Office 2019 may use it); Chinese costs 9 each when encoded. */
const MAX_HASH = 1800;

function isFlag(x: unknown): x is DialogFlag {
  if (typeof x !== "object" || x === null) return false;
  const f = x as Record<string, unknown>;
  return typeof f.sheet === "string" && typeof f.cell === "string" && typeof f.name === "string"
    && typeof f.status === "string" && (STATUS_CODES as readonly string[]).includes(f.status)
    && typeof f.binding === "boolean" && typeof f.text === "string" && typeof f.textEn === "string";
}

/** The data, or null for anything else (a tampered or truncated URL): the dialog then says so. */
export function parseDialogData(json: string): CheckDialogData | null {
  let x: unknown;
  try { x = JSON.parse(json); } catch { return null; }
  if (typeof x !== "object" || x === null) return null;
  const d = x as Record<string, unknown>;
  if (d.kind === "error") {
    return typeof d.title === "string" && ERROR_TITLES.includes(d.title) && typeof d.message === "string" ? { kind: "error", title: d.title as ErrorTitle, message: d.message } : null;
  }
  if (d.kind === "kept" || d.kind === "replaced") {
    return typeof d.title === "string" && KEPT_TITLES.includes(d.title) && typeof d.message === "string" ? { kind: d.kind, title: d.title as KeptTitle, message: d.message } : null;
  }
  if (d.kind !== "check" || typeof d.year !== "number" || typeof d.unit !== "string") return null;
  if (!Array.isArray(d.counts) || d.counts.length !== STATUS_CODES.length || !d.counts.every((n) => typeof n === "number")) return null;
  if (!Array.isArray(d.flags) || !d.flags.every(isFlag)) return null;
  if (!Array.isArray(d.problems) || !d.problems.every((p) => typeof p === "string")) return null;
  const out: CheckDialogData = { kind: "check", year: d.year, unit: d.unit, counts: d.counts as number[], flags: d.flags as DialogFlag[], problems: d.problems as string[] };
  if (d.warned !== undefined) {
    if (!Array.isArray(d.warned) || !d.warned.every((i) => Number.isInteger(i))) return null;
    out.warned = d.warned as number[];
  }
  if (typeof d.omitted === "number") out.omitted = d.omitted;
  return out;
}

/** The URL hash for `data`: whole when short, else with as many flags as fit (and how many were left out). */
export function dialogHash(data: CheckDialogData): string {
  const enc = (d: CheckDialogData): string => `#${encodeURIComponent(JSON.stringify(d))}`;
  if (data.kind === "error" || data.kind === "kept" || data.kind === "replaced") {
    const h = enc(data);
    return h.length <= MAX_HASH ? h : enc({ ...data, message: data.message.slice(0, 150) });
  }
  let flags = data.flags;
  let problems = data.problems;
  for (;;) {
    const omitted = (data.omitted ?? 0) + data.flags.length - flags.length;
    const h = enc({ ...data, flags, problems, ...(omitted > 0 ? { omitted } : {}) });
    if (h.length <= MAX_HASH) return h;
    if (flags.length > 0) flags = flags.slice(0, flags.length - 1);
    else if (problems.length > 0) problems = problems.slice(0, problems.length - 1);
    else return h;
  }
}

/** Reads the data back from a hash made by dialogHash. */
export function fromHash(hash: string): CheckDialogData | null {
  try {
    return parseDialogData(decodeURIComponent(hash.replace(/^#/, "")));
  } catch {
    return null;
  }
}

export function storageKey(id: string): string {
  return `${STORAGE_PREFIX}${id}`;
}
