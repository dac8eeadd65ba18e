import { COVER_WORDS } from "../domain/COVER_WORDS";
import { englishCount } from "../domain/englishCount";
import { rowCountText } from "../domain/rowCountText";
import type { Lang } from "../domain/describeIssue";
import { describePeriodProblem } from "../templates/periodProblems";
import { planPeriodText } from "../templates/planPeriodText";
import { unreadPlace } from "./unreadPlace";
import { summaryCoversWords } from "./summaryCoversWords";
import { NOT_RETURN_WORDS } from "../domain/NOT_RETURN_WORDS";
import type { WorkbookProblem, WorkbookProblemCode, WorkbookProblemParams } from "./WorkbookProblem";

/**
 * The one home of the text of workbook problems (CheckReport.problems, CheckOutcome failures),
 * in Chinese and English. English quotes every string found in the workbook ("…"), so a
 * Chinese sheet name or title stays readable as a name. Period problems keep their own text
 * (describePeriodProblem).
 */
type Texts = { [C in WorkbookProblemCode]: (p: WorkbookProblemParams[C]) => string };

/** An English sentence's first letter capitalised (a reason said within brackets elsewhere, starting a line here). */
const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** the most ranges formulas_uncalculated names; past them 等 (…): the count says how many cells */
const RANGES_NAMED = 6;

/** formulas_uncalculated's ranges (one a line) as a person reads them: I4:K51、M4:M9, 等 past RANGES_NAMED */
function rangesNamed(cells: string, lang: Lang): string {
  const all = cells.split("\n").filter(Boolean);
  const named = all.slice(0, RANGES_NAMED).join(lang === "zh" ? "、" : ", ");
  return all.length > RANGES_NAMED ? `${named}${lang === "zh" ? " 等" : ", …"}` : named;
}

/** The cells of own_formulas_broken, each with what it holds or reads (S14 没有公式（为「已达标」）、S9 引用第 8 行), 等 past those named. */
function brokenCells(p: WorkbookProblemParams["own_formulas_broken"], lang: Lang): string {
  const lines = (x: string): string[] => (x === "" ? [] : x.split("\n"));
  const found = lines(p.found), rows = lines(p.rows);
  const zh = lang === "zh";
  const cells = [
    ...lines(p.missing).map((c, i) => { const v = found[i] ?? ""; return zh ? `${c} 没有公式（${v === "" ? "空白" : `为「${v}」`}）` : `${c} holds no formula (${v === "" ? "blank" : `"${v}"`})`; }),
    ...lines(p.misread).map((c, i) => (zh ? `${c} 引用第 ${rows[i] ?? ""} 行` : `${c} refers to row ${rows[i] ?? ""}`)),
  ];
  const more = p.count > cells.length;
  return zh ? `${cells.join("、")}${more ? " 等" : ""}` : `${cells.join(", ")}${more ? " and others" : ""}`;
}

/**
 * own_formulas_broken when columns of ours were deleted (`deleted`: their headers): the sheet, the columns gone and
 * how to restore them, in one line (trial s35 X2, X4); a 说明 column gone leaves the reasons nowhere to be written.
 */
function deletedColumns(p: WorkbookProblemParams["own_formulas_broken"], lang: Lang): string {
  const heads = (p.deleted ?? "").split("\n");
  const note = heads.includes("说明");
  if (lang === "zh") {
    return `工作表「${p.sheet}」本工具的${heads.map((h) => `「${h}」`).join("、")}列已被删除：删除列（如用 openpyxl 的 delete_cols）后，本表 ${p.count} 行本工具的公式（当年状态、进度及其隐藏计算列）仍按原来的列位置读取，不再计算本行，表内显示的状态、进度和颜色不可信（重新计算后显示 #VALUE! 等）${note ? "；「说明」列删除后，滞后、未填报的原因也无处填写" : ""}。本次核对按列标记读取数值，结果不受影响。锁定前须恢复该表：请用下发的原表（distribute 或 rollover 生成的本年度填报，或向管理人员要一份），把已填的数值和说明复制过去；插入空列不能恢复公式`;
  }
  const cols = heads.map((h) => `"${h}"`);
  const listed = cols.length > 1 ? `${cols.slice(0, -1).join(", ")} and ${cols[cols.length - 1] ?? ""}` : cols.join("");
  return `Sheet "${p.sheet}": the tool's column${heads.length > 1 ? "s" : ""} ${listed} ${heads.length > 1 ? "were" : "was"} deleted. A deleted column (as openpyxl's delete_cols leaves it) makes the tool's own formulas (status, progress and the hidden columns they rest on) on ${englishCount(p.count, "row")} read the old column positions, so they no longer compute their row and the sheet's statuses, progress and colours cannot be trusted (recalculated, they show #VALUE! or the like)${note ? '; with the "说明" column gone, the reasons for lagging or blank rows have nowhere to go' : ""}. This check reads the values by their column keys and is not affected. Restore the sheet before locking: take the return as distributed (this year's return made by distribute or rollover, or ask the manager for one) and copy the entered values and notes into it; inserting an empty column does not restore the formulas`;
}

/** The cells previous_year_copied names, 等 (…) past them when more rows are equal. */
function copiedCells(p: WorkbookProblemParams["previous_year_copied"], lang: Lang): string {
  const cells = p.cells.split("\n");
  const more = p.equal > cells.length;
  return lang === "zh" ? `${cells.join("、")}${more ? " 等" : ""}` : `${cells.join(", ")}${more ? ", …" : ""}`;
}

const titleLines = (titles: string): string[] => titles.split("\n");
const rowList = (rows: string, sep: string): string => rows.split("\n").join(sep);
const rowCount = (rows: string): number => rows.split("\n").length;
const quoted = (lines: string, open: string, close: string, sep = ""): string => lines.split("\n").map((x) => `${open}${x}${close}`).join(sep);
const lineList = (lines: string, sep: string): string => lines.split("\n").join(sep);
const place = (p: WorkbookProblemParams["cells_not_read"], lang: Lang): string =>
  unreadPlace({ sheet: p.sheet, cells: p.cells.split("\n"), count: p.count, inserted: p.inserted ? p.inserted.split("\n").map(Number) : [], sample: p.sample, ...(p.columns ? { columns: addedOf(p.columns, p.headers ?? "") } : {}) }, lang);

/** cells_not_read's `columns` and `headers` (one per line, aligned) as unreadPlace takes them. */
function addedOf(columns: string, headers: string): Array<{ column: string; header: string }> {
  const h = headers.split("\n");
  return columns.split("\n").map((column, i) => ({ column, header: h[i] ?? "" }));
}
// the cycle's own workbooks named alone: what they are, not a unit's return copied away (a trial's 下发文件 cover)
const OWN_ZH = {
  ledger: "是报送台账（distribute、rollover 写出的各单位报送状态），不是填报，不核对：请给出各单位交回的填报文件；台账用 --ledger 给出（summary、report、rollover 都用它）",
  summary: "是汇总表（summary 写出的），不是填报，不核对：请给出各单位交回的填报文件",
} as const;
const OWN_EN = {
  ledger: "This is the 报送台账 ledger (written by distribute or rollover: each unit's state), not a return, so it is not checked: give the returns the units sent back; give the ledger with --ledger (summary, report and rollover take it)",
  summary: "This is a summary (written by summary), not a return, so it is not checked: give the returns the units sent back",
} as const;
const renamedPairs = (renamed: string, open: string, arrow: string, close: string, sep: string): string =>
  renamed.split("\n").map((l) => l.split("\t")).map(([a, b]) => `${open}${a ?? ""}${close}${arrow}${open}${b ?? ""}${close}`).join(sep);
const OTHER_ZH = (p: { against: "previous" | "city"; year: number }): string => (p.against === "city" ? `全市填报（${p.year} 年度）` : `上年报送（${p.year} 年度）`);
const OTHER_EN = (p: { against: "previous" | "city"; year: number }): string => (p.against === "city" ? `the city's return (${p.year})` : `last year's return (${p.year})`);
const AGAIN_ZH = "无法确认本填报是否与通过时一致，请重新审核并锁定";
const AGAIN_EN = "it cannot be confirmed that this return is as it was when accepted; review and lock it again";

const ZH: Texts = {
  not_plan_returns: (p) => p.own === "summary" && p.covers ? `是汇总表（summary 写出的），${summaryCoversWords(p.covers.split("\n"), "zh")}，不是填报，不核对：请给出各单位交回的填报文件` : p.own ? OWN_ZH[p.own] : p.empty ? "工作簿是空的（没有一张工作表有内容），不是本工具下发的填报表：请在下发的原表中填写后再报送" : p.copied && !p.unit ? `${NOT_RETURN_WORDS.zh.why}（工作表「${p.copied}」带有填报表的表头和标记，但缺少填报表自带的隐藏工作表），${NOT_RETURN_WORDS.zh.fix}` : p.notRead ? `不是本工具下发的填报表（缺少填报表自带的隐藏工作表）：工作表「${p.notRead}」较大${p.rows ? `（${rowCountText(p.rows, p.exact, "zh")}）` : ""}，本工具没有读取该表；请在下发的原表中填写后再报送` : `不是本工具下发的填报表（缺少填报表自带的隐藏工作表）${p.unit ? `；${COVER_WORDS.zh.sheet}写着填报单位「${p.unit}」，可能是把填报表复制到了新工作簿，复制不带插件的隐藏部分：请在下发的原表中填写后再报送` : "；如这是规划的指标表，请先导入为模板（命令行 import，或任务窗格的“导入”），再生成填报表"}`,
  meta_corrupt: (p) => `工作表「${p.sheet}」中的插件元数据已损坏，无法读取`,
  meta_template_invalid: (p) => `插件元数据中的模板无效：${p.file} ${p.path} ${p.message}`,
  no_year: (p) => `工作表「${p.sheet}」${p.cell}：报告年份应为年份数字（如 2023），${p.received === undefined ? "实际为空或不是整数" : p.received === "" ? "实际为空" : p.text ? `实际为文本「${p.received}」：请将该格设为“常规”格式后重新输入数字` : `实际为「${p.received}」`}`,
  cover_year_changed: (p) => `工作表「${p.sheet}」是为 ${p.made} 年度生成的，${COVER_WORDS.zh.year}现为 ${p.year} 年，但 ${p.year} 年一列没有填任何数值，${p.made} 年一列却填了 ${p.count} 行，因此各行都按未填报计：如这是 ${p.made} 年度的填报，请把${COVER_WORDS.zh.year}改回 ${p.made}；如确是 ${p.year} 年度，请在 ${p.year} 年一列填报`,
  year_not_cover: (p) => `按指定的 ${p.year} 年核对，而「${p.sheet}」${p.cell} 的填报年度为 ${p.cover} 年：各行读取的是 ${p.year} 年的列；如要核对本表所填的 ${p.cover} 年，请不要指定年度`,
  year_outside_plan: (p) => describePeriodProblem({ code: "year_outside_plan", ...p }, "zh"),
  yearly_target_outside_plan: (p) => describePeriodProblem({ code: "yearly_target_outside_plan", ...p }, "zh"),
  cover_year_outside_plan: (p) => `「${p.sheet}」表 ${p.cell} 的报告年份 ${p.year} 年不在「${p.title}」${p.twin ? `(${p.template}) ` : ""}的规划期 ${planPeriodText(p.from, p.to, "zh")}内${p.year > p.to ? `：该规划已于 ${p.to} 年结束` : ""}，这份填报表不能填报 ${p.year} 年；${p.year} 年度请用下发的 ${p.year} 年度填报表${p.year > p.to ? "（新规划期的指标表导入后用 distribute --from 下发）" : ""}；如只是报告年份填错，请改正`,
  template_id_duplicated: (p) => `本工作簿有 ${p.count} 份模板使用同一 id「${p.id}」（${titleLines(p.titles).map((t) => `「${t}」`).join("")}）：无法确定其工作表按哪一份核对，未核对；请重新导入，使每份规划有自己的 id`,
  rules_outdated: (p) => `工作表「${p.sheet}」由本工具较早的版本生成，${p.cells.split("\n").join("、")} 的状态公式按当时的规则计算，显示的状态与本次核对不同（以本次核对为准，不是改写了公式）：请在任务窗格中重新加载模板并选“更新现有工作表”（已填内容保留），或用 rollover 生成下一年度填报时即为新规则`,
  key_row_deleted: (p) => `工作表「${p.sheet}」看起来是填报表，但插件标记（隐藏的第 2 行）已被删除，无法核对，未做任何修改`,
  cover_unit_slip: (p) => `「${p.sheet}」表 ${p.cell} 的填报单位是${p.typed}，文件名却是下发给${p.unit}的（distribute 的文件名）：${p.listed ? `${p.typed}不在应报单位（台账或 --units）之中，已按${p.unit}的填报计入，${p.unit}不算未报` : `汇总、评估时，${p.typed}不在台账（或 --units）之中、${p.unit}也没有其他填报的，按${p.unit}的填报计入`}；填报单位写错了的，请在「${p.sheet}」表 ${p.cell} 改为${p.unit}`,
  cover_deleted: (p) => `工作表「${p.sheet}」（封面）已被删除：${p.year === undefined ? "无法得知报告年份，不能核对" : `报告年份按本表下发时的 ${p.year} 年读取，${p.unread ? "读不出填报单位（任务窗格不按文件名读取），汇总时不属于任何单位" : p.unit === undefined ? "填报单位按文件名读取" : p.unit ? `填报单位按文件名读作${p.unit}` : "文件名也不是下发时的（年度-单位.xlsx），读不出填报单位，汇总时以文件名代称、不属于任何单位"}`}；请从下发的原表把「${p.sheet}」表复制回来（或用 rollover、template 生成新表，取其「${p.sheet}」表），填好报告年份和填报单位`,
  sheet_copy: (p) => `工作表「${p.sheet}」与「${p.of}」是同一模板的表，只核对「${p.of}」（「${p.sheet}」不核对、不汇总、不列入审核表）；如应以「${p.sheet}」为准，请删去「${p.of}」`,
  units_merged: (p) => `本工作簿合并了 ${p.count} 个其他单位的填报（工作表${quoted(p.sheets, "「", "」")}）：只核对「${p.of}」，按${COVER_WORDS.zh.sheet}记为${p.unit || "（填报单位空白）"}的${p.ofUnit ? `，不是${p.ofUnit}的` : ""}；其余工作表不核对、不汇总，${p.ofUnit ? lineList(p.units, "、") : "这些单位"}仍算未报。请各单位用下发的文件分别报送，不要靠删去工作表来改（${COVER_WORDS.zh.sheet}仍是${p.unit || "空白"}，数值会记错单位）`,
  cells_not_read: (p) => `工作表${place(p, "zh")}，本工具不读取这些单元格（不核对、不汇总、不列入审核表）：如是对某项指标的说明（如快报数、统计口径），请写在该指标的“说明”列；本单位自设的指标请另行报送`,
  sheet_not_read: (p) => `工作表「${p.sheet}」较大${p.rows ? `（${rowCountText(p.rows, p.exact, "zh")}）` : ""}，不是填报表的一部分，本工具不读取该表（不核对、不汇总）`,
  template_not_in_meta: (p) => `工作表「${p.sheet}」A2：模板「${p.id}」不在本工作簿的元数据中`,
  rows_out_of_place: (p) => `工作表「${p.sheet}」的行已错位：${p.count} 行显示的名称与该行隐藏的指标 id 不符（第 ${rowList(p.rows, "、")} 行${p.count > rowCount(p.rows) ? "等" : ""}；如第 ${p.row} 行写着「${p.seen}」，该行的 id 却是「${p.expected}」的），可能只对可见的列排序，隐藏的 id 列和公式列没有随之移动，各行数值会被当作别的指标，因此未核对：请撤销排序，或选中整行（含隐藏列）重新排序，或在下发的原表中重新填写`,
  review_rows_rekeyed: (p) => `审核表「${p.sheet}」的行已错位：${p.count} 行显示的位置和指标名称与该行隐藏的键不符（第 ${rowList(p.rows, "、")} 行${p.count > rowCount(p.rows) ? "等" : ""}），可能只对可见的列排序；已按各行显示的位置和指标名称对应其审核结论`,
  review_rows_out_of_place: (p) => `审核表「${p.sheet}」的行已错位：${p.count} 行显示的位置和指标名称与该行隐藏的键不符，且无法据此确定对应的指标（第 ${rowList(p.rows, "、")} 行${p.count > rowCount(p.rows) ? "等" : ""}；如第 ${p.row} 行显示「${p.seen || "（空）"}」），可能只对可见的列排序，审核结论会被记到别的指标上，因此未读取审核结论、未写入：请撤销排序，或选中整行（含隐藏列）重新排序，并核对这些行的位置和指标名称`,
  units_blank: (p) => `工作表「${p.sheet}」${p.count} 个项目的责任单位为空（${p.cells.split("\n").join("、")}${p.count > p.cells.split("\n").length ? " 等" : ""}），模板中没有给出：填报某个项目时，请同时在“责任单位”列填写；已填累计完成投资或项目状态而没有责任单位的项目为数据异常`,
  rows_hidden: (p) => `工作表「${p.sheet}」第 ${rowList(p.rows, "、")} 行${p.count > rowCount(p.rows) ? ` 等 ${p.count} 行` : ""}被隐藏（${p.names.split("\n").map((n) => `「${n}」`).join("、")}${p.count > rowCount(p.rows) ? "等" : ""}）：其中填写的数值照常核对、汇总和评估；审核时请先取消隐藏（选中其上下两行，右键“取消隐藏”），以便看到这些单元格`,
  row_name_changed: (p) => `工作表「${p.sheet}」第 ${p.row} 行的名称写作「${p.seen}」，模板中该行（id ${p.id}）为「${p.expected}」：已按「${p.expected}」核对；如该行填的其实是别的指标，请恢复原名称并把数值填到该指标的行，或在下发的原表中重新填写`,
  id_column_deleted: (p) => `工作表「${p.sheet}」的隐藏指标 id 列已被${p.cleared ? "清空" : "删除"}，各行数值无法对应到指标，因此未核对（不是空表）：请在下发的原表中重新填写，或把数值复制回下发的原表`,
  year_column_missing: (p) => `工作表「${p.sheet}」没有 ${p.year} 年的填报列（由旧版本生成或该列被删除），当年状态公式读不到本年数值：请用当前版本重新生成本年度填报表（加载模板时选“新建副本”），并把已填数值填入新表`,
  earlier_year_blank: (p) => `${p.year} 年的数值仍未补填（工作表「${p.sheet}」${p.cells}）：请补填`,
  previous_year_copied: (p) => {
    const before = p.previous === p.year - 1 ? "上年" : ` ${p.previous} 年`;
    return `工作表「${p.sheet}」${p.year} 年的数值与 ${p.previous} 年${p.equal === p.count ? "全部" : "几乎全部"}相同：两年都填了数值的 ${p.count} 行中有 ${p.equal} 行与${before}相同（${copiedCells(p, "zh")}），可能是复制了${before}的列（或整行数值）后没有改成本年的；核对、汇总和评估都把这些数值当作 ${p.year} 年的。请逐行核对并填入 ${p.year} 年的数值；确实与${before}相同的（如保持不变的耕地保有量）可不改。本条是提醒，不影响锁定`;
  },
  own_formulas_broken: (p) => p.deleted ? deletedColumns(p, "zh") : `工作表「${p.sheet}」有 ${p.count} 行本工具的公式（当年状态、进度及其隐藏计算列）不再计算本行：${brokenCells(p, "zh")}。表内显示的状态、进度和颜色因此与本行数值不符（本次核对按本工具计算，结果不受影响），锁定前须恢复这些公式：${p.misread === "" ? "在 Excel 中可用任务窗格重新加载模板并选“更新现有工作表”（已填内容保留）；在 WPS、LibreOffice 或 Excel 中也可把相邻一行（公式完好）同一列的单元格复制粘贴到该格（公式随行调整，隐藏列须先取消隐藏）；或" : "行是用脚本（如 openpyxl 的 insert_rows、delete_rows）插入或删除的，公式没有随之调整，任务窗格的“更新现有工作表”也不处理行已移动的表：请"}用 distribute 或 template 重新生成一份本年度空白填报（或向管理人员要一份），把已填的数值和说明复制过去。手工改写状态、进度（即使与核对结果相同）不能恢复公式${p.misread === "" ? "" : "；插入行请在 Excel、WPS 或 LibreOffice 中操作"}`,
  formulas_uncalculated: (p) => `工作表「${p.sheet}」的公式都没有计算结果（文件由脚本或其他程序写入，没有在 Excel、WPS 或 LibreOffice 中打开保存过）：${p.count} 个数值格（${rangesNamed(p.cells, "zh")}）的公式未计算，数值未知${p.rows ? `，${p.rows} 项因此按数据异常计` : ""}：请在 Excel、WPS 或 LibreOffice 中打开并保存后再核对`,
  formulas_lost: (p) => `工作表「${p.sheet}」没有公式（当年状态、进度等列只有固定值或为空）：文件可能经脚本或“粘贴为数值”只保留了数值，表内的状态和颜色不会随填报更新；本次核对按本工具计算，结果不受影响。请在任务窗格中重新加载模板并选“更新现有工作表”（已填内容保留）恢复公式；命令行 rollover 生成的下一年度填报也带有完整公式`,
  column_inserted: (p) => `工作表「${p.sheet}」在按年份排列的列之间插入了第 ${p.columns.split("\n").join("、")} 列：本表自己的状态、进度等公式按位置读取这些列，插入列后读错单元格（状态列显示的可能与核对结果不同），请删除插入的列；本次核对按列标记读取，结果不受影响`,
  row_id_duplicated: (p) => `工作表「${p.sheet}」第 ${p.row} 行：id「${p.id}」与第 ${p.first} 行重复，仅核对第一行`,
  template_sheet_missing: (p) => `模板「${p.title}」(${p.id}) 的工作表未找到：可能已被删除，或其隐藏标记行已被删除；这张表的填报无法核对、汇总，也不能锁定，请从备份中恢复该工作表，或在下发的原表中重新填写`,
  row_missing: (p) => `工作表「${p.sheet}」：未找到「${p.name}」(${p.id}) 所在行，可能已被删除`,
  nothing_compared: (p) => `--${p.against === "city" ? "city" : "previous"} 的 ${p.year} 年填报是另一规划「${p.title}」的，与本表「${p.own}」没有共同的指标，未作比较`,
  other_version_compared: (p) => `${OTHER_ZH(p)}与本表是规划「${p.title}」(${p.id}) 的不同版本（指标行不同，如中期调整后重新导入），已按指标名称和单位逐行对应后比较，不按行号${p.renamed ? `；名称写法不同、按同一指标比较：${renamedPairs(p.renamed, "「", "→", "」", "、")}` : ""}`,
  row_not_compared: (p) => `「${p.name}」(${p.id})：${p.side === "added" ? `${OTHER_ZH(p)}的表中没有该指标（规划调整新增）` : `${OTHER_ZH(p)}的表中有，本表${p.against === "city" ? "没有" : "已删去（规划调整）"}`}，未比较`,
  lock_damaged: () => `锁定记录已损坏：${AGAIN_ZH}`,
  lock_fingerprint_mismatch: () => `锁定记录与其指纹不符（锁定后元数据被改动）：${AGAIN_ZH}`,
  lock_values_gone: (p) => `锁定后有 ${p.count} 个已通过的数值所在行或工作表被删除`,
};

const EN: Texts = {
  not_plan_returns: (p) => p.own === "summary" && p.covers ? `This is a summary (written by summary) that ${summaryCoversWords(p.covers.split("\n"), "en")}, not a return, so it is not checked: give the returns the units sent back` : p.own ? OWN_EN[p.own] : p.empty ? "The workbook is empty (no sheet holds anything), not a return distributed by this tool: fill in the distributed workbook and send that" : p.copied && !p.unit ? `${capitalised(NOT_RETURN_WORDS.en.why)} (sheet "${p.copied}" carries a return's header row and marks, but not the hidden sheet every return carries); ${NOT_RETURN_WORDS.en.fix}` : p.notRead ? `Not a return distributed by this tool (it lacks the hidden sheet every return carries): sheet "${p.notRead}" is large${p.rows ? ` (${rowCountText(p.rows, p.exact, "en")})` : ""} and was not read; fill in the distributed workbook and send that` : `Not a return distributed by this tool (it lacks the hidden sheet every return carries)${p.unit ? `; its "填报说明" sheet (the cover) names the reporting unit "${p.unit}": the return may have been copied into a new workbook, which leaves the add-in's hidden parts behind; fill in the distributed workbook and send that` : "; if it is a plan's indicator table, import it as a template first (the command line's import, or the task pane's Import), then make the returns from it"}`,
  meta_corrupt: (p) => `The add-in's metadata on sheet "${p.sheet}" is damaged and cannot be read`,
  meta_template_invalid: (p) => `A template in the add-in's metadata is invalid: "${p.file}" at "${p.path}": "${p.message}"`,
  no_year: (p) => `Sheet "${p.sheet}" ${p.cell}: the reporting year should be a year number (such as 2023); ${p.received === undefined ? "it is empty or not a whole number" : p.received === "" ? "it is empty" : p.text ? `it holds the text "${p.received}": set the cell to General and type the number again` : `it holds "${p.received}"`}`,
  cover_year_changed: (p) => `Sheet "${p.sheet}" was made for ${p.made}, but ${COVER_WORDS.en.quoted.year} is now ${p.year}, and the sheet's ${p.year} column holds nothing while its ${p.made} column holds ${englishCount(p.count, "row")}, so every row counts as not filled in: if this is the ${p.made} return, set ${COVER_WORDS.en.quoted.year} back to ${p.made}; if it is for ${p.year}, fill in the ${p.year} column`,
  year_not_cover: (p) => `Checked as ${p.year}, the year asked for, while "${p.sheet}" ${p.cell} gives ${p.cover} as the reporting year: each row is read from its ${p.year} column; to check the ${p.cover} this return was filled for, do not give a year`,
  year_outside_plan: (p) => describePeriodProblem({ code: "year_outside_plan", ...p }, "en"),
  yearly_target_outside_plan: (p) => describePeriodProblem({ code: "yearly_target_outside_plan", ...p }, "en"),
  cover_year_outside_plan: (p) => `The reporting year ${p.year} on the "${p.sheet}" sheet (the cover, ${p.cell}) is outside the plan period ${planPeriodText(p.from, p.to, "en")} of "${p.title}"${p.twin ? ` (${p.template})` : ""}${p.year > p.to ? `, which ended in ${p.to}` : ""}, so this form cannot hold ${p.year}: for ${p.year} use the distributed form of ${p.year}${p.year > p.to ? " (distribute --from once the new period's indicator table is imported)" : ""}; if only that year is wrong, correct it`,
  template_id_duplicated: (p) => `${p.count} templates of this workbook share the id "${p.id}" (${titleLines(p.titles).map((t) => `"${t}"`).join(", ")}): which one their sheet follows cannot be told, so it was not checked; import again so that each plan has its own id`,
  rules_outdated: (p) => `Sheet "${p.sheet}" was made by an earlier version of this tool: ${p.cells.includes("\n") ? "the status formulas of" : "the status formula of"} ${p.cells.split("\n").join(", ")} ${p.cells.includes("\n") ? "follow" : "follows"} the rules of that version and ${p.cells.includes("\n") ? "show" : "shows"} another status than this check (this check's is the one to go by; ${p.cells.includes("\n") ? "the formulas were" : "the formula was"} not typed over): load the template again in the task pane and choose to refresh the existing sheet (entered values are kept); a return rolled over to the next year gets the current rules`,
  key_row_deleted: (p) => `Sheet "${p.sheet}" looks like a return, but the add-in's marks (hidden row 2) were deleted: it cannot be checked; nothing was changed`,
  cover_unit_slip: (p) => `The reporting unit on the "${p.sheet}" sheet (${p.cell}) is "${p.typed}", but the file's name is the one distribute gave "${p.unit}": ${p.listed ? `"${p.typed}" is not among the units expected (the ledger or --units), so the return is counted as "${p.unit}"'s ("${p.unit}" is not counted as not sent, nor chased)` : `a summary or report counts it as "${p.unit}"'s where the ledger (or --units) does not list "${p.typed}" and "${p.unit}" sent no other return`}; if the unit was mistyped, correct ${p.cell} on the "${p.sheet}" sheet to "${p.unit}"`,
  cover_deleted: (p) => `The "${p.sheet}" sheet (the cover) was deleted: ${p.year === undefined ? "the reporting year cannot be known, so the return is not checked" : `the reporting year is read as ${p.year}, the year the workbook was made for, and ${p.unread ? "no reporting unit can be read (the task pane does not go by the file's name), so a summary counts it as no unit's return" : p.unit === undefined ? "the reporting unit from the file's name" : p.unit ? `the reporting unit from the file's name as ${p.unit}` : "the file's name is not one distribute gave (year-unit.xlsx), so it names no reporting unit and a summary lists it under its file name, as no unit's return"}`}; copy the "${p.sheet}" sheet back from the distributed workbook (or take it from one rollover or template makes) and fill in its reporting year and unit`,
  sheet_copy: (p) => `Sheet "${p.sheet}" is a second sheet of the same template as "${p.of}": only "${p.of}" is checked ("${p.sheet}" is not checked, summed or reviewed); if "${p.sheet}" is the one to go by, delete "${p.of}"`,
  units_merged: (p) => `This workbook merges ${p.count === 1 ? "1 other unit's return" : `${p.count} other units' returns`} (sheets ${quoted(p.sheets, "\"", "\"", ", ")}): only "${p.of}" is checked, counted as ${p.unit ? `"${p.unit}"'s` : "the blank 填报单位's"} by ${COVER_WORDS.en.quoted.sheetFirst}${p.ofUnit ? `, not "${p.ofUnit}"'s` : ""}; the other sheets are neither checked nor summed, and ${p.ofUnit ? lineList(p.units, ", ") : "those units"} still count as not sent. Each unit should send its own return in the file it was given; do not delete sheets to fix this (${COVER_WORDS.en.quoted.sheet} still says ${p.unit ? `"${p.unit}"` : "nothing"}, so figures would go to the wrong unit)`,
  cells_not_read: (p) => `Sheet ${place(p, "en")}; this tool does not read them (they are not checked, summed or reviewed): a remark on an indicator (a preliminary figure, a definition) belongs in that indicator's note ("说明") cell; an indicator of the unit's own is to be sent separately`,
  sheet_not_read: (p) => `Sheet "${p.sheet}" is large${p.rows ? ` (${rowCountText(p.rows, p.exact, "en")})` : ""} and no part of the return: this tool does not read it (it is not checked or summed)`,
  template_not_in_meta: (p) => `Sheet "${p.sheet}" A2: template "${p.id}" is not in this workbook's metadata`,
  rows_out_of_place: (p) => `Sheet "${p.sheet}": its rows are out of place: ${p.count} row${p.count > 1 ? "s" : ""} show${p.count > 1 ? "" : "s"} a name that does not match the row's hidden indicator id (row${p.count > 1 ? "s" : ""} ${rowList(p.rows, ", ")}${p.count > rowCount(p.rows) ? ", …" : ""}; row ${p.row} reads "${p.seen}" but its id is that of "${p.expected}"): the visible columns were probably sorted without the hidden id and formula columns, so the values would be taken for other indicators; nothing was checked. Undo the sort, or sort whole rows (hidden columns included), or fill in the distributed workbook again`,
  review_rows_rekeyed: (p) => `Review sheet "${p.sheet}": its rows are out of place: ${p.count} row${p.count > 1 ? "s" : ""} show${p.count > 1 ? "" : "s"} another cell ("位置") and name than the row's hidden key (row${p.count > 1 ? "s" : ""} ${rowList(p.rows, ", ")}${p.count > rowCount(p.rows) ? ", …" : ""}): the visible columns were probably sorted alone; each decision was taken for the cell and name its row shows`,
  review_rows_out_of_place: (p) => `Review sheet "${p.sheet}": its rows are out of place: ${p.count} row${p.count > 1 ? "s" : ""} show${p.count > 1 ? "" : "s"} another cell ("位置") and name than the row's hidden key, and what ${p.count > 1 ? "they show does" : "it shows does"} not name one indicator (row${p.count > 1 ? "s" : ""} ${rowList(p.rows, ", ")}${p.count > rowCount(p.rows) ? ", …" : ""}; row ${p.row} shows "${p.seen || "(empty)"}"): the visible columns were probably sorted alone, so the decisions would be kept for other indicators; no decision was read and nothing was written. Undo the sort, or sort whole rows (hidden columns included), and check those rows' cells and names`,
  units_blank: (p) => `Sheet "${p.sheet}": the responsible unit ("责任单位") of ${englishCount(p.count, "project")} is blank (${p.cells.split("\n").join(", ")}${p.count > p.cells.split("\n").length ? ", …" : ""}), as the template gives none: fill it in when filling in a project's row; a project with investment completed or a state entered and no responsible unit is invalid`,
  rows_hidden: (p) => {
    const one = p.count === 1;
    const rows = p.rows.split("\n");
    const listed = rows.length > 1 ? `${rows.slice(0, -1).join(", ")} and ${rows[rows.length - 1] ?? ""}` : rows.join("");
    const more = p.count > rows.length ? ` (${p.count} in all)` : "";
    return `Sheet "${p.sheet}": ${one ? "row" : "rows"} ${listed}${more} ${one ? "is" : "are"} hidden (${p.names.split("\n").map((n) => `"${n}"`).join(", ")}): ${one ? "its values are" : "their values are"} checked, summed and graded as usual; unhide ${one ? "it" : "them"} when reviewing (select the rows around, right-click, Unhide) to see the cells`;
  },
  row_name_changed: (p) => `Sheet "${p.sheet}" row ${p.row}: the name reads "${p.seen}", while the template's row (id "${p.id}") is "${p.expected}": checked as "${p.expected}"; if the row holds another indicator's values, restore the name and enter the values in that indicator's row, or fill in the distributed workbook again`,
  id_column_deleted: (p) => `Sheet "${p.sheet}": its hidden indicator id column was ${p.cleared ? "cleared" : "deleted"}, so no row's values can be told to their indicator; nothing was checked (it is not an empty return). Fill in the distributed workbook again, or copy the values back into it`,
  year_column_missing: (p) => `Sheet "${p.sheet}" has no input column for ${p.year} (made by an earlier version, or the column was deleted), so its status formulas cannot read this year's values: make this year's return again with the current version (load the template and choose a new copy) and enter the values there`,
  earlier_year_blank: (p) => `The values of ${p.year} are still blank (sheet "${p.sheet}", ${p.cells}): please fill them in`,
  previous_year_copied: (p) => `Sheet "${p.sheet}": the ${p.year} values are ${p.equal === p.count ? "all" : "nearly all"} the same as ${p.previous}'s: of the ${englishCount(p.count, "row")} with a number in both years, ${p.equal} hold the same value as in ${p.previous} (${copiedCells(p, "en")}), as if the ${p.previous} column (or a row of values) was copied and not updated; check, summary and report all take them as ${p.year}'s. Check each row and enter the ${p.year} values; a value that truly did not change (a ceiling kept, such as the farmland to protect) may stay. This is a reminder and does not block locking`,
  own_formulas_broken: (p) => p.deleted ? deletedColumns(p, "en") : `Sheet "${p.sheet}": the tool's own formulas (status, progress and the hidden columns they rest on) of ${englishCount(p.count, "row")} no longer compute their row: ${brokenCells(p, "en")}. The sheet's statuses, progress and colours there do not match the row's values (this check computes its own and is not affected); restore the formulas before locking: ${p.misread === "" ? "in Excel, load the template again in the task pane and choose to refresh the existing sheet (entered values are kept); in WPS, LibreOffice or Excel, you can also copy the cell of the same column in a neighbouring row whose formulas are whole and paste it there (the formula follows the row; unhide hidden columns first); or" : "the rows were inserted or deleted by a script (such as openpyxl's insert_rows or delete_rows), which does not adjust the formulas, and the task pane's refresh does not take a sheet whose rows moved:"} make a fresh blank return of the year with distribute or template (or ask the manager for one) and copy the entered values and notes into it. Typing a status or progress over the formula (even the right one) does not restore it${p.misread === "" ? "" : "; insert rows in Excel, WPS or LibreOffice"}`,
  formulas_uncalculated: (p) => `Sheet "${p.sheet}": no formula has a result (the file was written by a script or another program and never opened and saved in Excel, WPS or LibreOffice): the formulas of ${englishCount(p.count, "value cell")} (${rangesNamed(p.cells, "en")}) are not calculated, their values unknown${p.rows ? `, so ${englishCount(p.rows, "row")} ${p.rows === 1 ? "counts" : "count"} as invalid data` : ""}: open and save it in Excel, WPS or LibreOffice, then check again`,
  formulas_lost: (p) => `Sheet "${p.sheet}" holds no formulas (its status and progress columns hold fixed values or nothing): the file was saved by a script or pasted as values, so the sheet's statuses and colours no longer follow what is entered; this check computes its own and is not affected. Load the template again in the task pane and choose to refresh the existing sheet (entered values are kept) to restore the formulas; a return made by the command line's rollover for the next year has them all too`,
  column_inserted: (p) => `Sheet "${p.sheet}": column${p.columns.includes("\n") ? "s" : ""} ${p.columns.split("\n").join(", ")} inserted among the year columns: the sheet's own status and progress formulas read those columns by position and now read the wrong cells (its status cells may disagree with this check); delete the inserted column${p.columns.includes("\n") ? "s" : ""}. This check reads the columns by their keys and is not affected`,
  row_id_duplicated: (p) => `Sheet "${p.sheet}" row ${p.row}: id "${p.id}" repeats row ${p.first}; only the first is checked`,
  template_sheet_missing: (p) => `The sheet of template "${p.title}" (id "${p.id}") was not found: it may have been deleted, or its hidden mark row was; its return cannot be checked, summed or locked: restore the sheet from a backup, or fill in the distributed workbook again`,
  row_missing: (p) => `Sheet "${p.sheet}": the row of "${p.name}" (id "${p.id}") was not found; it may have been deleted`,
  nothing_compared: (p) => `--${p.against === "city" ? "city" : "previous"}: the ${p.year} return is on another plan, "${p.title}", and shares no indicator with this one on "${p.own}"; nothing was compared`,
  other_version_compared: (p) => `${OTHER_EN(p).replace(/^./, (c) => c.toUpperCase())} and this one carry two versions of the plan "${p.title}" (id "${p.id}") with other rows (amended mid-term and imported again), so their rows were matched by indicator name and unit, not by row id${p.renamed ? `; names spelt otherwise compared as one indicator: ${renamedPairs(p.renamed, "\"", " → ", "\"", "; ")}` : ""}`,
  row_not_compared: (p) => `"${p.name}" (id "${p.id}"): ${p.side === "added" ? `not in the table of ${OTHER_EN(p)} (added when the plan was amended)` : `in the table of ${OTHER_EN(p)}, not in this one (dropped when the plan was amended)`}; not compared`,
  lock_damaged: () => `The lock record is damaged: ${AGAIN_EN}`,
  lock_fingerprint_mismatch: () => `The lock record does not match its fingerprint (the metadata was edited after locking): ${AGAIN_EN}`,
  lock_values_gone: (p) => `Since the lock, the row or sheet of ${englishCount(p.count, "accepted value")} was deleted`,
};

/** One line for a workbook problem, in Chinese or English. */
export function describeWorkbookProblem(p: WorkbookProblem, lang: Lang): string {
  const text = (lang === "en" ? EN : ZH)[p.code] as (params: WorkbookProblem["params"]) => string;
  return text(p.params);
}
