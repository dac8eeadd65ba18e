/**
 * What a workbook without our metadata is said to be, and what to do (UnusableReason `not_return`, and check's line for
 * a return's sheet copied alone into a new workbook): one home, kept apart from UnusableReason so that the task pane's
 * first bundle, which says the copied sheet's line (describeWorkbookProblem), does not carry every reason's words.
 */
export const NOT_RETURN_WORDS = {
  zh: { why: "不是本工具的填报：可能复制到了新工作簿", fix: "请用下发的原表重填" },
  en: { why: "not a plan-returns return: perhaps copied into a new workbook", fix: "ask for it again in the distributed file" },
} as const;
