import { REASON_CHARS, SAYS_NOTHING } from "../domain/isReasonWritten";
import { excelTrim } from "./excelTrim";

/** Past the longest word that says nothing, a 说明 gives a reason whatever its words (暂无说明 is 4). */
const LONGEST = Math.max(...SAYS_NOTHING.map((w) => w.length));
/** Where SMALL puts a position that holds no letter or figure: past any cell's text (32767 characters). */
const PAST = 99999;

/**
 * The boundaries of REASON_CHARS as MATCH reads them: 0, then each range's first code and the one after its last,
 * so a code's MATCH(…,1) position is even exactly when it lies in a range. A program whose UNICODE gives a
 * character beyond U+FFFF whole (not its surrogate halves, which the engine keeps) is given it as kept too.
 */
function boundaries(): string {
  const ranges = [...REASON_CHARS, [0x10000, 0x10ffff] as const];
  return `{${[0, ...ranges.flatMap(([a, b]) => [a, b + 1])].join(",")}}`;
}

/**
 * A sheet formula (an expression without "=") that is TRUE where the 说明 in `ref` (an A1 reference, e.g. `P4`)
 * gives no reason as isReasonWritten judges it (evaluation-rules §6a and §8, our reading: 滞后指标须填写说明):
 * empty, spaces, punctuation and symbols only, or only a word that says nothing (无, 暂无, N/A …). Made from the
 * engine's own REASON_CHARS and SAYS_NOTHING, never a copy of them.
 *
 * Letters and figures are counted character by character: UNICODE of each MID, its MATCH among the ranges'
 * boundaries, inside SUMPRODUCT, which reads the arrays in Excel and LibreOffice. Past LONGEST of them it is a
 * reason; else the first LONGEST, lower-cased, are looked up among the words (EXACT: a full-width Ｎ is no n, as in
 * the engine). The positions come from ROW(INDIRECT("1:n")), so rows inserted above the sheet's top move nothing.
 * A program that does not read arrays there (Gnumeric 1.12: MID of an array is its first character) or lacks
 * UNICODE (before Excel 2013) keeps the rule as it was, any text a 说明 (evaluation-rules §6a: a limit of the
 * other programs). As the engine reads the cell (cellText): a number, date or TRUE/FALSE holds figures or letters,
 * a reason; an error is its text, #N/A reads na (no reason), #DIV/0! div0 (a reason).
 * `UNICODE` is written plain: an .xlsx writer prefixes it (_xlfn., fileFormula), Office.js takes it so.
 * test/sheet/reasonMissingAgreement proves it against the engine in LibreOffice and Gnumeric.
 */
export function reasonMissingFormula(ref: string): string {
  const n = `LEN(${ref})+${LONGEST}`;
  const seq = `ROW(INDIRECT("1:"&(${n})))`;
  const chars = `MID(${ref}&"${" ".repeat(LONGEST)}",${seq},1)`;
  // TRUE where the character at each position (the text padded with spaces, never kept) is a letter or figure
  const kept = `(MOD(MATCH(UNICODE(${chars}),${boundaries()},1),2)=0)`;
  // the k-th letter or figure: the k-th smallest position once the others are moved past the text
  const at = (k: number): string => `MID(${ref},SUMPRODUCT(SMALL(${seq}+(1-${kept})*${PAST},${k})),1)`;
  const words = `LOWER(${Array.from({ length: LONGEST }, (_, i) => at(i + 1)).join("&")})`;
  const says = `{${["", ...SAYS_NOTHING].map((w) => `"${w}"`).join(",")}}`;
  const judged = `IF(SUMPRODUCT(--${kept})>${LONGEST},FALSE,SUMPRODUCT(--EXACT(${words},${says}))>0)`;
  // whether the program reads the positions as an array (every character 1 long), else the rule as it was
  const arrays = `SUMPRODUCT(LEN(${chars}))=${n}`;
  const before = `LEN(${excelTrim(ref)})=0`;
  const text = `IFERROR(IF(${arrays},${judged},${before}),${before})`;
  return `IF(ISERROR(${ref}),ISNA(${ref}),IF(OR(ISNUMBER(${ref}),ISLOGICAL(${ref})),FALSE,${text}))`;
}
