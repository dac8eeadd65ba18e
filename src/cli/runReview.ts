import { resubmissionMessage } from "./resubmissionMessages";
import { englishCount } from "../domain/englishCount";
import { loadCheckContext } from "./checkInContext";
import type { CommandIO } from "./CommandIO";
import { cycleMessage } from "./cycleMessages";
import { EXIT } from "./EXIT";
import { parseYear } from "./parseYear";
import { reviewWorkbook } from "./reviewWorkbook";
import { refuseExisting } from "./refuseExisting";
import { sameFileOnDisk } from "./sameFileOnDisk";
import { unlistedDecisionLine } from "./unlistedDecisionLine";
import { acceptedErrorLine } from "./acceptedErrorLine";
import { DECISIONS } from "../sheet/reviewSheet";
import { LAGS_NAMED } from "./runLock";
import { lockRefusalList } from "./lockRefusalList";
import { describeWorkbookProblem } from "../sheet/describeWorkbookProblem";
import { keptReplacedLine } from "./keptReplacedLine";
import { takenCommentsLine } from "./takenCommentsLine";

export interface ReviewCommandOptions { year?: string; out?: string; force?: boolean; rules?: string; previous?: string; city?: string; replaces?: string }

/**
 * `review <file.xlsx> [--out f] [--year Y] [--rules r.json] [--previous last-year.xlsx] [--city city.xlsx] [--replaces old.xlsx]`:
 * adds or refreshes the 审核 sheet, with the checks beyond one value (evaluation-rules §8) and, for a
 * resubmission, the values changed since the version it replaces marked 待复核 (issue 18.4).
 */
export async function runReview(file: string, o: ReviewCommandOptions, io: CommandIO): Promise<void> {
  const year = o.year === undefined ? undefined : parseYear(o.year, io.lang);
  const ctx = await loadCheckContext({ ...o, lang: io.lang });
  if (!ctx.ok) { io.printErr(ctx.message + "\n"); io.setExit(EXIT[ctx.exit]); return; }
  // never over another file read (--previous, --city, --rules, --replaces), --force or not; --out the file itself is the in-place edit
  const alsoRead = [o.rules, o.previous, o.city].filter((f): f is string => f !== undefined);
  if (o.out !== undefined && !sameFileOnDisk(o.out, file)) await refuseExisting(o.out, o.force, [...(o.replaces ? [o.replaces] : []), ...alsoRead], { kind: "return", from: file });
  const r = await reviewWorkbook(file, o.out ?? file, { year, force: o.force ?? false, context: ctx.context, replaces: o.replaces, alsoRead, lang: io.lang });
  if (!r.ok) { io.printErr(r.message + "\n"); io.setExit(r.unreadable ? EXIT.unreadable : r.refused ? EXIT.refused : EXIT.usage); return; }
  io.print(io.lang === "en"
    ? `${r.created ? "Made" : "Updated"} the "${r.sheet}" sheet of ${o.out ?? file}: ${englishCount(r.rows, "row")} to review or reviewed, ${r.stale} of them to review again (待复核) since what ${r.stale === 1 ? "it holds" : "they hold"} changed (values, 说明 or 人工评估)\n`
    : `已${r.created ? "生成" : "更新"}「${r.sheet}」表：${o.out ?? file}，${r.rows} 条待审核或已审核记录，其中 ${r.stale} 条因填报内容（数值、说明或人工评估）变化待复核\n`);
  // the --out replaced held something else (another review copy someone worked in): kept, said so
  const kept = o.out !== undefined ? keptReplacedLine(o.out, r.written, io.lang) : null;
  if (kept !== null) io.print(`${kept}\n`);
  // which version replaces which is recorded in the file written: said, so a tie summary refused is seen resolved (trial41e F3)
  if (o.replaces !== undefined) io.print(resubmissionMessage("replaces_recorded", { file: o.out ?? file, old: o.replaces }, io.lang) + "\n");
  // decisions sorted apart from their keys were re-keyed by the 位置 and name beside them: said once, as the sheet is written back in order
  if (r.rekeyed) io.print(`! ${describeWorkbookProblem(r.rekeyed, io.lang)}\n`);
  // what a reviewer typed in a row's own 审核意见 (read by nothing else) now stands in the 审核 sheet: said once (trial44a F7)
  const taken = takenCommentsLine(r.takenComments, io.lang);
  if (taken) io.print(`${taken}\n`);
  // what is wrong with a sheet itself has no row on the 审核 sheet (a copy not read, a 快报数 note typed
  // beside the table): said as check says it; a deleted row has its row there
  for (const p of r.report.problems) if (p.code !== "row_missing") io.print(`! ${describeWorkbookProblem(p, io.lang)}\n`);
  // 通过 (or 已说明) on a cell that still has an error: lock will refuse it, so say so now, one line a row
  // a word the list does not hold (typed past the validation) decides nothing: said, with the list
  // a column of the person's own that our columns now take the place of moved: said, so they find it
  for (const m of r.moved) io.print(cycleMessage("review_column_moved", { sheet: r.sheet, header: m.header, from: m.from, to: m.to }, io.lang) + "\n");
  for (const u of r.unlisted) io.print(unlistedDecisionLine(u, io.lang) + "\n");
  for (const a of r.accepted) io.print(acceptedErrorLine(a, r.sheet, io.lang) + "\n");
  // what the reviewer does next, and then the manager (a trial's new user was left at "已生成「审核」表")
  const written = o.out ?? file;
  // what lock would refuse the file as written for (lockRefusals, lock's own rule): deciding the rows named below clears
  // 待复核, changes since a lock and a list's rows 待人工评估 (their 审核结论 is the conclusion), the send-back line says 退回修改; the rest are said in lock's words (final34 F2: review
  // said lock would work on a return lock refused for a 人工评估 left blank)
  const toDecide = r.open + r.stale > 0;
  const rest = (r.lock?.refusals ?? []).filter((x) => !(toDecide && (x.code === "stale" || x.code === "changed" || x.code === "unassessed_list")) && !(r.returned.length && x.code === "returned"));
  // with a 退回修改 in force, or a reason deciding does not clear, the line below does not point to lock (final34 F3: two next steps)
  // the rows 待复核 decided 退回修改 are singled out as lock singles them out (lock_stale): confirmed, they still send the return back
  const staleReturned = { returned: r.staleReturned.join(io.lang === "en" ? ", " : "、"), returnedN: r.staleReturned.length };
  // and those whose 审核意见 already holds 已复核, not seen written after the change: said so, not asked for again (trial42a F2)
  const staleRechecked = { rechecked: r.staleRechecked.join(io.lang === "en" ? ", " : "、"), recheckedN: r.staleRechecked.length };
  // a 退回修改 in force: the return goes back to its unit, and lock would refuse it (lock_returned), so lock is not suggested;
  // beside rows to decide, one 下一步 says both, the decisions first (review_next_decide's sentBack…)
  // (review_next_decide names the 审核 sheet before them; review_next_return does not, so its first row names it: trial45, 第 21 行
  // alone read as the indicator sheet's)
  const back = (named: boolean): string => r.returned.slice(0, LAGS_NAMED).map((x, i) => cycleMessage("lock_open_row", { row: x.row, name: x.name, review: i === 0 && !named ? r.sheet : "" }, io.lang)).join(io.lang === "en" ? "; " : "、");
  const shown = Math.min(r.returned.length, LAGS_NAMED);
  if (toDecide) io.print(cycleMessage("review_next_decide", { sheet: r.sheet, n: r.open, stale: r.stale, list: DECISIONS.join(" / "), file: written, sentBack: r.returned.length, sentBackRows: back(true), sentBackShown: shown, refused: rest.length, ...staleReturned, ...staleRechecked }, io.lang) + "\n");
  else if (r.returned.length) io.print(cycleMessage("review_next_return", { n: r.returned.length, rows: back(false), shown, file: written }, io.lang) + "\n");
  if (rest.length && r.lock) {
    const lock = r.lock;
    io.print(cycleMessage("review_next_refused", { file: written, n: rest.length, decided: toDecide || r.returned.length ? 0 : 1 }, io.lang) + "\n");
    for (const line of lockRefusalList(rest, { file: written, report: lock.report, named: LAGS_NAMED, lang: io.lang })) io.print(`${line}\n`);
  }
  // lock is said to work only when lock's own rule finds nothing to refuse the file for
  else if (!toDecide && !r.returned.length && r.lock) io.print(cycleMessage("review_next_lock", { file: written }, io.lang) + "\n");
}
