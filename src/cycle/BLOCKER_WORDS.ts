import { englishCount } from "../domain/englishCount";
import type { LockBlockers } from "./lockBlockers";

/**
 * What keeps a return from being locked, as counts and lists to word (lockBlockers): `invalid` rows
 * 数据异常; `nOver` status cells typed over (`over` named); `nOther` other errors' cells (`other`);
 * `nFormula` rows whose own formulas no longer compute them, on the sheets `formulaSheets` ("" leaves
 * the sheets unnamed); `nMissing` template sheets not found (`missing`, their titles quoted). Cells changed since the
 * lock (LockBlockers.changed, summary's only) are not worded here: they are the reviewer's to re-check, a line of their
 * own (toPutRight's `changed`, trial38 F4), not errors sent back.
 */
export interface BlockerCounts { invalid: number; nOver: number; over: string; nOther: number; other: string; nFormula: number; formulaSheets: string; nMissing: number; missing: string }

/** The counts of `b` to word in `lang`; `sheets` false leaves the sheets of broken formulas unnamed (the ledger's line, per unit). */
export function blockerCounts(b: LockBlockers, lang: "zh" | "en", sheets = true): BlockerCounts {
  const sep = lang === "en" ? ", " : "、";
  return { invalid: b.invalid, nOver: b.overwritten.length, over: b.overwritten.join(sep), nOther: b.other.length, other: b.other.join(sep),
    nFormula: b.formulas.reduce((n, f) => n + f.rows, 0), formulaSheets: sheets ? b.formulas.map((f) => f.sheet).join(sep) : "",
    nMissing: b.sheetsMissing.length, missing: b.sheetsMissing.map((t) => (lang === "en" ? `"${t}"` : `「${t}」`)).join(sep) };
}

/**
 * The words of what keeps a return from being locked (check's 不能锁定 line, lock's refusal, and the
 * summary's and 报送台账's 退回改正 line, trial34 C3): "数据异常 7 项、本工具的公式不再计算本行 12 行"
 * / "Invalid data on 7 rows and 12 rows whose own formulas no longer compute them". Here, below the
 * CLI, so the ledger sheet (Chinese) and the CLI's catalogue (lock_blockers, zh and en) share one wording.
 */
export const BLOCKER_WORDS: Record<"zh" | "en", (b: BlockerCounts) => string> = {
  zh: (b) => [
    b.invalid > 0 ? `数据异常 ${b.invalid} 项` : "",
    b.nOver > 0 ? `状态公式被改写 ${b.nOver} 处（${b.over}）` : "",
    b.nOther > 0 ? `其他错误 ${b.nOther} 处（${b.other}）` : "",
    b.nFormula > 0 ? `本工具的公式不再计算本行 ${b.nFormula} 行${b.formulaSheets ? `（工作表「${b.formulaSheets}」）` : ""}` : "",
    b.nMissing > 0 ? `工作表未找到 ${b.nMissing} 张（模板${b.missing}）` : "",
  ].filter(Boolean).join("、"),
  en: (b) => {
    const parts = [
      b.invalid > 0 ? `Invalid data on ${englishCount(b.invalid, "row")}` : "",
      b.nOver > 0 ? `${englishCount(b.nOver, "status cell")} typed over (${b.over})` : "",
      b.nOther > 0 ? `${englishCount(b.nOther, "other error")} (${b.other})` : "",
      b.nFormula > 0 ? `${englishCount(b.nFormula, "row")} whose own formulas no longer compute ${b.nFormula === 1 ? "it" : "them"}${b.formulaSheets ? ` (sheet "${b.formulaSheets}")` : ""}` : "",
      b.nMissing > 0 ? `${englishCount(b.nMissing, "template sheet")} not found (${b.missing})` : "",
    ].filter(Boolean);
    return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1] ?? ""}` : parts.join("");
  },
};
