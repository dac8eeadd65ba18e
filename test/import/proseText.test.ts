import { importTable } from "../../src/import";
import { isSentence } from "../../src/import/header";

// a notice written in prose was half-read as a table: a line `主要指标` over `到2025年，全县……` was taken for a header
// one cell a line (到2027年 a target year, then 请用 --baseline-year, and with it one indicator 重点任务), or a PDF's
// `指标 到 2027 年，…` for one that 读不懂; now refused in one line saying it is text, not a table
const NOTICE = [
  "关于印发某县推进高质量发展三年行动方案的通知",
  "各乡镇人民政府，县政府各部门：",
  "现将方案印发给你们，请认真贯彻执行。",
  "主要指标",
  "到2025年，全县地区生产总值达到450亿元，年均增长6%左右。",
  "到2027年，全县地区生产总值达到500亿元，城乡居民人均可支配收入达到5.5万元，森林覆盖率保持在70%以上。",
  "重点任务",
  "加快产业升级，规模以上工业增加值达到150亿元。",
  "某县人民政府",
  "2025年3月1日",
].join("\n");
const PDF_NOTICE = [
  "某县推进高质量发展三年行动方案（2025—2027 年）",
  "指标 到 2027 年，全县地区生产总值达到 500 亿元，年均增长 6%左右。",
  "到 2027 年，全县城乡居民人均可支配收入达到 5.5 万元；森林覆盖率保持在 70%以上。",
].join("\n");
const PLAIN_NOTICE = [
  "关于印发某县三年行动方案（2025—2027年）的通知",
  "现将《某县三年行动方案（2025—2027年）》印发给你们，请认真贯彻执行。",
  "一、主要目标",
  "到2027年，全县地区生产总值达到500亿元；森林覆盖率保持在70%以上。",
].join("\n");
// the same notice with its table: the table is read, the prose around it is not a header
const WITH_TABLE = [...PLAIN_NOTICE.split("\n"), "附件：主要指标", "序号\t指标\t单位\t2024年\t2027年\t属性", "1\t地区生产总值\t亿元\t420\t500\t预期性", "2\t森林覆盖率\t%\t69.5\t≥70\t约束性"].join("\n");

describe("running text is refused as text, not half-read as a table", () => {
  test.each<[string, string, string, RegExp, RegExp]>([
    ["a 主要指标 line over sentences (was no-years, 到2027年 a target year)", NOTICE, "prose", /^粘贴的内容是成段的文字（如“到2025年，全县地区生产总值达到450亿元……”），不是表格/, /^The paste is running text \(such as “到2025年，全县地区生产总值达到450亿元……”\), not a table/],
    ["a PDF's spaced 指标 到 2027 年 (was header-unreadable)", PDF_NOTICE, "prose", /^粘贴的内容是成段的文字（如“指标 到 2027 年……”）/, /running text/],
    ["a notice with no header word (was no-header)", PLAIN_NOTICE, "prose", /^粘贴的内容是成段的文字（如“到2027年，全县地区生产总值达到500亿元……”）/, /running text/],
    // a yearly plan's targets as one paragraph, as a 政府工作报告 gives them (a real one: glaivesports.com/gfbw/qwfb/16374725.html)
    ["one paragraph of a yearly plan's targets (was no-header)", "今年全县发展主要预期目标是：地区生产总值增长6%左右；城镇新增就业3000人以上，城镇调查失业率5.5%以内；居民消费价格涨幅3%左右；粮食产量保持稳定。", "prose", /^粘贴的内容是成段的文字（如“今年全县发展主要预期目标是：地区生产总值增长6%左右……”）/, /running text/],
    // a newspaper's list of the year's targets (the shape of cjrb.cjn.cn/h5/html5/2025-01/17/content_151731_1763949.htm)
    ["a list of targets as points (was no-header)", "■ 2025年全县发展的主要预期目标\n\n●地区生产总值增长6%左右\n\n●城镇新增就业3000人以上\n\n●居民消费价格涨幅2%左右\n\n●粮食产量保持稳定", "prose", /^粘贴的内容是逐条列出的目标（如“地区生产总值增长6%左右”），不是表格/, /^The paste is a list of targets written as sentences \(such as “地区生产总值增长6%左右”\), not a table/],
    // a 政府工作报告's 主要预期目标 numbered (the shapes of test/fixtures/tables/trial31c/*-list-*.txt): said a list, its example without the number
    ["a list numbered 一、 (was prose, its example 一、地区生产总值…)", "今年经济社会发展的主要预期目标是：\n一、地区生产总值增长6%左右；\n二、城镇新增就业1.2万人以上；\n三、城镇调查失业率控制在5.5%以内；\n四、居民消费价格涨幅2%左右。", "prose", /^粘贴的内容是逐条列出的目标（如“地区生产总值增长6%左右”），不是表格.*政府工作报告、通知只逐条写了目标的/, /^The paste is a list of targets written as sentences \(such as “地区生产总值增长6%左右”\).*government work report/],
    ["a list numbered 1. without stops (was no-header)", "1. 地区生产总值增长6%左右\n2. 城镇调查失业率控制在5.5%以内\n3. 居民人均可支配收入增长与经济增长同步\n4. 粮食产量稳定在50万吨以上", "prose", /^粘贴的内容是逐条列出的目标（如“地区生产总值增长6%左右”）/, /^The paste is a list of targets/],
    ["a list numbered （一） of three short points (was prose, said 成段的文字)", "（一）地区生产总值增长6%左右。\n（二）一般公共预算收入增长5%。\n（三）城镇新增就业1万人。", "prose", /^粘贴的内容是逐条列出的目标（如“地区生产总值增长6%左右”）/, /^The paste is a list of targets/],
    ["a list numbered (1) and ①", "(1)地区生产总值增长6%左右\n(2)城镇新增就业1万人以上\n①粮食产量稳定在50万吨以上\n②居民消费价格涨幅3%左右", "prose", /^粘贴的内容是逐条列出的目标（如“地区生产总值增长6%左右”）/, /^The paste is a list of targets/],
    ["a table's rows numbered 1. without a header: not a list", "1. 地区生产总值 亿元 300 450\n2. 森林覆盖率 % 60 61\n3. 常住人口城镇化率 % 55 60\n4. 居民人均可支配收入 万元 5 7", "no-header", /^没有找到指标表的表头/, /No indicator table header/],
    ["a table's rows numbered 一、 with columns: not a list", "一、地区生产总值  亿元  300  450\n二、森林覆盖率  %  60  61\n三、常住人口城镇化率  %  55  60\n四、居民人均可支配收入  万元  5  7", "no-header", /^没有找到指标表的表头/, /No indicator table header/],
    ["one short line typed to try: not prose", "随便写的一段话，没有表格。", "no-header", /^没有找到指标表的表头/, /No indicator table header/],
    ["a table without a header, tabbed: not prose", "随便写的一段话，没有表格。\n\t\t3.5\t≥8", "no-header", /^没有找到指标表的表头/, /No indicator table header/],
  ])("%s", (_d, text, code, zh, en) => {
    const r = importTable(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    expect(r.message).toMatch(zh);
    expect(r.message).not.toMatch(/\n/);
    expect(r.messageEn).toMatch(en);
  });

  test("a table in the notice is read, and only it", () => {
    const r = importTable(WITH_TABLE);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((i) => [i.name, i.baseline, i.target])).toEqual([["地区生产总值", "420", "500"], ["森林覆盖率", "69.5", "≥70"]]);
    expect([r.template.baselineYear, r.template.targetYear]).toEqual([2024, 2027]);
  });
});

describe("isSentence: a clause's stop outside brackets", () => {
  test.each<[string, boolean]>([
    ["到2027年，全县地区生产总值达到500亿元", true],
    ["到2027年,全县", true],
    ["达到全省平均水平。", true],
    ["年均增长（%，累计）", false],
    ["2025年目标（预期性，约束性）", false],
    ["到2030年", false],
    ["“十四五”目标", false],
  ])("%s → %s", (label, sentence) => {
    expect(isSentence(label)).toBe(sentence);
  });
});

describe("a notice's numbered paragraphs are running text, not a list of targets", () => {
  // test/fixtures/plans/putuo-integration-2024.txt's shape: `1. 人口向着大岛聚。结合……` paragraphs (said 逐条列出的目标 before POINT_CHARS)
  test("said 成段的文字", () => {
    const para = (n: number): string => `${n}. 聚焦学校建设布局规划，加快海岛教育资源集聚，促进区域一体化协调发展。在普陀本岛范围内持续扩大城区优质教育资源供给，到2025年，新增学位4140个，义务教育学生大岛就读率达到100%。`;
    const r = importTable(["（一）围绕“学有优教”统筹优化教育资源配置。", para(1), para(2), para(3)].join("\n"));
    if (r.ok) throw new Error("loaded");
    expect([r.code, r.params]).toEqual(["prose", expect.objectContaining({ list: false })]);
    expect(r.message).toMatch(/^粘贴的内容是成段的文字/);
  });
});
