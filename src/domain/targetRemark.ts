import { normalizeText } from "./normalizeText";

/**
 * A remark a plan writes in brackets after a target, that leaves the target's number as it is
 * (evaluation-rules §1, our reading): the year it is for (`≤33（2025年）`, `（到2025年底）`), a stretch aim beside
 * the binding figure (`70以上（力争75）`, `（争取80）`), or the table's own words for its kind or standing
 * (`（约束性）`, `（预期性）`, `（暂定）`, `（预计）`), or another year's figure (`3.2（2022年3.0）`, a mid-term
 * figure: an `interim` aside, kept as a note by the importer; trial40b F20). A trial's 生态环境 table wrote its targets so, and each
 * loaded as words, 待人工评估 every year. Any other remark (`100（累计）`, `6（年均）`) may change what the
 * number means, so it is not one: such a target stays words for a person.
 *
 * `text`: a target as written. Returns the target before the brackets, the remark's words (both
 * normalised: full-width brackets, digits and spaces as normalizeText makes them) and what the remark
 * is (`year`, a stretch `aim`, the table's `words`, another year's figure `interim`), or null.
 */
export function targetRemark(text: string): { target: string; remark: string; kind: RemarkKind } | null {
  const m = REMARK.exec(normalizeText(text));
  const target = m?.[1];
  const remark = m?.[2];
  if (target === undefined || remark === undefined) return null;
  const kind = YEAR.test(remark) ? "year" : AIM.test(remark) ? "aim" : WORDS.test(remark) ? "words" : INTERIM.test(remark) ? "interim" : null;
  return kind === null ? null : { target, remark, kind };
}

/** A target, then one closing pair of brackets (normalised to ASCII) with no brackets inside. */
const REMARK = /^(.*[^()])\(([^()]+)\)$/;
// the remarks that leave the number as it is (see above): one home, read by the engine and the importer
const YEAR = /^(?:到|至)?20\d\d年(?:底|末)?$/;
const AIM = /^(?:力争|争取)./;
const WORDS = /^(?:约束性|预期性|暂定|预计|预期)$/;
// another year's figure, a bare number after the year (`2022年3.0`, `2022年为3.0`, `2022年达到3.0`): an aside
const INTERIM = /^(?:到|至)?20\d\d年(?:底|末)?[:：]?(?:为|达到?)?\d+(?:\.\d+)?$/;

/** What a target's bracketed remark is (targetRemark). */
export type RemarkKind = "year" | "aim" | "words" | "interim";
