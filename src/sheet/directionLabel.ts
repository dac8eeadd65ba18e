import type { Direction } from "../domain/Direction";
import type { TargetKind } from "../domain/Target";
import { DIRECTION_LABELS } from "../domain/DIRECTION_LABELS";

// the words live in the domain, so the importer's 左右 lines name the same label (trial34 C5)
const LABELS = DIRECTION_LABELS;

/**
 * The 方向 label of an indicator (evaluation-rules.md §3a), for the sheet, the validation prompt
 * and the import preview: ↑越高越好 / ↓越低越好 / 保持, or — where none is known or no target
 * applies. An
 * approximate target (`5.5左右`) is judged by its distance from the target whatever the
 * direction, so it reads ≈接近目标.
 */
export function directionLabel(direction: Direction | null, lang: "zh" | "en" = "zh", targetKind?: TargetKind): string {
  if (targetKind === "approximate") return LABELS[lang].about;
  if (targetKind === "none") return LABELS[lang].none;
  return LABELS[lang][direction ?? "none"];
}
