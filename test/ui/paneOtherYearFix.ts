/**
 * A CLI line on a return of another year (unusableFix other_year: 请用 rollover "该文件" --year 2023 --out "新文件" 换到 …)
 * as the pane says it, whose user has no rollover command: the file opened, 填报年度 changed, 加载模板, saved, then
 * `task` again (OtherYear.chosen, trial37c F7). Other lines unchanged.
 */
export function paneOtherYearFix(line: string, lang: "zh" | "en", task: "summary" | "report"): string {
  if (lang === "zh") {
    const t = task === "summary" ? "汇总" : "评估";
    return line.replace(/请用 rollover "该文件" --year (\d+) --out "新文件" 换到 \1 年度（已填的数值一并带入，其中 \1 年的逐格核实）或在/g,
      (_m, y: string) => `请在 Excel 中打开该文件，在“填报”中把填报年度改为 ${y}、点“加载模板”换到 ${y} 年度（已填的数值一并带入，其中 ${y} 年的逐格核实），保存后再${t}；或在`);
  }
  const a = task === "summary" ? "summarise" : "evaluate";
  return line.replace(/roll it over with rollover "file" --year (\d+) --out "new file" \(its values are carried; check those of \1 cell by cell\) or fill in/g,
    (_m, y: string) => `open it in Excel, set the Reporting year under Fill in to ${y} and click Load template (its values are carried; check those of ${y} cell by cell), save it and ${a} again, or fill in`);
}
