import { squash } from "../text";

/**
 * The header of a plan's project list (项目清单, 重大项目表) or reform list (改革清单, 改革任务表): which
 * column holds which field of the template (ProjectSchema, ReformSchema), read by the column's meaning
 * as plans spell it. The one home of these header words (header.ts asks it whether a line is such a
 * header, to tell it from an indicator table's).
 */

/**
 * A project list's columns: the ProjectSchema fields a column fills, 类别 (a category column) and
 * 项目类型 / 建设性质 (`type`: 新建, 续建, 谋划; a project's type, no category: kept in its remark), and
 * 开工年份 / 竣工年份 (`start`, `end`: joined into the period where no 建设起止年限 column gives it).
 */
export type ProjectField = "number" | "category" | "name" | "content" | "location" | "investment" | "period" | "start" | "end" | "unit" | "person" | "remark" | "type";
/** A reform list's columns: the ReformSchema fields (完成时限 `deadline` where it reads as a year or month, else kept in `tasks`) and 备注 (kept in `tasks`). */
export type ReformField = "number" | "category" | "name" | "goal" | "tasks" | "leadUnit" | "person" | "participants" | "deadline" | "remark";
export type ListField = ProjectField | ReformField;
export type ListKind = "projects" | "reforms";

export interface ListHeader {
  kind: ListKind;
  /** per cell of the header line, the field its column fills (null: a column the template has no field for) */
  fields: Array<ListField | null>;
  /** the header's labels as written (trimmed), per cell */
  labels: string[];
  /** the unit the investment column names (`总投资（万元）`), null when it names none */
  investmentUnit: "亿元" | "万元" | null;
}

type Rule = readonly [ListField, RegExp];

// the labels, whitespace removed and full-width brackets folded (squash); the first rule a label meets decides
const COMMON: readonly Rule[] = [
  ["number", /^(序号|编号|序)$/],
  ["category", /^(类别|领域|分类|类型|项目类别|改革领域)$/],
  ["person", /^(责任人|负责人|责任领导|牵头领导)$/],
  ["remark", /^备注$/],
];
const PROJECT: readonly Rule[] = [
  ["type", /^(项目|建设)(类型|性质)$|^项目属性$/],
  ["name", /^(项目名称|项目|项目名|工程名称|建设项目|项目\(工程\)名称)$/],
  ["content", /^(主要)?建设(内容|规模)((及|和|与|、)(规模|内容))?$|^(项目)?主要内容$|^项目(概况|内容)$/],
  ["location", /^(建设)?(地点|地址)$|^所在地$|^所在(区域|乡镇|县区|县\(市、区\))$|^建设区域$/],
  ["investment", /^(计划)?总投资|^投资(额|规模)|^["“”]?十[一二三四五六七八九]五["“”]?(期间)?计划投资|^(年度)?计划投资|^估算投资/],
  ["period", /^(建设)?(起止|实施)?(年限|期限|周期)$|^(建设)?起止(年限|时间|年份)$|^建设时间$/],
  // 开工年份 and 竣工年份 apart, as published tables write them: joined into the period (`2022` + `2025` → `2022-2025`)
  ["start", /^(计划|预计)?(开工|开始建设)(年份|年度|时间|日期|年月)?$/],
  ["end", /^(计划|预计)?(竣工|完工|建成)(年份|年度|时间|日期|年月)?$/],
  ["unit", /^(责任|牵头|实施|业主|主责|建设)(单位|主体|部门)$/],
];
const REFORM: readonly Rule[] = [
  // 2023年度目标 / 年度目标: the year's goal a list gives each reform is its 改革目标 on the form (trial47a dropped it)
  ["goal", /^(改革|工作)?目标$|^预期(目标|成效)$|^改革目标(任务)?$|^(\d{4}年度?|年度)(工作)?目标(任务)?$/],
  ["tasks", /^(主要|重点|具体|工作|改革)任务$|^(工作|具体|主要|改革)举措$|^改革内容$|^主要内容$|^工作措施$/],
  ["leadUnit", /^牵头(单位|部门)$|^责任(单位|部门)$|^主责(单位|部门)$/],
  ["participants", /^(参与|配合|协同|协作|协办)(单位|部门)$/],
  ["deadline", /^完成(时限|时间|期限)$|^时间(节点|安排|进度)$|^时限$/],
];
/** A reform's name column; 改革任务 / 重点任务 name it only when no 改革名称 / 改革事项 column does. */
const REFORM_NAME = /^改革(名称|事项|项目)$|^事项名称$/;
const REFORM_TASK_AS_NAME = /^(改革|重点|重点改革)任务$|^任务名称$/;

const INVESTMENT_UNIT = /(亿元|万元)/;

/**
 * A project's construction type (建设性质) as plans write it: 新建, 续建, 前期, 谋划, 改扩建…, with 项目 or 类
 * after it, several joined (`新建、改建`, `新（改扩）建/谋划类`). The one home of these words: a 项目类型 / 建设性质
 * column holds them, and a column labelled only 类别 (or 类型) whose every value is one of them is such a column too.
 */
const TYPE_WORD = String.raw`(?:新|续|改|扩|改扩|新\(改扩\)|改\(扩\))建|前期(?:预备)?|预备|储备|谋划|计划新开工|新开工|竣工|在建`;
const PROJECT_TYPE = new RegExp(`^${TYPE_WORD}(?:项目|类)?(?:[、/,，及和]${TYPE_WORD}(?:项目|类)?)*$`);

/** Whether a cell (any spacing, full-width brackets) names a project's construction type: 新建, 续建, 前期, `新建、改建`. */
export function isProjectType(cell: string): boolean {
  return PROJECT_TYPE.test(squash(cell));
}

function fieldOf(label: string, rules: readonly Rule[]): ListField | null {
  for (const [field, re] of [...COMMON, ...rules]) if (re.test(label)) return field;
  return null;
}

/**
 * The fields of a header line when it is a project or reform list's: a name column (项目名称; 改革名称,
 * 改革事项, else 改革任务) and at least two more fields read. Of two columns meaning one field the first
 * fills it (a second investment column, `2024年计划投资` beside `总投资`, is a column without a field); a
 * reform's 责任单位 beside a 牵头单位 is its 参与单位. Null when the line is no such header.
 */
export function readListHeader(cells: readonly string[]): ListHeader | null {
  const labels = cells.map((c) => squash(c));
  return asProjects(cells, labels) ?? asReforms(cells, labels);
}

function asProjects(cells: readonly string[], labels: readonly string[]): ListHeader | null {
  const fields = labels.map((l) => (l === "" ? null : fieldOf(l, PROJECT)));
  const header = finish("projects", cells, fields);
  if (!header) return null;
  const at = header.fields.indexOf("investment");
  const unit = at < 0 ? null : INVESTMENT_UNIT.exec(labels[at] ?? "")?.[1];
  header.investmentUnit = unit === "亿元" || unit === "万元" ? unit : null;
  return header;
}

function asReforms(cells: readonly string[], labels: readonly string[]): ListHeader | null {
  const named = labels.some((l) => REFORM_NAME.test(l));
  const fields = labels.map((l): ListField | null => {
    if (l === "") return null;
    if (REFORM_NAME.test(l)) return "name";
    if (!named && REFORM_TASK_AS_NAME.test(l)) return "name";
    return fieldOf(l, REFORM);
  });
  // 牵头单位 and 责任单位 both: the second names who take part
  const lead = labels.findIndex((l) => /^牵头(单位|部门)$/.test(l));
  if (lead >= 0) labels.forEach((l, i) => {
    if (i !== lead && fields[i] === "leadUnit") fields[i] = "participants";
  });
  return finish("reforms", cells, fields);
}

/** The header when it has a name column and two more fields; a field met twice keeps its first column. */
function finish(kind: ListKind, cells: readonly string[], fields: Array<ListField | null>): ListHeader | null {
  const seen = new Set<ListField>();
  const kept = fields.map((f) => {
    if (f === null || seen.has(f)) return null;
    seen.add(f);
    return f;
  });
  const others = [...seen].filter((f) => f !== "name" && f !== "number" && f !== "category");
  if (!seen.has("name") || others.length < 2) return null;
  return { kind, fields: kept, labels: cells.map((c) => c.trim()), investmentUnit: null };
}
