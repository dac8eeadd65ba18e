import type { CheckReport } from "../sheet/CheckReport";

/** A checked file with what its older-rules lines read: its problems, and which template each sheet is (items, templates). */
export interface OlderRulesFile { file: string; report: Pick<CheckReport, "problems" | "items" | "templates"> }

/**
 * The line of a template's returns made with earlier sheet rules (SHEET_RULES; the problem
 * `rules_outdated`, one file's text in describeWorkbookProblem), over several files: the files each
 * with their status cells, then what to do, once.
 */
const OLDER_RULES = {
  zh: (title: string, files: string[]) => `以下填报${title ? `（《${title}》）` : ""}由本工具较早的版本生成，其状态公式按当时的规则计算，显示的状态与本次核对不同（以本次核对为准，不是改写了公式）：${files.join("；")}。请在任务窗格中重新加载模板并选“更新现有工作表”（已填内容保留），或用 rollover 生成下一年度填报时即为新规则`,
  en: (title: string, files: string[]) => `These returns${title ? ` of ${title}` : ""} were made by an earlier version of this tool: their status formulas follow the rules of that version and show another status than this check (this check's is the one to go by; the formulas were not typed over): ${files.join("; ")}. Load the template again in the task pane and choose to refresh the existing sheet (entered values are kept); a return rolled over to the next year gets the current rules`,
} as const;

/**
 * `check`'s lines over several files for the returns made with earlier sheet rules (`rules_outdated`),
 * one line per template however many files have it (a folder of last year's returns said it after
 * every file): `以下填报由本工具较早的版本生成，…：定海区.xlsx 工作表「舟山表2」N7、N12；普陀区.xlsx …。请在任务窗格中…`,
 * the files in the order given. The template's title is named only where the files carry more than
 * one. [] when no file has it.
 */
export function olderRulesLines(files: readonly OlderRulesFile[], lang: "zh" | "en"): string[] {
  const byTemplate = new Map<string, string[]>();
  const titles = new Map<string, string>();
  for (const { file, report } of files) {
    for (const t of report.templates) titles.set(t.id, t.title);
    for (const p of report.problems) {
      if (p.code !== "rules_outdated") continue;
      // the sheet's template, as its rows say; a sheet with no row read is its own group
      const template = report.items.find((i) => i.sheet === p.params.sheet)?.template ?? p.params.sheet;
      const said = byTemplate.get(template) ?? [];
      byTemplate.set(template, said);
      const cells = p.params.cells.split("\n").join(lang === "zh" ? "、" : ", ");
      said.push(lang === "zh" ? `${file} 工作表「${p.params.sheet}」${cells}` : `${file} sheet "${p.params.sheet}" ${cells}`);
    }
  }
  const several = byTemplate.size > 1 || titles.size > 1;
  return [...byTemplate].map(([id, said]) => OLDER_RULES[lang](several ? titles.get(id) ?? id : "", said));
}
