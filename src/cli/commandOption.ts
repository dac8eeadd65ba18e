import { Option } from "commander";

/**
 * The options the commands take, each described once, Chinese first then English (`中文 / English`),
 * as the command titles are: a command that takes `--json` or `--force` takes the same one, and an
 * option whose meaning differs by command (`--year` of check and of report) has one entry per
 * meaning. Whether it is mandatory, its default and its parser are the command's (main.ts).
 * `--lang` is langOption's.
 */
const OPTIONS = {
  json: ["--json", "输出 JSON", "print JSON"],
  jsonLines: ["--json", "输出 JSON（多个文件时每行一个 JSON）", "print JSON (one line per file when several)"],
  // since session 44 a replaced file that held something else is kept (writeFileSafely, keptReplacedLine): said where --force is offered
  force: ["--force", "覆盖已存在的文件（原文件内容不同时，另存到旁边的「被替换的旧文件」文件夹）", "overwrite a file that exists (one that held something else is kept in the 被替换的旧文件 (replaced files) folder beside it)"],
  forceOut: ["--force", "覆盖已存在的 --out 文件（原文件内容不同时，另存到旁边的「被替换的旧文件」文件夹）", "overwrite an --out file that exists (one that held something else is kept in the 被替换的旧文件 (replaced files) folder beside it)"],
  forceAll: ["--force", "覆盖已存在的输出文件（原文件内容不同时，另存到旁边的「被替换的旧文件」文件夹）", "overwrite output files that exist (one that held something else is kept in the 被替换的旧文件 (replaced files) folder beside it)"],
  reportingYear: ["--year <Y>", "报告年份", "reporting year"],
  newYear: ["--year <Y>", "新的报告年份", "the new reporting year"],
  checkYear: ["--year <Y>", "按此年份核对（默认用工作簿中的报告年份）", "check as of this year (default: the workbook's reporting year)"],
  year: ["--year <Y>", "按此年份核对", "check as of this year"],
  reportYear: ["--year <Y>", "按此年份评估", "evaluate as of this year"],
  outWorkbook: ["--out <file.xlsx>", "输出文件", "the workbook to write"],
  outSummary: ["--out <summary.xlsx>", "输出汇总工作簿（不写则只在终端输出，不生成工作簿）", "write the summary workbook (without it, the summary is only printed)"],
  outReport: ["--out <report.docx|sheets.xlsx>", "输出文件：.docx 为评估报告，.xlsx 为评估表（多份时含县区对比）；不加时只在终端输出评估段落，不生成文件", "the file to write: .docx the report, .xlsx the evaluation sheets (comparing the units when several); without it the evaluation text is printed and no file written"],
  outOther: ["--out <file.xlsx>", "输出到另一文件（默认更新原文件）", "write to another file (default: update the file itself)"],
  outRolled: ["--out <file.xlsx>", "输出文件（一份填报；原文件不改动）", "the workbook to write (one return; the original is not changed)"],
  outTemplate: ["--out <template.json>", "输出模板文件", "the template file to write"],
  outDemo: ["--out <dir>", "输出目录", "the folder to write to"],
  outDir: ["--out-dir <dir>", "输出文件夹", "the folder to write to"],
  outDirRolled: ["--out-dir <dir>", "输出文件夹（多份填报或文件夹：每个单位一份，如 2025-定海区.xlsx）", "the folder to write to (several returns or a folder: one per unit, such as 2025-定海区.xlsx)"],
  from: ["--from <template.json...>", "使用模板文件", "use template files (written by import)"],
  fromRevised: ["--from <template.json>", "中期调整：改用同一规划调整后的模板（重新导入时用同一 --id），指标按名称和单位对应带入以前各年的数值", "mid-term revision: use the plan's revised template (imported again with the same --id); earlier years' values are carried to the indicators of the same name and unit"],
  unit: ["--unit <name>", "填报单位", "the reporting unit"],
  rulesBands: ["--rules <rules.json>", "规则文件：其 bands（亮灯：滞后/严重滞后）写入各指标模板（evaluation-rules §7）", "rules file: its bands (lights: lagging / severely lagging) are written into each indicator's template (evaluation-rules §7)"],
  rules: ["--rules <rules.json>", "规则文件：同比变动阈值（evaluation-rules §8）", "rules file: the limits of year-on-year change (evaluation-rules §8)"],
  previous: ["--previous <last-year.xlsx>", "上年报送的填报，核对历年数值是否改动", "last year's return: whether the values of earlier years were changed"],
  previousMany: ["--previous <last-year.xlsx...>", "上年报送的填报（按填报单位对应）", "last year's returns (matched by reporting unit)"],
  city: ["--city <city.xlsx>", "全市填报，核对县区数值是否高于全市", "the city's return: whether a county's value is above the city's"],
  previousPlain: ["--previous <last-year.xlsx>", "上年报送的填报", "last year's return"],
  cityPlain: ["--city <city.xlsx>", "全市填报", "the city's return"],
  all: ["--all", "列出所有行", "list every row"],
  progress: ["--progress", "在 stderr 显示进度（stderr 为终端时默认显示）", "show progress on stderr (the default when stderr is a terminal)"],
  ledgerStates: ["--ledger <ledger.xlsx>", "按 distribute 写出的报送台账列出各单位的报送状态（可给多份，如各市的台账：单位合并）", "list each unit's state by the ledger (报送台账) distribute wrote (may be given more than once, e.g. each city's: their units merged)"],
  ledgerOrder: ["--ledger <ledger.xlsx>", "按 distribute 写出的报送台账的单位顺序评估，并列出未报送的单位（可给多份：单位合并）", "evaluate in the order of the ledger (报送台账) distribute wrote, and name the units not sent (may be given more than once: their units merged)"],
  ledgerRolled: ["--ledger <ledger.xlsx>", "原年度的报送台账（distribute 写出的，如 下发/报送台账.xlsx）：新台账按其单位顺序，并列出今年未报送的单位（可给多份：单位合并）", "the old year's ledger (报送台账) distribute wrote (such as 下发/报送台账.xlsx): the new ledger keeps its order of units and names the units that sent nothing (may be given more than once: their units merged)"],
  unitsExpected: ["--units <a,b,…>", "应报单位（无台账时）", "the units expected to send returns (without a ledger)"],
  unitsOrder: ["--units <a,b,…>", "应报单位（无台账时）：按此顺序，并列出未报送的单位", "the units expected to send returns (without a ledger): in this order, naming those not sent"],
  unitsDistributed: ["--units <a,b,…>", "填报单位，以逗号分隔", "the reporting units, separated by commas"],
  deadline: ["--deadline <YYYY-MM-DD>", "报送截止日期", "the deadline for returns"],
  deadlineUnits: ["--deadline <YYYY-MM-DD>", "报送截止日期（与 --units 同用）", "the deadline for returns (with --units)"],
  deadlineRolled: ["--deadline <YYYY-MM-DD>", "新填报「填报说明」表上的报送截止日期", "the deadline on the new returns' 填报说明 sheet (the cover)"],
  asOf: ["--as-of <YYYY-MM-DD>", "催报按此日期计算（默认今天）", "the date late returns are counted from (default: today)"],
  replaces: ["--replaces <old.xlsx>", "本文件是重新报送的新一版，old.xlsx 为上一版：改动的数值标为待复核并写明原值 → 新值", "this file is a resubmission of old.xlsx: each value changed is marked 待复核 (to review again) with old → new"],
  reviewer: ["--reviewer <name>", "审核人", "the reviewer's name"],
  acceptUnassessed: ["--accept-unassessed", "仍有待人工评估的指标时照样锁定（评估报告中保持“未能评估”）", "lock even with rows still 待人工评估 (awaiting assessment; they stay 未能评估, not assessable)"],
  id: ["--id <id>", "模板 id", "template id"],
  title: ["--title <title>", "标题", "title"],
  region: ["--region <region>", "地区", "region"],
  document: ["--document <name>", "规划文件名称，印在各填报表封面的“来源”（默认：标题上方的规划名称；没有时只写表名）", "the plan document's name, the 来源 on every return's cover (default: the plan's name above the title; none: the table's title only)"],
  sheet: ["--sheet <name>", ".xlsx 中的工作表（默认：第一张有指标表头的表）", "the sheet of an .xlsx (default: the first with an indicator table's header)"],
  table: ["--table <n>", ".docx 或 .html 中的第几张表格（从 1 起；默认：第一张有指标表头的表格）", "which table of a .docx or .html (from 1; default: the first with an indicator table's header)"],
  baselineYear: ["--baseline-year <Y>", "基期年份（表头中没有基期年份时）", "the baseline year (when the table's header gives none)"],
  targetYear: ["--target-year <Y>", "目标年份：表头有几个目标年份时取这一年的列（默认取最后一个），表头中没有目标年份时用它", "the target year: the column of that year when the header has several (default: the last), or the year when the header gives none"],
} as const satisfies Record<string, readonly [flags: string, zh: string, en: string]>;

/** `中文 / English` (`中文（注）/ English` after a full-width bracket, as the command titles): how a command or option is described in --help. */
export const bilingual = (zh: string, en: string): string => `${zh}${zh.endsWith("）") ? "" : " "}/ ${en}`;

/** A new Option for `key` (OPTIONS), described in both languages; a fresh one each call, as commander keeps an option's parsed value on it. */
export function commandOption(key: keyof typeof OPTIONS): Option {
  const [flags, zh, en] = OPTIONS[key];
  return new Option(flags, bilingual(zh, en));
}
