import type { PlannedSheet, WorkbookPlan } from "../../sheet/SheetPlan";
import { Batch } from "./Batch";
import { excelApiSupported, type OfficeHostOptions } from "./OfficeHostOptions";
import { DEFAULT_MAX_REQUEST_BYTES, requestBytes } from "./requestSize";
import { sheetOps, type SheetOp } from "./sheetOps";
import { mergeMeta } from "../../sheet/mergeMeta";
import { META_MARK } from "../../sheet/metaSheet";
import type { SheetRefusal } from "./SheetRefusal";

export interface ApplyResult {
  /** sheets written, in plan order */
  written: string[];
  /** sheets not written because a sheet of that name is already in the workbook (never overwritten) */
  refused: Array<Extract<SheetRefusal, { reason: "exists" | "duplicate_in_plan" }>>;
  namesAdded: string[];
  /** workbook names already present, left as they are */
  namesKept: string[];
  syncs: number;
  /** the largest request, estimated as Excel on the web counts it (JSON bytes) */
  largestRequestBytes: number;
  /**
   * "direct": sync 1 reads the sheet and name lists, one request writes everything.
   * "prefill": the writes need more than one request, so sync 1 also carries writes into new
   * sheets with temporary names; they are renamed (or deleted, when the name turns out to be
   * taken) once the lists are known. Above about twice the request limit a further sync follows
   * per request's worth of writes.
   */
  mode: "direct" | "prefill";
  /** page layout was applied (ExcelApi 1.9 reported) */
  print: boolean;
  /** the workbook's metadata sheet was already there and now lists the new templates too */
  metaMerged?: boolean;
}

export interface ApplyOptions extends OfficeHostOptions {
  /**
   * Queued into the last request, after every write (replaceSheet deletes the sheet being
   * replaced here, so that it goes only once the new one is written). Not called when the
   * plan wrote nothing.
   */
  beforeLastSync?: (result: ApplyResult) => void;
}

interface SheetJob {
  sheet: PlannedSheet;
  ops: SheetOp[];
  last: SheetOp[];
  ws?: Excel.Worksheet;
  accepted?: boolean;
}

const VISIBILITY = { visible: "Visible", veryHidden: "VeryHidden" } as const;

/**
 * Writes a workbook plan into the open workbook within one Excel.run context: new sheets
 * only (an existing sheet of the same name is refused and reported, never overwritten),
 * whole-range writes, one format call per style rectangle, one conditional-format rule per
 * planned range, workbook names that are not already there. Two syncs while the writes fit
 * in one request (DEFAULT_MAX_REQUEST_BYTES, below the 5 MB Excel on the web accepts);
 * see ApplyResult.mode for larger plans.
 */
export async function applyPlan(context: Excel.RequestContext, plan: WorkbookPlan, opts: ApplyOptions = {}): Promise<ApplyResult> {
  const printSupported = excelApiSupported(opts, "1.9");
  const batch = new Batch(context, opts.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES);
  const jobs: SheetJob[] = plan.sheets.map((sheet) => ({ sheet, ...sheetOps(sheet, { printSupported, maxRequestBytes: batch.limit }) }));
  const wb = context.workbook;
  const sheets = wb.worksheets;
  const names = wb.names;
  const known = opts.knownSheets !== undefined && plan.names.length === 0 ? opts.knownSheets : null;
  if (!known) {
    batch.now(requestBytes(2, "items/name", "items/name"), () => {
      sheets.load("items/name");
      names.load("items/name");
    });
  }

  const nameBytes = requestBytes(plan.names.length, plan.names);
  const total = jobs.reduce((n, j) => n + requestBytes(3, j.sheet.name) + [...j.ops, ...j.last].reduce((m, o) => m + o.bytes, 0), nameBytes);
  // with the lists known there is nothing to wait for: write at once, request by request
  const mode = known || total + 200 <= batch.room ? "direct" : "prefill";

  if (mode === "prefill") {
    // New sheets under temporary names: whatever the workbook holds, nothing in it is touched.
    const stamp = Date.now().toString(36);
    batch.startWrites();
    jobs.forEach((j, i) => batch.now(requestBytes(2, stamp, "Hidden"), () => {
      j.ws = sheets.add(`~plan-returns-${stamp}-${i}`);
      j.ws.visibility = "Hidden";
    }));
    for (const j of jobs) {
      const ready = j.ops.filter((o) => !o.needsNames);
      const later = j.ops.filter((o) => o.needsNames);
      j.ops = [...ready, ...later];
    }
    fillCurrentRequest(batch, jobs);
  }
  if (!known) await batch.sync();

  const taken = new Set((known ?? sheets.items.map((w) => w.name)).map((n) => n.toLowerCase()));
  const merge = await readExistingMeta(batch, sheets, jobs, taken);
  const existingNames = new Set(known ? [] : names.items.map((n) => n.name.toLowerCase()));
  const result: ApplyResult = { written: [], refused: [], namesAdded: [], namesKept: [], syncs: 0, largestRequestBytes: 0, mode, print: printSupported };
  const seen = new Set<string>();
  for (const j of jobs) {
    const key = j.sheet.name.toLowerCase();
    if (merge && merge.job === j) {
      result.metaMerged = true;
    } else if (merge && j.sheet.role === "cover" && taken.has(key)) {
      // adding to an existing return: its cover (reporting year and unit) stays as the user left it
      continue;
    } else if (taken.has(key)) {
      result.refused.push({ sheet: j.sheet.name, reason: "exists" });
    } else if (seen.has(key)) {
      result.refused.push({ sheet: j.sheet.name, reason: "duplicate_in_plan" });
    } else {
      j.accepted = true;
      seen.add(key);
      result.written.push(j.sheet.name);
    }
  }

  // Sheets first (renamed or added), so the names can refer to the cover, then the names,
  // then the contents that refer to names, then page layout last.
  for (const j of jobs) {
    if (mode === "prefill") {
      const ws = j.ws as Excel.Worksheet;
      await batch.write(requestBytes(1, j.sheet.name), () => {
        if (j.accepted) ws.name = j.sheet.name;
        else ws.delete();
      });
    } else if (j.accepted) {
      await batch.write(requestBytes(2, j.sheet.name, "Visible"), () => {
        j.ws = sheets.add(j.sheet.name);
        if (j.sheet.visibility !== "visible") j.ws.visibility = VISIBILITY[j.sheet.visibility];
      });
    }
  }
  for (const n of plan.names) {
    if (existingNames.has(n.name.toLowerCase())) { result.namesKept.push(n.name); continue; }
    await batch.write(requestBytes(1, n), () => names.add(n.name, `=${n.ref}`));
    result.namesAdded.push(n.name);
  }
  if (merge) {
    // our very hidden metadata sheet: its column A is rewritten with the union of templates
    const merged = sheetOps(mergeMeta(merge.columnA, merge.job.sheet), { printSupported, maxRequestBytes: batch.limit });
    const ws = merge.ws;
    await batch.write(requestBytes(1, "A:A"), () => ws.getRange("A:A").clear("Contents"));
    for (const op of [...merged.ops, ...merged.last]) await batch.write(op.bytes, () => op.run(ws));
  }
  const accepted = jobs.filter((j) => j.accepted);
  for (const j of accepted) for (const op of j.ops) await batch.write(op.bytes, () => op.run(j.ws as Excel.Worksheet));
  if (mode === "prefill") {
    for (const j of accepted) await batch.write(requestBytes(1, "Visible"), () => { (j.ws as Excel.Worksheet).visibility = VISIBILITY[j.sheet.visibility]; });
  }
  for (const j of accepted) for (const op of j.last) await batch.write(op.bytes, () => op.run(j.ws as Excel.Worksheet));
  const hook = opts.beforeLastSync;
  if (hook && batch.queued > 0) batch.now(100, () => hook(result));
  if (batch.queued > 0) await batch.sync();
  result.syncs = batch.syncs;
  result.largestRequestBytes = batch.largest;
  return result;
}

/**
 * When the plan carries a metadata sheet and the workbook already has one (a template added
 * to an existing return), reads its column A: one more round trip, only in that case.
 */
async function readExistingMeta(batch: Batch, sheets: Excel.WorksheetCollection, jobs: SheetJob[], taken: Set<string>): Promise<{ job: SheetJob; ws: Excel.Worksheet; columnA: unknown[] } | null> {
  const job = jobs.find((j) => j.sheet.role === "meta" && taken.has(j.sheet.name.toLowerCase()));
  if (!job) return null;
  const ws = sheets.getItem(job.sheet.name);
  const used = ws.getUsedRangeOrNullObject(true);
  batch.now(requestBytes(2, job.sheet.name, "values"), () => used.load("values"));
  await batch.sync();
  const columnA = used.isNullObject ? [] : used.values.map((r) => r[0]);
  // only our own metadata sheet is rewritten; a user's sheet of that name is refused as any other
  return columnA[0] === META_MARK ? { job, ws, columnA } : null;
}

/** Prefill: queues, in order, the operations that fit in the first request and need no names. */
function fillCurrentRequest(batch: Batch, jobs: SheetJob[]): void {
  for (const j of jobs) {
    let i = 0;
    for (; i < j.ops.length; i++) {
      const op = j.ops[i] as SheetOp;
      if (op.needsNames || op.bytes > batch.room) break;
      batch.now(op.bytes, () => op.run(j.ws as Excel.Worksheet));
    }
    j.ops = j.ops.slice(i);
    if (j.ops.length > 0 && !j.ops[0]?.needsNames) return;
  }
}
