import type { Direction } from "../domain/Direction";
import type { TargetKind } from "../domain/Target";

const LABELS: Record<"zh" | "en", Record<Direction | "about" | "none", string>> = {
  zh: { up: "↑越高越好", down: "↓越低越好", keep: "保持", about: "≈接近目标", none: "—" },
  en: { up: "↑ higher is better", down: "↓ lower is better", keep: "keep", about: "≈ near the target", none: "—" },
};

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
