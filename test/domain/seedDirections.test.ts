import type { Direction, DirectionSource } from "../../src/domain/Direction";
import { num } from "../../src/domain/CellValue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import { indicatorDirection } from "../../src/domain/indicatorDirection";
import type { Status } from "../../src/domain/Status";
import { specUnit } from "../../src/sheet/indicatorParams";
import { directionLabel } from "../../src/sheet/directionLabel";
import { indicatorSpec } from "../../src/templates/indicatorSpec";
import { indicatorTemplate, seedIndicatorRows } from "../support/seedRows";

/**
 * Every row of every seed, re-judged by evaluation-rules.md §3a: its direction and the rule that
 * decided it (template, operator, a 〔〕 total (cumulative), name word, series, or default where there is no baseline).
 * The comment gives the row as the plan writes it: baseline → target (the deciding name word).
 */
const DIRECTIONS: Array<[string, Direction | null, DirectionSource | null]> = [
    ["zs16-01", "up", "name"], // 九年义务教育巩固率 (%) 100 → 100 (巩固率)
    ["zs16-02", "up", "name"], // 学前教育三年入园率 (%) 97.0 → 98.0 (入园率)
    ["zs16-03", "up", "name"], // 高中阶段毛入学率 (%) 96.6 → 98 (入学率)
    ["zs16-04", "down", "operator"], // 城镇登记失业率 (%) 2.19 → ≤4
    ["zs16-05", "up", "cumulative"], // 城镇新增就业人数 (万人) 1.2 → [5]
    ["zs16-06", "up", "series"], // 企业劳动合同签订率 (%) 96.9 → 98
    ["zs16-07", "up", "cumulative"], // 从业人员继续教育 (万人次) 3.0154 → [2.5]
    ["zs16-08", "up", "name"], // 基本养老保险参保率 (%) 90 → 90 (参保率)
    ["zs16-09", "up", "name"], // 基本医疗保险参保率 95 → 95 (参保率)
    ["zs16-10", "up", "series"], // 残疾人全面小康实现程度 (%) 89.68 → 96
    ["zs16-11", "up", "name"], // 人均预期寿命 (岁) 79.58 → 80.5 (寿命)
    ["zs16-12", "up", "name"], // 每千人医疗床位数 4.77 → 6 (床位)
    ["zs16-13", "up", "series"], // 每千人执业 (助理) 医师数 (人) 2.89 → 3.3
    ["zs16-14", "up", "operator"], // 城镇住房保障受益覆盖率 (%) 23.88 → >25
    ["zs16-15", "up", "series"], // 公交分担率 (不含步行) (%) 16.9 → 25
    ["zs16-16", "keep", "name"], // 城市公共交通服务指数 (用户满意度指数) (%) 82.06 → 80: keep by 满意度 (was down by the series)
    ["zs16-17", "up", "series"], // 农村公路等级化率 (%) 95.4 → 100
    ["zs16-18", "up", "name"], // 每千名老年人拥有社会养老床位数 (张) 40 → 50 (床位)
    ["zs16-19", "up", "name"], // 经常参加锻炼体育人数比例 (含在校学生) (%) / → 38 (人数)
    ["zs16-20", "up", "name"], // 人均体育场地面积 (平方米) 1.77 → 2.4 (面积)
    ["zs16-21", "up", "name"], // 公共图书馆有效持证人数占全市人口比例 (%) 11.66 → 15.18 (人数)
    ["zs16-22", "up", "name"], // 广播、电视综合人口覆盖率 (%) / → 100 (覆盖率)
    ["zs16-23", "keep", "series"], // 地表水断面I-III类比率 (%) 50 → 50
    ["zs16-24", "up", "name"], // 地表水交接断面水质达标率 (%) 100 → 100 (达标率)
    ["zs16-25", "up", "name"], // 农村生活污水有效治理建制村覆盖率 (%) 100 → 100 (覆盖率)
    ["zs16-26", "keep", "series"], // 设区城市日空气质量达标天数比例 (%) 95 → 95
    ["zs16-27", "up", "operator"], // 主要食品检验合格率 (%) 93.3 → >95
    ["zs16-28", "up", "name"], // 群众安全感满意率 (%) 97.5 → 98
    ["zs16-29", "down", "operator"], // 亿元生产总值安全事故死亡率 (人/亿元) 0.092 → ≤0.07
    ["zs21-01", "up", "operator"], // 3岁以下婴幼儿托育机构覆盖率(%) / → ≥50
    ["zs21-02", "up", "series"], // 每千人口拥有3岁以下婴幼儿托位数(个) 2.02 → 4.5
    ["zs21-03", "up", "operator"], // 婴幼儿照护服务机构从业人员持证率(%) / → ≥80
    ["zs21-04", "up", "series"], // 儿童预期受教育年限(年) 14.8 → 16
    ["zs21-05", "up", "operator"], // 普惠幼儿园(含公办园)比例(%) 88 → ≥90
    ["zs21-06-preschool", "up", "name"], // 持证适龄残疾儿童少年入学率 (%) 学前段 96.92 → 98 (入学率)
    ["zs21-06-compulsory", "up", "name"], // 持证适龄残疾儿童少年入学率 (%) 义务段 100 → 100 (入学率)
    ["zs21-06-highschool", "up", "operator"], // 持证适龄残疾儿童少年入学率 (%) 高中段 99.46 → >99
    ["zs21-07", "up", "default"], // 全国义务教育优质均衡发展县(市、区)比例(%) / → 75
    ["zs21-08", "up", "operator"], // 高等教育毛入学率(%) 62.4 → ≥70
    ["zs21-09", "up", "name"], // 居民人均可支配收入增长(%) 4.2 → 7 (收入)
    ["zs21-10", "up", "series"], // 劳动年龄人口平均受教育年限(年) 10.9 → 11
    ["zs21-11", "up", "cumulative"], // 城镇新增就业人数(万人) [12.3] → [15]
    ["zs21-12", "down", "operator"], // 城镇登记失业率(%) 1.55 → ≤3
    ["zs21-13", "up", "cumulative"], // 职业技能培训(万人) 13.6 → [15]
    ["zs21-14", "keep", "name"], // 工伤保险参保人数(万人) 40.11 → 40 (人数)
    ["zs21-15", "up", "name"], // 失业保险参保人数(万人) 25.82 → 27 (人数)
    ["zs21-16", "up", "name"], // 城镇住房保障受益覆盖率(%) 25 → 25 (覆盖率)
    ["zs21-17", "up", "name"], // 老旧小区改造面积(万平方米) 1243 → 1630 (面积)
    ["zs21-18", "up", "name"], // 文化及相关产业增加值(亿元) 50 → 75 (增加值)
    ["zs21-19", "up", "series"], // 居民综合阅读率(%) 89.3 → 92.6
    ["zs21-20", "up", "name"], // 每万人拥有公共文化设施面积(平方米) 3776 → 4375 (面积)
    ["zs21-21", "up", "name"], // 人均体育场地面积(平方米) 2.65 → 3.0 (面积)
    ["zs21-22", "up", "operator"], // 国民体质合格率(%) 93.7 → ≥95
    ["zs21-23", "up", "name"], // 体育产业增加值占GDP比重(%) 0.66 → 1.4 (增加值)
    ["zs21-24", "up", "name"], // 每千人口拥有医疗机构床位数(张) 6 → 7 (床位)
    ["zs21-25", "up", "series"], // 每千人口拥有执业(助理)医师数(常住人口)(人) 3.45 → 4.2
    ["zs21-26", "up", "series"], // 每千人护士数(人) 3.3 → 4.45
    ["zs21-27", "down", "operator"], // 重大慢病过早死亡率(%) 8.93 → <8.4
    ["zs21-28", "up", "name"], // 人均预期寿命(岁) 80.51 → 81.8 (寿命)
    ["zs21-29", "up", "operator"], // 县域就诊率(%) 89 → >90
    ["zs21-30", "up", "operator"], // 基本医疗保险参保率(%) 99 → >99
    ["zs21-31", "up", "cumulative"], // 儿童青少年总体近视率降低（%） / → [5]
    ["zs21-32", "up", "operator"], // 养老机构护理型床位占比（%） 51 → ≥58
    ["zs21-33", "up", "series"], // 每万老年人拥有持证养老护理员数（人） 22 → 25
    ["zs21-34", "up", "series"], // 老年人健康管理率（%） 68.94 → 75
    ["zs21-35", "up", "operator"], // 困难残疾人生活补贴、重度残疾人护理补贴覆盖率（%） 99.03 → >99
    ["zs21-36", "up", "operator"], // 残疾人专业托养机构覆盖率（%） 60 → >90
    ["zs21-37", "up", "series"], // 每万人持证社会工作专业人才数（人） 10 → 20
    ["zs21-38", "keep", "series"], // 计划分配军转干部和由政府安排工作的退役士兵（退出消防员）安置率（%） 100 → 100
    ["zs21-39", "down", "name"], // 亿元GDP生产安全事故死亡率（人/亿元） 0.023 → 0.012 (死亡率)
    ["zs21-40", "up", "operator"], // 公众对食品安全满意率（%） 86.1 → ≥85
    ["zs21-41", "up", "name"], // 药品安全公众满意度（%） 87 → 90
    ["zs21-42", "up", "series"], // 每万人拥有律师数（个） 2.86 → 4.5
    ["zs21-43", "up", "series"], // 公交分担率（不含步行）（%） 26 → 30
    ["zs21-44", "up", "operator"], // 城市空气质量优良天数比率（%） 97.8 → ≥93
    ["zs21-45", "down", "operator"], // 城市细颗粒物（PM _{2.5} ）平均浓度（微克/立方米） 17 → ≤19
    ["zs21-46", "up", "series"], // 地表水达到或好于Ⅲ类水体比例（%） 90.5 → 91
    ["qz21-01", "up", "operator"], // 3岁以下婴幼儿托育机构覆盖率（%） — → ≥50
    ["qz21-02", "up", "series"], // 每千人口拥有3岁以下婴幼儿托位数（个） 2.94 → 4.5
    ["qz21-03", "up", "operator"], // 婴幼儿照护服务机构从业人员持证率（%） — → ≥80
    ["qz21-04", "up", "series"], // 儿童预期受教育年限（年） 14.79 → 15.5
    ["qz21-05", "up", "operator"], // 普惠幼儿园在园幼儿占比（%） 96.95 → ≥90
    ["qz21-06", "up", "series"], // 公办幼儿园覆盖面（%） 36.80 → 60
    ["qz21-07", "up", "series"], // 优质园覆盖面（%） 69.91 → 80
    ["qz21-08", "up", "series"], // 全国义务教育优质均衡发展县（市、区）数（个） 0 → 4
    ["qz21-09", "up", "name"], // 高等教育毛入学率（%） 62 → 70 (入学率)
    ["qz21-10", "up", "name"], // 居民人均可支配收入增长（%） 5.1 → 保持全省领先 (收入)
    ["qz21-11", "up", "series"], // 劳动年龄人口平均受教育年限（年） 10.2 → 10.7
    ["qz21-12", "down", "name"], // 城乡居民收入比 1.88 → 1.8 (收入比)
    ["qz21-13", "up", "cumulative"], // 城镇新增就业人数（万人次） 〔25.22〕 → 〔10〕
    ["qz21-14", "down", "name"], // 城镇调查失业率（%） — → 5.5左右 (失业率)
    ["qz21-15", "up", "cumulative"], // 职业技能培训（万人次） — → 〔20〕
    ["qz21-16", "up", "name"], // 工伤保险参保人数（万人） 47 → 62 (人数)
    ["qz21-17", "up", "name"], // 失业保险参保人数（万人） 36 → 39 (人数)
    ["qz21-18", "up", "name"], // 城镇住房保障受益覆盖率（%） 21.54 → 23 (覆盖率)
    ["qz21-19", "up", "cumulative"], // 城镇老旧小区改造个数 — → 〔227〕
    ["qz21-20", "up", "cumulative"], // 未来社区美好家园示范点创建数（个） — → 〔8〕
    ["qz21-21", "up", "name"], // 文化及相关产业增加值（亿元） 64 → 110 (增加值)
    ["qz21-22", "up", "series"], // 居民综合阅读率（%） 89.5 → 92.5
    ["qz21-23", "up", "name"], // 每万人拥有公共文化设施面积（平方米） 820 → 900 (面积)
    ["qz21-24", "up", "name"], // 人均体育场地面积（平方米） 2.42 → 3.0 (面积)
    ["qz21-25", "up", "operator"], // 国民体质合格率（%） 93.6 → ≥94.5
    ["qz21-26", "up", "name"], // 体育产业增加值占GDP比重（%） 1.02 → 1.5 (增加值)
    ["qz21-27", "up", "name"], // 每千人口拥有医疗机构床位数（张） 6.39 → 7.8 (床位)
    ["qz21-28", "up", "series"], // 每千人执业（助理）医师数（人） 3.38 → 4
    ["qz21-29", "up", "series"], // 每千人注册护士数（人） 3.67 → 4.5
    ["qz21-30", "down", "operator"], // 重大慢病过早死亡率（%） 12.7 → <8.5
    ["qz21-31", "keep", "name"], // 传染病收治能力（床/万人口） 1.72 → 1.5 (能力)
    ["qz21-32", "up", "operator"], // 人均预期寿命（岁） 80.18 → 80.5以上
    ["qz21-33", "up", "operator"], // 县域就诊率（%） 89.23 → 90以上
    ["qz21-34", "up", "operator"], // 基本医疗保险参保率（%） 99.75 → >99
    ["qz21-35", "up", "cumulative"], // 儿童青少年总体近视率降低（%） — → 〔5〕
    ["qz21-36", "up", "name"], // 养老机构护理型床位占比（%） 51.2 → 58 (床位)
    ["qz21-37", "up", "series"], // 每万老年人拥有持证养老护理员数（人） 14.13 → 25
    ["qz21-38", "up", "name"], // 基本养老保险参保人数（万人） 202 → 204 (人数)
    ["qz21-39", "up", "operator"], // 老年人健康管理率（%） 70.71 → >72
    ["qz21-40-living-subsidy", "up", "operator"], // 困难残疾人生活补贴、重度残疾人护理补贴覆盖率（%） 困难残疾人生活补贴 98 → >99
    ["qz21-40-nursing-subsidy", "up", "operator"], // 困难残疾人生活补贴、重度残疾人护理补贴覆盖率（%） 重度残疾人护理补贴 98.75 → >99
    ["qz21-41", "up", "operator"], // 残疾人专业托养机构覆盖率（%） — → >90
    ["qz21-42", "up", "series"], // 每万人持证社会工作专业人才数（人） 19 → 25
    ["qz21-43", "up", "default"], // 转业军官和由政府安排工作的退役士兵(退出消防员)安置率(%) — → 100
    ["qz21-44", "down", "name"], // 亿元 GDP 生产安全事故死亡率(%) 0.035 → 0.017 (死亡率)
    ["qz21-45", "up", "operator"], // 公众食品安全满意度(%) 87.88 → ≥85
    ["qz21-46", "keep", "name"], // 食品评价性抽检合格率(%) 98.57 → 98.5 (合格率)
    ["qz21-47", "up", "name"], // 药品安全公众满意度(%) 88.52 → 90
    ["qz21-48", "keep", "name"], // 基本药物抽检合格率(%) 100 → 99.5 (合格率)
    ["qz21-49", "up", "series"], // 每万人拥有律师数(人) 2.72 → 4
    ["qz21-50", "up", "operator"], // 城市公交出行分担率(%) 32.4 → ≥35
    ["qz21-51", "up", "operator"], // 地级及以上城市空气质量优良天数比率(%) 96.4 → ≥96
    ["qz21-52", "down", "operator"], // 地级及以上城市细颗粒物(PM2.5)平均浓度(微克/立方米) 26 → ≤26
    ["qz21-53", "keep", "series"], // 地表水达到或好于III类水体比例(%) 100 → 100
    ["ss23-01", "up", "series"], // 每千人口拥有3岁以下婴幼儿托位数(个) 3.0 → 5.5
    ["ss23-02", "keep", "series"], // 普惠托位占比(%) 100 → 100
    ["ss23-03", "up", "series"], // 0—3岁儿童发育监测筛查率(%) 80 → 95
    ["ss23-04", "keep", "series"], // 通过全国学前教育普及普惠县省级评估率(%) 100 → 100
    ["ss23-05", "up", "default"], // 通过全国义务教育优质均衡发展县省级评估率(%) / → 100
    ["ss23-06", "up", "name"], // 高等教育毛入学率(%) / → 72.0 (入学率)
    ["ss23-07", "down", "operator"], // 城镇调查失业率(%) 4.7 → <5
    ["ss23-08", "up", "series"], // 欠薪线索动态化解率(%) 93 → 96
    ["ss23-09", "up", "series"], // 全县开展职业技能培训累计数(万人次) 0.36 → 1.56
    ["ss23-10", "up", "name"], // 人均预期寿命(岁) 81.10 → 82.70 (寿命)
    ["ss23-11", "down", "name"], // 重大慢病过早死亡率(%) 9.50 → 8.50 (死亡率)
    ["ss23-12", "up", "series"], // “浙里惠民保·舟惠保”投保率(%) 30 → 70
    ["ss23-13", "up", "series"], // 每万老年人口拥有持证养老护理员数(人) 28 → 34
    ["ss23-14", "up", "name"], // 基本养老保险参保人数(人) / → 完成市下达的任务指标 (人数)
    ["ss23-15", "up", "name"], // 长期护理保险覆盖人数(万人) / → 全覆盖 (人数)
    ["ss23-16", "up", "name"], // 城镇住房保障受益覆盖率(%) 17.8 → 18.5 (覆盖率)
    ["ss23-17", null, null], // 保障性租赁住房累计建设筹集套数(套、间) / → /
    ["ss23-18", "up", "name"], // 住宅小区专业物业服务覆盖率(%) 55 → 95 (覆盖率)
    ["ss23-19", "up", "series"], // 最低生活保障年人均标准(元) 12420 → 15000
    ["ss23-20", "up", "series"], // 困难群众医疗费用综合保障率(%) 80 → 90
    ["ss23-21", "up", "name"], // “残疾人之家”覆盖率(%) 75 → 100 (覆盖率)
];

const decided = new Map(seedIndicatorRows().map(([, t, d]) => {
  const spec = indicatorSpec(t, d);
  return [d.id, { ...indicatorDirection(spec, specUnit(spec).unitClass === "percent"), spec }] as const;
}));

describe("§3a direction of every seed row", () => {
  test("the table covers every seed row, once", () => {
    expect(DIRECTIONS.map(([id]) => id).sort()).toEqual([...decided.keys()].sort());
  });

  test.each(DIRECTIONS)("%s is %s, decided by %s", (id, direction, by) => {
    expect(decided.get(id)).toMatchObject({ direction, by });
  });

  test.each<[string, string]>([
    ["zs21-14", "保持"], ["qz21-48", "保持"], ["zs21-12", "↓越低越好"], ["zs21-24", "↑越高越好"],
    ["qz21-14", "≈接近目标"], ["ss23-17", "—"],
  ])("%s reads %s in the 方向 column", (id, label) => {
    const d = decided.get(id);
    const approx = /左右|^约/.test(d?.spec.target ?? "") ? "approximate" : (d?.spec.target ?? "/") === "/" ? "none" : undefined;
    expect(directionLabel(d?.direction ?? null, "zh", approx)).toBe(label);
  });
});

describe("§3a rule 3: the name words", () => {
  // [name, baseline, target, direction, by]: 就业 is up (our reading), 失业率 stays down
  test.each<[string, string, string, Direction, DirectionSource]>([
    ["新增城镇就业(人)", "8200", "8000", "keep", "name"],
    ["城镇新增就业人数(万人)", "1.2", "1.1", "keep", "name"],
    ["新增就业人数(人)", "900", "1000", "up", "name"],
    ["高校毕业生就业率(%)", "95", "96", "up", "name"],
    ["失业人员再就业人数(人)", "500", "450", "keep", "name"],
    ["城镇调查失业率(%)", "5.2", "5.5", "down", "name"],
    ["城镇登记失业率(%)", "3", "3.5", "down", "name"],
    ["失业保险参保人数(万人)", "25.82", "27", "up", "name"],
  ])("%s %s → %s is %s by %s", (name, baseline, target, direction, by) => {
    const spec = { name, unit: "", baseline, target, baselineYear: 2024, targetYear: 2025 };
    expect(indicatorDirection(spec, specUnit(spec).unitClass === "percent")).toMatchObject({ direction, by });
  });

  test("新增城镇就业 9100 against 8000 (2024年完成 8,200) is met, with no direction_inferred warning", () => {
    const r = evaluateIndicator({ spec: { name: "新增城镇就业(人)", unit: "", baseline: "8,200", target: "8000", baselineYear: 2024, targetYear: 2025 }, year: 2025, actuals: { 2025: num(9100) } });
    expect([r.status, r.direction]).toEqual(["met", "keep"]);
    expect(r.issues.map((i) => i.code)).not.toContain("direction_inferred");
  });
});

describe("§3a statuses of the rows the issue names", () => {
  test.each<[string, string, number, number, Status, string | null]>([
    ["zhoushan-2021-2025", "zs21-14", 2023, 41.5, "met", null],        // 工伤保险参保人数 40.11 → 40: keep
    ["quzhou-2021-2025", "qz21-48", 2023, 99.78, "met", null],         // 基本药物抽检合格率 100 → 99.5: keep
    ["quzhou-2021-2025", "qz21-31", 2023, 1.9, "met", null],           // 传染病收治能力 1.72 → 1.5: keep by 能力 (trial25b: 严重滞后 倒退)
    ["zhoushan-2016-2020", "zs16-16", 2020, 95.3, "met", null],         // 82.06 → 80: keep by 满意度 (read down from the series, it was 严重滞后 倒退)
    ["zhoushan-2021-2025", "zs21-39", 2023, 0.018, "lagging", null],   // 事故死亡率 0.023 → 0.012: down by its name, p = 0.45
  ])("%s %s in %s: %s is %s", (tid, id, year, value, status, code) => {
    const t = indicatorTemplate(tid);
    const d = t.indicators.find((x) => x.id === id);
    if (!d) throw new Error(id);
    const r = evaluateIndicator({ spec: indicatorSpec(t, d), year, actuals: { [year]: num(value) } });
    expect(r.status).toBe(status);
    if (code) expect(r.issues.map((i) => i.code)).toContain(code);
    else expect(r.issues.map((i) => i.code)).not.toContain("direction_inferred");
  });

  test("a person's direction in the template wins, and keep holds at least the target", () => {
    const t = indicatorTemplate("zhoushan-2016-2020");
    const d = t.indicators.find((x) => x.id === "zs16-16");
    if (!d) throw new Error("zs16-16");
    const up = evaluateIndicator({ spec: { ...indicatorSpec(t, d), direction: "up" }, year: 2020, actuals: { 2020: num(95.3) } });
    // up with a point target below the baseline is keep: met when A ≥ 80
    expect([up.status, up.direction, up.directionBy]).toEqual(["met", "keep", "template"]);
    const down = evaluateIndicator({ spec: { ...indicatorSpec(t, d), direction: "down" }, year: 2020, actuals: { 2020: num(95.3) } });
    expect([down.status, down.direction, down.directionBy]).toEqual(["severe", "down", "template"]);
    expect(down.progress).toBeLessThan(0);
    expect(down.issues.map((i) => i.code)).not.toContain("direction_inferred");
  });
});
