import { NOT_RETURN_WORDS } from "./NOT_RETURN_WORDS";
import type { TieCause } from "./TieCause";
import { commandPlaceholder } from "./commandPlaceholder";
import { COVER_WORDS } from "./COVER_WORDS";
import { archiveText } from "./archiveText";
import { planPeriodText } from "./planPeriodText";
import { nextPlanSteps } from "./nextPlanSteps";
import { fileKindWords, isOtherSpreadsheet } from "./fileKindWords";

/**
 * Why a file received in the returns' folder could not be summed (a unit's file that came but
 * cannot count): the file is named, and the unit its name names is chased with this reason, not
 * as late (it did send something). `not_return`: a workbook without our metadata (the data copied
 * into a new workbook); `old_xls`, `other_format` (.ods, .xlsb, .et…): saved in another format,
 * which can be saved back as .xlsx; `csv`: values only, our hidden sheets gone, so it cannot be
 * made a return again; `encrypted`: a password to open; `empty`: 0 bytes (a copy or download that
 * never finished; said as check says it); `damaged`: anything else unreadable;
 * `versions_tied`: a unit's versions that nothing tells apart (versionOrder's `tied`: the same save
 * time, or none and file times a copy's moment apart), none used until the manager says which is newer.
 * `rows_out_of_place`: its rows' names no longer match their hidden ids (the visible columns sorted
 * alone), so its values cannot be told to their indicators. `id_column_deleted`: a sheet's hidden id column deleted or its
 * ids cleared (checkGrid): its values cannot be told to their indicators either, and it is no return sent empty. `sheet_missing`: no template of its metadata
 * has its sheet (deleted): nothing of the return is left, it is not a return sent empty. `other_year`: its own reporting year (the
 * cover's, which its formulas use) is not the year summed: last year's form sent again, or the cover's
 * year edited; grading it as this year would hide that (a trial's 2023 form was summed as 2024 unseen).
 * `archive`: a .zip (or .rar, .7z) the return was sent in: the unit did send, it is to be extracted
 * (a trial's 东港片区 sent its return zipped and was chased as not sent). `too_large`: past one of the
 * reader's limits (docs/LIMITS.md) in a sheet of the return itself, or as a whole (over 50 MB, too many
 * cells): not damaged, so sending it again gives the same; its extra rows or sheets are to go.
 * `other_plan`: made from another plan than the one most returns of the folder were made from (a
 * sibling plan's form); `other_version`: from another version of that plan (imported again with rows
 * added or dropped): both named with what differs (PlanVersionDetail), not summed, so the rest are
 * (a trial's folder was refused whole, one wrong file a run).
 * `in_subfolder`: the unit's file sits in a subfolder that was not read (folders are read one level
 * deep): the unit sent, it is not chased as late (a trial's 舟山 returns, unzipped into a subfolder, were
 * all 未报，请催报). `in_summary`: no return of the unit's own, only a summary workbook covering it (a
 * city's 汇总.xlsx sent up to the province): a summary cannot be summed again, the unit's own return is wanted.
 * `outside_plan`: its plan's period does not hold the year: last period's return beside the new
 * period's (2025 on a 2021–2025 plan, summed as 2026), or last period's form with its cover's year moved
 * into the new period (a trial's 江山市 sent the 十四五 form dated 2026); named with the plan's title
 * and period (OutsidePlan), never rolled over (rollover stays within a period): the unit is to use the new
 * period's form (a trial's folder at the start of 十五五 was refused whole by each 十四五 file).
 * `lock_file`: the lock file Excel, WPS or LibreOffice keeps beside a workbook it has open (~$x.xlsx,
 * .~lock.x.xlsx#), not the unit's file: folders skip them, so one reaches a command only named on its own,
 * where the reader's one line (which program, the workbook it belongs to, to use that) is what is said, never 已损坏.
 * `empty_workbook`: an .xlsx whose sheets hold nothing (a new workbook saved as it was; check's not_plan_returns `empty`):
 * said to be empty, as check says it, with the unit to fill in the distributed workbook, not as `not_return`'s copy into a new workbook.
 */
export type UnusableReason = "not_return" | "empty_workbook" | "old_xls" | "other_format" | "csv" | "encrypted" | "empty" | "damaged" | "too_large" | "versions_tied" | "rows_out_of_place" | "id_column_deleted" | "sheet_missing" | "other_year" | "archive" | "other_plan" | "other_version" | "in_subfolder" | "in_summary" | "outside_plan" | "lock_file" | "cover_missing";

/**
 * An `outside_plan` file's plan (its first template's title and period, baselineYear–targetYear),
 * its own reporting year (the cover's) and the year it was to be used as (`year`; `own` itself when
 * the cover's year is outside the plan).
 */
export interface OutsidePlan {
  title: string;
  from: number;
  to: number;
  own: number;
  year: number;
  /** the plan is a project or reform list (PeriodProblem's): the next steps name a list, not an indicator table */
  kind?: "projects" | "reforms";
}

/**
 * What an `other_plan` or `other_version` file differs in from the plan version used (planVersions):
 * the plans' titles (「」-joined by 、 when several), and for another version the rows' names the
 * file lacks (`missing`) and has beyond it (`extra`), at most a few of each, `more` counting the rest.
 */
export interface PlanVersionDetail {
  own: string;
  current: string;
  /** another plan of the same titles: the template ids (、-joined) of each, the one thing that tells them apart */
  ids?: { own: string; current: string };
  missing: string[];
  extra: string[];
  more: number;
  /** compared with the first of versions held by as many units (none used), not with the one used */
  tied?: true;
  /**
   * the version used amends this one (its change record: newestVersion), the year of that amendment: the
   * file is on the form from before it, to be moved onto the amended version (rollover --from), not chased as late
   */
  superseded?: number;
}

/**
 * An `archive`'s format (rar, 7z; none for a .zip) and the spreadsheets a .zip holds, by their names in it;
 * `extracted`: where every one of them already sits, by name (the archive's folder or a subfolder of it):
 * extracted already, so not to be extracted again; `password`: its entries protected by a password (extracted with it).
 */
export interface ArchiveContents {
  kind?: string;
  inside?: string[];
  password?: boolean;
  extracted?: string;
}

/**
 * A `too_large` file's sheet where the reader named it (the return's own sheet past a limit: sheet_too_big, too_many_rows)
 * and what to delete from it, as the reader's own line says it (hosts/xlsx/sheetCut: "rows" below the table, or
 * "columns" to its right and over-long contents when the sheet has few rows).
 */
export interface TooLargeSheet { sheet: string; cut: "rows" | "columns" }

/** What a reason's words may name: `other_year`'s years, `archive`'s contents, `outside_plan`'s plan, `in_subfolder`'s subfolder or `in_summary`'s summary (`where`), `too_large`'s sheet. */
export interface UnusableDetail {
  tooLarge?: TooLargeSheet;
  years?: OtherYear;
  period?: OutsidePlan;
  archive?: ArchiveContents;
  version?: PlanVersionDetail;
  where?: string;
  /** `other_format`: the kind of file the reader found (fileKindWords: docx, pdf, ods…), when it found one */
  fileKind?: string;
  /** `versions_tied`: what tied the versions (versionOrder's cause), said in its place of the plain words */
  tie?: TieCause;
}

/** An `other_year` file's own reporting year and the year the command summed (evaluated, rolled over to). */
export interface OtherYear {
  own: number;
  asked: number;
  /**
   * chosen in the task pane (汇总所选文件, 评估所选文件): its fix is the pane's way to another year (the file opened, 填报年度
   * changed, 加载模板), not rollover's command, which a pane user has not got (trial37c F7)
   */
  chosen?: true;
}

/**
 * The reason from the reader's coded cause (loadWorkbookFile's `reason`) or the check's
 * (`not_plan_returns`, `bad_meta`, `no_year`, `rows_out_of_place`, `id_column_deleted`, `template_sheet_missing`), or `empty_workbook`
 * (a `not_plan_returns` whose params say `empty`: cli/unusableFileOf gives it so).
 */
export function unusableReason(cause: string): UnusableReason {
  switch (cause) {
    case "not_plan_returns": return "not_return";
    case "empty_workbook": return "empty_workbook";
    case "old_xls": return "old_xls";
    // a workbook zipped with a method Excel does not write (zip_method): saved again as .xlsx, it is read
    case "other_package": case "not_zip": case "zip_method": return "other_format";
    case "csv_input": return "csv";
    case "empty_input": case "empty_file": return "empty";
    case "encrypted": case "ole_unknown": return "encrypted";
    case "rows_out_of_place": return "rows_out_of_place";
    case "id_column_deleted": return "id_column_deleted";
    case "template_sheet_missing": return "sheet_missing";
    // the 填报说明 sheet deleted and no made-for year to read it as (checkGrid's cover_deleted without a year)
    case "cover_deleted": return "cover_missing";
    case "archive": return "archive";
    case "outside_plan": return "outside_plan";
    case "lock_file": return "lock_file";
    // the reader's limits but too_deep (XML nested 256 deep is broken or hostile, not large)
    case "too_large_input": case "sheet_too_big": case "part_too_big": case "total_too_big": case "too_many_cells": case "too_many_rows": case "too_many_shared_strings": case "too_many_entries": return "too_large";
    default: return "damaged";
  }
}

/**
 * What could not be done with a unit's file: `summary` sums, `report` evaluates, `rollover` rolls
 * over, `check` checks (its own line on a file: unusableFix). The reason and its fix are the same whichever command met the file; only the verb differs.
 */
export type UnusableTask = "summary" | "report" | "rollover" | "check";

const TASK_ZH: Record<UnusableTask, string> = { summary: "汇总", report: "评估", rollover: "换年度", check: "核对" };
/** the past participle (cannot be …) and the verb to do it again */
const TASK_EN: Record<UnusableTask, [string, string]> = { summary: ["summed", "summarise"], report: ["evaluated", "evaluate"], rollover: ["rolled over", "roll over"], check: ["checked", "check"] };

const WHY_ZH: Record<UnusableReason, [string, (t: string) => string]> = {
  not_return: [NOT_RETURN_WORDS.zh.why, () => NOT_RETURN_WORDS.zh.fix],
  empty_workbook: ["工作簿是空的：没有一张工作表有内容", () => "请该单位在下发的原表中填写后重新报送"],
  old_xls: ["是旧版 .xls 格式", (t) => `请在 Excel、WPS 或 LibreOffice 中另存为 .xlsx 后再${t}`],
  other_format: ["不是 .xlsx 格式，如 .ods、.xlsb、.et", (t) => `请另存为 .xlsx 后再${t}`],
  csv: ["是 CSV 文本，只有数值，不能还原为填报", () => "请用下发的原表重填"],
  encrypted: ["设置了打开密码", (t) => `请取消密码后另存为 .xlsx 再${t}`],
  empty: ["文件是空的（0 字节）", () => "请该单位重新发送"],
  damaged: ["文件已损坏或不完整", () => "请该单位重新发送"],
  too_large: ["文件过大，超过本工具能读的上限，文件本身未损坏", () => "请该单位删去附带的大表（如企业名录）、图片等与填报无关的内容，保存后重新发送"],
  versions_tied: ["几版无法区分新旧：工作簿记录的保存时间和文件时间都不能说明哪一版较新", (t) => `请用 review ${commandPlaceholder("新版")} --replaces ${commandPlaceholder("旧版")} 记下哪一版是新的，或删去旧版，再${t}`],
  rows_out_of_place: ["各行显示的指标名称与隐藏的指标 id 错位：可能只对可见的列排序", (t) => `请该单位撤销排序，或选中整行（含隐藏列）重新排序，或在下发的原表中重新填写，再${t}`],
  id_column_deleted: ["填报表隐藏的指标 id 列已被删除或清空，各行数值无法对应到指标（不是空表）", (t) => `请该单位在下发的原表中重新填写（或把数值复制回下发的原表），再${t}`],
  sheet_missing: ["填报表的工作表已被删除（或其隐藏标记行已被删除），没有可读的数据", (t) => `请该单位从备份中恢复该工作表，或在下发的原表中重新填写，再${t}`],
  archive: ["是压缩包", (t) => `请解压后再${t}`],
  other_year: ["是另一年度的填报："+COVER_WORDS.zh.sheet+"的报告年份与本次不同", (t) => `如是上一年度的表，请用 rollover 换到本年度（已填的数值一并带入，逐格核实）或在本年度的表中重填；如只是${COVER_WORDS.zh.year}填错，改正后再${t}`],
  other_plan: ["是另一规划的填报", (t) => `如该单位应报本规划，请向其下发本规划的填报表，填好后再${t}；另一规划的填报请单独${t}`],
  other_version: ["是同一规划另一版本的填报：指标行与多数单位所用的版本不同", (t) => `请向该单位下发现行版本的填报表，填好后再${t}；如这一版才是现行的，请先收齐这一版的填报`],
  in_subfolder: ["在未读取的子文件夹中：子文件夹不会自动读取", (t) => `请把该子文件夹也列在命令行上再${t}`],
  in_summary: ["只在一份汇总表中，没有本单位自己的填报：汇总表不能再汇总", (t) => `请报送本单位自己的填报（可请汇总的单位转报）后再${t}`],
  outside_plan: ["是另一规划期的填报：其规划期不含本次的年份", (t) => `请该单位用下发的本年度填报表重填后再${t}`],
  lock_file: ["是 Excel、WPS 或 LibreOffice 打开工作簿时在旁边生成的锁定文件，不是工作簿本身", (t) => `请改用它所属的工作簿再${t}`],
  cover_missing: ["「填报说明」表（封面）已被删除，无法得知报告年份", (t) => `请该单位从下发的原表把「填报说明」表复制回来，填好报告年份后再${t}`],
};

const WHY_EN: Record<UnusableReason, [string, (again: string) => string]> = {
  not_return: [NOT_RETURN_WORDS.en.why, () => NOT_RETURN_WORDS.en.fix],
  empty_workbook: ["the workbook is empty: no sheet holds anything", () => "ask the unit to fill in the distributed workbook and send it again"],
  old_xls: ["an old .xls workbook", (a) => `save it as .xlsx in Excel, WPS or LibreOffice and ${a} again`],
  other_format: ["not an .xlsx: .ods, .xlsb, .et…", (a) => `save it as .xlsx and ${a} again`],
  csv: ["CSV text: values only, it cannot be made a return again", () => "ask for it again in the distributed file"],
  encrypted: ["it has a password to open", (a) => `remove the password, save as .xlsx and ${a} again`],
  empty: ["the file is empty (0 bytes)", () => "ask the unit to send it again"],
  damaged: ["damaged or incomplete", () => "ask the unit to send it again"],
  too_large: ["too large for this tool to read; the file is not damaged", () => "ask the unit to delete what was sent along that is no part of the return (a large sheet such as a list of enterprises, pictures), save and send it again"],
  versions_tied: ["its versions cannot be told apart: neither the save times the workbooks record nor the files' times tell which is newer", (a) => `record which is newer with review ${commandPlaceholder("new")} --replaces ${commandPlaceholder("old")}, or remove the old one, and ${a} again`],
  rows_out_of_place: ["its rows' names no longer match their hidden indicator ids: the visible columns were probably sorted alone", (a) => `ask the unit to undo the sort, or sort whole rows (hidden columns included), or fill in the distributed workbook again, and ${a} again`],
  id_column_deleted: ["the return's hidden indicator id column was deleted or cleared, so its values cannot be told to their indicators (it is not an empty return)", (a) => `ask the unit to fill in the distributed workbook again (or copy the values back into it), and ${a} again`],
  sheet_missing: ["the return's sheet was deleted (or its hidden mark row was): there is nothing to read", (a) => `ask the unit to restore the sheet from a backup, or fill in the distributed workbook again, and ${a} again`],
  archive: ["an archive", (a) => `extract it and ${a} again`],
  other_year: ["a return of another year: the reporting year on its 填报说明 sheet (the cover) is not this one", (a) => `if it is last year's form, roll it over to this year with rollover (its values are carried, check them cell by cell) or fill in this year's form; if only ${COVER_WORDS.en.year} is wrong, correct it and ${a} again`],
  other_plan: ["a return on another plan", (a) => `if the unit is to report on this plan, send it this plan's form and ${a} again once it is filled in; ${a} the other plan's returns on their own`],
  other_version: ["a return on another version of the plan: its rows are not those of the version most units used", (a) => `send the unit the current version's form and ${a} again once it is filled in; if this version is the current one, gather its returns first`],
  in_subfolder: ["in a subfolder, which is not read", (a) => `list that subfolder on the command line too and ${a} again`],
  in_summary: ["only in a summary workbook, no return of its own: a summary cannot be summed again", (a) => `ask for the unit's own return (the office that summed it may pass it on) and ${a} again`],
  outside_plan: ["a return of another plan period: its period does not hold this year", (a) => `ask the unit to fill in this year's distributed form and ${a} again`],
  lock_file: ["the lock file Excel, WPS or LibreOffice keeps beside a workbook while it is open, not the workbook itself", (a) => `use the workbook it belongs to and ${a} again`],
  cover_missing: ["its 填报说明 sheet (the cover) was deleted, so the reporting year cannot be known", (a) => `ask the unit to copy the 填报说明 sheet back from the distributed workbook, fill in the reporting year, and ${a} again`],
};

/** What an `other_plan` / `other_version` file differs in, in words (少了 全员劳动生产率增长（%），多了 城镇新增就业（万人）). */
function versionWhy(reason: "other_plan" | "other_version", v: PlanVersionDetail, lang: "zh" | "en"): string {
  if (lang === "en") {
    if (reason === "other_plan") return v.ids ? `a return on another plan of the same name, "${v.own}", with another template: its template is ${v.ids.own}, the returns used are on ${v.ids.current}` : `a return on another plan, "${v.own}"; the returns used are on "${v.current}"`;
    const parts = [...(v.missing.length ? [`lacks ${v.missing.map((n) => `"${n}"`).join(", ")}`] : []), ...(v.extra.length ? [`has in addition ${v.extra.map((n) => `"${n}"`).join(", ")}`] : [])];
    if (v.superseded !== undefined) return `the version of "${v.current}" from before its mid-term amendment (${v.superseded}): against the amended, current version it ${parts.length ? parts.join(" and ") : "numbers or orders its rows otherwise"}${v.more > 0 ? ` (and ${v.more} more)` : ""}`;
    return `another version of "${v.current}": against ${v.tied ? "the first" : "the version most units used"} it ${parts.length ? parts.join(" and ") : "numbers or orders its rows otherwise"}${v.more > 0 ? ` (and ${v.more} more)` : ""}`;
  }
  if (reason === "other_plan") return v.ids ? `是另一规划「${v.own}」的填报，与本次所用的规划同名而模板不同：其模板为 ${v.ids.own}，本次所用的为 ${v.ids.current}` : `是另一规划「${v.own}」的填报，本次所用的是「${v.current}」`;
  const parts = [...(v.missing.length ? [`少了 ${v.missing.join("、")}`] : []), ...(v.extra.length ? [`多了 ${v.extra.join("、")}`] : [])];
  if (v.superseded !== undefined) return `是「${v.current}」${v.superseded} 年中期调整前的旧版本：与调整后的现行版本相比${parts.length ? parts.join("，") : "指标行的编号或顺序不同"}${v.more > 0 ? `（另有 ${v.more} 处不同）` : ""}`;
  return `是「${v.current}」的另一版本：与${v.tied ? "（1）" : "多数单位所用的版本"}相比${parts.length ? parts.join("，") : "指标行的编号或顺序不同"}${v.more > 0 ? `（另有 ${v.more} 处不同）` : ""}`;
}

/**
 * `too_large` with the sheet the reader named: what to delete follows the numbers, as the reader's line on it says
 * (describeXlsxProblem's sheet_too_big); without one (the file as a whole past 50 MB or the cells' limit) WHY_ZH's words.
 */
const TOO_LARGE_FIX = {
  zh: (x: TooLargeSheet) => `请该单位删去工作表「${x.sheet}」${x.cut === "rows" ? "表格下方多余的行" : "表格右侧多余的列或过长的内容（该表行数不多，大的是各行的内容）"}，保存后重新发送`,
  en: (x: TooLargeSheet) => `ask the unit to delete ${x.cut === "rows" ? "the extra rows below the table" : "the extra columns to the right of the table, or its over-long contents (the sheet has few rows: its size is in what they hold)"} on sheet "${x.sheet}", save and send it again`,
};

/**
 * What to do with a return on the version an amendment superseded (PlanVersionDetail.superseded): move it onto
 * the amended template in the same year, its values carried (rollover --year <its year> --from: docs/用户指南.md §5).
 */
const SUPERSEDED_FIX = {
  zh: (t: string) => `请用 rollover ${commandPlaceholder("该文件")} --year ${commandPlaceholder("该文件的年度")} --from ${commandPlaceholder("调整后的模板.json")} --out ${commandPlaceholder("新文件")} 转到现行版本（同一年度，已填的数值一并带入），核实后再${t}；或向该单位下发现行版本的填报表`,
  en: (a: string) => `move it onto the current version with rollover ${commandPlaceholder("file")} --year ${commandPlaceholder("its own year")} --from ${commandPlaceholder("the amended template.json")} --out ${commandPlaceholder("new file")} (the same year, its values carried), check it and ${a} again; or send the unit the current version's form`,
};

/** `other_year` with its years (封面的报告年份是 2023 年，不是 2024 年), its fix naming the year to roll over to. */
const OTHER_YEAR_ZH = {
  why: (y: OtherYear) => `${COVER_WORDS.zh.sheet}的报告年份是 ${y.own} 年，不是 ${y.asked} 年`,
  // a later year than the others (trial33 T11) is no form to roll over: most likely its cover's year was mistyped
  how: (y: OtherYear, t: string) => y.own > y.asked
    ? `如只是${COVER_WORDS.zh.year}填错，改为 ${y.asked} 后再${t}；如确是 ${y.own} 年度的填报，请留待 ${y.own} 年度再${t}`
    : `如是上一年度的表，请${y.chosen ? `在 Excel 中打开该文件，在“填报”中把填报年度改为 ${y.asked}、点“加载模板”` : `用 rollover ${commandPlaceholder("该文件")} --year ${y.asked} --out ${commandPlaceholder("新文件")} `}换到 ${y.asked} 年度（已填的数值一并带入，其中 ${y.asked} 年的逐格核实）${y.chosen ? `，保存后再${t}；` : ""}或在 ${y.asked} 年度的表中重填；如只是${COVER_WORDS.zh.year}填错，改为 ${y.asked} 后再${t}`,
};
const OTHER_YEAR_EN = {
  why: (y: OtherYear) => `the reporting year on its 填报说明 sheet (the cover) is ${y.own}, not ${y.asked}`,
  how: (y: OtherYear, a: string) => y.own > y.asked
    ? `if only ${COVER_WORDS.en.year} is wrong, set it to ${y.asked} and ${a} again; if it really is the ${y.own} return, keep it for those of ${y.own}`
    : y.chosen
      ? `if it is last year's form, open it in Excel, set the Reporting year under Fill in to ${y.asked} and click Load template (its values are carried; check those of ${y.asked} cell by cell), save it and ${a} again, or fill in the form of ${y.asked}; if only ${COVER_WORDS.en.year} is wrong, set it to ${y.asked} and ${a} again`
      : `if it is last year's form, roll it over with rollover ${commandPlaceholder("file")} --year ${y.asked} --out ${commandPlaceholder("new file")} (its values are carried; check those of ${y.asked} cell by cell) or fill in the form of ${y.asked}; if only ${COVER_WORDS.en.year} is wrong, set it to ${y.asked} and ${a} again`,
};

/**
 * `outside_plan` with its plan: the form dated into a year past its period (是「…」的填报表（规划期为 2021–2025 年（基期 2020 年）），封面的报告年份
 * 2026 年不在其中), or a return of its own year beside those of a year its plan does not hold; the fix names the year's
 * form, and for `rollover` past the plan's end what the single file's refusal says (nextPlanSteps: import the next
 * period's table first, then distribute its forms; a trial's folder line skipped the import), else that a new period's
 * forms are distributed (rollover stays within a period).
 */
const OUTSIDE_PLAN_ZH = {
  why: (p: OutsidePlan) => p.own === p.year
    ? `是「${p.title}」的填报表（规划期为 ${planPeriodText(p.from, p.to, "zh")}），${COVER_WORDS.zh.sheet}的报告年份 ${p.own} 年不在其中`
    : `是「${p.title}」的 ${p.own} 年度填报表，该规划的规划期为 ${planPeriodText(p.from, p.to, "zh")}，不含 ${p.year} 年`,
  how: (p: OutsidePlan, task: UnusableTask, t: string, several: boolean) => task === "rollover"
    ? p.year > p.to ? nextPlanSteps(p, "zh", "rollover") : `换年度只在同一规划期内：新规划期的填报表请用 distribute --from ${commandPlaceholder("新规划的模板.json")} 下发`
    : `请${several ? "各" : "该"}单位用下发的 ${p.year} 年度填报表${p.own === p.year ? "重填" : "填报"}后再${t}`,
};
const OUTSIDE_PLAN_EN = {
  why: (p: OutsidePlan) => p.own === p.year
    ? `the form of "${p.title}" (plan period ${planPeriodText(p.from, p.to, "en")}), the reporting year ${p.own} on its 填报说明 sheet (the cover) outside it`
    : `the ${p.own} return of "${p.title}", whose plan period ${planPeriodText(p.from, p.to, "en")} does not hold ${p.year}`,
  how: (p: OutsidePlan, task: UnusableTask, a: string, several: boolean) => task === "rollover"
    ? p.year > p.to ? nextPlanSteps(p, "en", "rollover") : `rollover stays within a plan period: distribute the new period's forms with distribute --from ${commandPlaceholder("the new plan's template.json")}`
    : `ask ${several ? "each unit" : "the unit"} to fill in the distributed form of ${p.year} and ${a} again`,
};

/**
 * 收到的文件无法汇总 (评估, 换年度) and why, then what to do, in `lang`; without `fix`, the fact
 * alone (收到的文件无法评估（是旧版 .xls 格式）), as the evaluation report states it of a unit.
 * `detail` names `other_year`'s years and `archive`'s contents where given.
 */
export function unusableText(reason: UnusableReason, lang: "zh" | "en", task: UnusableTask, fix = true, detail?: UnusableDetail): string {
  const why = unusableWhy(reason, lang, detail);
  const how = fix ? (lang === "en" ? `; ${unusableFix(reason, lang, task, detail)}` : `，${unusableFix(reason, lang, task, detail)}`) : "";
  // not the file's fault: it was not read, or there is none of the unit's own
  if (reason === "in_subfolder") return lang === "en" ? `the file received was not ${TASK_EN[task][0]} (${why})${how}` : `收到的文件未${TASK_ZH[task]}（${why}）${how}`;
  if (reason === "in_summary") return lang === "en" ? `no return of its own received (${why})${how}` : `未收到本单位自己的填报（${why}）${how}`;
  if (lang === "en") return `the file received cannot be ${TASK_EN[task][0]} (${why})${how}`;
  return `收到的文件无法${TASK_ZH[task]}（${why}）${how}`;
}

/**
 * What to do, in `lang`, before `task` again (请解压后再汇总; extract it and summarise again). `several`: said once for the files
 * of several units (请各单位…, ask each unit…: an ended plan's returns, cycle/unusableFileLines); only `outside_plan` words it so.
 */
export function unusableFix(reason: UnusableReason, lang: "zh" | "en", task: UnusableTask, detail?: UnusableDetail, several = false): string {
  // extracted already (Windows 全部解压缩 beside it): nothing to extract, the archive itself is left aside
  const extracted = reason === "archive" ? detail?.archive?.extracted : undefined;
  if (extracted !== undefined) return lang === "en" ? `its files are already extracted (in ${extracted}): the archive itself is not ${TASK_EN[task][0]}` : `其中的文件已解压（在 ${extracted}），压缩包本身不再${TASK_ZH[task]}`;
  const y = reason === "other_year" ? detail?.years : undefined;
  const p = reason === "outside_plan" ? detail?.period : undefined;
  if (p) return lang === "en" ? OUTSIDE_PLAN_EN.how(p, task, TASK_EN[task][1], several) : OUTSIDE_PLAN_ZH.how(p, task, TASK_ZH[task], several);
  if (reason === "too_large" && detail?.tooLarge) return TOO_LARGE_FIX[lang](detail.tooLarge);
  // on the form from before the amendment: moved onto the amended version with its values, the same year (rollover --from)
  if (reason === "other_version" && detail?.version?.superseded !== undefined) return lang === "en" ? SUPERSEDED_FIX.en(TASK_EN[task][1]) : SUPERSEDED_FIX.zh(TASK_ZH[task]);
  // a Word document, a PDF, an image cannot be saved as .xlsx: the distributed form is to be filled in
  if (reason === "other_format" && !isOtherSpreadsheet(detail?.fileKind)) return (lang === "en" ? WHY_EN : WHY_ZH).not_return[1]("");
  if (lang === "en") return y ? OTHER_YEAR_EN.how(y, TASK_EN[task][1]) : WHY_EN[reason][1](TASK_EN[task][1]);
  return y ? OTHER_YEAR_ZH.how(y, TASK_ZH[task]) : WHY_ZH[reason][1](TASK_ZH[task]);
}

/** Why alone, in `lang`, as said within brackets (是旧版 .xls 格式; 是 2023 年度的填报…, given `detail.years`; 是压缩包，内有 …, given `detail.archive`): a file passed over beside its unit's return that was used. */
export function unusableWhy(reason: UnusableReason, lang: "zh" | "en", detail?: UnusableDetail): string {
  if (reason === "in_subfolder" && detail?.where) return lang === "en" ? `in the subfolder ${detail.where}, which is not read` : `在子文件夹 ${detail.where} 中，子文件夹不会自动读取`;
  if (reason === "in_summary" && detail?.where) return lang === "en" ? `only in the summary ${detail.where}: a summary cannot be summed again` : `只在汇总表 ${detail.where} 中：汇总表不能再汇总`;
  if (reason === "other_year" && detail?.years) return (lang === "en" ? OTHER_YEAR_EN : OTHER_YEAR_ZH).why(detail.years);
  if (reason === "outside_plan" && detail?.period) return (lang === "en" ? OUTSIDE_PLAN_EN : OUTSIDE_PLAN_ZH).why(detail.period);
  if ((reason === "other_plan" || reason === "other_version") && detail?.version) return versionWhy(reason, detail.version, lang);
  if (reason === "archive") return archiveText(detail?.archive ?? {}, lang, true);
  if (reason === "versions_tied" && detail?.tie) return TIED_WHY[lang](detail.tie);
  // the kind the reader found, in check's words (fileKindWords), not a guess at a spreadsheet format
  const kind = reason === "other_format" ? fileKindWords(detail?.fileKind, lang) : undefined;
  if (kind !== undefined) return lang === "en" ? `${kind}, not an .xlsx file` : `${kind}，不是 .xlsx 文件`;
  return (lang === "en" ? WHY_EN : WHY_ZH)[reason][0];
}

const REASONS: readonly UnusableReason[] = ["not_return", "empty_workbook", "old_xls", "other_format", "csv", "encrypted", "empty", "damaged", "too_large", "versions_tied", "rows_out_of_place", "id_column_deleted", "sheet_missing", "other_year", "archive", "other_plan", "other_version", "in_subfolder", "in_summary", "outside_plan", "lock_file", "cover_missing"];

/** `summary`'s words: the ledger sheet's and the 催报 list's (workbooks are Chinese), and its English lines. */
export const UNUSABLE_ZH = Object.fromEntries(REASONS.map((r) => [r, unusableText(r, "zh", "summary")])) as Record<UnusableReason, string>;

export const UNUSABLE_EN = Object.fromEntries(REASONS.map((r) => [r, unusableText(r, "en", "summary")])) as Record<UnusableReason, string>;

/** The short words beside a unit's name in the ledger sheet and the counts line. */
export const UNUSABLE_SHORT = "收到的文件无法汇总";

/**
 * The short words of a reason that is not the file's fault (unusableShort): a unit whose return sits unread, or only in a
 * summary; or whose return came on another version of the plan (it did send: the ledger chases 换现行版本, not 催报).
 */
const ELSEWHERE_SHORT: Partial<Record<UnusableReason, string>> = { in_subfolder: "在未读取的子文件夹中", in_summary: "只在汇总表中", other_version: "所用的不是现行版本" };

/** The short words beside a unit's name for `reason`: UNUSABLE_SHORT, or where the return is when it is elsewhere. */
export function unusableShort(reason: UnusableReason): string {
  return ELSEWHERE_SHORT[reason] ?? UNUSABLE_SHORT;
}

/**
 * Whether a file passed over is a return of another year than the one used (`other_year`, or `outside_plan`
 * of its own year): a unit that also sent an unusable file of the year is chased for that one (a trial's
 * 江山市 was chased for its 2025 return beside the 十四五 form it sent dated 2026).
 */
export function isOfAnotherYear(f: { reason: string; period?: OutsidePlan }): boolean {
  return f.reason === "other_year" || (f.reason === "outside_plan" && f.period !== undefined && f.period.own !== f.period.year);
}

/** The file that stands for a unit none of whose files was used: the latest of the year, else the latest. */
export function standingFile<T extends { reason: string; period?: OutsidePlan }>(files: readonly T[]): T | undefined {
  return files.filter((f) => !isOfAnotherYear(f)).pop() ?? files[files.length - 1];
}

/**
 * versions_tied's why, by the cause that applied (TieCause): one save time on different contents, or no save time and file
 * times a copy's moment apart; which version a program rewrote is not known, so it is said once that it cannot be told.
 */
const TIED_WHY: Record<"zh" | "en", (c: TieCause) => string> = {
  zh: (c) => c.by === "saved"
    ? "几版无法区分新旧：内容不同而工作簿记录的保存时间相同（多是其中一版经保留原保存时间的程序写出，如 LibreOffice 转换、openpyxl），文件时间又只是下载、复制或写入审核表的时间"
    : `几版无法区分新旧：${c.unsaved >= c.of ? "各版工作簿都" : `其中 ${c.unsaved} 版工作簿`}未记录保存时间，文件时间又相差不到 1 分钟（多为复制时未保留文件时间）`,
  en: (c) => c.by === "saved"
    ? "its versions cannot be told apart: they hold different values but record the same save time (one most likely written by a program that keeps the time it read, such as a LibreOffice conversion or openpyxl), and a file's time is only when it was downloaded, copied or had its review sheet written"
    : `its versions cannot be told apart: ${c.unsaved >= c.of ? "none of the workbooks records when it was saved" : `${c.unsaved} of them ${c.unsaved === 1 ? "does not record when it was" : "do not record when they were"} saved`}, and their file times are less than a minute apart (mostly a copy that did not keep them)`,
};
