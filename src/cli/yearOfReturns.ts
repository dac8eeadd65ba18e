import { commonYear } from "../cycle/commonYear";
import { planIdentity } from "../templates/planIdentity";
import type { Template } from "../templates/TemplateSchema";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";
import { tiedYearPlans } from "./tiedYearPlans";

/**
 * The year `summary` and `report` sum (evaluate) as, from the returns' own reporting years: --year
 * (`asked`) when given; else the year most of them give (commonYear; a tie settled by the ledger's
 * year when it is one of them). The returns of other years are then passed over by the command as
 * `other_year`. A usage message, in `lang`, when a tie leaves it open (give --year) or the ledger is
 * of another year than most returns (ledger_year, saying how many of how many), headed 错误： as the
 * usage errors the CLI throws (the ledger's refusal read so when it came before any return). `year` undefined: no years.
 * `returns` (own years and templates): the tie's message names the plan of each tied year when they differ (tiedYearPlans).
 */
export function yearOfReturns(years: readonly number[], asked: number | undefined, ledger: { file: string; year: number } | undefined, task: "summary" | "report", lang: Lang, returns: ReadonlyArray<{ own: number; templates: readonly Template[] }> = []): { ok: true; year: number | undefined } | { ok: false; message: string } {
  const error = (m: string): { ok: false; message: string } => ({ ok: false, message: `${lang === "en" ? "Error: " : "错误："}${m}` });
  if (asked !== undefined) return { ok: true, year: asked };
  const c = commonYear(years, ledger?.year);
  if (c === null) return { ok: true, year: undefined };
  if ("tied" in c) {
    const plans = tiedYearPlans(returns, c.tied, lang);
    return error(cycleMessage("years_tied", { years: c.tied.join("、"), n: years.filter((y) => y === c.tied[0]).length, task, ...(plans ? { plans } : {}) }, lang));
  }
  if (ledger && ledger.year !== c.year) {
    const most = years.filter((y) => y === c.year).length;
    return error(cycleMessage("ledger_year", { file: ledger.file, ledgerYear: ledger.year, year: c.year, ...(most < years.length ? { most, of: years.length } : {}) }, lang));
  }
  return { ok: true, year: c.year };
}

/**
 * The own years `yearOfReturns` decides by: those of the returns on the plan the 报送台账 records as
 * distributed (`distributed`: its template ids), when any return is on it, else all. Last period's
 * returns kept beside the new period's do not outvote the new period's ledger (a trial's folder of six
 * 2025 十四五 returns and five 2026 十五五 ones was refused with the 2026 ledger as 大多是 2025 年度).
 */
export function yearsOnPlan(returns: ReadonlyArray<{ own: number; templates: ReadonlyArray<{ id: string }> }>, distributed?: readonly string[]): number[] {
  const ledger = distributed?.length ? planIdentity(distributed) : undefined;
  const on = ledger === undefined ? [] : returns.filter((r) => planIdentity(r.templates.map((t) => t.id)) === ledger);
  return (on.length ? on : returns).map((r) => r.own);
}
