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
 * A target that holds the baseline, written without a number (`耕地保有量 | 254.6 | 不减少`, `森林覆盖率 |
 * 61.2 | 不降低`, `只增不减`; `不低于2020年水平`): up holds at least the baseline, down at most it. The
 * importer says what number it comes to (relativeTarget); §1 has no such form, so it stays words.
 * `与上年持平` (`总量与上年持平`, a yearly plan's: its baseline is last year) holds at least last year's level.
 */
export const HOLD_TARGET = new RegExp(
  `^(?:确保|保持|基本|实现)*(?:(不(?:${CHANGE_WORDS.down.join("|")})|只增不减|不(?:低于|少于)(?:基期|现有|现状|\\d{4}年)水平?|(?:总量|规模)?与(?:上年|去年|上一年)持平)|(不(?:${CHANGE_WORDS.up.join("|")}|上升)|只减不增|零增长|不(?:高于|超过)(?:基期|现有|现状|\\d{4}年)水平?))$`,
  "u",
);

/**
 * A target that matches another body's figure of the same year (`与省持平`, `与全市持平`, `与全国平均水平持平`):
 * no number of this plan gives it, so no baseline turns it into one (relativeTarget says so; it stays words).
 */
export const PEER_TARGET = /^(?:总量|增速|增幅)?与(?:全?省|全?市|全国)(?:平均)?(?:水平)?持平$/u;

/** The direction a hold target keeps the baseline in (HOLD_TARGET), or null when `target` is none. */
export function holdDirection(target: string): "up" | "down" | null {
  const m = HOLD_TARGET.exec(normalizeText(target));
  return m === null ? null : m[1] !== undefined ? "up" : "down";
}

/**
 * The one home of the name words that tell a direction (evaluation-rules.md §3a, rule 3).
 * Lower-is-better words are tried first, so 收入比 is down although it contains 收入.
 * 消费价格 and 物价 (居民消费价格涨幅, 物价总水平涨幅): a plan's price target is a cap (our reading).
 * 劣Ⅴ类 (地表水劣Ⅴ类水体比例, written with the Roman numeral, a V or 五): the worst water, a cap
 * (our reading; with a baseline and target of 0 the series tells nothing, and 5 was met).
 */
export const LOWER_IS_BETTER: readonly string[] = [
  "死亡率", "发病率", "发生率", "患病率", "近视率", "失业率", "浓度", "能耗", "排放", "事故", "收入比", "倍差", "差距", "消费价格", "物价", "劣Ⅴ类", "劣V类", "劣五类", ...CHANGE_WORDS.down,
];

/**
 * 就业 (城镇新增就业, 新增就业人数, 就业人数): more jobs are better, also where a yearly plan asks for
 * fewer than the year before (8,200 done, 8000 planned: keep, not down by the series). 失业率 is
 * tried first, among the lower-is-better words, so 失业 rows keep their direction.
 * 能力 (传染病收治能力, 服务能力, 供给能力, 保障能力, 粮食综合生产能力): a capacity, more is better;
 * a target below the baseline is a floor to hold (传染病收治能力 1.72 → 1.5: keep, met from 1.5).
 */
export const HIGHER_IS_BETTER: readonly string[] = [
  "覆盖率", "参保率", "合格率", "达标率", "优良", "入学率", "入园率", "巩固率", "普及率", "寿命", "人数", "床位", "面积", "增加值", "收入", "就业",
  // a stock to hold (耕地保有量 255 → 250, 森林蓄积量): at least the target, not a fall to it (a trial's 252 was 滞后)
  "保有量", "蓄积量",
  // a capacity (传染病收治能力 1.72 → 1.5 was read down from the series, so a county rising to 1.9 was 严重滞后)
  "能力",
];

// a fall word ending the name, before a 率 or 幅度 and a unit in brackets: `单位GDP能耗降低（%）`, `…较2020年下降`
const FALL_AT_END = new RegExp(`(${CHANGE_WORDS.down.join("|")})(?:率|幅度)?(?:\\([^()]*\\))?$`);

// a rise word ending the name, before a 率 or 幅度 and a unit in brackets: `地区生产总值增长（%）`, `固定资产投资增速`
const RISE_AT_END = new RegExp(`(${[...CHANGE_WORDS.up, "增速", "增幅"].join("|")})(?:率|幅度)?(?:\\([^()]*\\))?$`);

/** The rise word that ends a name (`地区生产总值增长` → 增长, `规上工业增加值增速（%）` → 增速), or null. */
export function riseAtEnd(name: string): string | null {
  return RISE_AT_END.exec(normalizeText(name))?.[1] ?? null;
}

/** The fall word that ends a name which counts the size of its fall (`单位GDP能耗较2020年下降` → 下降), or null. */
export function fallAtEnd(name: string): string | null {
  return FALL_AT_END.exec(normalizeText(name))?.[1] ?? null;
}

/**
 * The direction an indicator's name tells, and the word that told it; null when none does.
 * A name that ends in a fall word (`单位GDP能耗较2020年下降`, `万元GDP能耗下降率（%）`) counts the
 * size of the fall, so a larger value is better: up, before 能耗 or 下降 could read it down
 * (evaluation-rules §3a rule 3, our reading: a yearly plan's `单位GDP能耗下降 | % | 3`).
 * A name that ends in a rise (增长, 增速, 增幅: `社会消费品零售总额增长`, `规上工业增加值增速（%）`) is a
 * growth rate, up, after the lower-is-better words (碳排放增长 stays down): a yearly plan's 6.5 against
 * last year's 8 is then keep, met from 6.5 up (§3a, our reading; it was read down from the series).
 */
export function directionFromName(name: string): { direction: "up" | "down"; word: string } | null {
  const n = normalizeText(name);
  const fall = fallAtEnd(n);
  // shown as "按名称：…下降": the word at the end, where 下降 alone would read down
  if (fall !== null) return { direction: "up", word: `…${fall}` };
  const down = LOWER_IS_BETTER.find((w) => n.includes(w));
  if (down) return { direction: "down", word: down };
  const up = HIGHER_IS_BETTER.find((w) => n.includes(w));
  if (up) return { direction: "up", word: up };
  const rise = riseAtEnd(n);
  return rise === null ? null : { direction: "up", word: rise };
}
