import { alikeTemplates } from "../templates/alikeTemplates";
import type { Template } from "../templates/TemplateSchema";
import { cycleMessage } from "./cycleMessages";

/**
 * The lines `template` and `distribute` add when two of the templates going into a return read as one plan given
 * twice (alikeTemplates: the same printed title or the same rows), one a pair, in `lang`; `n` the returns written
 * (每一份 / every return for more than one). [] when none. Said, never refused (trial42a F1).
 */
export function alikeTemplateNotes(templates: readonly Template[], n: number, lang: "zh" | "en"): string[] {
  return alikeTemplates(templates).map((a) => cycleMessage("templates_alike", { first: a.first, second: a.second, title: a.title, by: a.by, n }, lang));
}
