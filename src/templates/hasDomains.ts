import { UNCLASSIFIED } from "./UNCLASSIFIED";

/**
 * Whether a plan's rows are put under 领域 at all: some row's domain is neither empty nor
 * UNCLASSIFIED (the importer's word for a table with no 领域 column or heading). A plan without
 * (a yearly plan's table: trial34 C10) prints its returns' 领域 column blank, not 未分类 on every row;
 * the template keeps its words, so templates and seeds load unchanged.
 */
export function hasDomains(domains: Iterable<string | undefined>): boolean {
  for (const d of domains) if (d && d !== UNCLASSIFIED) return true;
  return false;
}
