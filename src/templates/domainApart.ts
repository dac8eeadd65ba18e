import { indicatorLabel } from "./indicatorLabel";
import { UNCLASSIFIED } from "./UNCLASSIFIED";

interface DomainRow {
  name: string;
  part?: string | undefined;
  domain: string;
}

/** each template's indicators, looked up once per template (a return's missing rows ask one by one) */
const seen = new WeakMap<readonly DomainRow[], Set<string>>();

/**
 * The 领域 an indicator is told apart by, where its name (its label, with its part) is also that of a row under another
 * 领域 of the same plan (「森林覆盖率(%)」 under 生态 and under 农业, which import says: name-duplicate); undefined where
 * the name is the plan's alone, where the rows of that name share one 领域 (the 领域 tells nothing), or where the row is
 * under none (UNCLASSIFIED: its neighbour's 领域 tells them apart). check, summary and report name such a row with it
 * (namedApart), so a manager can tell which one lags (session 44: both read 森林覆盖率).
 */
export function domainApart(d: DomainRow, indicators: readonly DomainRow[]): string | undefined {
  let shared = seen.get(indicators);
  if (shared === undefined) {
    const domains = new Map<string, Set<string>>();
    for (const x of indicators) {
      const label = indicatorLabel(x);
      const of = domains.get(label) ?? new Set<string>();
      of.add(x.domain);
      domains.set(label, of);
    }
    shared = new Set([...domains].filter(([, of]) => of.size > 1).map(([label]) => label));
    seen.set(indicators, shared);
  }
  return d.domain !== UNCLASSIFIED && d.domain !== "" && shared.has(indicatorLabel(d)) ? d.domain : undefined;
}
