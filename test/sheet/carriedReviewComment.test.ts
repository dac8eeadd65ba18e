/**
 * Session 46: a 审核意见 typed beside a row in its indicator sheet was carried into the 审核 sheet on every run where the
 * row's 审核意见 there was empty, so a reviewer who deleted it there on purpose had it back at the next run. The rule
 * (carriedReviewComment, one home for `review` and 生成审核表) keeps a record of the text the 审核 sheet has had.
 */
import { carriedReviewComment, type CarriedReviewComment } from "../../src/sheet/carriedReviewComment";
import { fnv1a } from "../../src/templates/fnv1a";

const A = "说明不充分，请补充";
const B = "说明不充分，请补充到2024年";
const rec = (t: string): string => fnv1a(t);

describe("carriedReviewComment: what the 审核 sheet's 审核意见 takes from the one typed beside the row", () => {
  test.each<[string, [typed: string, comment: string, record: string], CarriedReviewComment]>([
    ["new, the row's 审核意见 empty: carried, recorded", [A, "", ""], { write: A, record: rec(A) }],
    ["new, typed with spaces around: carried trimmed", [`  ${A} `, "", ""], { write: A, record: rec(A) }],
    ["had, emptied on the 审核 sheet since: stays empty", [A, "", rec(A)], { record: rec(A) }],
    ["had, still there: nothing to do", [A, A, rec(A)], { record: rec(A) }],
    ["had, rewritten on the 审核 sheet: theirs kept", [A, "已电话核实", rec(A)], { record: rec(A) }],
    ["changed, the 审核 sheet still holds the one carried: the new one replaces it", [B, A, rec(A)], { write: B, record: rec(B) }],
    ["changed, the one carried emptied: the new one carried", [B, "", rec(A)], { write: B, record: rec(B) }],
    ["changed, the 审核 sheet's rewritten by the reviewer: theirs kept, the record as it was", [B, "已电话核实", rec(A)], { record: rec(A) }],
    ["a sheet from before the record, already reading it: recorded, not said", [A, A, ""], { record: rec(A) }],
    ["the reviewer's own words there, nothing had: kept, nothing recorded", [A, "待核实", ""], { record: "" }],
    ["nothing typed beside the row (emptied there): no record", ["", "", rec(A)], { record: "" }],
    ["only spaces typed beside the row: no record", ["  ", A, rec(A)], { record: "" }],
  ])("%s", (_why, [typed, comment, record], want) => {
    expect(carriedReviewComment(typed, comment, record)).toEqual(want);
  });
});
