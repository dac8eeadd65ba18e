import type { IndicatorParams } from "./indicatorParams";

/** 方向 column: ≥ ≤ > < 累计 约 ↑ ↓ 文字, from the final year's rule. */
export function directionLabel(p: IndicatorParams): string {
  const last = p.years[p.years.length - 1];
  if (!last) return "—";
  const t = last.rule.target;
  switch (t.kind) {
    case "floor": return t.strict ? ">" : "≥";
    case "ceiling": return t.strict ? "<" : "≤";
    case "cumulative": return "累计";
    case "approximate": return "约";
    case "point": return last.rule.direction === "down" ? "↓" : "↑";
    case "text": case "compound": return "文字";
    case "none": return "—";
  }
}
