import type { Direction } from "./Direction";

/**
 * The 方向 labels (evaluation-rules §3a), zh and en: ↑越高越好 / ↓越低越好 / 保持, ≈接近目标 for a 左右 target (judged by its
 * distance from the target whatever the side, §3), — for none. One home: the sheet's 方向 cell and prompt, the import preview
 * (directionLabel) and the importer's 左右 lines, which name the label the sheet will show (trial34 C5).
 */
export const DIRECTION_LABELS: Readonly<Record<"zh" | "en", Readonly<Record<Direction | "about" | "none", string>>>> = {
  zh: { up: "↑越高越好", down: "↓越低越好", keep: "保持", about: "≈接近目标", none: "—" },
  en: { up: "↑ higher is better", down: "↓ lower is better", keep: "keep", about: "≈ near the target", none: "—" },
};
