import type { Lang } from "./fileMessages";

/**
 * What `import` says, once, of a table with no 领域 (category) column or heading (hasDomains false:
 * a yearly plan's table, trial34 C10): the returns' 领域 column is left blank, not 未分类 on every row.
 */
export const NO_DOMAINS_LINE: Record<Lang, string> = {
  zh: "指标表没有领域（分类）列：填报表的“领域”列留空",
  en: "The table has no 领域 (domain) column: the returns' 领域 column is left blank",
};
