import type { Lang } from "./fileMessages";

/** What `demo` says, in zh and en: each function gives one line, ending in "\n". */
export interface DemoMessages {
  /** a workbook or sample report from an earlier demo changed since (filled or edited in place): kept, the new one written beside it */
  keptChanged: (file: string, beside: string) => string;
  /**
   * a file of a folder an earlier version's demo wrote (no record of what it wrote: demoRecord) whose content differs
   * from what the demo writes now where a person types (a workbook) or anywhere (a report): it may have been changed, so
   * it is kept, the new one written beside it
   */
  keptUnrecorded: (file: string, beside: string) => string;
  /** the files written, `n` of them, in `folder`, one a line */
  written: (n: number, folder: string, files: readonly string[]) => string;
  /** what the files are */
  whatTheyAre: string;
  /**
   * what to do next: the 用户指南 (`guide`, its path; null when the docs are not beside the CLI) for filling in,
   * and a manager's two commands, distribute then summary
   */
  nextStep: (guide: string | null) => string;
}

/** The zh/en catalogue of `demo`'s lines (Chinese first, English complete). */
export const DEMO_MESSAGES: Record<Lang, DemoMessages> = {
  zh: {
    keptChanged: (file, beside) => `${file} 在 demo 写出后已被修改，未覆盖；新的示例写为 ${beside}\n`,
    keptUnrecorded: (file, beside) => `${file} 没有 demo 写出它的记录（由较早版本的 demo 写出），内容与现在写出的不同，可能已被修改，未覆盖；新的示例写为 ${beside}\n`,
    written: (n, folder, files) => `已写出 ${n} 个文件，位于 ${folder}：\n${files.map((f) => "  " + f).join("\n")}\n`,
    whatTheyAre: "空白模板（*-blank.xlsx）供填报；示例（*-sample-*.xlsx）展示各种状态；*-评估报告.docx 为每个示例的评估报告（plan-returns report）。可用 Excel、WPS 或 LibreOffice 打开。\n",
    nextStep: (guide) => `下一步：怎样填报、汇总、审核见用户指南${guide ? ` ${guide}` : "（项目文件夹中的 docs/用户指南.md）"}；管理人员用 plan-returns distribute 下发各单位的填报表，收齐后用 plan-returns summary 汇总、plan-returns report 写评估报告（用法：plan-returns <命令> --help）。\n`,
  },
  en: {
    keptChanged: (file, beside) => `${file} was changed since the demo wrote it and is not overwritten; the new sample is ${beside}\n`,
    keptUnrecorded: (file, beside) => `${file} has no record of what the demo wrote (an earlier version's demo wrote it) and differs from what it writes now, so it may have been changed and is not overwritten; the new sample is ${beside}\n`,
    written: (n, folder, files) => `Wrote ${n} files in ${folder}:\n${files.map((f) => "  " + f).join("\n")}\n`,
    whatTheyAre: "Blank templates (*-blank.xlsx) are for filling in; the samples (*-sample-*.xlsx) show every status; *-评估报告.docx is each sample's evaluation report (plan-returns report). Open them in Excel, WPS or LibreOffice; the workbooks are in Chinese.\n",
    nextStep: (guide) => `Next: the user guide${guide ? `, ${guide},` : " (docs/用户指南.md in the project's folder)"} says how to fill in, sum up and review returns (an English short version ends it); managers send each unit its return with plan-returns distribute, then sum those that come back with plan-returns summary and write the evaluation report with plan-returns report (usage: plan-returns <command> --help).\n`,
  },
};
