import { fnv1a } from "./fnv1a";
import type { Template } from "./TemplateSchema";

const KNOWN = new WeakMap<Template, string>();

/**
 * What a template's rows are, as 8 hex digits: each row's id with its name (and an indicator's
 * part), in order. Two templates of one id whose rows differ (a plan imported again with a row
 * more or less: its ids r01… then name other indicators) give different values, so returns made
 * from them are never summed or graded as one plan; a corrected baseline or target keeps it.
 * Kept per template object (1,000 returns of one plan share it).
 */
export function templateRows(t: Template): string {
  const known = KNOWN.get(t);
  if (known !== undefined) return known;
  const rows = t.kind === "indicators" ? t.indicators.map((d) => [d.id, d.name, d.part ?? ""])
    : t.kind === "projects" ? t.projects.map((p) => [p.id, p.name])
      : t.reforms.map((r) => [r.id, r.name]);
  const value = fnv1a(`${t.kind}\u0002${rows.map((r) => r.join("\u0001")).join("\u0002")}`);
  KNOWN.set(t, value);
  return value;
}
