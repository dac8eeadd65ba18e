import { normalizeText } from "./normalizeText";

/**
 * The words a plan writes for a change from the baseline, in a name (`…排放降低（%）`) or a target
 * (`下降10%`, `提高2个百分点`): down for a fall, up for a rise.
 */
export const CHANGE_WORDS: Readonly<Record<"up" | "down", readonly string[]>> = {
  down: ["下降", "降低", "减少"],
  up: ["提高", "增长", "增加"],
};

/**
 * The one home of the name words that tell a direction (evaluation-rules.md §3a, rule 3).
 * Lower-is-better words are tried first, so 收入比 is down although it contains 收入.
 */
export const LOWER_IS_BETTER: readonly string[] = [
  "死亡率", "发病率", "发生率", "患病率", "近视率", "失业率", "浓度", "能耗", "排放", "事故", "收入比", "差距", ...CHANGE_WORDS.down,
];

/**
 * 就业 (城镇新增就业, 新增就业人数, 就业人数): more jobs are better, also where a yearly plan asks for
 * fewer than the year before (8,200 done, 8000 planned: keep, not down by the series). 失业率 is
 * tried first, among the lower-is-better words, so 失业 rows keep their direction.
 */
export const HIGHER_IS_BETTER: readonly string[] = [
  "覆盖率", "参保率", "合格率", "达标率", "优良", "入学率", "入园率", "巩固率", "普及率", "寿命", "人数", "床位", "面积", "增加值", "收入", "就业",
];

/** The direction an indicator's name tells, and the word that told it; null when none does. */
export function directionFromName(name: string): { direction: "up" | "down"; word: string } | null {
  const n = normalizeText(name);
  const down = LOWER_IS_BETTER.find((w) => n.includes(w));
  if (down) return { direction: "down", word: down };
  const up = HIGHER_IS_BETTER.find((w) => n.includes(w));
  return up ? { direction: "up", word: up } : null;
}
