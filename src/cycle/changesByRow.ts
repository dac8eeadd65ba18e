import type { ValueChange } from "./diffReturns";

/**
 * The changes of a resubmission grouped by 审核 row key (template|id|reporting year), as the
 * 数值变化 text: `80 → 85` for the reporting year's value (or a project's or reform's column
 * `状态：在建 → 已完工`), `2022年 …` for another year, joined by `；`. Empty cells show as （空）.
 */
export function changesByRow(changes: ValueChange[], year: number): Map<string, string> {
  const out = new Map<string, string[]>();
  const labels: Record<string, string> = { completed: "完成投资", state: "状态", evidence: "佐证" };
  for (const c of changes) {
    const key = `${c.template}|${c.id}|${year}`;
    const what = `${c.old || "（空）"} → ${c.new || "（空）"}`;
    const text = c.field === String(year) ? what : /^\d{4}$/.test(c.field) ? `${c.field}年 ${what}` : `${labels[c.field] ?? c.field}：${what}`;
    out.set(key, [...(out.get(key) ?? []), text]);
  }
  return new Map([...out].map(([k, v]) => [k, v.join("；")]));
}
