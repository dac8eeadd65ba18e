/**
 * Why a unit's versions could not be told apart (versionOrder's `tied`), so the line on them names the cause that applied,
 * not every cause there might be (s42: both were said, joined by 或). Versions holding the same (returnContent: the 审核
 * and 汇总 sheets left out), or whose tables hold the same values and 说明 (tableContent), are one return, never tied, so a
 * file downloaded twice, or reviewed, or re-laid out (trial43b F4), is never the cause: tied versions differ in their tables.
 * - `saved`: every version records when it was saved, and the tied ones record the same second though they hold different
 *   values: Excel and WPS write the time on each save, so one was most likely written by a program that keeps the time it
 *   read (LibreOffice --convert-to, openpyxl 3.0); which one is not told by anything in the files (their file times are
 *   when they were downloaded, copied or reviewed);
 * - `received`: `unsaved` of the `of` tied versions record no save time, and their file times are within a copy's moment
 *   (COPY_WINDOW_MS) of one another.
 */
export type TieCause = { by: "saved" } | { by: "received"; unsaved: number; of: number };
