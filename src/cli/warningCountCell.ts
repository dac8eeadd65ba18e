/**
 * The Word report's county table 预警 cell (evaluation-rules.md §6, our reading; trial38 F1): `warned` binding rows
 * counted by warningKind, `unjudged` binding rows not graded (warningUnjudged), whose 预警 cannot be judged. With
 * none unjudged, the count ("2"); else it never reads as a plain count: "—（约束性 1 项未能评估）" where none is warned
 * (unknown, not 0), "≥2（约束性 1 项未能评估）" where some are (at least those).
 */
export function warningCountCell(warned: number, unjudged: number): string {
  if (unjudged === 0) return String(warned);
  return `${warned === 0 ? "—" : `≥${warned}`}（约束性 ${unjudged} 项未能评估）`;
}
