import type { ReplacedVersionProblem } from "../cycle/replacedVersionProblem";
import { resubmissionMessage } from "./resubmissionMessages";

/** `review <file> --replaces <old>`'s one line refusing `old` as the version `file` replaces (replacedVersionProblem), in Chinese or English. */
export function replacedVersionMessage(p: ReplacedVersionProblem, file: string, old: string, lang: "zh" | "en" = "zh"): string {
  if (p.code === "year") return resubmissionMessage("replaces_year_differs", { file, old, oldYear: p.oldYear, year: p.year }, lang);
  if (p.code === "plan") return resubmissionMessage("replaces_other_plan", { file, old, oldTitle: p.oldTitle, newTitle: p.newTitle }, lang);
  return resubmissionMessage("replaces_other_unit", { file, old, oldUnit: p.oldUnit, unit: p.unit }, lang);
}
