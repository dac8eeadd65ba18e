/**
 * Where a project or reform row 待人工评估 gets its conclusion, in the words the check's 问题 (flagReason) and the
 * cover's legend (coverSheet) both say: the list has no 人工评估 column, so it is the row's 审核结论 on the 审核 sheet
 * (evaluation-rules §5, our reading). trial44a F7: the cover said 「在“审核意见”列」, a column nothing reads.
 */
export const LIST_VERDICT_WORDS = {
  zh: "由审核人员在审核表中给出审核结论（通过或已说明）",
  en: "the reviewer concludes on it with a 审核结论 (通过 or 已说明) on the review sheet",
} as const;
