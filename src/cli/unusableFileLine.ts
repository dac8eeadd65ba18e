import type { UnusableFile } from "../cycle/UnusableFile";
import { unusableText, type UnusableTask } from "../domain/UnusableReason";
import type { Lang } from "./fileMessages";

const NOT_DONE_ZH: Record<UnusableTask, string> = { summary: "未汇总", report: "未评估", rollover: "未换年度" };
const NOT_DONE_EN: Record<UnusableTask, string> = { summary: "not summed", report: "not evaluated", rollover: "not rolled over" };

/**
 * The one line `summary`, `report` and `rollover` print for a file of a folder they passed over
 * (`task`: what was not done with it), in `lang`: a unit's file that cannot be used, by its unit,
 * why and what to do, and the file (普陀区：收到的文件无法评估（是旧版 .xls 格式），请…：收到/普陀区.xls);
 * one whose unit is not known, with the reader's or the check's own line (the file, why, what to
 * do); the 报送台账, a summary and a workbook that is no return, by what they are.
 */
export function unusableFileLine(x: UnusableFile, task: UnusableTask, lang: Lang): string {
  const en = lang === "en";
  const not = (en ? NOT_DONE_EN : NOT_DONE_ZH)[task];
  if (x.reason === "ledger") return en ? `${not} (the 报送台账 ledger): ${x.file}` : `${not}（报送台账）：${x.file}`;
  if (x.reason === "summary") return en ? `${not} (a summary): ${x.file}` : `${not}（汇总表）：${x.file}`;
  if (x.unit !== undefined) return en ? `${x.unit}: ${unusableText(x.reason, lang, task)}: ${x.file}` : `${x.unit}：${unusableText(x.reason, lang, task)}：${x.file}`;
  if (x.reason === "not_return") return en ? `${not} (not a return): ${x.file}` : `${not}（不是规划指标填报工作簿）：${x.file}`;
  return en ? `${not}: ${x.message}` : `${not}：${x.message}`;
}
