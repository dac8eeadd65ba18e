import type { LineRule } from "./LineRule";
import { blankLine } from "./rules/blankLine";
import { brokenName } from "./rules/brokenName";
import { categoryAndNameTail } from "./rules/categoryAndNameTail";
import { domainFragment } from "./rules/domainFragment";
import { headerContinuation } from "./rules/headerContinuation";
import { headingLine } from "./rules/headingLine";
import { noNumber } from "./rules/noNumber";
import { noteLine } from "./rules/noteLine";
import { numberedRow } from "./rules/numberedRow";
import { numberOnly } from "./rules/numberOnly";
import { otherKindTable } from "./rules/otherKindTable";
import { pageNumber } from "./rules/pageNumber";
import { partRow } from "./rules/partRow";
import { repeatedHeader } from "./rules/repeatedHeader";
import { strayLine } from "./rules/strayLine";
import { subRow } from "./rules/subRow";
import { unalignedRow } from "./rules/unalignedRow";
import { unnumberedPart } from "./rules/unnumberedPart";
import { unnumberedRow } from "./rules/unnumberedRow";

/**
 * The line rules, in the order importTable's loop asks them about each line below the header; the
 * first that does not pass reads the line. A spaced row that could not be lined up (said already) is
 * passed over; lines that are no row come first (blank, note, page
 * number, heading, a header again, another kind of table), then rows (with a 序号, the rest of a
 * broken name, the wrapped ends of a row's 类别 and name on one line, a domain piece, a stray line, 其中 and part rows, the first part with no 序号 under a
 * parent with no value, rows of a table without 序号);
 * noNumber, last, takes any line left.
 */
export const LINE_RULES: readonly LineRule[] = [
  blankLine, unalignedRow, noteLine, numberOnly, pageNumber, headingLine, repeatedHeader, otherKindTable, headerContinuation,
  numberedRow, brokenName, categoryAndNameTail, domainFragment, strayLine, subRow, partRow, unnumberedPart, unnumberedRow, noNumber,
];
