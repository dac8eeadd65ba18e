import { oneLine } from "./oneLine";

/**
 * Words of the report's project and reform lines (Chinese, the report's language; projectLine, reformLine):
 * - `reviewed`: what a row 待人工评估 reads once the reviewer's 审核结论 (通过, 已说明) concludes it, in place of
 *   待人工评估: a list has no 人工评估 column (evaluation-rules §5, our reading; trial40c F9);
 * - `note`: the row's 说明 as the line ends with it, "；说明：受台风影响工期顺延", on one line and whole, as an
 *   indicator's 附表 keeps it (the lists have no 附表; trial40c F11: 因资金未到位暂缓 was left out); "" for none.
 */
export const LIST_LINE_WORDS = {
  reviewed: "经审核确认",
  note: (note: string): string => {
    const line = oneLine(note).replace(/\s+/g, " ").trim();
    return line ? `；说明：${line}` : "";
  },
} as const;
