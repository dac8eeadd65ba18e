import { normalizeText } from "./normalizeText";
import { memo } from "./memo";

/** How a unit is checked (evaluation-rules.md §2). */
export type UnitClass = "percent" | "permille" | "count" | "amount" | "age" | "years" | "ratio" | "other";

export interface Unit {
  /** the unit as written or inferred ("" when unknown) */
  symbol: string;
  unitClass: UnitClass;
  /** true when the name had no unit and it was inferred from the name's ending */
  inferred: boolean;
  /** the name without its unit group */
  bareName: string;
}

/**
 * Things counted whole (evaluation-rules §2 counts): §2's list, and the counting words (量词) plans put in
 * brackets for what they count (起 accidents, 宗 cases, 例 patients, 批, 种, 场 …, and their 次 forms).
 */
const COUNTS = new Set([
  "人", "个", "张", "所", "家", "套", "间", "户", "项", "条", "台", "次", "人次", "床", "座", "名", "处", "辆",
  "起", "宗", "例", "批", "种", "场", "届", "对", "双", "枚", "颗", "棵", "尾", "羽", "匹", "架", "列", "本", "幅", "块", "支", "队", "位", "栋", "幢", "层",
  "例次", "场次", "批次", "架次", "车次", "户次", "件次",
]);
const AMOUNTS = new Set(["万人", "万人次", "万平方米", "平方米", "亿元", "万元", "元", "万户", "万套", "公顷", "亩", "千米", "公里", "万册"]);
/** Metric symbols as plans write them (km, t, kWh …): measures, so amounts. */
const SYMBOLS = new Set(["km", "m", "cm", "mm", "km²", "km2", "m²", "m2", "m³", "m3", "㎡", "㎥", "㎞", "kg", "g", "mg", "t", "ha", "kw", "mw", "gw", "kwh", "gb", "tb", "mbps", "gbps"]);
/** Units that are neither counts nor amounts (a score, a multiple, points of a percentage, a time, a temperature): read as units, checked only as numbers. */
const OTHER_UNITS = new Set(["百分点", "个百分点", "倍", "分", "级", "星", "分钟", "秒", "周", "月", "日", "℃", "°c", "db"]);

/**
 * A scale alone, the thing counted left to the name (`在线政务服务实名用户规模（亿）`: 亿人, `（万）`): an
 * amount, so a value typed in the wrong scale is warned. A trial's bare 亿 was lost, and check then said
 * the name gave no unit.
 */
const SCALES = new Set(["万", "亿", "万亿", "千万", "百万", "十万"]);

/** What a plan's unit column writes for "no unit": a dash of any length or kind, a slash, 无 (normalised: －→-, ／→/). */
/** the dash (or 无) a plan's unit column writes for a number with no unit; the importer reads it as an empty cell */
export const NO_UNIT = /^(?:[-—–―/]+|无)$/;

/** Classifies a unit symbol. Compound count units such as `套、间` count as counts. */
export function classifyUnit(symbol: string): UnitClass {
  return classifyCached(symbol);
}

const classifyCached = memo(classify);

function classify(symbol: string): UnitClass {
  const s = normalizeText(symbol);
  if (s === "%") return "percent";
  if (s === "‰") return "permille";
  if (s === "岁") return "age";
  if (s === "年") return "years";
  // a plan's unit column writes a dash (or 无) for a number with no unit, a ratio (城乡居民收入比 —): no unit
  // to append, decided here once, so check, sheet and report agree (unitText)
  if (s === "比" || s === "ratio" || NO_UNIT.test(s)) return "ratio";
  if (s.split(/[、,/]/).every((p) => COUNTS.has(p)) && !s.includes("/")) return "count";
  if (AMOUNTS.has(s) || SCALES.has(s) || s.includes("/") || SYMBOLS.has(s.toLowerCase())) return "amount";
  if (COUNTS.has(s)) return "count";
  // a measure, or a count in 万/亿 (万张, 亿吨, 亿亩, 万例): an amount, so a value in the wrong scale is warned
  if (MEASURE.test(s)) return "amount";
  return "other";
}

/**
 * Things counted in ones that §2 checks as amounts (a row's average 重污染天数 may be 2.5 天; 万件 is a scale): days, events,
 * documents, head of livestock. With COUNTS they are the units countedInOnes reads.
 */
const COUNTED = ["册", "件", "头", "只", "株", "艘", "篇", "部", "份", "天"];

/** Measures and scaled counts that plans put in brackets (the importer keeps any of them as the unit). */
const MEASURE = new RegExp(`^[万亿千百十]?(${[
  "吨", "亩", "公顷", "平方千米", "平方公里", "平方米", "立方米", "千米", "公里", "米", "千克", "公斤", "斤", "克", "千瓦时", "千瓦", "度", "元",
  ...COUNTED, "标准箱", "标箱", "箱", "小时", ...COUNTS,
].join("|")})$`);

/**
 * Whether a unit counts things in ones, unscaled (天, 件, 个, 次, 起, 套、间; not 万人, 万件, 小时 or 吨): a change of one or
 * two there is a day or an event, not a share (evaluation-rules §8a, our reading: jumpFloor).
 */
export function countedInOnes(symbol: string): boolean {
  const s = normalizeText(symbol);
  return classifyUnit(s) === "count" || COUNTED.includes(s);
}

/**
 * Rates a name ends in that are not counted in % (evaluation-rules §2, our reading; trial44a F1: 婴儿死亡率 read as %,
 * and 2.1‰ then asked to be converted to 0.21, which check called a slip of 2.1): the unit their statistics use, or ""
 * where it varies (人口死亡率 ‰, 道路交通万车死亡率 人/万车, 传染病发病率 1/10万): none inferred, the import asks for it.
 * The first that matches; 过早死亡率 (重大慢性病, a probability in %) stays %.
 */
const RATES: readonly (readonly [RegExp, string])[] = [
  [/孕产妇死亡率$/, "1/10万"],
  [/(婴儿|新生儿|儿童)死亡率$/, "‰"],
  [/过早死亡率$/, "%"],
  [/(死亡率|发病率)$/, ""],
  // per 1,000 people (千人口献血率), births (出生率) and the natural growth of a population (人口自然增长率, which
  // may be below 0: a change, so its ‰ row takes negatives, unitBounds): ‰
  [/^每?千人口.*率$|出生率$|自然增长率$/, "‰"],
];

const GROUP_AT_END = /[(（]([^()（）]*)[)）]\s*$/;

/** True when a bracketed group reads as a unit rather than as part of the name (含在校学生). */
function looksLikeUnit(group: string): boolean {
  const g = normalizeText(group);
  if (g.length === 0 || g.length > 8) return false;
  if (/^(含|不含|包括|常住|户籍|其中|累计|新增|年均)/.test(g)) return false;
  return classifyUnit(g) !== "other" || OTHER_UNITS.has(g.toLowerCase()) || /^[%‰]$|元|米|克|人|个|岁|年|次|床|套|间|吨|亩|顷|张/.test(g);
}

/**
 * The unit of an indicator from its name: the last parenthesised group at the end.
 * Where the name has none, it is inferred from the name's ending and marked `inferred`
 * so the check can say so (率/比例/占比/覆盖率/比重 → %, but the rates of RATES, 比 and 倍差 → ratio, 个数 → 个).
 */
export function detectUnit(name: string): Unit {
  return detectCached(name);
}

const detectCached = memo(detect);

function detect(name: string): Unit {
  const trimmed = name.trim();
  const m = GROUP_AT_END.exec(trimmed);
  const group = m?.[1];
  if (m && group !== undefined && looksLikeUnit(group)) {
    const symbol = normalizeText(group);
    return { symbol, unitClass: classifyUnit(symbol), inferred: false, bareName: trimmed.slice(0, m.index).trim() };
  }
  const bare = normalizeText(trimmed);
  // a rate whose convention is not % (孕产妇死亡率 per 10万, 婴儿死亡率 ‰), or unsure (another 死亡率): before 率 → %
  const rate = RATES.find(([words]) => words.test(bare));
  if (rate) return rate[1] === "" ? { symbol: "", unitClass: "other", inferred: false, bareName: trimmed } : { symbol: rate[1], unitClass: classifyUnit(rate[1]), inferred: true, bareName: trimmed };
  if (/(率|比例|占比|比重)$/.test(bare)) return { symbol: "%", unitClass: "percent", inferred: true, bareName: trimmed };
  // 城乡居民收入比, 城乡居民收入倍差: a ratio, written 1.9 or 1.9:1
  if (/(?:比|倍差)$/.test(bare)) return { symbol: "比", unitClass: "ratio", inferred: true, bareName: trimmed };
  if (/个数$/.test(bare)) return { symbol: "个", unitClass: "count", inferred: true, bareName: trimmed };
  return { symbol: "", unitClass: "other", inferred: false, bareName: trimmed };
}
