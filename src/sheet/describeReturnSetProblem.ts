import type { Lang } from "../domain/describeIssue";
import { unusableFix, unusableWhy } from "../domain/UnusableReason";
import type { TiedVersions } from "../cycle/planVersions";
import { describeWorkbookProblem } from "./describeWorkbookProblem";
import type { ReturnSetProblem, ReturnSetProblemCode, ReturnSetProblemParams } from "./ReturnSetProblem";

/**
 * The one home of the text of return-set problems (refusals of summary and evaluation, in the
 * CLI, the pane and the ribbon), in Chinese and English. A line about one file starts with its
 * name, as every file line of the CLI and the pane does (`<file>：…`, `<file>: …`); English
 * quotes every other name ("…"), so a Chinese file or unit name stays readable as a name. A
 * workbook that cannot be checked keeps its own text (describeWorkbookProblem).
 */
const TASK_ZH = { summary: "汇总", report: "评估", rollover: "换年度" } as const;
const TASK_EN = { summary: ["summed", "summarise"], report: ["evaluated", "evaluate"], rollover: ["rolled over", "roll over"] } as const;

/** Each group of tied versions: its files, and after the first how it differs from it. */
function groupsText(t: TiedVersions, lang: Lang): string {
  return t.groups.map((g, i) => {
    const why = g.version ? unusableWhy(t.reason, lang, { version: g.version }) : "";
    return lang === "en" ? `(${i + 1}) ${g.files.map((f) => `"${f}"`).join(", ")}${why ? ` (${why})` : ""}` : `（${i + 1}）${g.files.join("、")}${why ? `（${why}）` : ""}`;
  }).join(lang === "en" ? "; " : "；");
}

type Texts = { [C in ReturnSetProblemCode]: (p: ReturnSetProblemParams[C]) => string };

const ZH: Texts = {
  return_not_checked: (p) => `${p.file}：${describeWorkbookProblem(p.problem, "zh")}`,
  workbook_not_checked: (p) => describeWorkbookProblem(p.problem, "zh"),
  year_differs: (p) => `${p.file}：报告年份为 ${p.year}，与 ${p.first} 的 ${p.firstYear} 不同，不能汇总`,
  templates_differ: (p) => `${p.file}：是${p.titles.split("\n").map((t) => `「${t}」`).join("")}的填报，与 ${p.first} 的${p.firstTitles.split("\n").map((t) => `「${t}」`).join("")}不是同一规划，不能汇总`,
  template_rows_differ: (p) => `${p.file}：模板「${p.title}」（${p.template}）与 ${p.first} 的同一模板指标行不同（同一规划导入了两个版本？），不能逐行合并：请用同一版本的填报表，或把新版本另行导入（--id 另起编号）后重新下发`,
  plan_versions_tied: (p) => `${p.tied.reason === "other_plan" ? `这些填报分属 ${p.tied.groups.length} 个规划` : `这些填报是同一规划的 ${p.tied.groups.length} 个版本`}，所用的填报单位一样多，无法判断${TASK_ZH[p.task]}哪一${p.tied.reason === "other_plan" ? "个规划" : "版（现行版本）"}：${groupsText(p.tied, "zh")}；${p.chosen === true ? "请重新选择文件（只选要用的）" : "请把不用的文件移出文件夹（或只列出要用的文件）"}后再${TASK_ZH[p.task]}`,
  plan_version_named: (p) => `${p.file}：${unusableWhy(p.reason, "zh", { version: p.version })}，不能与其余填报一起${TASK_ZH[p.task]}：${p.chosen === true ? "请重新选择文件，不选该文件" : "请去掉该文件"}；${unusableFix(p.reason, "zh", p.task)}`,
  unit_repeated: (p) => `${p.file}：填报单位「${p.unit}」与 ${p.other} 相同，请检查是否重复`,
  ledger_year: (p) => `${p.file}：是 ${p.ledgerYear} 年度的报送台账，而所选填报${p.most !== undefined ? `大多是 ${p.year} 年度（${p.of ?? 0} 份中 ${p.most} 份）` : `是 ${p.year} 年度`}，不能按它${TASK_ZH[p.task ?? "summary"]}；请改选 ${p.year} 年度的报送台账，或不选报送台账再${TASK_ZH[p.task ?? "summary"]}`,
  duplicate_return: (p) => `${p.file}：与 ${p.other} 内容相同，是同一份填报，不重复汇总；请去掉其中一个文件`,
  no_returns_to_sum: () => "没有可汇总的填报文件",
  evaluation_year_differs: (p) => `${p.file}：报告年份为 ${p.year}，与 ${p.first} 的 ${p.firstYear} 不同，不能合在一份评估报告中`,
  no_returns_to_evaluate: () => "没有可评估的填报文件",
  nothing_to_evaluate: () => "本工作簿没有可评估的指标、项目或改革事项",
};

const EN: Texts = {
  return_not_checked: (p) => `${p.file}: ${describeWorkbookProblem(p.problem, "en")}`,
  workbook_not_checked: (p) => describeWorkbookProblem(p.problem, "en"),
  year_differs: (p) => `${p.file}: its reporting year is ${p.year}, not ${p.firstYear} as in "${p.first}"; returns of different years cannot be summed together`,
  templates_differ: (p) => `${p.file}: a return on ${p.titles.split("\n").map((t) => `"${t}"`).join(", ")}, not on ${p.firstTitles.split("\n").map((t) => `"${t}"`).join(", ")} as "${p.first}"; returns on different plans cannot be summed together`,
  template_rows_differ: (p) => `${p.file}: its template "${p.title}" (${p.template}) has other rows than the same template in "${p.first}" (two versions of one imported plan?), so they cannot be combined row by row: use returns of one version, or import the new version under its own id (--id) and distribute it again`,
  plan_versions_tied: (p) => `${p.tied.reason === "other_plan" ? `these returns are on ${p.tied.groups.length} plans` : `these returns are on ${p.tied.groups.length} versions of one plan`}, as many units on each, so which ${p.tied.reason === "other_plan" ? "plan" : "version (the current one)"} to use cannot be told: ${groupsText(p.tied, "en")}; ${p.chosen === true ? "choose the files again (only those to use)" : "move the files not to be used out of the folder (or name only those to use)"} and ${TASK_EN[p.task][1]} again`,
  plan_version_named: (p) => `${p.file}: ${unusableWhy(p.reason, "en", { version: p.version })}; it cannot be ${TASK_EN[p.task][0]} with the other returns: ${p.chosen === true ? "choose the files again without it" : "leave it out"}; ${unusableFix(p.reason, "en", p.task)}`,
  unit_repeated: (p) => `${p.file}: its reporting unit "${p.unit}" is also that of "${p.other}"; check whether one return was given twice`,
  ledger_year: (p) => `${p.file}: the ledger of ${p.ledgerYear}, but the chosen returns are ${p.most !== undefined ? `mostly of ${p.year} (${p.most} of ${p.of ?? 0})` : `of ${p.year}`}, so it cannot be used for them; choose the ledger of ${p.year} instead, or ${TASK_EN[p.task ?? "summary"][1]} without a ledger`,
  duplicate_return: (p) => `${p.file}: same content as "${p.other}", the same return twice, not counted again; leave one of them out`,
  no_returns_to_sum: () => "There is no return to summarise",
  evaluation_year_differs: (p) => `${p.file}: its reporting year is ${p.year}, not ${p.firstYear} as in "${p.first}"; returns of different years cannot go in one evaluation report`,
  no_returns_to_evaluate: () => "There is no return to evaluate",
  nothing_to_evaluate: () => "This workbook has no indicator, project or reform to evaluate",
};

/** One line for a return-set problem, in Chinese or English. */
export function describeReturnSetProblem(p: ReturnSetProblem, lang: Lang): string {
  const text = (lang === "en" ? EN : ZH)[p.code] as (params: ReturnSetProblem["params"]) => string;
  return text(p.params);
}
