import type { Template } from "./TemplateSchema";
import { withYearlyTargetYears } from "./withYearlyTargetYears";

/**
 * The schemas, loaded on first use: zod is a fifth of a CLI `check`'s start-up (140 ms), and a
 * workbook's stored templates marked as validated are read without it (WorkbookMeta.validated).
 */
function schemas(): typeof import("./TemplateSchema") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- on demand, see above
  return require("./TemplateSchema") as typeof import("./TemplateSchema");
}

export type TemplateParse =
  | { ok: true; template: Template }
  | { ok: false; file: string; problems: Array<{ path: string; message: string }> };

function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return "$" + path.map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`)).join("");
}

/**
 * Validates a template file's content. A template that fails is refused with the file
 * name and the JSON path of each problem, never half-loaded. The years of indicators'
 * `yearlyTargets` join `yearlyTargetYears` (withYearlyTargetYears), so sheet and engine grade alike.
 */
export function parseTemplate(data: unknown, file: string): TemplateParse {
  const r = schemas().TemplateSchema.safeParse(data);
  if (r.success) {
    const dup = firstDuplicateId(r.data);
    if (dup) return { ok: false, file, problems: [{ path: dup.path, message: `duplicate id "${dup.id}"` }] };
    return { ok: true, template: withYearlyTargetYears(r.data) };
  }
  return { ok: false, file, problems: r.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })) };
}

function firstDuplicateId(t: Template): { id: string; path: string } | null {
  const rows: Array<{ id: string }> = t.kind === "indicators" ? t.indicators : t.kind === "projects" ? t.projects : t.reforms;
  const seen = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const id = rows[i]?.id ?? "";
    if (seen.has(id)) return { id, path: `$.${t.kind}[${i}].id` };
    seen.add(id);
  }
  return null;
}

export function formatTemplateProblems(r: Extract<TemplateParse, { ok: false }>): string {
  return r.problems.map((p) => `${r.file}: ${p.path}: ${p.message}`).join("\n");
}
