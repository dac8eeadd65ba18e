import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { ledgerBookPlan, type LedgerUnit } from "../cycle/ledgerBook";
import { unitFileName } from "../cycle/unitFileName";
import { planToXlsx } from "../hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../sheet/buildWorkbookPlan";
import type { Template } from "../templates/TemplateSchema";
import { FileProblem } from "./FileProblem";
import { writeFileSafely, type Written } from "./writeFileSafely";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";
import { keptReplacedLine } from "./keptReplacedLine";

/** The 报送台账 file `distribute` writes in --out-dir. */
export const LEDGER_FILE = "报送台账.xlsx";

export interface DistributeOptions {
  year: number;
  units: string[];
  /** ISO date, or undefined */
  deadline?: string | undefined;
  outDir: string;
  force?: boolean;
  /** template files read (never written) */
  inputs?: string[];
  /** the language of a refusal (default zh) */
  lang?: Lang;
}

export type DistributeOutcome = { ok: true; files: string[]; ledger: string; /** a line for each file replaced (--force) that held something else and was kept (keptReplacedLine) */ kept: string[] } | { ok: false; message: string };

/** `--deadline` (or `flag`): a real calendar date written YYYY-MM-DD, or a message in `lang` saying what was found. */
export function deadlineProblem(v: string, lang: Lang = "zh", flag = "--deadline"): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  return d && d.toISOString().slice(0, 10) === v ? null : cycleMessage("bad_date", { flag, found: v }, lang);
}

/**
 * `plan-returns distribute`: one return per unit in `outDir`, named `<year>-<unit>.xlsx`
 * (unitFileName: safe on Windows), each with its 填报单位 and 报送截止日期 on the cover, and
 * the 报送台账 workbook listing the units, files and deadline. Refused before anything is
 * written when a unit is blank or given twice, two units map to one file name, or a file
 * exists (unless `force`); each file is written atomically (writeFileSafely).
 */
export async function runDistribute(templates: Template[], o: DistributeOptions): Promise<DistributeOutcome> {
  const units = o.units.map((u) => u.trim());
  const say = (code: Parameters<typeof cycleMessage>[0], p: Record<string, string> = {}): string => cycleMessage(code, p, o.lang);
  if (!units.length || units.some((u) => !u)) return { ok: false, message: say("units_blank") };
  const names = new Map<string, string>();
  const rows: LedgerUnit[] = [];
  for (const unit of units) {
    const name = unitFileName(unit, o.year);
    const clash = names.get(name.toLowerCase());
    if (clash !== undefined) return { ok: false, message: clash === unit ? say("unit_twice", { unit }) : say("units_same_file", { a: clash, b: unit, name }) };
    names.set(name.toLowerCase(), unit);
    rows.push({ unit, file: name, deadline: o.deadline ?? "" });
  }
  const all = [...rows.map((r) => join(o.outDir, r.file)), join(o.outDir, LEDGER_FILE)];
  for (const f of all) {
    if (!existsSync(f)) continue;
    if (statSync(f).isDirectory()) throw new FileProblem({ code: "is_folder", file: f });
    if (!o.force) throw new FileProblem({ code: "exists", file: f });
  }
  // a return a unit filled in the outbox, or the ledger the manager kept, replaced with --force: kept, each said
  const kept: string[] = [];
  const keep = (file: string, w: Written): void => { const line = keptReplacedLine(file, w, o.lang ?? "zh"); if (line !== null) kept.push(line); };
  for (const r of rows) {
    const bytes = await planToXlsx(buildWorkbookPlan(templates, { year: o.year, reportingUnit: r.unit, ...(o.deadline ? { deadline: o.deadline } : {}) }));
    keep(join(o.outDir, r.file), await writeFileSafely(join(o.outDir, r.file), bytes, { force: o.force ?? false, inputs: o.inputs ?? [], makeFolder: true }));
  }
  const ledger = join(o.outDir, LEDGER_FILE);
  keep(ledger, await writeFileSafely(ledger, await planToXlsx(ledgerBookPlan({ year: o.year, templates: templates.map((t) => t.id), units: rows })), { force: o.force ?? false, inputs: o.inputs ?? [], makeFolder: true }));
  return { ok: true, files: all.slice(0, -1), ledger, kept };
}

/** `--units 定海区,普陀区、岱山县`: names split on ASCII or full-width commas and 、, trimmed. */
export function splitUnits(v: string): string[] {
  return v.split(/[,，、]/).map((u) => u.trim());
}
