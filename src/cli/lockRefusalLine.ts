import type { LockRefusal } from "../cycle/lockRefusals";
import type { CheckReport } from "../sheet/CheckReport";
import { describeWorkbookProblem } from "../sheet/describeWorkbookProblem";
import { labelColon } from "../domain/labelColon";
import { cycleMessage } from "./cycleMessages";
import { lockBlockersText } from "./lockBlockersText";

/** What a refusal is said with: the file, the check it was found on, how many rows a line names, the language; `check`: said by check. */
export interface RefusalAt { file: string; report: CheckReport; named: number; lang?: "zh" | "en" | undefined; check?: boolean }

/**
 * One reason lock refuses for (lockRefusals), as lock says it: alone (`listed` 0) with the file and
 * 未锁定 / not locked; in a numbered list (`listed` 1) without them, said once above the list. `report`
 * is the check the refusal was found on (lock_errors counts its errors in check's units), `named` how many
 * rows a line names before it says only how many there are (runLock's LAGS_NAMED). The words
 * of lock's refusal and of review's next step (review_next_refused) alike; `check` (listed under check's totals) says
 * the errors to whoever runs check, the filer mostly: 请先改正, not lock's 请先退回改正 (trial44a F6).
 */
export function lockRefusalLine(x: LockRefusal, at: RefusalAt, listed: 0 | 1): string {
  const lang = at.lang;
  const say = (code: Parameters<typeof cycleMessage>[0], p: Record<string, string | number> = {}): string => cycleMessage(code, { file: at.file, listed, ...p }, lang);
  const and = lang === "en" ? "; " : "、";
  // the rows whose 审核意见 already holds 已复核, not seen written after the change: said so, not asked for again (trial42a F2)
  const held = (rows: number[]): Record<string, string | number> => ({ rechecked: rows.join(lang === "en" ? ", " : "、"), recheckedN: rows.length });
  switch (x.code) {
    case "errors": return say(at.check ? "check_lock_errors" : "lock_errors", { what: lockBlockersText(at.report, lang), first: lang === "en" ? x.errors[0]!.messageEn : x.errors[0]!.message });
    case "rows_out_of_place": return `${listed ? "" : `${at.file}${labelColon(lang)}`}${describeWorkbookProblem(x.problem, lang ?? "zh")}`;
    // (lock_returned and lock_stale name the 审核 sheet before their rows, 审核表「审核」中有…; lock_changed says 审核表 alone, so
    // its rows are named with the sheet: review, each, since each follows a cell of the indicator sheet (s46: 审核表第 6 行),
    // and the rows its 已复核 word names too)
    case "returned": {
      // each row named with its indicator, as review's next step names them (trial41e F6: 第 23 行 alone said nothing)
      const rows = x.items.slice(0, at.named).map((o) => cycleMessage("lock_open_row", { row: o.row, name: o.name }, lang));
      return say("lock_returned", { n: x.n, sheet: x.sheet, rows: rows.join(and), shown: rows.length });
    }
    case "changed": {
      const rows = x.changes.slice(0, at.named).map((c) => cycleMessage("lock_changed_row", { file: at.file, sheet: c.sheet, cell: c.cell, name: c.name, was: c.was, now: c.now, row: c.row, review: x.sheet }, lang));
      // by kind, as English counts them (a year's value, a 说明, a 人工评估)
      const kind = (f: string): number => x.changes.filter((c) => (c.field === "note" || c.field === "assess" ? c.field : "value") === f).length;
      return say("lock_changed", { review: x.sheet, n: x.changes.length, rows: rows.join(and), shown: rows.length, unmarked: x.changes.filter((c) => !c.marked).length, values: kind("value"), notes: kind("note"), assess: kind("assess"), ...held(x.rechecked) });
    }
    case "stale": {
      // each row named with its indicator and the cells that changed (its 说明's P7 where only that did: trial42d named K22), as
      // the 退回修改 rows are named (第 12 行 alone said nothing), the first `named`, and how many in all when not all are (trial35:
      // the pane's 不能锁定 never said how many more)
      const rows = x.items.slice(0, at.named).map((o) => cycleMessage("lock_open_row", { row: o.row, name: o.name, sheet: o.sheet, cell: (o.changed?.length ? o.changed : [o.cell]).join(lang === "en" ? ", " : "、") }, lang));
      return say("lock_stale", { n: x.n, sheet: x.sheet, rows: rows.join(and), shown: rows.length, unmarked: x.unmarked, returned: x.returned.join(lang === "en" ? ", " : "、"), returnedN: x.returned.length, ...held(x.rechecked) });
    }
    case "unassessed": {
      // a cell holding no conclusion (达标 typed for 已达标) is quoted: the reviewer may think it filled
      // a row decided 通过 is said so, and how to assess it: its 人工评估 cell named, then 通过 again (trial36 T7)
      const passed = new Set(x.passed);
      const named = x.rows.slice(0, at.named).map((u) => cycleMessage("lock_unassessed_row", { file: at.file, sheet: u.sheet, cell: u.cell, name: u.name, written: u.written, item: u.item, passed: passed.has(u.item) ? 1 : 0 }, lang));
      const cells = x.rows.filter((u) => passed.has(u.item)).slice(0, at.named).map((u) => `${u.sheet}!${u.cell}`);
      return say("lock_unassessed", { n: x.rows.length, rows: named.join(and), shown: named.length, passed: x.passed.length, cells: cells.join(and), cellsShown: cells.length });
    }
    case "unassessed_list": {
      const named = x.rows.slice(0, at.named).map((u) => cycleMessage("lock_unassessed_row", { file: at.file, sheet: u.sheet, cell: u.cell, name: u.name }, lang));
      return say("lock_unassessed_list", { n: x.rows.length, rows: named.join(and), shown: named.length });
    }
  }
}
