import { nestedQuotes } from "../domain/nestedQuotes";
import { fromPane, PASTED, type TableSource } from "./TableSource";
import { unreadPlace } from "./unreadMessages";

/**
 * Why importTable loads nothing, as coded data, and the one home of its text in Chinese and English
 * (as unreadMessages is for the lines it reads). Each text is one sentence or two saying what was
 * found and what to paste or import instead, ending in 没有载入任何内容 / nothing was loaded; it names
 * what was read as it is (粘贴的内容, 工作表, Word 文档中的表格) and its lines as unreadPlace does.
 */
export interface RefusalParams {
  empty: Record<string, never>;
  "project-table": Record<string, never>;
  "reform-table": Record<string, never>;
  "no-header": Record<string, never>;
  /** no table header, and the text is running text (a notice's `到2027年，全县……达到……`: proseText), `example` its first sentence with a number; `list`: its lines are mostly a list's points (`一、…`, `1. …`, `●…`: a 政府工作报告's 主要预期目标) */
  prose: { example: string; list: boolean };
  /** `line`: 1-based line of the header; `why`: what the header lacks */
  /** `below`: the next line, holding years, when it reads as the header's second line not joined to it (no target found) */
  "header-unreadable": { line: number; why: HeaderProblem; below?: { line: number; text: string } };
  /**
   * a group cell of the header (`label`, merged over `columns` columns: `“十四五”目标`) whose columns no header line
   * below names, while the rows fill them: which value is the target and which the 累计 cannot be told (trial29a)
   */
  "header-group": { line: number; label: string; columns: number };
  /** the header's (or the caller's, or the title's) years, null where none was found: the text names the one missing and the option that gives it */
  "no-years": { line: number; baselineYear: number | null; targetYear: number | null };
  /** `broken`: the header's last cell is a bare year (`cell`) and the next line starts with a header word (`next`): a header a copy broke over lines, not joined */
  "years-order": { line: number; baselineYear: number; targetYear: number; broken?: { cell: string; next: string } };
  /**
   * no baseline column, and result columns (`2020年预计值`, `完成情况`: header.ts completionColumns, their labels
   * `results`): a 完成情况 table, how the plan came out, not the plan's indicator table
   */
  "completion-table": { line: number; results: readonly string[] };
  /**
   * a 统计公报's table (rules/statisticsTable): after the name only a year's figures and their growth over the year before
   * (`labels`: those columns' labels), no target and no plan's word in the title; `year`: the figures' year (null: 绝对数);
   * `bulletin`: the 统计公报's own title, where the lines above the table name a plan (its opening paragraph: `深入实施“十四五”规划…`)
   */
  "statistics-table": { line: number; labels: readonly string[]; year: number | null; bulletin?: string };
  /** the target year given (import --target-year) is none of the header's target `years` (its target columns', ascending) */
  "target-year-absent": { line: number; targetYear: number; years: readonly number[] };
  /** `reasons`: the first lines not read, with their reasons in both languages */
  "no-rows": { line: number; reasons: ReadonlyArray<{ line: number; reason: string; reasonEn: string }> };
  "bad-id": { id: string };
  /** a project or reform list (lists/importList) whose title names no year or plan period, no item a readable 建设起止年限, and no years were given; `line`: its header's */
  "list-no-years": { line: number; kind: "projects" | "reforms" };
  /** a project or reform list's header with no item read below it (`reasons` as no-rows') */
  "list-no-rows": { line: number; kind: "projects" | "reforms"; reasons: ReadonlyArray<{ line: number; reason: string; reasonEn: string }> };
  /** a project or reform list whose columns are separated by single spaces with no line of exactly the header's `columns` words: no reading is sure */
  "list-spaced": { line: number; kind: "projects" | "reforms"; columns: number };
  /** `problems`: the template checker's findings (path: message; …) */
  "invalid-template": { problems: string };
}

/** What a header can lack (readHeader). */
export type HeaderProblem = "no-columns" | "no-target";

export type RefusalCode = keyof RefusalParams;

export interface Refusal<C extends RefusalCode = RefusalCode> {
  code: C;
  params: RefusalParams[C];
}

/** How a refusal names what was read: the paste (the pane's box, a text file) or the sheet, range or table it was made from. */
interface SourceWords {
  /** 粘贴的内容 / the paste, 工作表 / the worksheet, … */
  what: string;
  /** paste: copy it from the plan; otherwise the table is imported (a sheet, a document's table) */
  pasted: boolean;
  /** where the header's line is (unreadPlace: 第 2 行, 工作表「Sheet1」第 2 行; line 2, row 2) */
  at: (line: number) => string;
  /** the command line's import (its --baseline-year and --target-year may be named), not the pane's box or selected range */
  cli: boolean;
  /** the workbook's sheets with contents searched for a header, when more than one (TableSource.searched) */
  searched: number | undefined;
}
type Texts = { [C in RefusalCode]: (p: RefusalParams[C], w: SourceWords) => string };

const WHAT_ZH: Record<TableSource["kind"], string> = { paste: "粘贴的内容", sheet: "工作表", csv: "CSV 文件中的表格", docx: "Word 文档中的表格", html: "网页中的表格" };
const WHAT_EN: Record<TableSource["kind"], string> = { paste: "The paste", sheet: "The worksheet", csv: "The CSV file's table", docx: "The Word document's table", html: "The web page's table" };

function sourceWords(source: TableSource, lang: "zh" | "en"): SourceWords {
  // a range selected in the pane names its sheet (rangeSource)
  const range = source.kind === "sheet" && source.sheet;
  const what = range
    ? (lang === "en" ? `The range selected on sheet “${source.sheet}”` : `工作表「${source.sheet}」中选中的区域`)
    : (lang === "en" ? WHAT_EN : WHAT_ZH)[source.kind];
  return { what, pasted: source.kind === "paste", at: (line) => unreadPlace(line, source, lang), cli: !fromPane(source), searched: source.kind === "sheet" && (source.searched ?? 0) > 1 ? source.searched : undefined };
}

const NOTHING = "没有载入任何内容。";
const NOTHING_EN = "Nothing was loaded.";

const HEADER_ZH: Record<HeaderProblem, string> = {
  "no-columns": "表头在指标名称之后没有任何列（基期值、目标值或年份）。",
  "no-target": "表头中找不到目标列（如“2025年 目标”或逐年的年份列）。",
};
const HEADER_EN: Record<HeaderProblem, string> = {
  "no-columns": "it has no column after the indicator's name (baseline, target or a year).",
  "no-target": "it has no target column (such as “2025年 目标”, or one column per year).",
};

/** `a`, `a and b`, `a, b and c` */
const listEn = (items: readonly string[]): string => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`);

const WHOLE_TABLE = "整张指标表（含表头，如“指标名称 2020年 2025年目标”）";
const WHOLE_TABLE_EN = "the whole indicator table (with its header, such as “指标名称 2020年 2025年目标”)";

const ZH: Texts = {
  empty: (_p, w) => `${w.what}是空的：${w.pasted ? `请从规划文本中复制${WHOLE_TABLE}后再导入` : `请确认其中有${WHOLE_TABLE}后再导入`}。${NOTHING}`,
  "project-table": (_p, w) => `这是一张项目表（有“项目名称”“总投资”“建设内容”等列），导入只读指标表。项目清单请写成模板 JSON（kind 为 "projects"，每个项目有 id、name、investment（亿元）、period（如 2023-2025）、unit（责任单位）、category 等，见用户指南“项目清单、改革清单模板”），${w.cli ? "再用 template --from 清单.json 生成填报" : "由负责本工具的同事用命令 template --from 清单.json 生成填报"}；如要导入的是指标，请${w.pasted ? "粘贴" : "导入"}规划中的主要指标表（有“指标名称”和基期、目标年份列）。${NOTHING}`,
  "reform-table": (_p, w) => `这是一张改革任务表（有“改革名称”“改革任务”“牵头单位”等列），导入只读指标表。改革清单请写成模板 JSON（kind 为 "reforms"，每项有 id、name、goal、tasks、leadUnit（牵头单位）、category 等，见用户指南“项目清单、改革清单模板”），${w.cli ? "再用 template --from 清单.json 生成填报" : "由负责本工具的同事用命令 template --from 清单.json 生成填报"}；如要导入的是指标，请${w.pasted ? "粘贴" : "导入"}规划中的主要指标表。${NOTHING}`,
  "no-header": (_p, w) => `没有找到指标表的表头：表头应有“指标”或“指标名称”一列，以及年份列（如“2020年”“2025年 目标”）；项目清单、改革清单的表头应有“项目名称”或“改革名称”一列，以及“总投资”“建设起止年限”“牵头单位”等列${w.pasted ? "（各列用 Tab 分隔或从表格中复制）" : ""}。${w.searched ? `工作簿中有内容的 ${w.searched} 张工作表都` : w.what}不像指标表、项目清单或改革清单，${NOTHING}`,
  prose: (p, w) => `${w.what}是${p.list ? "逐条列出的目标" : "成段的文字"}（如“${p.example}”），不是表格：导入只读表格（规划中的主要指标表，每个指标一行，有“指标名称”和年份列；或项目清单、改革清单），不从文字中摘取目标。请${w.pasted ? "从规划文本中复制" : "导入"}${WHOLE_TABLE}；${p.list ? "政府工作报告、通知只逐条写了目标的" : "通知、方案只在正文中写了目标的"}，请先整理成这样的表格（指标名称、单位、基期值、目标值各一列）。${NOTHING}`,
  "header-unreadable": (p, w) => `${w.at(p.line)}的表头读不懂：${HEADER_ZH[p.why]}${p.below === undefined ? "" : `表头像是分在两行，${w.at(p.below.line)}的“${p.below.text}”是它的下一行：请把这两行合成一行，把年份写在它们所属的列名处（如“指标值”写成“2020年 2025年”，每列一格，最好用 Tab 分隔）后重新${w.pasted ? "粘贴" : "导入"}。`}${NOTHING}`,
  "header-group": (p, w) => `${w.at(p.line)}的表头中“${p.label}”跨 ${p.columns} 列，而表头的下一行没有写出这 ${p.columns} 列各是什么（如“2025年 | 年均增长〔累计〕”），各行的数值无法与各列一一对应：请在“${p.label}”下面一行为每一列写上列名（或把表头改为一行，每列一格）后重新${w.pasted ? "粘贴" : "导入"}。${NOTHING}`,
  "no-years": (p, w) => {
    // the pane has no such options: its user names the period in the title (or adds the year column)
    const fix = (option: string, year: string): string => (w.cli ? `请用 ${option} 写明${year}，或在标题中写明“十四五”之类的规划期` : `请在标题中写明“十四五”之类的规划期，或在表头加上${year}列`);
    if (p.targetYear !== null) return `${w.at(p.line)}的表头只有目标年份 ${p.targetYear}，没有基期年份（如“2020年”“基期值”列），标题中也没有“十三五”之类的规划期：${fix("--baseline-year", `基期年份（五年规划一般为 ${p.targetYear - 5}，${p.targetYear} 年的年度计划为 ${p.targetYear - 1}）`)}。${NOTHING}`;
    if (p.baselineYear !== null) return `${w.at(p.line)}的表头只有基期年份 ${p.baselineYear}，没有目标年份（如“2025年 目标”），标题中也没有“十四五”之类的规划期：${fix("--target-year", `目标年份（五年规划一般为 ${p.baselineYear + 5}）`)}。${NOTHING}`;
    return `${w.at(p.line)}的表头中没有基期年份和目标年份（如“2020年”“2025年 目标”），标题中也没有“十四五”之类的规划期：${fix("--baseline-year 和 --target-year", "基期年份和目标年份")}。${NOTHING}`;
  },
  "target-year-absent": (p, w) => `${w.at(p.line)}的表头中没有 ${p.targetYear} 年的目标列（目标年份有 ${p.years.join("、")}）：${w.cli ? "--target-year 请写其中的一个年份" : "请写其中的一个年份"}。${NOTHING}`,
  "statistics-table": (p, w) => {
    const plan = p.year === null ? "" : `如这正是 ${p.year} 年年度计划的指标表，${w.cli ? `请用 --baseline-year ${p.year - 1} 写明基期年份，或在标题中写明“${p.year}年…计划”` : `请在标题中写明“${p.year}年…计划”`}；`;
    return `${w.at(p.line)}的表头在指标名称之后只有${p.labels.map((l) => `“${l}”`).join("")}，即${p.labels.filter((l) => /^20\d\d/.test(l)).length > 1 ? "上年与本年的数" : "一年的数"}和比上年的增长，没有目标、计划或基期的列，${p.bulletin === undefined ? "标题中也没有规划或计划：这像是统计公报的表（一年的实际数）" : `标题“${p.bulletin}”是统计公报的（上面几行中的“规划”“目标”是公报正文的用语，不是这张表的）：这是统计公报的表（一年的实际数）`}，其中没有目标，导入不把实际数当作目标读入。请${w.pasted ? "粘贴" : "导入"}规划或年度计划的主要指标表（有目标值一列）；${plan}公报中的数是当年的实际值，请填入填报表。${NOTHING}`;
  },
  "completion-table": (p, w) => `${w.at(p.line)}的表头没有基期值一列：${p.results.map((l) => `“${l}”`).join("")}是完成结果（预计、完成、实际），不是基期值。这像是规划的完成情况表，不是规划的指标表：请${w.pasted ? "粘贴" : "导入"}规划原文中的主要指标表（有基期值和目标值两列）。${NOTHING}`,
  "years-order": (p, w) => (p.broken === undefined
    ? `${w.at(p.line)}的表头中基期年份 ${p.baselineYear} 不早于目标年份 ${p.targetYear}。${NOTHING}`
    : `${w.at(p.line)}的表头断在了几行：“${p.broken.cell}”之后的下一行以“${p.broken.next}”开头（网页表格的表头格中有换行时，复制出来就是这样），只读到表头的第一行，基期年份 ${p.baselineYear} 不早于目标年份 ${p.targetYear}。请把表头改为一行、每列一格后重新${w.pasted ? "粘贴" : "导入"}。${NOTHING}`),
  "no-rows": (p, w) => {
    const why = p.reasons.map((u) => `${w.at(u.line)}：${u.reason}`).join("；");
    return `找到了表头（${w.at(p.line)}），但没有读出任何指标行${why ? `（${why}）` : ""}。${NOTHING}`;
  },
  "list-no-years": (p, w) => `${w.at(p.line)}是一张${p.kind === "projects" ? "项目清单" : "改革清单"}的表头，清单的表头没有年份，标题中也没有年份或“十四五”之类的规划期${p.kind === "projects" ? "，各项也没有可读的建设起止年限" : ""}：${w.cli ? "请用 --baseline-year 和 --target-year 写明基期年份和目标年份（如 2024 年的清单为 2023 和 2024），或在标题中写明年份" : "请在标题中写明年份（如“2024年…项目清单”）或“十四五”之类的规划期"}。${NOTHING}`,
  "list-no-rows": (p, w) => {
    const why = p.reasons.map((u) => `${w.at(u.line)}：${u.reason}`).join("；");
    return `找到了${p.kind === "projects" ? "项目清单" : "改革清单"}的表头（${w.at(p.line)}），但没有读出任何${p.kind === "projects" ? "项目" : "改革事项"}${why ? `（${why}）` : ""}。${NOTHING}`;
  },
  "list-spaced": (p, w) => `${w.at(p.line)}是一张${p.kind === "projects" ? "项目清单" : "改革清单"}的表头，但各列只用空格分隔，没有一行正好是表头的 ${p.columns} 个词，分不清各词属于哪一列：请从 Word 或 Excel 的表格复制（各列以 Tab 分隔）后重新导入，或把各列之间的空格改为 Tab。${NOTHING}`,
  "bad-id": (p) => `模板编号“${p.id}”不合规：只能用小写字母、数字和“-”，且不能以“-”开头。${NOTHING}`,
  "invalid-template": (p) => `读出的模板没有通过校验（${p.problems}），${NOTHING}`,
};

const EN: Texts = {
  empty: (_p, w) => `${w.what} is empty: ${w.pasted ? `copy ${WHOLE_TABLE_EN} from the plan and import again` : `import one that holds ${WHOLE_TABLE_EN}`}. ${NOTHING_EN}`,
  "project-table": (_p, w) => `This is a project table (columns such as 项目名称, 总投资, 建设内容); import reads indicator tables only. Write a project list as a template JSON (kind "projects", each project with id, name, investment (100m yuan), period (such as 2023-2025), unit, category…; see the user guide, 项目清单、改革清单模板) and ${w.cli ? "make" : "have the returns made (command line)"} with template --from list.json; for indicators, ${w.pasted ? "paste" : "import"} the plan's main indicator table (a 指标名称 column and baseline and target years). ${NOTHING_EN}`,
  "reform-table": (_p, w) => `This is a reform table (columns such as 改革名称, 改革任务, 牵头单位); import reads indicator tables only. Write a reform list as a template JSON (kind "reforms", each with id, name, goal, tasks, leadUnit, category…; see the user guide, 项目清单、改革清单模板) and ${w.cli ? "make" : "have the returns made (command line)"} with template --from list.json; for indicators, ${w.pasted ? "paste" : "import"} the plan's main indicator table. ${NOTHING_EN}`,
  "no-header": (_p, w) => `No indicator table header found: a header has an 指标 or 指标名称 column and year columns (such as 2020年, 2025年 目标); a project or reform list's has a 项目名称 or 改革名称 column and columns such as 总投资, 建设起止年限, 牵头单位${w.pasted ? " (separated by tabs, or copied from a table)" : ""}. ${w.searched ? `None of the workbook's ${w.searched} sheets with contents looks` : `${w.what} does not look`} like an indicator table, project list or reform list. ${NOTHING_EN}`,
  prose: (p, w) => `${w.what} is ${p.list ? "a list of targets written as sentences" : "running text"} (such as “${p.example}”), not a table: import reads tables only (a plan's main indicator table, one indicator a row under a 指标名称 column and year columns, or a project or reform list) and takes no targets out of sentences. ${w.pasted ? "Copy" : "Import"} ${WHOLE_TABLE_EN}${w.pasted ? " from the plan" : ""}; where ${p.list ? "a government work report or notice lists its targets only in sentences" : "a notice or programme gives its targets in its text only"}, first write them as such a table (a column each for the name, unit, baseline and target). ${NOTHING_EN}`,
  "header-unreadable": (p, w) => `The header on ${w.at(p.line)} cannot be read: ${HEADER_EN[p.why]} ${p.below === undefined ? "" : `The header seems to run over two lines, “${p.below.text}” on ${w.at(p.below.line)} being its second: join the two lines into one, writing the years where their column's label stands (such as “2020年 2025年” for “指标值”, one cell per column, best separated by tabs), then ${w.pasted ? "paste" : "import"} again. `}${NOTHING_EN}`,
  "header-group": (p, w) => `In the header on ${w.at(p.line)}, “${p.label}” spans ${p.columns} columns, and the header's next line does not name them (such as “2025年 | 年均增长〔累计〕”), so the rows' values cannot be matched to the columns: write a label for each of those columns on the line below “${p.label}” (or make the header one line, one cell a column) and ${w.pasted ? "paste" : "import"} again. ${NOTHING_EN}`,
  "no-years": (p, w) => {
    const fix = (option: string, year: string): string => (w.cli ? `give the ${year} with ${option}, or name the plan period in the title (such as 十四五)` : `name the plan period in the title (such as 十四五), or add a column for the ${year} to the header`);
    if (p.targetYear !== null) return `The header on ${w.at(p.line)} has only the target year ${p.targetYear}, no baseline year (such as a 2020年 or 基期值 column), and the title names no plan period such as 十三五: ${fix("--baseline-year", `baseline year (${p.targetYear - 5} for a five-year plan, ${p.targetYear - 1} for a yearly plan of ${p.targetYear})`)}. ${NOTHING_EN}`;
    if (p.baselineYear !== null) return `The header on ${w.at(p.line)} has only the baseline year ${p.baselineYear}, no target year (such as 2025年 目标), and the title names no plan period such as 十四五: ${fix("--target-year", `target year (${p.baselineYear + 5} for a five-year plan)`)}. ${NOTHING_EN}`;
    return `The header on ${w.at(p.line)} has no baseline or target year (such as 2020年, 2025年 目标), and the title names no plan period such as 十四五: ${fix("--baseline-year and --target-year", "baseline and target years")}. ${NOTHING_EN}`;
  },
  "target-year-absent": (p, w) => `The header on ${w.at(p.line)} has no target column for ${p.targetYear} (its target years: ${p.years.join(", ")}): ${w.cli ? "give one of them with --target-year" : "name one of them"}. ${NOTHING_EN}`,
  "statistics-table": (p, w) => {
    const plan = p.year === null ? "" : ` If it is the indicator table of the yearly plan of ${p.year}, ${w.cli ? `give its baseline year with --baseline-year ${p.year - 1}, or name the plan in the title (such as “${p.year}年…计划”)` : `name the plan in the title (such as “${p.year}年…计划”)`}.`;
    return `After the indicator's name, the header on ${w.at(p.line)} has only ${listEn(p.labels.map((l) => `“${l}”`))}: ${p.labels.filter((l) => /^20\d\d/.test(l)).length > 1 ? "two years' figures" : "one year's figures"} and their growth over the year before, with no target, plan or baseline column, ${p.bulletin === undefined ? "and the title names no plan: this looks like" : `and the title “${p.bulletin}” is a statistical bulletin's (the plan words above the table are its text's, not the table's): this is`} a statistical bulletin's table (统计公报, a year's actual figures), which holds no targets, and import does not load actual figures as targets. ${w.pasted ? "Paste" : "Import"} the main indicator table of a plan or yearly plan (with a target column).${plan} The bulletin's figures are the year's actual values: enter them in the return. ${NOTHING_EN}`;
  },
  "completion-table": (p, w) => `The header on ${w.at(p.line)} has no baseline column: ${listEn(p.results.map((l) => `“${l}”`))} ${p.results.length === 1 ? "is a result" : "are results"} (estimated, completed, actual), not a baseline. This looks like a completion table (完成情况表), not a plan's indicator table: ${w.pasted ? "paste" : "import"} the plan's own main indicator table (with baseline and target columns). ${NOTHING_EN}`,
  "years-order": (p, w) => (p.broken === undefined
    ? `The header on ${w.at(p.line)} has a baseline year ${p.baselineYear} that is not before its target year ${p.targetYear}. ${NOTHING_EN}`
    : `The header on ${w.at(p.line)} is broken over lines: after “${p.broken.cell}” the next line starts with “${p.broken.next}” (a web table whose header cells hold line breaks copies so), and only its first line was read, whose baseline year ${p.baselineYear} is not before its target year ${p.targetYear}. Make the header one line, one cell a column, and ${w.pasted ? "paste" : "import"} again. ${NOTHING_EN}`),
  "no-rows": (p, w) => {
    const why = p.reasons.map((u) => `${w.at(u.line)}: ${u.reasonEn}`).join("; ");
    return `The header was found (${w.at(p.line)}), but no indicator row was read${why ? ` (${why})` : ""}. ${NOTHING_EN}`;
  },
  "list-no-years": (p, w) => `${w.at(p.line).replace(/^./, (c) => c.toUpperCase())} is the header of a ${p.kind === "projects" ? "project" : "reform"} list, which has no years, and the title names no year or plan period such as 十四五${p.kind === "projects" ? ", nor has any item readable construction years" : ""}: ${w.cli ? "give the baseline and target years with --baseline-year and --target-year (2023 and 2024 for a list of 2024), or name the year in the title" : "name the year in the title (such as 2024年…项目清单) or the plan period such as 十四五"}. ${NOTHING_EN}`,
  "list-no-rows": (p, w) => {
    const why = p.reasons.map((u) => `${w.at(u.line)}: ${u.reasonEn}`).join("; ");
    return `The header of a ${p.kind === "projects" ? "project" : "reform"} list was found (${w.at(p.line)}), but no ${p.kind === "projects" ? "project" : "reform"} was read${why ? ` (${why})` : ""}. ${NOTHING_EN}`;
  },
  "list-spaced": (p, w) => `${w.at(p.line).replace(/^./, (c) => c.toUpperCase())} is the header of a ${p.kind === "projects" ? "project" : "reform"} list, but its columns are separated by spaces only and no line has exactly the header's ${p.columns} words, so which word goes in which column cannot be told: copy the table from Word or Excel (columns separated by tabs) and import again, or separate the columns with tabs. ${NOTHING_EN}`,
  "bad-id": (p) => `The template id “${p.id}” is not valid: use lower-case letters, digits and “-”, not starting with “-”. ${NOTHING_EN}`,
  "invalid-template": (p) => `The template read did not pass the checks (${p.problems}). ${NOTHING_EN}`,
};

/**
 * The text of a refusal, in Chinese (default) or English; `source`: what was read (the paste, a
 * worksheet, a document's table), which the text names, and whose lines or rows it counts.
 */
export function refusalMessage(r: Refusal, lang: "zh" | "en" = "zh", source: TableSource = PASTED): string {
  // the params were given with this code (refuse is typed per code)
  return nestedQuotes(((lang === "en" ? EN : ZH)[r.code] as (p: RefusalParams[RefusalCode], w: SourceWords) => string)(r.params, sourceWords(source, lang)));
}

/** A refusal as importTable returns it: the code, its parameters and the text in both languages. */
export interface Refused {
  ok: false;
  code: RefusalCode;
  params: RefusalParams[RefusalCode];
  /** 中文: refusalMessage(…, "zh") */
  message: string;
  /** English: refusalMessage(…, "en") */
  messageEn: string;
}

export function refuse<C extends RefusalCode>(code: C, params: RefusalParams[C], source: TableSource = PASTED): Refused {
  const r = { code, params } as Refusal;
  return { ok: false, code, params, message: refusalMessage(r, "zh", source), messageEn: refusalMessage(r, "en", source) };
}
