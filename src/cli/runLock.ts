import type { WorkbookProblem } from "../sheet/WorkbookProblem";
import { realpath, stat } from "node:fs/promises";
import { applyLock } from "../cycle/applyLock";
import { lockedMetaSheet } from "../cycle/lockedMetaSheet";
import { lockPackage } from "../cycle/lockPackage";
import { findMetaSheet, fingerprintText, type LockRecord } from "../cycle/LockRecord";
import { returnEntries } from "../cycle/returnEntries";
import { valueKey } from "../cycle/returnValues";
import { isReviewed } from "../cycle/isReviewed";
import { hasLockNotes } from "../cycle/hasLockNotes";
import { lockNotes } from "../cycle/lockNotes";
import { lockNoteParams } from "./lockNoteParams";
import type { LockRefusal } from "../cycle/lockRefusals";
import { lockReading } from "../cycle/lockReading";
import { keptLock, type KeptLock } from "../cycle/keptLock";
import type { UnassessedRow } from "../cycle/unassessedRows";
import { lockRefusalLine } from "./lockRefusalLine";
import { fileMessage } from "./fileMessages";
import { lockFileBeside } from "./lockFile";
import { putOwnSheet } from "../hosts/xlsx/putOwnSheet";
import { StrictPackageError } from "../hosts/xlsx/StrictPackageError";
import { checkGrid } from "../sheet/checkGrid";
import { checkFailureText } from "./checkFailureText";
import { COVER_MARK } from "../sheet/coverSheet";
import { gridCell } from "../sheet/Grid";
import { KEY_ROW } from "../sheet/keys";
import { cellText } from "../domain/CellValue";
import { gridOfBytes, tooLargeInput } from "./loadWorkbookFile";
import { sha256Text } from "./sha256Text";
import { cycleMessage, type CycleMessageCode } from "./cycleMessages";
import { readWithSnapshot, writeFileSafely, type WriteOptions, type Written } from "./writeFileSafely";
import { refuseExisting } from "./refuseExisting";
import { sameFileOnDisk } from "./sameFileOnDisk";

/** How many unexplained lags lock's note names before it says only how many there are. */
export const LAGS_NAMED = 10;

export interface LockOptions {
  year?: number | undefined;
  reviewer?: string;
  /** write the locked return to another file (an existing one only with force; never the input) */
  out?: string;
  force?: boolean;
  /** lock all the same while rows are 待人工评估 (their 人工评估 cells locked blank: the report keeps them 未能评估) */
  acceptUnassessed?: boolean;
  lang?: "zh" | "en";
  /** the moment recorded (tests); default now */
  now?: Date;
  /** test hooks passed to the write (a change saved meanwhile) */
  write?: Pick<WriteOptions, "beforeCommit" | "io">;
}

export type LockOutcome =
  /**
   * `values`: the input cells fingerprinted (filled or not), `filled` those holding a value;
   * `open`: rows the 审核 sheet shows 待审核 (a decision outside the list counts as none),
   * `openRows` the first LAGS_NAMED of them (`第 9 行 name`); `unlisted`: flagged rows nobody decided
   * on that the sheet does not show 待审核 yet (review has not run since), `unlistedRows` by cell;
   * `unexplainedLags`: lagging rows without a 说明; all accepted all the same (the caller warns; the reviewer decides, as before); `lagRows` names the
   * first LAGS_NAMED of those lags as check names a cell (`sheet!cell name`, the cell its 说明's); `missingRows`
   * the first LAGS_NAMED of the `missing` rows (未填报) named alike (the cell the year's value belongs in), a row
   * left blank with its 说明 (§6a) followed by check's words for it (`：未填报（已说明：…）`); `missingExplained`
   * how many of `missing` are so explained; `doubts`: values the report does not grade (数值待核实), `doubtRows` the first
   * LAGS_NAMED of them with check's words (lockNotes);
   * `unassessed`: rows still 待人工评估 locked with acceptUnassessed, `unassessedRows` the first
   * LAGS_NAMED of them named the same way (the cell their 人工评估's); `unassessedList`, `unassessedListRows` the same of
   * project and reform rows 待人工评估 whose 审核 row held no 通过 or 已说明 (the cell check names); `rekeyed`: the 审核 sheet's
   * rows were sorted apart from their hidden keys and each decision was taken for the row it shows
   * (review_rows_rekeyed, as `review` says it), for the caller to say
   */
  | { ok: true; rekeyed?: WorkbookProblem; values: number; filled: number; open: number; openRows: string[]; openAssess: number; openAssessRows: string[]; unlisted: number; unlistedRows: string[]; unexplainedLags: number; lagRows: string[]; missingRows: string[]; missingExplained: number; missingExplainedRows: string[]; doubts: number; doubtRows: string[]; unassessed: number; unassessedRows: string[]; unassessedList: number; unassessedListRows: string[]; missing: number; sheets: string[]; relocked: boolean; /** the return was locked and is unchanged since (keptLock): that lock kept, its date and reviewer recorded again as they were */ kept?: KeptLock; changedParts: string[]; /** the 审核 sheet held a decision (false: locked without review, recorded so) */ reviewed: boolean; /** the --out replaced, kept when it held something else (writeFileSafely) */ written: Written }
  /** `refused`: the return's content stops it (errors, 退回修改, a change since an earlier lock no decision took in, 待复核, 待人工评估 without acceptUnassessed, or it does not read back as the original once locked), exit EXIT.refused */
  | { ok: false; message: string; unreadable: boolean; refused?: true };

/**
 * `plan-returns lock <file>`: the reviewer accepts a return (通过) and locks it. Refused while
 * the check finds an error or its 审核 sheet holds a 退回修改 still in force or a decision
 * made on a value changed since (待复核); locked before, while a value, 说明 or 人工评估 changed
 * since that lock has no decision (通过, 已说明) made on it after the change (unreviewedChanges:
 * locking again is how a reviewer accepts a reviewed change, never an unseen one); and, unless `acceptUnassessed`, while a row is still
 * 待人工评估 (its 人工评估 cell would be locked blank and the row stay 未能评估). Locking protects the input cells of the template
 * sheets and the cover (locked copies of their cell formats; sheet protection without a
 * password, put back where a person removed it) and writes a LockRecord (the accepted values,
 * each row's 说明 and 人工评估, and their sha256 fingerprint) in column B of the metadata sheet. Only those parts change
 * (lockPackage, putOwnSheet); the write is atomic and refused when the file changed since it
 * was read. Every sheet reads back with the same values, or nothing is written. A return locked before and unchanged
 * since (keptLock: intact, reviewed as recorded, nothing refused) keeps that lock: the record is written again with its
 * date and reviewer (`--reviewer` does not replace them), the protection put back; the outcome's `kept` says so.
 */
export async function runLock(file: string, opts: LockOptions = {}): Promise<LockOutcome> {
  const size = await stat(file).then((st) => st.size, () => 0);
  // in the --lang asked for, as every command says it (until this version Chinese whatever --lang said)
  const tooLarge = tooLargeInput(file, size, opts.lang);
  if (tooLarge) return { ok: false, unreadable: true, message: tooLarge.message };
  const say = (code: CycleMessageCode, p: Record<string, string | number> = {}): string => cycleMessage(code, { file, ...p }, opts.lang);
  // --out another file: never over another unit's return, the 报送台账 or a summary, --force or not (trial39c F0)
  if (opts.out !== undefined && !sameFileOnDisk(opts.out, file)) await refuseExisting(opts.out, opts.force, [file], { kind: "return", from: file });
  const { bytes, snapshot } = await readWithSnapshot(file);
  const loaded = await gridOfBytes(file, bytes, opts.lang);
  if (!loaded.ok) return { ok: false, unreadable: true, message: loaded.message };
  const r = checkGrid(loaded.grid, opts.year);
  if (!r.ok) return { ok: false, unreadable: true, message: checkFailureText(file, r, opts.lang ?? "zh", loaded.grid) };
  const before = applyLock(loaded.grid, r.report, sha256Text);
  const and = opts.lang === "en" ? "; " : "、";
  // every input value, and each row's 说明 and 人工评估 (a reviewer's 已说明 rests on the 说明), read once for both
  const byKey = returnEntries(loaded.grid, r.report);
  // every reason the lock is refused for, each kind once, said in one run (trial31: a reviewer learned them one at a time):
  // lockRefusals as lockReading reads the return, the one reading review, check and the pane name lock's outlook by;
  // 人工评估 is the reviewer's own cell: one left blank is locked blank, so it is named and refused unless meant
  const { tally: t, unassessed, refusals: reasons } = lockReading(loaded.grid, r.report, opts.acceptUnassessed ?? false, byKey);
  // a cell holding no conclusion (达标 typed for 已达标) is quoted: the reviewer may think it filled
  const cells = unassessed.filter((u) => !u.list);
  const row = (u: UnassessedRow): Record<string, string> => ({ sheet: u.sheet, cell: u.cell, name: u.name, written: u.written });
  const named = cells.slice(0, LAGS_NAMED).map((u) => say("lock_unassessed_row", row(u)));
  // a project or reform row no 审核结论 settles (its list has no 人工评估 column), said apart (lock_unassessed_list)
  const lists = unassessed.filter((u) => u.list);
  const listNamed = lists.slice(0, LAGS_NAMED).map((u) => say("lock_unassessed_row", row(u)));
  // `listed` drops the file and 未锁定 each line says alone, said once above the list
  const isUnassessed = (x: LockRefusal): boolean => x.code === "unassessed" || x.code === "unassessed_list";
  const line = (x: LockRefusal, listed: 0 | 1): string => lockRefusalLine(x, { file, report: r.report, named: LAGS_NAMED, lang: opts.lang }, listed);
  // what it would lock all the same but say once locked (待审核, lags without 说明, 未填报), said with the refusal too
  const notes = lockNotes(r.report, t, unassessed, (code, p) => say(code, p), opts.lang ?? "zh", LAGS_NAMED);
  const target = opts.out ?? file;
  const inPlace = target === file || (await realpath(file)) === (await realpath(target).catch(() => null));
  // someone has it open (an owner file beside it): the write would be refused too, so it is one of the reasons said at once
  // (trial42d F4: after putting the errors right the reviewer met a second refusal); alone it is the write's own refusal
  const held = inPlace ? lockFileBeside(file) : null;
  if (reasons.length) {
    const heldLine = held ? [fileMessage({ code: "open_elsewhere", file, lock: held, listed: true }, opts.lang ?? "zh")] : [];
    const all = reasons.length + heldLine.length;
    const lines = all === 1 ? [line(reasons[0]!, 0)]
      : [say("lock_refused_all", { n: all, unassessed: reasons.some(isUnassessed) ? 1 : 0, others: all - reasons.filter(isUnassessed).length }), ...[...reasons.map((x) => line(x, 1)), ...heldLine].map((l, i) => `  ${i + 1}. ${l}`)];
    const also = hasLockNotes(notes) ? [say("lock_would_note", { ...lockNoteParams(notes, and), reviewed: isReviewed(t) ? 1 : 0 })] : [];
    return { ok: false, unreadable: false, refused: true, message: [...lines, ...also].join("\n") };
  }
  const meta = findMetaSheet(loaded.grid);
  if (!meta) return { ok: false, unreadable: true, message: say("lock_no_meta") };

  const entries = [...byKey.values()];
  const values = Object.fromEntries(entries.map((v) => [valueKey(v), v.text]));
  const inputs = entries.filter((v) => v.field !== "note" && v.field !== "assess");
  // locked and unchanged since: nothing to accept anew, so the day the reviewer accepted it and who did stay (trial42a F9)
  const kept = keptLock(before, t, reasons);
  const record: LockRecord = {
    version: 2, year: r.report.year, unit: r.report.reportingUnit, lockedAt: kept ? kept.lockedAt : (opts.now ?? new Date()).toISOString(),
    reviewer: kept ? kept.reviewer : opts.reviewer ?? "", reviewed: isReviewed(t), fingerprint: sha256Text(fingerprintText(values)), values,
    // formulas with no result in the file: recorded as check quotes them, and said to be so (their value unknown)
    ...(entries.some((v) => v.uncalculated) ? { uncalculated: entries.filter((v) => v.uncalculated).map(valueKey) } : {}),
  };
  const cover = loaded.grid.sheets.find((s) => cellText(gridCell(s, KEY_ROW, 1)) === COVER_MARK);
  const sheets = [...new Set([...(cover ? [cover.name] : []), ...r.report.items.map((i) => i.sheet)])];
  let out: Buffer;
  let changedParts: string[];
  try {
    // what a person wrote, so a 说明 that openpyxl or LibreOffice left in a one-line row prints whole
    const texts = new Map<string, Map<string, string>>();
    for (const v of entries) if (v.isText) (texts.get(v.sheet) ?? texts.set(v.sheet, new Map()).get(v.sheet)!).set(v.cell, v.text);
    const locked = await lockPackage(bytes, sheets, texts);
    const put = await putOwnSheet(locked.bytes, lockedMetaSheet(meta, record), { replace: meta.name });
    out = put.bytes;
    changedParts = [...new Set([...locked.changed, ...put.changed])];
  } catch (e) {
    if (e instanceof StrictPackageError) return { ok: false, unreadable: true, message: say("strict_package") };
    return { ok: false, unreadable: true, message: say("lock_failed", { why: e instanceof Error ? e.message.split("\n")[0] ?? "" : String(e) }) };
  }
  // every sheet reads back with the same values (the metadata's column A too), and the lock holds
  const back = await gridOfBytes(file, out);
  const same = (g: typeof loaded.grid): string => JSON.stringify(g.sheets.map((s) => [s.name, s === findMetaSheet(g) ? s.rows.map((row) => row?.[0] ?? null) : s.rows]));
  const rb = back.ok ? checkGrid(back.grid, opts.year) : null;
  const after = back.ok && rb?.ok ? applyLock(back.grid, rb.report, sha256Text) : null;
  if (!back.ok || same(back.grid) !== same(loaded.grid) || !after?.locked || !after.intact) {
    // the file reads and checks, but what it holds does not survive the lock as it is: refused, not a usage error
    return { ok: false, unreadable: false, refused: true, message: say("lock_readback") };
  }
  const written = inPlace ? await writeFileSafely(file, out, { expected: snapshot, ...opts.write }) : await writeFileSafely(target, out, { force: opts.force ?? false, inputs: [file], makeFolder: true, ...opts.write });
  return {
    ok: true, values: inputs.length, filled: inputs.filter((v) => v.text !== "").length, unexplainedLags: notes.lags, lagRows: notes.lagRows,
    open: notes.open, openRows: notes.openRows, openAssess: notes.openAssess, openAssessRows: notes.openAssessRows, unlisted: notes.unlisted, unlistedRows: notes.unlistedRows,
    unassessed: cells.length, unassessedRows: named, unassessedList: lists.length, unassessedListRows: listNamed, missing: notes.missing, missingRows: notes.missingRows, missingExplained: notes.missingExplained, missingExplainedRows: notes.missingExplainedRows, doubts: notes.doubts, doubtRows: notes.doubtRows,
    sheets, relocked: before.locked, ...(kept ? { kept } : {}), changedParts, reviewed: isReviewed(t), written,
    ...(t.placement?.code === "review_rows_rekeyed" ? { rekeyed: t.placement } : {}),
  };
}
