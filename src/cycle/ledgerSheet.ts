import { receivedDateAsked } from "./receivedDateAsked";
import { linesHeight } from "../sheet/linesHeight";
import { deletedNote } from "./missingWords";
import { missingToChase } from "./missingToChase";
import { wrappedLines } from "../sheet/wrappedLines";
import { oneLineWidth } from "../sheet/oneLineWidth";
import { middleCut } from "../sheet/middleCut";
import { APP_MARK, FIRST_DATA_ROW, HEADER_ROW, KEY_ROW } from "../sheet/keys";
import { SheetBuilder } from "../sheet/SheetBuilder";
import type { PlannedSheet } from "../sheet/SheetPlan";
import { isIncomplete } from "./isIncomplete";
import { chaseOf } from "./chaseOf";
import { CHASE_MARKS } from "./CHASE_MARKS";
import { daysLeft } from "./daysLeft";
import { overdueDays } from "./overdueDays";
import { isDue } from "./isDue";
import { toPutRight } from "./toPutRight";
import { BLOCKER_WORDS, blockerCounts } from "./BLOCKER_WORDS";
import { isAcceptedIncomplete } from "./isAcceptedIncomplete";
import type { LedgerState, UnitFacts } from "./UnitFacts";
import { BLANK_WORDS } from "./BLANK_WORDS";
import { blankGroups } from "./blankGroups";
import { unusableShort, unusableText } from "../domain/UnusableReason";
import { MERGED_SHORT } from "./MERGED_SHORT";
import { HELD_WORDS } from "./HELD_WORDS";
import { RECHECK_WORDS } from "../domain/RECHECK_WORDS";
import { RECEIVED_WORDS } from "./RECEIVED_WORDS";
import { UNASSESSED_WORDS } from "./UNASSESSED_WORDS";
import { EXPLAINED_MISSING_WORDS } from "./EXPLAINED_MISSING_WORDS";
import { isExplainedIncomplete } from "./isExplainedIncomplete";
import { COVER_WORDS } from "../domain/COVER_WORDS";
import { SIGNATORIES } from "../sheet/coverSheet";

export const LEDGER_SHEET = "报送台账";
export const LEDGER_MARK = `${APP_MARK}:ledger-summary`;

const FILLS: Record<LedgerState, string> = { 未报: "F4B183", 已报: "FFFFFF", 退回: "FFE699", 通过: "C6EFCE" };
/** the 催报 list's mark of a unit that sent its return with rows 未填报 (isIncomplete) */
const COMPLETE_FILL = "FFE699";

const COLUMNS: Array<[string, string, number]> = [
  ["no", "序号", 6], ["unit", "填报单位", 18], ["state", "报送状态", 10], ["missing", "未填报", 8], ["errors", "错误数", 8], ["lags", "未说明的滞后", 11], ["explained", "审核已认可", 10],
  ["lock", "锁定", 12], ["versions", "收到版本", 9], ["changes", "改动数值", 9], ["deadline", "报送截止日期", 13], ["received", "收到日期", 12], ["file", "文件", 30],
  ["chase", "催办", 10],
];

/**
 * The 报送状态 column's widest: a state is centred and one line, so a column narrower than its
 * text cuts it at both ends (a trial printed 通过（1 项未评估） as 过（1 项未评估）; beyond this it is cut.
 */
const STATE_WIDTH_MAX = 24;
/**
 * The 文件 column's widest: a longer name is shown cut in the middle (middleCut), its link
 * keeping the whole path (a trial's 225-byte name ran past the table, and fit-to-width printed
 * the page at about 4 pt; LibreOffice does not wrap a link).
 */
const FILE_WIDTH_MAX = 40;
/**
 * The 催办 column's widest: the most reasons a unit has (督促补填、退回改正、督促说明; 催报 comes
 * alone) on one line, as a render broke 督促说明 across two lines at 20 (it takes 27); beyond, it wraps.
 */
const CHASE_WIDTH_MAX = 28;

/** The 催报 line of a unit whose return's 填报说明 sheet was deleted (chaseOf restore_cover): what to copy back and fill in. */
const SIGN_OFFS = SIGNATORIES.filter((x) => x.key === "preparer" || x.key === "head").map((x) => x.label.replace(/（签字）$/, "")).join("、");
const RESTORE_COVER_LINE = `${COVER_WORDS.zh.sheet}已被删除，请该单位从下发的原表把${COVER_WORDS.zh.sheet}复制回来，填好报告年份、填报单位和${SIGN_OFFS}签字`;

/**
 * The 收到日期 column's widest: a day, its source and lateness (2024-02-09（文件保存日期） 逾期 9 天 takes 33) on one
 * line; beyond (a long text typed that is no date), it wraps.
 */
const RECEIVED_WIDTH_MAX = 34;

/** The 催报 list's marks of a return received late, and of one whose received date is not known. */
const LATE_MARK = "逾期报送";
const UNDATED_MARK = "收到日期不明";
/** Where the manager types a received date the workbook does not tell (distribute's ledger column). */
const TYPE_IT = "请在下发的报送台账「收到日期」列填写收到日期";

/** The 催报 list's line of a return received `late` days after its deadline, saying where the day was read. */
function lateLine(f: UnitFacts): string {
  const day = f.receivedFrom === "saved" ? `文件保存于 ${f.received ?? ""}` : `${f.received ?? ""} 收到`;
  return `${day}，${RECEIVED_WORDS.zh.late(f.late ?? 0)}（截止 ${f.deadline}）${f.receivedFrom === "saved" ? `；如实际收到日期不同，${TYPE_IT}` : ""}`;
}

/** The 催报 list's line of a return whose received date is not known: why, and what to do. */
function undatedLine(f: UnitFacts): string {
  if (f.receivedFrom === "unread") return `报送台账中的收到日期${RECEIVED_WORDS.zh.unread(f.receivedTyped ?? "")}，请写成 2024-02-09 这样的日期`;
  const a = f.receivedAside;
  // a save day that is not the unit's (receivedDate): said with why, so the manager knows the day shown before was not the received one
  const why = !a ? "文件未记保存时间" : a.because === "after_review" ? `${RECEIVED_WORDS.zh.why(f)}（审核记录最早为 ${a.on}，晚于截止日期），不是收到日期` : `${RECEIVED_WORDS.zh.why(f)}，不是收到日期`;
  return `${why}，无法判断是否按时报送；${TYPE_IT}`;
}

/** The name shown for a unit's file (its last path part; the link keeps the whole path). */
const shownFile = (file: string): string => file.split(/[\\/]/).pop() ?? file;

/** How a received return without the year's values is named beside its unit, in the 催报 line and in the counts. */
const BLANK = BLANK_WORDS.zh;

/**
 * The ledger's line of counts: units expected; returns received (files, the year's values or
 * not, as the summary's "N 份" counts them, and files that came but could not be summed), those
 * without the year's values and those unusable named; then by state; all of the units expected, then how many returns of
 * units outside them were summed too (a trial counted 西岭镇, on no list, as one of 4 received of 4 expected).
 */
export function ledgerCounts(all: readonly UnitFacts[]): string {
  // of the units expected: one outside the ledger (or --units), summed too, is said after the counts
  const facts = all.filter((f) => !f.unlisted);
  const others = all.length - facts.length;
  const n = (s: LedgerState): number => facts.filter((f) => f.state === s).length;
  // a unit only in a summary sent no return of its own: not counted received
  const received = facts.filter((f) => f.file !== undefined && f.unusable !== "in_summary").length;
  const blanks = blankGroups(facts, (f) => f.blank);
  // by their words: 收到的文件无法汇总, 在未读取的子文件夹中, 只在汇总表中
  const shorts = [...new Set(facts.flatMap((f) => (f.unusable ? [unusableShort(f.unusable)] : [])))];
  const parts = [...blanks.map((g) => `${BLANK[g.blank]} ${g.items.length} 份`), ...shorts.map((w) => `${w} ${facts.filter((f) => f.unusable && unusableShort(f.unusable) === w).length} 份`)];
  // not received as files of their own: said beside the count, not in it
  const merged = facts.filter((f) => f.mergedIn && f.state === "未报").length;
  const which = (parts.length ? `（其中${parts.join("、")}，按未报）` : "") + (merged ? `（另有 ${merged} 个单位${MERGED_SHORT}，按未报）` : "");
  return `应报 ${facts.length}，收到 ${received} 份${which}：未报 ${n("未报")}，已报 ${n("已报")}，退回 ${n("退回")}，通过 ${n("通过")}${others ? `；另有不在应报单位之中的 ${others} 份，已一并汇总，列在后面` : ""}`;
}

/**
 * A unit's 报送状态: the decisions say 通过 but an error remains (lock refuses it): 已报, marked, and
 * chased below; 通过 with indicators still 待人工评估 says how many, the report keeping them 未能评估.
 */
function stateOf(f: UnitFacts): string {
  return f.held ? HELD_WORDS.zh.state : f.unassessed ? UNASSESSED_WORDS.zh.state(f.unassessed) : f.state;
}

/** The 催报 line of a unit not sent, or null when its deadline is not yet near (isDue). */
export function chaseText(deadline: string, asOf: string): string | null {
  if (!deadline) return "未报送（未设截止日期）";
  if (!isDue(deadline, asOf)) return null;
  const late = overdueDays(asOf, deadline);
  if (late > 0) return `已逾期 ${late} 天（截止 ${deadline}）`;
  const left = daysLeft(asOf, deadline);
  if (left === 0) return `今日截止（${deadline}）`;
  return `临近截止，还剩 ${left} 天（${deadline}）`;
}

/**
 * The summary's 报送台账 sheet (issue 18.2), printable: every unit with 报送状态 (未报 / 已报 /
 * 退回 / 通过), its rows left 未填报, errors, unexplained lags, lock, versions received and values
 * changed, and under 催办 what it is chased for as of `asOf` (ISO date; chaseOf, CHASE_MARKS: 催报、
 * 督促补填、退回改正、督促说明, empty when nothing), a line of counts, then the 催报 list, a line per
 * unit and reason: (催报) the units not sent whose deadline is past, today or within NEAR_DAYS, or
 * that have no deadline (isDue), or whose file came unusable or merged; (更正) those whose decisions
 * say 通过 while errors remain; (督促补填) those that sent a return with rows 未填报 (isIncomplete);
 * (退回改正, 督促说明) those with errors to correct and lags without a 说明, by 错误数 and 未说明的滞后
 * (toPutRight); (已说明) those sent with every row 未填报 explained in its 说明, not chased (isExplainedIncomplete,
 * §6a); then (已通过) those accepted with rows 未填报, not chased (isAcceptedIncomplete).
 * `link` points at a unit's file. Printable at full size: 报送状态 as wide as its longest state, 文件
 * as its longest name up to FILE_WIDTH_MAX (a longer one cut in the middle, the link whole), 催办 up to
 * CHASE_WIDTH_MAX (wrapped beyond), a 催报 line wrapped across its merge.
 */
export function ledgerSheet(facts: UnitFacts[], year: number, asOf: string, link: (file: string) => string = (f) => f): PlannedSheet {
  const b = new SheetBuilder(LEDGER_SHEET, "template");
  const states = facts.map(stateOf);
  const files = facts.flatMap((f) => (f.file ? [shownFile(f.file)] : []));
  const reasons = facts.map((f) => chaseOf(f, asOf));
  const chased = reasons.map((x) => x.map((c) => CHASE_MARKS[c]).join("、"));
  const received = facts.map((f) => RECEIVED_WORDS.zh.shown(f));
  // as wide as its longest text within bounds (CJK counting double); a longer 文件 is cut, a longer
  // 催办 wraps (the 催报 list's marks, 催报 / 督促补填 / 已通过 …, are narrower than any state's least width)
  // the 催报 list's 补回「填报说明」表 mark stands in the 报送状态 column too: as wide, where a unit has it
  const marks = reasons.some((x) => x.includes("restore_cover")) ? [CHASE_MARKS.restore_cover] : [];
  const widths: Record<string, (least: number) => number> = {
    state: (w) => oneLineWidth([...states, ...marks], w, STATE_WIDTH_MAX), file: (w) => oneLineWidth(files, w, FILE_WIDTH_MAX), received: (w) => oneLineWidth(received, w, RECEIVED_WIDTH_MAX), chase: (w) => oneLineWidth(chased, w, CHASE_WIDTH_MAX),
  };
  for (const [k, , w] of COLUMNS) b.addColumn(k, widths[k]?.(w) ?? w);
  b.value(1, 1, `${year}年度 报送台账（截至 ${asOf}）`, "title");
  b.sheet.merges.push(`A1:${b.letter("chase")}1`);
  b.sheet.rowHeights[1] = 28;
  for (const [key, col] of b.columnKeys()) b.value(KEY_ROW, col, col === 1 ? LEDGER_MARK : key, "hidden");
  b.sheet.hiddenRows.push(KEY_ROW);
  COLUMNS.forEach(([, label], i) => b.value(HEADER_ROW, i + 1, label, "header"));
  let r = FIRST_DATA_ROW;
  facts.forEach((f, i) => {
    b.value(r, b.col("no"), i + 1, "number");
    const unit = `${f.unit}${f.unlisted ? "（不在台账中）" : ""}${f.blank ? `（${BLANK[f.blank]}）` : ""}${f.unusable ? `（${unusableShort(f.unusable)}）` : ""}${f.mergedIn ? `（${MERGED_SHORT}）` : ""}`;
    // a unit with a word on it (南岭乡（收到的文件无法汇总）) wraps in its column, its row as high as its lines
    const lines = wrappedLines(unit, b.width("unit"));
    b.value(r, b.col("unit"), unit, lines > 1 ? "textWrap" : "text");
    // so do more reasons to chase than its column holds on one line
    const chaseLines = wrappedLines(chased[i]!, b.width("chase"));
    const receivedLines = wrappedLines(received[i]!, b.width("received"));
    const most = Math.max(lines, chaseLines, receivedLines);
    if (most > 1) b.sheet.rowHeights[r] = linesHeight(most);
    b.value(r, b.col("state"), states[i]!, "status", { fill: f.held ? COMPLETE_FILL : FILLS[f.state] });
    // received without the year's values: how many versions came, nothing else to count
    if (f.blank) b.value(r, b.col("versions"), f.versions, "number");
    if (f.state !== "未报") {
      // a return sent half empty is 已报 all the same: how many rows the unit still has to fill
      b.value(r, b.col("missing"), f.missing, "number", isIncomplete(f) ? { fill: COMPLETE_FILL } : {});
      b.value(r, b.col("errors"), f.errors, "number");
      b.value(r, b.col("lags"), f.unexplainedLags, "number");
      // lags the town left without a 说明 but the reviewer accepted (通过 or 已说明 in force): not unexplained, nor the town's
      b.value(r, b.col("explained"), f.explainedByReviewer ?? 0, "number");
      b.value(r, b.col("lock"), f.lock, "text", f.lock === "锁定后被改动" ? { fill: "F4B183" } : {});
      b.value(r, b.col("versions"), f.versions, "number");
      b.value(r, b.col("changes"), f.versions > 1 ? f.changes : "", f.versions > 1 ? "number" : "text");
    }
    b.value(r, b.col("deadline"), f.deadline, "text");
    // when it came (receivedDate): a late one marked as a 未报 unit's state is, one without a date as a row to correct
    if (received[i]) b.value(r, b.col("received"), received[i]!, receivedLines > 1 ? "textWrap" : "text", f.late ? { fill: FILLS["未报"] } : f.received ? {} : { fill: COMPLETE_FILL });
    b.value(r, b.col("file"), f.file ? middleCut(shownFile(f.file), b.width("file")) : "", "text", f.file ? { hyperlink: link(f.file) } : {});
    if (chased[i]) b.value(r, b.col("chase"), chased[i]!, chaseLines > 1 ? "textWrap" : "text");
    r++;
  });
  const n = (s: LedgerState): number => facts.filter((f) => f.state === s).length;
  r++;
  b.value(r++, 1, ledgerCounts(facts), "note");
  r++;
  b.value(r++, 1, "催报", "section");
  // a unit whose file came unusable is chased now, for that reason, whatever its deadline (it did send)
  // so is one whose return came as a sheet of another unit's workbook: to send its own file (chaseOf)
  const due = facts.filter((f, i) => reasons[i]!.includes("not_sent") || reasons[i]!.includes("resend")).map((f) => [f, f.unusable ? unusableText(f.unusable, "zh", "summary", true, { ...(f.unusableKind ? { fileKind: f.unusableKind } : {}), ...(f.unusableVersion ? { version: f.unusableVersion } : {}), ...(f.unusableTie ? { tie: f.unusableTie } : {}) }) : f.mergedIn ? `${MERGED_SHORT}（${f.mergedIn.split(/[\\/]/).pop() ?? f.mergedIn}），请用下发的文件单独报送` : chaseText(f.deadline, asOf)] as const);
  if (!due.length) b.value(r++, 1, n("未报") ? `未报 ${n("未报")} 个单位，截止日期未临近，暂不催报` : "各单位均已报送", "note");
  const chaseLine = (f: UnitFacts, mark: string, fill: string, text: string): void => {
    b.value(r, b.col("unit"), f.unit, "text");
    b.value(r, b.col("state"), mark, "status", { fill });
    // across 未填报 to 文件, wrapped there when longer (a trial's 东港经济开发区 line was cut at the page edge)
    const lines = wrappedLines(text, b.sheet.columns.slice(b.col("missing") - 1).reduce((a, c) => a + c.width, 0));
    b.value(r, b.col("missing"), text, lines > 1 ? "textWrap" : "note");
    if (lines > 1) b.sheet.rowHeights[r] = linesHeight(lines);
    b.sheet.merges.push(`${b.letter("missing")}${r}:${b.letter("file")}${r}`);
    r++;
  };
  for (const [f, t] of due) {
    const line = t ?? "";
    // a return on another version did come: marked with what to chase (换现行版本), not 催报
    if (f.unusable === "other_version") { chaseLine(f, CHASE_MARKS.resend, COMPLETE_FILL, line); continue; }
    chaseLine(f, CHASE_MARKS.not_sent, FILLS["未报"], f.unusable || f.mergedIn || !f.blank ? line : line.startsWith("未报送") ? BLANK[f.blank] + line.slice(3) : `${BLANK[f.blank]}；${line}`);
  }
  // its 填报说明 sheet deleted: copied back from the distributed workbook, with what only that sheet holds (trial35 F4)
  for (const f of facts.filter((_, i) => reasons[i]!.includes("restore_cover"))) chaseLine(f, CHASE_MARKS.restore_cover, COMPLETE_FILL, RESTORE_COVER_LINE);
  // sent, but not complete: the unit is asked to fill the rows it left blank
  for (const f of facts.filter((x) => x.held)) chaseLine(f, "更正", COMPLETE_FILL, HELD_WORDS.zh.line(f.held ?? 0));
  // the rows to fill in: those left blank with a 说明 are not asked for (missingToChase, §6a)
  for (const f of facts.filter((_, i) => reasons[i]!.includes("complete"))) chaseLine(f, CHASE_MARKS.complete, COMPLETE_FILL, `已报送，${missingToChase(f)} 项未填报（共 ${f.rows} 项${deletedNote({ ...f, missing: missingToChase(f) }, "zh")}${f.explainedMissing ? EXPLAINED_MISSING_WORDS.zh.aside(f.explainedMissing) : ""}），请督促补填`);
  // sent with every blank row explained (§6a): not chased, but said, so the manager sees why
  for (const f of facts.filter(isExplainedIncomplete)) chaseLine(f, EXPLAINED_MISSING_WORDS.zh.mark, FILLS["通过"], EXPLAINED_MISSING_WORDS.zh.line(f.missing, f.rows));
  // sent with errors to correct, or lags without a 说明: the 错误数 and 未说明的滞后 above (toPutRight)
  for (const f of facts) {
    const put = toPutRight(f);
    if (put.errors > 0) chaseLine(f, CHASE_MARKS.correct, COMPLETE_FILL, `已报送，有 ${put.errors} 处错误${put.blockers ? `（${BLOCKER_WORDS.zh(blockerCounts(put.blockers, "zh", false))}）` : ""}，请退回改正`);
    // changed since the lock: the reviewer accepts or sends back each change, as check and lock ask (trial38 F4)
    if (put.changed.length > 0) chaseLine(f, CHASE_MARKS.recheck, COMPLETE_FILL, RECHECK_WORDS.zh.changed(put.changed.length, put.changed.join("、")));
  }
  for (const f of facts.filter((_, i) => reasons[i]!.includes("explain"))) chaseLine(f, CHASE_MARKS.explain, COMPLETE_FILL, `已报送，${toPutRight(f).lags} 项滞后指标未写说明，请督促补写说明`);
  // received after its deadline (trial37b F8: managers score 按时报送): not chased, said with the day and where it was read
  for (const f of facts) if (f.late) chaseLine(f, LATE_MARK, FILLS["未报"], lateLine(f));
  // sent, but when is not known (the workbook records no save time, or the ledger's 收到日期 is no date): never guessed
  for (const f of facts) if (receivedDateAsked(f)) chaseLine(f, UNDATED_MARK, COMPLETE_FILL, undatedLine(f));
  // accepted as it is: nothing to chase, but the manager sees it was accepted incomplete
  for (const f of facts.filter(isAcceptedIncomplete)) chaseLine(f, "已通过", FILLS["通过"], `已通过${f.lock === "已锁定" ? "（已锁定）" : ""}，${f.missing} 项未填报（共 ${f.rows} 项），审核时按未填报接受，不列入补填`);
  b.sheet.freeze = { rows: HEADER_ROW, columns: 0 };
  b.sheet.print = { landscape: true, fitToWidth: true, titleRows: `1:${HEADER_ROW}`, footer: "第 &P 页，共 &N 页" };
  return b.sheet;
}
