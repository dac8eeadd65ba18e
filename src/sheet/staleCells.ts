import { knownChanges, readBasis, readContent } from "./reviewBasis";
import type { RowContent } from "./RowContent";

/**
 * The cells of a 待复核 row that changed since the decision, as the 审核 sheet's 数值变化 reads them (reviewSheet): against
 * the content of the version a resubmission replaced (`since`, the sheet's hidden column, while nobody has decided on the
 * row since), else against the decision's basis (`basis`, its fingerprint column: ReviewBasis JSON); `content` what the
 * row holds now (rowContents, whose every field has its cell). Each field changed (knownChanges: a formula not calculated
 * now is no change) by its cell, in the row's field order (the year's value before the 说明: K7、P7); `valueCell` alone
 * where the content is not known on both sides or only the status moved. A 说明 emptied is named by its cell as any other
 * (trial42d: the row was named K22 when its 说明 P7 had changed).
 */
export function staleCells(basis: string, since: string, content: RowContent | undefined, valueCell: string): string[] {
  const was = since ? readContent(since) : readBasis(basis)?.content;
  const cells = was && content ? knownChanges(was, content).map((c) => c.cell).filter((c) => c !== "") : [];
  return cells.length ? [...new Set(cells)] : [valueCell];
}
