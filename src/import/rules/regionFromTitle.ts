/** A word that ends a region's name in a title, and when a name ending in it is a word of the plan's name instead. */
interface RegionWord {
  word: string;
  /** the name before the word ends so: a word, not a place (城乡, 保护区, 特色小镇) */
  notAfterName?: RegExp;
  /** the text after the word begins so: a word, not a place (乡村振兴, 镇村布局) */
  notBeforeText?: RegExp;
  /**
   * names ending so are places (古城镇, 新城镇) and words (城镇燃气, 新型城镇化) alike: a place only
   * when the title breaks right after it (TITLE_BREAK)
   */
  onlyBeforeBreak?: RegExp;
  /** the longest name before the word, in characters (NAME_LENGTH when not said) */
  longest?: number;
}

/** The longest name before a region word: 2 to 4 characters (千岛湖镇, 鄂托克前旗). */
const NAME_LENGTH = 4;
/** An autonomous area's name holds its peoples' names: 镇宁布依族苗族自治县, 新疆维吾尔自治区. */
const AUTONOMOUS_NAME_LENGTH = 8;

/**
 * What a city is made (智慧城市, 海绵城市, 全国文明城市): a name ending in one of these and 城 before 市
 * is a word of the plan's name, not a city (晋城市, 盐城市, 邹城市 end in 城 too).
 */
const CITY_KINDS = ["智慧", "海绵", "森林", "文明", "园林", "卫生", "韧性", "数字", "智能", "宜居", "生态", "无废", "低碳", "绿色", "健康", "安全", "平安", "创新", "人文", "公园", "花园", "国际", "中心", "枢纽", "新型", "美丽", "幸福", "书香", "节水", "双拥"];
/**
 * The names before a zone word that make it a word of the plan's name (全省开发区, 国家级新区, 国家高新区,
 * 产业园区, 化工园区, 城市新区), not a zone.
 */
const NOT_A_ZONE = /(?:全[省市县区]|各类?|[国省市县区]级|国家级?|城市|产业|化工|农业|现代|特色|重点|示范|专业|省|市|县)$/;

/**
 * The words that end a region's name in a plan's title, the one home of them: 省 to 旗 (county
 * level and up), the township level a town's plan comes from (镇, 乡, 街道, and 苏木 in Inner
 * Mongolia; 嘎查 is a village, as 村, which is not read), and a zone that plans for itself
 * (苏州工业园区, 天府新区, 合肥高新区, …经济技术开发区) when the title breaks right after it: its words
 * stand in plans' names too (开发区高质量发展). Longer words first.
 */
const REGION_WORDS: readonly RegionWord[] = [
  // before 新区, 开发区 and 区: 合肥高新区 is not 合肥高新 + 区
  ...["高新技术产业开发区", "经济技术开发区", "经济开发区", "工业园区", "高新区", "开发区", "新区"].map((word) => ({ word, notAfterName: NOT_A_ZONE, onlyBeforeBreak: /$/ /* any name */ })),
  // before 县, 旗, 区 and 乡: 东乡族自治县 is not 乡族自治县, 鄂温克族自治旗 not 克族自治旗
  { word: "自治州", longest: AUTONOMOUS_NAME_LENGTH },
  { word: "自治县", longest: AUTONOMOUS_NAME_LENGTH },
  { word: "自治旗", longest: AUTONOMOUS_NAME_LENGTH },
  { word: "自治区", longest: AUTONOMOUS_NAME_LENGTH },
  { word: "街道", notAfterName: /(?:城市|乡村|农村|乡镇|[各老背小主])$/ },
  { word: "苏木" },
  { word: "省" },
  // 智慧城市, 海绵城市
  { word: "市", notAfterName: new RegExp(`(?:${CITY_KINDS.join("|")})城$`) },
  { word: "县" },
  // a 社区, 园区, 开发区, 保护区 … is not a region (a zone before a title's break is, by the zone words above)
  { word: "区", notAfterName: /(?:社|园|景|城|小|辖|地|片|山|街|新|示范|保护|功能|开发|服务|试验|先行)$/ },
  { word: "盟" },
  { word: "旗" },
  // 村镇, 乡镇, 集镇, 特色小镇, 历史文化名镇, 农业强镇, 工业重镇, 各镇; 镇村布局. A name ending in 乡
  // (三乡镇 in 中山市) is a town before the title's break, as one ending in 城 (古城镇), unless 乡镇 is the
  // level after a word for all or a level (各乡镇, 全乡镇, 县乡镇, 城乡镇)
  { word: "镇", notAfterName: /(?:[村集小名强重各]|[各全县市区城]乡)$/, notBeforeText: /^村/, onlyBeforeBreak: /[城乡]$/ },
  // 城乡, 送文化下乡, 家乡, 故乡, 返乡, 各乡; 乡村振兴, 乡镇, 乡土, 乡风文明, 乡贤
  { word: "乡", notAfterName: /[城下家故回返各]$/, notBeforeText: /^[村镇土风贤愁亲情]/ },
];

const LEADING_YEAR = /^\s*(?:19|20)\d\d\s*年度?\s*/;
const NAME_CHAR = /^[\u3400-\u9fff\uf900-\ufaff]$/u;
// where a title's words about the plan begin right after the region: a quote, a bracket, a space, a
// year, the end, or the plan's period in words
const TITLE_BREAK = /^(?:$|[“"「『《〈（(\s\d０-９]|十[一二三四五六]五|国民经济|第[一二三四五六七八九十]+个五年)/;

/**
 * The first name of 2 to 4 characters (an autonomous area's up to 8) at `start` of `title` that a region word ends, shortest first:
 * the region, "" when it is a word of the plan's name, undefined when no region word ends one.
 */
function candidateAt(title: string, start: number): string | undefined {
  for (let len = 2; len <= AUTONOMOUS_NAME_LENGTH; len++) {
    const name = title.slice(start, start + len);
    if (name.length < len || ![...name].every((c) => NAME_CHAR.test(c))) return undefined;
    for (const w of REGION_WORDS) {
      if (len > (w.longest ?? NAME_LENGTH) || !title.startsWith(w.word, start + len)) continue;
      const rest = title.slice(start + len + w.word.length);
      const word = w.notAfterName?.test(name) || w.notBeforeText?.test(rest) || (w.onlyBeforeBreak?.test(name) && !TITLE_BREAK.test(rest));
      return word ? "" : name + w.word;
    }
  }
  return undefined;
}

/**
 * A one-character name is a place only where nothing else could stand for it: the whole of a bracket
 * in the title (`…五年目标（某县）`, `（沛县）`), never a word for all, this or the level itself
 * (全市, 本区, 县区, 市区, 乡镇) nor an area that is no region (矿区, 林区, 牧区, 郊区, 港区).
 */
const NOT_A_ONE_CHARACTER_NAME = /^[全本各该我此每其省市县区州乡镇村城矿林牧郊灾校营厂库港湾园景山社街辖片地小新老]$/;
/**
 * A one-character name at the very start of a title, before its break (`渠县“十四五”…`, `沛县国民经济…`,
 * `城区“十四五”…`): a county of any character but a word for all, this, a level, a number or a size
 * (全县, 本县, 各县, 该县, 市县, 两县, 强县; 某县, a placeholder), and of the districts only those whose
 * whole name is an area word (城区, 郊区, 矿区 of 阳泉, 长治, 晋城).
 */
const LEADING_ONE_CHARACTER: ReadonlyArray<{ word: string; name: RegExp }> = [
  { word: "县", name: /^[^全本各该我此每其外邻属郡州省市县区乡镇村某一两二三四五六七八九十百千万强大名小]$/u },
  { word: "区", name: /^[城郊矿]$/ },
];

/** The one-character county or district a title starts with (LEADING_ONE_CHARACTER), "" when none. */
function leadingOneCharacter(title: string, start: number): string {
  const name = title.slice(start, start + 1);
  if (!NAME_CHAR.test(name)) return "";
  const w = LEADING_ONE_CHARACTER.find((l) => title.startsWith(l.word, start + 1) && l.name.test(name));
  return w !== undefined && TITLE_BREAK.test(title.slice(start + 1 + w.word.length)) ? name + w.word : "";
}

/** A bracket of a title: （…） or (…). */
const BRACKET = /[（(]([^（）()]{2,12})[）)]/g;

/**
 * The region a bracket of the title holds and nothing else (`某县公共服务五年目标（某县）` → 某县), "" when
 * none does: the name before a region word (REGION_WORDS, not a word of the plan's name), here of 1 character too.
 */
function regionInBrackets(title: string): string {
  for (const [, inside = ""] of title.matchAll(BRACKET)) {
    for (const w of REGION_WORDS) {
      if (!inside.endsWith(w.word)) continue;
      const name = inside.slice(0, inside.length - w.word.length);
      const placeName = name.length >= 1 && name.length <= (w.longest ?? NAME_LENGTH) && [...name].every((c) => NAME_CHAR.test(c))
        && !w.notAfterName?.test(name) && !(name.length === 1 && NOT_A_ONE_CHARACTER_NAME.test(name));
      if (placeName) return inside;
      break;
    }
  }
  return "";
}

/**
 * The region a title names, the first from its start (`衢州市“十五五”…` → 衢州市; `舟山市普陀区…` → 舟山市;
 * `白云镇“十四五”…` → 白云镇; `淳安县千岛湖镇…` → 淳安县; `天府新区“十四五”…` → 天府新区), "" when none:
 * a name of 2 to 4 characters before a region word (REGION_WORDS). When the first such name is a word of
 * the plan's name (社区, 园区; 新型城镇化, 城乡融合, 乡村振兴, 特色小镇, 智慧城市; 开发区 not before the
 * title's break) the title names none: reading on would take a phrase of a long title for a place (统筹考虑城市).
 * Else (or then) a bracket that holds a place and nothing else, of one character too: `某县公共服务五年目标（某县）` → 某县.
 * A one-character county or district is read at the title's start before its break (`渠县“十四五”…` → 渠县,
 * `城区“十四五”…` → 城区; not 全县, 本县, 各县: LEADING_ONE_CHARACTER).
 */
export function regionFromTitle(title: string): string {
  // a yearly plan's year before the place (`2024 年嵊泗县…`): its 年 is no character of the place's name
  const from = LEADING_YEAR.exec(title)?.[0].length ?? 0;
  const oneCharacter = leadingOneCharacter(title, from);
  if (oneCharacter !== "") return oneCharacter;
  for (let i = from; i + 2 < title.length; i++) {
    const r = candidateAt(title, i);
    // a bracket holding nothing but a place is read all the same (乡村振兴规划（某县）)
    if (r !== undefined) return r || regionInBrackets(title);
  }
  return regionInBrackets(title);
}
