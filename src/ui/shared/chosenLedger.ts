/**
 * The 报送台账 among the files chosen in the pane, read as `summary --ledger` and `report --ledger` read one (readLedgerBook,
 * then ledgerCycle as of today): one home for 汇总所选文件 and 评估所选文件 (trial38 F3: 评估 passed the ledger over as
 * 未评估 while 汇总 used it). Pure: the pane's actions and the tests share it.
 */
import { readLedgerBook } from "../../cycle/ledgerBook";
import { ledgerCycle } from "../../cycle/ledgerCycle";
import { chinaDate } from "../../cycle/chinaDate";
import { cycleMessage } from "../../cli/cycleMessages";
import { t, type LangText } from "./i18n";
import { paneSentence } from "./paneSentences";
import type { ChosenLedger, ChosenReturn } from "./summaryPlans";

/**
 * `chosen`: the files read. `ledger`: the one that is a 报送台账 (ChosenLedger: its file, the units expected in its order,
 * their deadlines, the templates distributed, `asOf` today, its year if it records one), absent when none is;
 * `returns`: the other files. Refused (`why`, in either language) when two ledgers are chosen (msg.twoLedgers, or
 * msg.twoLedgersEvaluation for `task` evaluation) or ledgerCycle refuses the one chosen (a unit in it twice: cycleMessages).
 */
export function chosenLedger(chosen: readonly ChosenReturn[], task: "summary" | "evaluation"): { ok: true; ledger?: ChosenLedger; returns: ChosenReturn[] } | { ok: false; why: LangText } {
  const ledgers = chosen.flatMap((c) => {
    const book = readLedgerBook(c.grid);
    return book ? [{ file: c.file, book }] : [];
  });
  if (ledgers.length > 1) return { ok: false, why: (l) => t(l, task === "summary" ? "msg.twoLedgers" : "msg.twoLedgersEvaluation", { n: ledgers.length, files: ledgers.map((x) => x.file).join(l === "en" ? ", " : "、") }) };
  const book = ledgers[0];
  if (!book) return { ok: true, returns: [...chosen] };
  const c = ledgerCycle([book], { asOf: chinaDate(Date.now()) });
  if (!c.ok) return { ok: false, why: (l) => paneSentence(cycleMessage(c.refusal.code, c.refusal.params, l), l) };
  return { ok: true, ledger: { file: book.file, cycle: c.options, ...(c.ledgerYear ? { year: c.ledgerYear.year } : {}) }, returns: chosen.filter((x) => x.file !== book.file) };
}
