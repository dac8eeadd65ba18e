import { regionFromTitle } from "../../../src/import/rules/regionFromTitle";

describe("regionFromTitle: the region a title names", () => {
  test.each<[string, string]>([
    ["舟山市“十四五”规划主要指标", "舟山市"],
    ["淳安县“十四五”教育事业发展主要指标", "淳安县"],
    ["某县“十四五”主要指标", ""],
    ["浙江省国民经济和社会发展第十四个五年规划", "浙江省"],
    ["某某自治州“十三五”卫生主要指标", "某某自治州"],
    ["普陀区“十四五”民政事业发展主要指标", "普陀区"],
    ["生态保护区主要指标", ""],
    ["“十四五”主要指标", ""],
    ["鄂托克前旗“十四五”规划主要指标", "鄂托克前旗"],
    // an autonomous area's name holds its peoples' (a second trial read 乡族自治县, 苗族自治县, 克族自治旗)
    ["东乡族自治县“十四五”规划主要指标", "东乡族自治县"],
    ["镇宁布依族苗族自治县国民经济和社会发展第十四个五年规划主要指标", "镇宁布依族苗族自治县"],
    ["鄂温克族自治旗“十四五”规划主要指标", "鄂温克族自治旗"],
    ["新疆维吾尔自治区“十四五”规划主要指标", "新疆维吾尔自治区"],
    ["内蒙古自治区“十四五”规划主要指标", "内蒙古自治区"],
    ["黔东南苗族侗族自治州“十四五”规划主要指标", "黔东南苗族侗族自治州"],
    // 乡镇街道 is the level, not a place
    ["乡镇街道“十四五”社会治理主要指标", ""],
    // a yearly list's year before the place: its 年 is no part of the name (read 年嵊泗县 before)
    ["2024 年嵊泗县公共服务一体化项目清单", "嵊泗县"],
    ["2024年嵊泗县公共服务一体化改革清单", "嵊泗县"],
    ["2023年度开化县重大建设项目计划", "开化县"],
  ])("%s → %s", (title, region) => {
    expect(regionFromTitle(title)).toBe(region);
  });
});

/** A trial's town plans read 「未注明」: the township level (镇, 乡, 街道, 苏木) is a region too. */
describe("regionFromTitle: a town's plan", () => {
  test.each<[string, string]>([
    ["白云镇“十四五”农业农村发展主要指标", "白云镇"],
    ["南岭乡“十四五”经济社会发展主要指标", "南岭乡"],
    ["青山镇农业农村现代化“十四五”规划年度目标表", "青山镇"],
    ["千岛湖镇国民经济和社会发展第十四个五年规划主要指标", "千岛湖镇"],
    ["西湖街道“十四五”发展规划主要指标", "西湖街道"],
    ["宝日希勒苏木“十四五”规划主要指标", "宝日希勒苏木"],
    ["青山镇乡村振兴“十四五”规划主要指标", "青山镇"],
    ["南岭乡新型城镇化规划主要指标", "南岭乡"],
    // a place named …城镇, before the title's break
    ["古城镇“十四五”规划主要指标", "古城镇"],
    ["新城镇 2021—2025年主要指标", "新城镇"],
    // the county before the town, as the city before the district
    ["淳安县千岛湖镇“十四五”主要指标", "淳安县"],
    // a town named …乡 before 镇 (三乡镇 in 中山市): a town before the title's break, not the level 乡镇
    ["三乡镇“十四五”规划主要指标", "三乡镇"],
    ["三乡镇 2021—2025年主要指标", "三乡镇"],
    ["中山市三乡镇“十四五”规划主要指标", "中山市"],
  ])("%s → %s", (title, region) => {
    expect(regionFromTitle(title)).toBe(region);
  });
});

/** Words of a plan's name that end in 镇, 乡 or 街道 are no region. */
describe("regionFromTitle: false friends", () => {
  test.each<[string, string]>([
    ["新型城镇化规划主要指标", ""],
    ["“十四五”新型城镇化发展规划主要指标", ""],
    ["统筹城乡发展主要指标", ""],
    ["城乡融合发展“十四五”规划主要指标", ""],
    ["乡村振兴“十四五”规划主要指标", ""],
    ["推进乡村振兴战略主要指标", ""],
    ["全县城镇污水处理规划主要指标", ""],
    ["全市乡镇卫生院建设主要指标", ""],
    ["全县镇村布局规划主要指标", ""],
    ["特色小镇建设主要指标", ""],
    ["历史文化名镇保护规划主要指标", ""],
    ["送文化下乡工程主要指标", ""],
    ["城市街道环境整治主要指标", ""],
    ["全区各街道“十四五”社区建设主要指标", ""],
    // the level 乡镇 after a word for all or a level, before the break too
    ["各乡镇“十四五”规划主要指标", ""],
    ["县乡镇“十四五”规划主要指标", ""],
    ["三乡镇乡村振兴规划主要指标", ""],
    // what a city is made, not a city (…城 before 市)
    ["智慧城市“十四五”规划主要指标", ""],
    ["新型智慧城市建设“十四五”规划主要指标", ""],
    ["某某智慧城市建设规划主要指标", ""],
    ["海绵城市建设规划主要指标", ""],
    ["全国文明城市创建主要指标", ""],
    ["某某市智慧城市建设规划主要指标", "某某市"],
    // a zone's words in a plan's name, or a zone not before the title's break
    ["全省开发区“十四五”发展规划主要指标", ""],
    ["国家级新区“十四五”发展规划主要指标", ""],
    ["国家高新区“十四五”发展规划主要指标", ""],
    ["省级开发区“十四五”发展规划主要指标", ""],
    ["产业园区“十四五”规划主要指标", ""],
    ["化工园区“十四五”规划主要指标", ""],
    ["城市新区“十四五”建设主要指标", ""],
    ["推进开发区改革主要指标", ""],
    ["天府新区高质量发展规划主要指标", ""],
    ["某某县乡村振兴规划主要指标", "某某县"],
    ["某某市新型城镇化规划主要指标", "某某市"],
  ])("%s → %s", (title, region) => {
    expect(regionFromTitle(title)).toBe(region);
  });
});

/**
 * A trial's 渠县“十四五”…规划 read no region: a one-character county (or 城区, 郊区, 矿区) at the title's start,
 * before “十四五”, 十五五, 国民经济, a year or a bracket, is the region; a word for all, this or a level is not.
 */
describe("regionFromTitle: a one-character county or district at the start", () => {
  test.each<[string, string]>([
    ["渠县“十四五”教育事业发展规划主要指标", "渠县"],
    ["沛县十五五规划主要指标", "沛县"],
    ["歙县国民经济和社会发展第十四个五年规划主要指标", "歙县"],
    ["新县“十五五”规划主要指标", "新县"],
    ["2024年渠县国民经济和社会发展计划主要指标", "渠县"],
    ["滑县（2021—2025年）卫生健康主要指标", "滑县"],
    ["城区“十四五”规划主要指标", "城区"],
    ["郊区国民经济和社会发展第十四个五年规划主要指标", "郊区"],
    ["矿区“十四五”规划主要指标", "矿区"],
    // words for all, this or a level; 某县 a placeholder; not before the title's break
    ["全县“十四五”规划主要指标", ""],
    ["本县“十四五”规划主要指标", ""],
    ["各县“十四五”规划主要指标", ""],
    ["市县“十四五”规划主要指标", ""],
    ["某县“十四五”规划主要指标", ""],
    ["全区“十四五”规划主要指标", ""],
    ["市区“十四五”规划主要指标", ""],
    ["山区“十四五”发展规划主要指标", ""],
    ["县域经济“十四五”规划主要指标", ""],
    ["渠县教育事业发展主要指标", ""],
  ])("%s → %s", (title, region) => {
    expect(regionFromTitle(title)).toBe(region);
  });
});

/** A trial's zone plans read 「未注明」: a zone that plans for itself is its region, before the title's break. */
describe("regionFromTitle: a zone's plan", () => {
  test.each<[string, string]>([
    ["苏州工业园区“十四五”规划主要指标", "苏州工业园区"],
    ["天府新区“十四五”规划主要指标", "天府新区"],
    ["四川天府新区“十四五”规划主要指标", "四川天府新区"],
    ["合肥高新区国民经济和社会发展第十四个五年规划主要指标", "合肥高新区"],
    ["北京经济技术开发区“十四五”规划主要指标", "北京经济技术开发区"],
    ["浦东新区“十四五”规划主要指标", "浦东新区"],
    // a city (or county) before its zone, as before its district
    ["上海市浦东新区“十四五”规划主要指标", "上海市"],
    ["合肥市高新区“十四五”规划主要指标", "合肥市"],
    // cities whose names end in 城 stay cities
    ["晋城市“十四五”规划主要指标", "晋城市"],
    ["盐城市国民经济和社会发展第十四个五年规划", "盐城市"],
  ])("%s → %s", (title, region) => {
    expect(regionFromTitle(title)).toBe(region);
  });
});

/** trQ's 某县公共服务五年目标（某县） read no region: a bracket holding a place and nothing else names it, of one character too. */
describe("regionFromTitle: a place in the title's bracket", () => {
  test.each<[string, string]>([
    ["某县公共服务五年目标（某县）", "某县"],
    ["公共服务五年目标(沛县)", "沛县"],
    ["公共服务五年目标（某县）（2021—2025年）", "某县"],
    ["乡村振兴规划主要指标（某县）", "某县"],
    ["公共服务主要指标（西湖街道）", "西湖街道"],
    // words, not places
    ["公共服务主要指标（全市）", ""],
    ["公共服务主要指标（县区）", ""],
    ["公共服务主要指标（市区）", ""],
    ["公共服务主要指标（乡镇）", ""],
    ["公共服务主要指标（社区）", ""],
    ["公共服务主要指标（城区）", ""],
    ["公共服务主要指标（矿区）", ""],
    ["公共服务主要指标（市、区）", ""],
    ["公共服务主要指标（试行）", ""],
    // a place at the start comes first
    ["衢州市公共服务主要指标（某县）", "衢州市"],
    // one character at the start stays no region (某县“十四五”… in many a sample)
    ["某县“十四五”主要指标", ""],
  ])("%s → %s", (title, region) => {
    expect(regionFromTitle(title)).toBe(region);
  });
});
