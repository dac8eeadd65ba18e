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
  "死亡率", "发病率", "发生率", "患病率", "近视率", "失业率", "浓度", "能耗", "排放", "事故", "收入比", "倍差", "差距", "消费价格", "物价", "劣Ⅴ类", "劣V类", "劣五类",
  // water use, capped as energy use is (万元工业增加值用水量 12.5 → 10左右 read up by 增加值; 用水总量)
  "用水量", "用水总量",
  // water lost from the mains (供水管网漏损率 14% → 10%), capped by the water rules; 漏损率 not 漏损, so a
  // 漏损控制达标率 stays up by 达标率 (our reading, trial47c F3)
  "漏损率",
  ...CHANGE_WORDS.down,
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
  // satisfaction (城市公共交通服务指数（用户满意度指数） 82.06 → 80 read down from the series, so 95.3 was 严重滞后 倒退)
  "满意度", "满意率",
];

// a fall word ending the name, before a 率 or 幅度 and a unit in brackets: `单位GDP能耗降低（%）`, `…较2020年下降`
const FALL_AT_END = new RegExp(`(${CHANGE_WORDS.down.join("|")})(?:率|幅度)?(?:\\([^()]*\\))?$`);

// a rise word ending the name, before a 率 or 幅度 and a unit in brackets: `地区生产总值增长（%）`, `固定资产投资增速`
const RISE_AT_END = new RegExp(`(${[...CHANGE_WORDS.up, "增速", "增幅"].join("|")})(?:率|幅度)?(?:\\([^()]*\\))?$`);

/**
 * The verbs a plan writes for a planned cut of a quantity (`调减0.7`, `压减至5亿亩`, `减少0.7`): the plan's own
 * statement that the row is to fall (evaluation-rules §3a rule 2a, our reading). Not after 不 (`不减少` holds).
 */
export const CUT_WORDS: readonly string[] = ["调减", "压减", "缩减", "削减", ...CHANGE_WORDS.down];

// a note part that begins with a cut verb (after a 较2020年 / 比上年 / 累计 / 年均 lead-in) and a number: `调减0.7`, `累计减少0.7亿亩`
// the lead-in a stated change may have before its verb: 较2020年 / 比上年 / 累计 / 年均
const CHANGE_LEAD = "(?:(?:较|比)(?:基期|上年|去年|\\d{4}年)?|累计|年均|五年|期内)*";
const CUT_PART = new RegExp(`^${CHANGE_LEAD}(${CUT_WORDS.join("|")})(?:至|到)?[-+]?\\d`);
// a 备注 that is only a cut verb (`调减`, `压减`: a 统计局 table's remark on 化肥使用量, trial40b F7)
const CUT_ONLY = new RegExp(`^(?:${CUT_WORDS.join("|")})$`);
/**
 * The verbs a plan writes for a planned rise it states of a quantity (`调增`, `调增0.5`, a 统计局 table's 备注 beside
 * 调减): the other side of CUT_WORDS (§3a rule 2a, our reading). Not 增长 / 增加 / 提高: a note's `年均增长：6` is a
 * growth target, no statement of the direction.
 */
export const RAISE_WORDS: readonly string[] = ["调增"];

// a note part that begins with a raise verb and a number (`调增0.5`, `累计调增2`), or is one alone (`调增`)
const RAISE_PART = new RegExp(`^${CHANGE_LEAD}(${RAISE_WORDS.join("|")})(?:至|到)?[-+]?\\d`);
const RAISE_ONLY = new RegExp(`^(?:${RAISE_WORDS.join("|")})$`);
// a part `label：value` whose label names a change column (累计, 年均增速, 增长%, 变化) and whose value is negative: `累计：〔-0.7〕`, `年均增速：-0.3`
const SIGNED_PART = /^([^:：]*(?:累计|年均|增|变化|变动|调整)[^:：]*)[:：]\s*[[〔【(]?\s*-\s*\d/;

/**
 * The plan's own statement, in a row's note, that the quantity is to fall (evaluation-rules §3a rule 2a,
 * our reading; a trial's `玉米种植面积（亿亩） | 5.7 | 5 | 〔-0.7〕` read 保持 by 面积, so a rise to 6.1 was
 * 提前实现): a 累计 or 年均 column's negative value, which the importer keeps in the note (`累计：〔-0.7〕`,
 * `年均增速：-0.3`), or a part that begins with a cut verb (`调减0.7`, CUT_WORDS), or is one alone (`调减`, a 备注 cell). The note's parts are split
 * at `；`. Returns the part that says it, to show why (`累计：〔-0.7〕`), or null. Free prose (a reviewer's
 * `目标值低于基期值…`) says nothing here: only a part that starts so.
 */
export function statedFall(note: string | undefined): string | null {
  return statedPart(note, (part) => SIGNED_PART.test(part) || CUT_PART.test(part) || CUT_ONLY.test(part));
}

/**
 * The plan's own statement, in a row's note, that the quantity is to rise: a part that begins with a raise verb
 * (`调增0.5`, RAISE_WORDS) or is one alone (`调增`, a 备注 cell). Returns the part, or null (as statedFall).
 */
export function statedRise(note: string | undefined): string | null {
  return statedPart(note, (part) => RAISE_PART.test(part) || RAISE_ONLY.test(part));
}

/** The first of a note's parts (split at `；`) that `says`, as written, or null. */
function statedPart(note: string | undefined, says: (part: string) => boolean): string | null {
  if (note === undefined) return null;
  for (const raw of note.split(/[;；]/)) {
    if (says(normalizeText(raw))) return raw.trim();
  }
  return null;
}

/**
 * The words of a works or activity volume (高标准农田建设, 新建学校, 老旧小区改造, 耕地修复, 完成造林, 新增
 * 车位, 职业技能培训, 引进人才): in a yearly plan the baseline is last year's amount done, so a target below it
 * is a smaller programme for this year, a floor, never a cap (evaluation-rules §3a, our reading: a trial's
 * `高标准农田建设 | 0.2 (2023年完成) | 0.15` was read down from the series, and building 0.75 was 严重滞后 倒退).
 * Read only in a yearly plan (worksWord); tried after the name's words (死亡率, 能耗… stay down). 建设用地
 * (新增建设用地, a land quota a plan caps) is no works volume.
 */
export const WORKS_WORDS: readonly string[] = [
  "建设", "新建", "建成", "改建", "扩建", "改造", "修复", "治理", "整治", "完成", "新增", "培训", "引进", "招引", "造林", "植树", "开工", "实施", "创建",
];

const WORKS = new RegExp(`(${WORKS_WORDS.join("|")})`);

/** The works word of a name (`高标准农田建设` → 建设), or null; a name holding 建设用地 has none. Yearly plans only (§3a, our reading). */
export function worksWord(name: string): string | null {
  const n = normalizeText(name);
  return n.includes("建设用地") ? null : WORKS.exec(n)?.[1] ?? null;
}

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
