import type { Template } from "../templates/TemplateSchema";
import { loadRulesFile } from "./checkInContext";
import type { CommandIO } from "./CommandIO";
import { alikeTemplateNotes } from "./alikeTemplateNotes";
import { loadTemplates } from "./loadTemplates";
import { parseYear } from "./parseYear";
import { refuseExisting } from "./refuseExisting";
import { refuseOutsidePlan } from "./refuseOutsidePlan";
import { templateWorkbookBytes } from "./templateWorkbookBytes";
import { UsageError } from "./UsageError";
import { writeFileSafely } from "./writeFileSafely";
import { keptReplacedLine } from "./keptReplacedLine";
import { keptFilledReturnLine } from "./keptFilledReturnLine";

export interface TemplateCommandOptions { year: string; out: string; from?: string[]; unit: string; force?: boolean; rules?: string }

/** `template <ids...> --year Y --out f.xlsx [--from t.json…] [--rules rules.json]`: writes a blank return for the templates; the rules file's 亮灯 bands (evaluation-rules §7) go into every indicator template. */
export async function runTemplate(ids: string[], o: TemplateCommandOptions, io: CommandIO): Promise<void> {
  const year = parseYear(o.year, io.lang);
  const templates: Template[] = loadTemplates(ids, o.from, io.lang);
  const rules = o.rules ? loadRulesFile(o.rules) : null;
  if (rules && !rules.ok) throw new UsageError(rules.message);
  const bands = rules?.rules.bands;
  if (bands) templates.forEach((t, i) => { if (t.kind === "indicators") templates[i] = { ...t, bands }; });
  refuseOutsidePlan(templates, year, io.lang);
  const inputs = [...ids, ...(o.from ?? []), ...(o.rules ? [o.rules] : [])];
  // the 报送台账, a summary or another unit's return is never replaced by a blank return, --force or not (as review's --out)
  await refuseExisting(o.out, o.force, inputs, { kind: "return", unit: o.unit });
  const written = await writeFileSafely(o.out, await templateWorkbookBytes(templates, year, o.unit), { makeFolder: true, force: o.force ?? false, inputs });
  const names = templates.map((t) => t.id).join(", ");
  io.print(io.lang === "en" ? `Wrote ${o.out} (${names}, year ${year})\n` : `已生成 ${o.out}（${names}，${year} 年度）\n`);
  // the file replaced held something else (a blank someone filled in): kept, said so; a return's typed values by count
  const kept = written.kept === null ? null : (await keptFilledReturnLine(o.out, written.kept, io.lang)) ?? keptReplacedLine(o.out, written, io.lang);
  if (kept !== null) io.print(`${kept}\n`);
  // one plan given twice (the same title or rows): the return holds both sheets (trial42a F1)
  for (const line of alikeTemplateNotes(templates, 1, io.lang)) io.print(`${line}\n`);
}
