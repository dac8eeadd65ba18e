/**
 * The headings the report gives its tables over several returns: the .docx's table of counts and its
 * unit × indicator grid, and the title of the 县区对比 sheet (the .xlsx of `report`, the pane's 评估所选文件).
 * The units may be counties, towns or departments (trial34 F7: three 镇 under 县区评估结果汇总), so they
 * are named 填报单位, as the ledger and the cover name them. The sheet keeps its name 县区对比: the pane
 * finds its own sheets by it (evaluationSheets GRID_SHEET).
 */
export const UNITS_HEADINGS = {
  /** the .docx's table of each unit's counts by grade (and 预警), ending in 合计 */
  table: "各填报单位评估结果汇总",
  /** the .docx's grid of grades, a column per unit */
  grid: "填报单位 × 指标评估等级",
  /** the caption over each of the grid's tables when its units are set in several (gradeGridGroups): the `k`th of `n`, its first and last unit */
  gridGroup: (k: number, n: number, first: string, last: string): string => `第 ${k} 组（共 ${n} 组）：${first} 至 ${last}`,
  /** the 县区对比 sheet's title, `year` the reporting year */
  gridTitle: (year: number): string => `${year} 年各填报单位规划指标评估等级对比`,
} as const;
