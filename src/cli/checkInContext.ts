import { DEFAULT_CHECK_RULES, withJumpOverrides, type CheckRules } from "../domain/CheckRules";
import { checkGrid, type CheckOutcome } from "../sheet/checkGrid";
import { crossReturnIssues, type CheckedReturn } from "../sheet/crossReturnIssues";
import type { GridWorkbook } from "../sheet/Grid";
import type { RulesFile } from "./RulesFileSchema";
import { readJsonFile } from "./readJsonFile";
import { loadWorkbookFile } from "./loadWorkbookFile";
import { checkFailureText } from "./checkFailureText";

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
 * year) and the city's return. A context file that cannot be read or checked is one line naming it.
 */
export async function loadCheckContext(o: { rules?: string | undefined; previous?: string | string[] | undefined; city?: string | undefined; lang?: string | undefined }): Promise<{ ok: true; context: CheckContext } | { ok: false; message: string }> {
  const lang = o.lang === "en" ? "en" : "zh";
  let file: RulesFile | null = null;
  if (o.rules) {
    const r = loadRulesFile(o.rules, lang);
    if (!r.ok) return r;
    file = r.rules;
  }
  const rules = checkRulesOf(file);
  const other = async (path: string, label: string): Promise<CheckedReturn | string> => {
    const loaded = await loadWorkbookFile(path, lang);
    if (!loaded.ok) return loaded.message;
    const c = checkGrid(loaded.grid, undefined, rules);
    return c.ok ? { report: c.report, grid: loaded.grid } : `${label} ${checkFailureText(path, c, lang)}`;
  };
  const context: CheckContext = { rules, previous: [], lang };
  for (const path of typeof o.previous === "string" ? [o.previous] : o.previous ?? []) {
    const p = await other(path, "--previous");
    if (typeof p === "string") return { ok: false, message: p };
    context.previous.push(p);
  }
  if (o.city) {
    const c = await other(o.city, "--city");
    if (typeof c === "string") return { ok: false, message: c };
    context.city = c;
  }
  return { ok: true, context };
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
  if (ctx.city && ctx.city.report.year !== r.report.year) {
    const message = ctx.lang === "en"
      ? `--city: the city's return is for ${ctx.city.report.year}, this one for ${r.report.year}; they cannot be compared`
      : `--city：全市填报的报告年份为 ${ctx.city.report.year}，本表为 ${r.report.year}，无法比较`;
    return { ok: false, reason: "context", message };
  }
  const against: { previous?: CheckedReturn; city?: CheckedReturn } = {};
  if (previous) against.previous = previous;
  if (ctx.city) against.city = ctx.city;
  return { ok: true, report: crossReturnIssues({ report: r.report, grid }, against) };
}
