/** Status codes and their labels, the same in formulas, UI and reports (architecture.md). */
export const STATUS_CODES = [
  "met", "on_track", "lagging", "severe", "missing", "invalid", "manual", "not_applicable",
] as const;

export type Status = (typeof STATUS_CODES)[number];

export const STATUS_LABELS: Record<Status, string> = {
  missing: "未填报",
  invalid: "数据异常",
  not_applicable: "不适用",
  manual: "待人工评估",
  met: "已达标",
  on_track: "符合序时进度",
  lagging: "滞后",
  severe: "严重滞后",
};

export const STATUS_LABELS_EN: Record<Status, string> = {
  missing: "Not reported",
  invalid: "Invalid data",
  not_applicable: "Not applicable",
  manual: "Needs manual review",
  met: "Met",
  on_track: "On track",
  lagging: "Lagging",
  severe: "Severely lagging",
};

export function statusFromLabel(label: string): Status | null {
  const t = label.trim();
  for (const code of STATUS_CODES) if (STATUS_LABELS[code] === t || code === t) return code;
  return null;
}

export function emptyCounts(): Record<Status, number> {
  return { met: 0, on_track: 0, lagging: 0, severe: 0, missing: 0, invalid: 0, manual: 0, not_applicable: 0 };
}
