import { DEFAULT_CHECK_RULES, withJumpOverrides, type CheckRules } from "../domain/CheckRules";
import { checkGrid, type CheckOutcome } from "../sheet/checkGrid";
import { crossReturnIssues, type CheckedReturn } from "../sheet/crossReturnIssues";
import type { GridWorkbook } from "../sheet/Grid";
import type { RulesFile } from "./RulesFileSchema";
import { readJsonFile } from "./readJsonFile";
import { loadWorkbookFile } from "./loadWorkbookFile";
import { checkFailureText } from "./checkFailureText";
import { cycleMessage } from "./cycleMessages";
import type { CheckReport } from "../sheet/CheckReport";

/** Reads a rules file; a bad one is one clear line (file, JSON path, what was expected). */
export function loadRulesFile(file: string, lang: "zh" | "en" = "zh"): { ok: true; rules: RulesFile } | { ok: false; message: string } {
  const read = readJsonFile(file);
  if (!read.ok) return { ok: false, message: lang === "en" ? `${file}: the rules file is not valid JSON (${read.message})` : `${file}：规则文件不是有效的 JSON（${read.message}）` };
  const data = read.data;
  // zod loads only when a rules file is given: a plain `check` never needs it
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- on demand, see above
  const { RulesFileSchema } = require("./RulesFileSchema") as typeof import("./RulesFileSchema");
  const r = RulesFileSchema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0];
    const where = `$${(i?.path ?? []).map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`)).join("")} ${i?.message ?? ""}`;
    return { ok: false, message: lang === "en" ? `${file}: the rules file does not fit its format: ${where}` : `${file}：规则文件不符合格式：${where}` };
  }
  return { ok: true, rules: r.data };
}

/** The check rules a rules file gives (its jump limits over JUMP_LIMITS). */
export function checkRulesOf(rules: RulesFile | null): CheckRules {
  return rules?.jumps ? withJumpOverrides(rules.jumps) : DEFAULT_CHECK_RULES;
}

/** What `check`, `summary` and `review` compare a return with, loaded once. */
export interface CheckContext {
  rules: CheckRules;
  /** last year's returns; `summary` matches them to its returns by 填报单位 */
  previous: CheckedReturn[];
  city?: CheckedReturn;
  /** the language of the refusals a check in this context gives (zh when not said) */
  lang?: "zh" | "en";
}

/**
 * Loads the context files: the rules file, last year's returns (each checked for its own
 * year) and the city's return. A context file that cannot be read or checked is one line naming it, with the exit
 * code it is (cli-reference, 退出码): `usage` (1) for a rules file that does not fit, `unreadable` (2) for a --previous or
 * --city file that cannot be read or is no return (the 报送台账 said to be the ledger, as a folder passes it over; trial39c F4).
 */
export async function loadCheckContext(o: { rules?: string | undefined; previous?: string | string[] | undefined; city?: string | undefined; lang?: string | undefined }): Promise<{ ok: true; context: CheckContext } | { ok: false; message: string; exit: "usage" | "unreadable" }> {
  const lang = o.lang === "en" ? "en" : "zh";
  let file: RulesFile | null = null;
  if (o.rules) {
    const r = loadRulesFile(o.rules, lang);
    if (!r.ok) return { ...r, exit: "usage" };
    file = r.rules;
  }
  const rules = checkRulesOf(file);
  const other = async (path: string, label: string): Promise<CheckedReturn | string> => {
    const loaded = await loadWorkbookFile(path, lang);
    if (!loaded.ok) return loaded.message;
    const c = checkGrid(loaded.grid, undefined, rules);
    return c.ok ? { report: c.report, grid: loaded.grid } : `${label} ${checkFailureText(path, c, lang, loaded.grid)}`;
  };
  const context: CheckContext = { rules, previous: [], lang };
  for (const path of typeof o.previous === "string" ? [o.previous] : o.previous ?? []) {
    const p = await other(path, "--previous");
    if (typeof p === "string") return { ok: false, message: p, exit: "unreadable" };
    context.previous.push(p);
  }
  if (o.city) {
    const c = await other(o.city, "--city");
    if (typeof c === "string") return { ok: false, message: c, exit: "unreadable" };
    context.city = c;
  }
  return { ok: true, context };
}

/**
 * Why a return cannot be compared with the --previous or --city return given (evaluation-rules §8b, §8c, our reading;
 * trial39c F2, F3), as the command's one line, in `lang`; null when it can. Last year's must be of the year before and,
 * where both covers name a unit, of the same unit (summary chooses it so, byUnit; check and review are given one). The
 * city's must be of the same year and, where its plan names its region (Template.region) and its cover a unit, that
 * region's own (填报单位 the region, or beginning with it: 舟山市本级); where either is blank it cannot be told, and is
 * compared as given.
 */
function contextMismatch(own: CheckReport, previous: CheckedReturn | undefined, city: CheckedReturn | undefined, lang: "zh" | "en"): string | null {
  if (previous) {
    const other = previous.report;
    if (own.reportingUnit !== "" && other.reportingUnit !== "" && other.reportingUnit !== own.reportingUnit) return cycleMessage("context_previous_unit", { other: other.reportingUnit, own: own.reportingUnit, last: own.year - 1 }, lang);
    if (other.year !== own.year - 1) return cycleMessage("context_previous_year", { other: other.year, own: own.year, last: own.year - 1 }, lang);
  }
  if (city) {
    const other = city.report;
    if (other.year !== own.year) return cycleMessage("context_city_year", { other: other.year, own: own.year }, lang);
    const region = other.templates.map((t) => t.region ?? "").find((x) => x !== "") ?? "";
    if (region !== "" && other.reportingUnit !== "" && !other.reportingUnit.startsWith(region)) return cycleMessage("context_city_unit", { other: other.reportingUnit, region }, lang);
  }
  return null;
}

/**
 * `check` of one return in its context: the rules' limits, then last year's return (the one
 * given to `check`; for `summary`, byUnit, the one of the same 填报单位) and the city's return compared row by row (crossReturnIssues).
 */
export function checkWithContext(grid: GridWorkbook, year: number | undefined, ctx: CheckContext, byUnit = false): CheckOutcome | { ok: false; reason: "context"; message: string } {
  const r = checkGrid(grid, year, ctx.rules);
  if (!r.ok || (!ctx.previous.length && !ctx.city)) return r;
  const unit = r.report.reportingUnit;
  // `check` compares with the one file it is given; `summary` (byUnit) with the one of the same 填报单位
  const previous = !byUnit && ctx.previous.length === 1 ? ctx.previous[0] : ctx.previous.find((p) => unit !== "" && p.report.reportingUnit === unit);
  const mismatch = contextMismatch(r.report, previous, ctx.city, ctx.lang ?? "zh");
  if (mismatch !== null) return { ok: false, reason: "context", message: mismatch };
  const against: { previous?: CheckedReturn; city?: CheckedReturn } = {};
  if (previous) against.previous = previous;
  if (ctx.city) against.city = ctx.city;
  return { ok: true, report: crossReturnIssues({ report: r.report, grid }, against) };
}
