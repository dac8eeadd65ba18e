import { UNREAD_EFFECT, unreadCells, unreadChange, unreadMessage, unreadPlace, type ImportCode, type UnreadParams } from "../../src/import/unreadMessages";
import { unreadFields, type UnreadField } from "../../src/import/unreadFields";
import { formatUnread, importTable } from "../../src/import";
import type { TableSource } from "../../src/import/TableSource";
import type { Column } from "../../src/import/header";

/** The one home of the importer's reasons: every code has a Chinese and an English text that says its effect. */
const col: Column = { label: "2025年", kind: "target", year: 2025 };
const SAMPLES: { [C in ImportCode]: UnreadParams[C] } = {
  traditional: { count: 3 }, "cell-per-line": { columns: 4, rows: 7 }, "header-joined": { lines: [2, 3], header: "序号 | 指标 | 2020年 | 2025年目标 | 属性" }, "script-markup": { count: 2, example: "1\t城市细颗粒物（PM2.5）平均浓度（微克/立方米）\t35\t33" }, "title-joined": { lines: 2, title: "某市十四五残疾人事业发展主要指标" },
  "cell-breaks": { from: 5, to: 8, parts: ["小学", "初中"], source: "paste" }, "edge-category": { rows: 4, word: "社会保障" }, "spanned-rows": { rows: 7, categories: 2, headerBlanks: 0 },
  "column-unknown": { label: "牵头单位" }, "column-weight": { label: "权重" },
  "column-vision": { label: "2035年远景目标", targetYear: 2025 }, "column-past-target": { label: "2025年计划", baselineYear: 2025, targetYear: 2026 }, "column-growth-other": { label: "增长%", of: "2023年预计完成", year: 2023, targetYear: 2024, taken: "2024年计划" }, "column-results": { labels: ["2024年实际"], years: [2024], baselineYear: 2025 }, "target-from-growth": { label: "增长%", growth: "6左右", name: "规模以上工业增加值增长", unit: "亿元", baseline: "" }, "target-and-growth": { target: "3000", growth: "5左右", label: "增长%" }, "target-in-unread-column": { label: "年均增长%", value: "8" }, "target-choice": { taken: "2025年目标", targetYear: 2025, earlier: ["2023年目标"], years: [2023], later: [], chosen: false }, "years-from-title": { baselineYear: 2015, targetYear: 2020 }, "baseline-first-year": { label: "2024年", baselineYear: 2024, targetYear: 2030, planBase: 2025 }, "baseline-year-column": { label: "2016年", baselineYear: 2016, title: "节水达标建设目标分解表", targetTable: true }, "yearly-plan": { baselineYear: 2023, targetYear: 2024, targetFromTitle: false, baselineLabel: "" }, "target-vision-only": { label: "2035年远景目标", baselineYear: 2020, targetYear: 2035, planEnd: 2025 }, "name-only": {}, "attribute-empty": {},
  "attribute-unknown": { value: "可能" }, "attribute-mark": { mark: "▲", attribute: "约束性", note: "标注▲的为约束性指标，其余为预期性指标" }, "attribute-in-note": { value: "约束性", label: "备注" }, "row-shifted": { value: "约束性", column: col }, "attribute-early": { value: "预期性", column: { label: "〔累计〕", kind: "cumulative" } },
  "one-cell": { value: "95", columns: [col, col] }, "cell-count": { found: 3, columns: [col, col] }, "unit-from-name": { unit: "%", columns: 4 }, "unit-left-blank": { value: "79", columns: 4 },
  "cjk-spaces": { value: "保持 领先", joined: "保持领先", column: col }, "value-empty": { column: col },
  "number-only": { number: "3" }, "other-table": { headerLine: 2 }, "project-table": {},
  "number-glued": { cell: "1.某某率(%)", number: "1", name: "某某率(%)" }, "name-span": { category: "空气质量", name: "地级及以上城市空气质量优良天数比率（%）" }, "group-category": { group: "1.空气质量", name: "空气质量", number: "1" }, "group-parts": { group: "5.主要污染物排放总量减少（%）", number: "5", name: "主要污染物排放总量减少（%）", part: "化学需氧量" }, "parts-parent": { name: "义务教育标准班额比例（%）", number: "4", part: "小学" }, "attribute-merged": { values: ["预期性"], lines: [13, 14] }, "number-gap": { number: "5", last: "3" }, "number-heading": { number: "1", name: "健康水平" }, "heading-numbered": { heading: "1。空气质量", domain: "生态环境质量·空气质量" },
  "name-joined": { piece: "比例(%)", rowLine: 4, number: "2", values: true }, "not-a-row": { more: true },
  "table-end": { left: 3 }, "sub-row": { text: "其中：小学", number: "4", part: "小学" }, "name-parts": { cell: "义务教育标准班额比例(%)其中:小学", name: "义务教育标准班额比例(%)", parts: ["小学"] }, "part-run-end": { name: "高中阶段毛入学率", parent: "义务教育巩固率" }, "sub-indicators": { name: "人力资源水平", number: "10", part: "每万劳动力中研发人员数" }, "no-number": { numberColumn: true, cells: 5, width: 5 },
  "heading-empty": { heading: "幼有善育" }, "domain-alone": { text: "民生" },
  "domain-joined": { lines: [5, 6], joined: "幼儿照护服务" }, "domain-section": { lines: [3], section: "生态环境质量", domain: "空气质量", joined: "生态环境质量·空气质量" }, "name-merged": { name: "7.国家重点保护野生动植物保护率（%）", blanks: 1 }, "domain-page-break": { domain: "保障", before: "社会", joined: "社会保障" }, "domain-wrapped": { domain: "发展", before: "经济", joined: "经济发展" }, "category-name-wrapped": { rowLine: 6, category: "社会民生", name: "每千人口拥有3岁以下婴幼儿托位数", before: { category: "社会", name: "每千人口拥有3岁以下婴幼儿托" } },
  "compound-split": { value: "98/98.75", inTarget: false, by: "、", parts: ["甲补贴", "乙补贴"] },
  "target-from-cumulative": { cumulative: "18", written: "〔18〕", target: "" }, "target-cumulative-note": { target: "0.52", written: "〔0.52〕", note: "②减排量为五年累计值；" }, "baseline-words": { value: "正增长" }, "baseline-bound": { value: "＞85", read: "85" }, "target-none": { target: "—" }, "direction-from-series": { baseline: "255", target: "250" }, "direction-series-up": { rows: ["4 人口自然增长率"] }, "direction-name-keep": { word: "增长", baseline: "3.1", target: "2.5" }, "target-bare-reduction": { target: "14.5", written: "〔14.5〕" }, "direction-from-change": { change: "累计 〔-0.7〕", target: "5" }, "target-and-cumulative": { target: "15", cumulative: "〔18〕" },
  "baseline-remark": { value: "41.8（2019年）", read: "41.8", remark: "2019年", kind: "year" },
  "target-from-annual": { value: ">7", label: "年均/累计", target: "—", words: false },
  "unit-from-value": { unit: "年" }, "unit-none": { name: "重点生态功能区所属县域生态环境状况指数" }, "unit-inferred": { name: "婴儿死亡率", unit: "‰" }, "name-spaces": { name: "农产品质量安全例行监测合格 率(%)", joined: "农产品质量安全例行监测合格率(%)" }, "name-justified": { name: "工 业", joined: "工业" }, "name-bracket": { name: "小麦稻谷自给率（%", closed: "小麦稻谷自给率（%）", unit: "%" }, "name-mark": { mark: "★", name: "森林覆盖率(%)", attribute: "约束性", footnote: "" }, "name-digit": { digits: "2", name: "地级及以上城市2空气质量优良天数比率(%)", footnote: "" }, "attribute-from-note": { attribute: "预期性", marks: "★", note: "带★的为约束性指标，其余为预期性指标" }, "dash-lookalike": { value: "一", column: col }, "decimal-stop": { value: "76。7", read: "76.7", column: col }, "value-mark": { value: "60.6*", mark: "*", kept: "60.6", column: col, footnote: "*为2019年数据" }, "value-glued-mark": { value: "15.74", kept: "15.7", mark: "4", column: col, footnote: "4.为2013年数据。", taken: true, year: 2013, decimals: true }, "unit-differs": { valueUnit: "万人", unit: "" },
  "name-duplicate": { name: "每千人口拥有执业（助理）医师数", firstLine: 8, firstId: "r05", id: "r06", firstDomain: "", domain: "" },
  "spaced-columns": { rows: 14, columns: 6 }, "spaced-unaligned": { why: "spaces-in-name-or-value", columns: 6, labels: "类别 | 序号 | 指标 | 2020年 | 2025年 | 属性" },
  "target-relative": { target: "下降10%", up: false, amount: 10, per: "percent", baseline: "8.1", suggested: "7.29" },
  "target-level-rise": { target: "〔1〕", baseline: "77.3", total: "1", suggested: "78.3" },
  "target-cumulative-rate": { target: "[15]", baseline: "85.6", reach: "15", rise: "100.6" },
  "target-negative-total": { target: "〔−100〕", total: "100", positive: "〔100〕", name: "化肥使用量减少（万吨）" },
  "plan-negative": { baseline: "-120", target: "0", which: "baseline", unit: "万立方米", direction: "up", guessed: true },
  "target-approximate-direction": { target: "3左右", value: "3", low: "2.7", high: "3.3", met: 10, word: "消费价格", down: true },
  "target-approximate-baseline-met": { target: "63左右", value: "63", low: "56.7", high: "69.3", met: 10, baseline: "58.3", word: null, down: false, reach: true },
  "target-approximate-far": { target: "5.5左右", value: "5.5", baseline: "70", factor: 12.7, below: true, meant: "55" },
  "target-approximate-wide": { target: "90左右", value: "90", low: "81", high: "99", met: 10, points: "9", down: false },
  "target-words": { target: "每年降低0.5个百分点以上" }, "baseline-missing": { rows: ["5 每千人口医疗卫生机构床位数", "7 每万人口全科医生数"], baselineYear: 2020 },
  "target-compound": { target: "6500/7000", parts: ["6500", "7000"] },
  "target-remark": { target: "70以上（力争75）", reads: "70以上", remark: "力争75", kind: "aim" },
  "target-range": { target: "7.4—7.5", low: "7.4", high: "7.5", bound: "floor", word: null, baseline: "6.46" },
  "yearly-no-target": { name: "农业科技进步贡献率", years: [2021, 2022, 2023, 2024], written: ["—"], withTarget: [2025] },
  "list-total": { label: "合计" }, "list-row-joined": { number: "20", name: "建立县域特色公共服务规划体系", rowLine: 30 }, "list-no-name": { number: "7" },
  "list-group-empty": { category: "社保" }, "list-unclassified": { count: 2, word: "未分类" }, "list-category-long": { category: "城乡基础设施和公共服务设施补短板强弱项类项目", kept: "城乡基础设施和公共服务设施补短板强弱项类" },
  "list-investment-wan": { count: 12, written: "156000", read: "15.6" }, "list-investment-unit": { label: "总投资" }, "list-investment-approx": { written: "约49.07", read: "49.07" },
  "list-investment-words": { written: "15.6（含征地）" }, "list-period-respelt": { count: 3, written: "2023年-2025年", read: "2023-2025" }, "list-period-unreadable": { written: "2024年底" },
  "list-period-joined": { labels: ["开工年份", "竣工年份"], count: 7, written: "2022 | 2025", read: "2022-2025" }, "list-no-period": { count: 7 },
  "list-column-unused": { label: "建设性质", kind: "projects" }, "list-deadline": { labels: ["完成时限"] }, "list-years": { baselineYear: 2023, targetYear: 2024, from: "title" }, "list-markup": { count: 5, tag: "<p>" },
  "list-unit-note": { note: "单位：万元", unit: "万元" }, "list-header-rows": { header: "序号 | 项目名称 | 总投资（万元） | 2025年计划投资（万元）" },
  "list-type-remark": { label: "项目类型" }, "list-spaced": { rows: 3, columns: 7 }, "list-spaced-unaligned": { words: 9, columns: 7, labels: "序号 | 项目名称 | 建设内容" }, "list-period-months": { count: 2, written: "2023.6-2025.12", read: "2023-2025" },
};

describe("unreadMessages: each code's text in zh and en, ending in its effect", () => {
  test.each(Object.keys(SAMPLES) as ImportCode[])("%s", (code) => {
    const u = { code, params: SAMPLES[code] };
    const zh = unreadMessage(u);
    const en = unreadMessage(u, "en");
    if (UNREAD_EFFECT[code] === "not-loaded") {
      expect(zh).toMatch(/未载入$/);
      expect(en).toMatch(/not loaded$/);
    } else {
      expect(zh).toMatch(/已载入，请核对$/);
      expect(en).toMatch(/to check$/);
    }
    expect(zh).not.toContain("undefined");
    expect(en).not.toContain("undefined");
    expect(en.replace(/“[^”]*”/g, "")).not.toMatch(/[\u4e00-\u9fff]{4}/);
  });

  test.each<[ImportCode, UnreadParams[ImportCode], string, string]>([
    // a sheet's merged 属性: every row that took it named (once per table said only the first, trial41c F2)
    ["attribute-merged", { values: ["预期性"], lines: [13, 14] }, "分项行的属性一格为空（与上一行合并的单元格），第 13、14 行沿用上一行的“预期性”，已载入，请核对", "part rows' 属性 cells are empty (a cell merged with the row above): lines 13, 14 take the row above's “预期性”; loaded, to check"],
    ["attribute-merged", { values: ["预期性", "约束性"], lines: [9] }, "第 9 行沿用上一行的“预期性”或“约束性”", "line 9 takes the row above's “预期性” or “约束性”"],
    ["cell-breaks", { from: 5, to: 8, parts: ["小学", "初中"], source: "paste" }, "单元格内有换行（网页复制的表格），第 5—8 行合为一行，并按分项拆成“小学”“初中” 2 行，已载入，请核对", "lines 5–8 joined into one row, split into 2 rows by part (“小学”, “初中”)"],
    // a sheet's or a table's row is known: its cells' lines are joined, no range of lines to name
    ["cell-breaks", { from: 16, to: 16, parts: ["本科及以上学历比例(%)"], source: "sheet" }, "单元格内有换行（工作表），各格中的几行已连成一行，并把分项“本科及以上学历比例(%)”拆为单独一行，已载入，请核对", "line breaks inside cells (a worksheet): each cell's lines joined, the part “本科及以上学历比例(%)” split off into a row of its own"],
    ["cell-breaks", { from: 3, to: 3, parts: [], source: "docx" }, "单元格内有换行（Word 文档的表格），各格中的几行已连成一行，已载入，请核对", "line breaks inside cells (a Word document's table): each cell's lines joined; loaded, to check"],
    ["cell-breaks", { from: 3, to: 3, parts: [], source: "html" }, "单元格内有换行（网页的表格），各格中的几行已连成一行，已载入，请核对", "line breaks inside cells (a web page's table): each cell's lines joined; loaded, to check"],
    // one part: no “split into 1 parts”
    ["cell-breaks", { from: 16, to: 16, parts: ["本科及以上学历比例(%)"], source: "html" }, "并把分项“本科及以上学历比例(%)”拆为单独一行", "the part “本科及以上学历比例(%)” split off into a row of its own"],
    ["cell-breaks", { from: 11, to: 11, parts: ["小学", "初中"], source: "html" }, "并按分项拆成“小学”“初中” 2 行", "split into 2 rows by part (“小学”, “初中”)"],
    // a target cell holding a dash is no empty cell
    ["target-from-annual", { value: "高于GDP增长", label: "年均/累计", target: "—", words: true }, "目标值为“—”（无目标），“年均/累计”列", "the target is “—” (none): “高于GDP增长”"],
    ["target-from-annual", { value: ">7", label: "年均/累计", target: "", words: false }, "目标值一格为空，“年均/累计”列的“>7”没有〔〕，是年均目标而不是五年累计", "empty target: “>7” in the “年均/累计” column has no 〔〕, so it is a yearly average"],
    // trO: a target in words is neither a yearly average nor a five-year total
    ["target-from-annual", { value: "完成省下达任务", label: "年均增长〔累计〕", target: "—", words: true }, "“年均增长〔累计〕”列的“完成省下达任务”是文字目标（没有数值，不分年均或五年累计），按文字载入为目标：每年的状态为待人工评估，已载入，请核对", "“完成省下达任务” in the “年均增长〔累计〕” column is a target in words (no number: neither a yearly average nor a five-year total), loaded as the target in words: each year is manual (“待人工评估”); loaded, to check"],
    ["target-from-cumulative", { cumulative: "〔18〕", written: "〔18〕", target: "-" }, "目标值为“-”（无目标），取累计列", "the target is “-” (none): the cumulative column's"],
    // trial33: a footnote calling the row a five-year total; a target it cannot total is kept
    ["target-cumulative-note", { target: "0.52", written: "〔0.52〕", note: "②减排量为五年累计值；" }, "表注“②减排量为五年累计值；”说明本行是五年累计数：目标“0.52”按五年累计目标“〔0.52〕”载入", "the target “0.52” is loaded as the five-year total “〔0.52〕”"],
    ["target-cumulative-note", { target: "≤5", written: null, note: "②为五年累计数" }, "而目标“≤5”不是可以累计的数值，按所写载入", "but the target “≤5” is no number to add up to, so it is kept as written"],
    ["baseline-words", { value: "正增长" }, "基期值“正增长”不是数值，按文字载入", "the baseline “正增长” is no number"],
    ["unit-differs", { valueUnit: "万人", unit: "" }, "数值中写明的单位“万人”与指标单位“未注明”不同", "the indicator's unit is “none”"],
    ["name-joined", { piece: "比例(%)", rowLine: 4, number: "2", values: false }, "已把“比例(%)”接在第 4 行（序号 2）的名称之后，已载入", "joined to line 4 (No. 2); loaded"],
    // trial34: a table without 序号 (its rows named by line alone): no empty （序号 ）
    ["name-joined", { piece: "（万人次）", rowLine: 9, number: "", values: false }, "已把“（万人次）”接在第 9 行的名称之后，已载入", "joined to line 9; loaded"],
    ["row-shifted", { value: "约束性", column: col }, "“约束性”落在目标值（2025年）一列", "in the target column"],
    ["attribute-early", { value: "预期性", column: { label: "〔累计〕", kind: "cumulative" } }, "这一行比表头少一格，“预期性”落在属性之前的累计值一列：按右对齐读取，“预期性”是属性，缺的一格是属性之前的累计值，按空白读取，已载入，请核对", "“预期性” fell in the cumulative column, the one before 属性: read from the right"],
    ["name-duplicate", { name: "甲率", firstLine: 8, firstId: "r05", id: "r06", firstDomain: "", domain: "" }, "指标名称“甲率”与第 8 行（r05）重复（本行为 r06），可能重复录入或名称少了区分（如城镇/农村），两行都已载入，请核对", "also that of line 8 (r05), this row r06"],
    ["name-duplicate", { name: "在校生", firstLine: 7, firstId: "r-3", id: "r-5", firstDomain: "九年义务教育", domain: "高中阶段教育" }, "指标名称“在校生”与第 7 行（r-3）重复（本行为 r-5）：第 7 行在领域“九年义务教育”下，本行在“高中阶段教育”下，核对、汇总表和报告在名称后写明领域以示区分（“在校生（九年义务教育）”“在校生（高中阶段教育）”）；如规划原文中两项名称本不相同，请改正名称，两行都已载入，请核对", "line 7 is under the category “九年义务教育”, this row under “高中阶段教育”; check, the summary and the report name each with its category"],
    ["column-vision", { label: "2035年远景目标", targetYear: 2025 }, "“2035年远景目标”是规划期（至 2025 年）之后的远景目标，不作为规划目标", "beyond the plan (which ends in 2025)"],
    ["column-past-target", { label: "2025年计划", baselineYear: 2025, targetYear: 2026 }, "“2025年计划”是 2025 年或以前的计划目标（上一年度计划的执行情况），不是本计划 2026 年的目标，该列的数据未载入", "not this plan's 2026 target: its data not loaded"],
    ["column-results", { labels: ["2024年实际", "2025年完成"], years: [2024, 2025], baselineYear: 2023 }, "“2024年实际”、“2025年完成”是 2024 年、2025 年的实际（完成）数，不是基期值（基期取 2023 年一列）或目标：作为规划的完成情况载入（评估报告用），不填入填报表，已载入，请核对", "hold the actual results of 2024, 2025, not the baseline (the 2023 column) nor a target"],
    ["target-from-growth", { label: "增长%", growth: "6左右", name: "规模以上工业增加值增长", unit: "亿元", baseline: "1200" }, "取“增长%”一列的“6左右”为目标：本行按增速载入为“规模以上工业增加值增长”（单位 %），基期值“1200”（亿元）是总量、不是增速，未作为基期值", "loaded as the growth rate “规模以上工业增加值增长” (unit %), its baseline “1200” (亿元) an amount"],
    ["target-in-unread-column", { label: "年均增长%", value: "8" }, "目标值为空，而未能识别的“年均增长%”一列在本行有“8”", "the unrecognised column “年均增长%” holds “8”"],
    ["target-choice", { taken: "2025年目标", targetYear: 2025, earlier: ["2022年目标", "2023年目标"], years: [2022, 2023], later: [], chosen: false }, "表头有 3 个目标年份，取最晚的“2025年目标”（2025 年）为规划目标，“2022年目标”“2023年目标”作为 2022 年、2023 年的年度目标载入；如要以另一年为规划目标，请加 --target-year 2023 重新导入", "the latest, “2025年目标” (2025), taken as the plan's target, “2022年目标”, “2023年目标” kept as the yearly targets of 2022, 2023; for another year, import again with --target-year 2023"],
    // trial47b F3: a 2021–2035 plan with a 2025 milestone said nothing of how 2021–2024 would be judged
    ["target-choice", { taken: "2035年", targetYear: 2035, earlier: ["2025年"], years: [2025], later: [], chosen: false, baselineYear: 2020 }, "表头有 2 个目标年份，取最晚的“2035年”（2035 年）为规划目标，“2025年”作为 2025 年的年度目标载入；2021—2024 年按 2025 年的目标评估，2026—2034 年按 2035 年的规划目标评估（序时进度自基期 2020 年算至该目标年）；如要以另一年为规划目标（只评估到该年，其后的目标不载入），请加 --target-year 2025 重新导入", "; 2021–2024 are judged against the 2025 milestone target, 2026–2034 are judged against the 2035 plan target (progress timed from the 2020 baseline to that year); for another year (judging up to that year only, the later targets not loaded), import again with --target-year 2025"],
    ["target-choice", { taken: "2025年目标", targetYear: 2025, earlier: ["2021年目标", "2022年目标", "2023年目标", "2024年目标"], years: [2021, 2022, 2023, 2024], later: [], chosen: false, baselineYear: 2020 }, "作为 2021 年、2022 年、2023 年、2024 年的年度目标载入；如要以另一年为规划目标，请加 --target-year 2024 重新导入", "kept as the yearly targets of 2021, 2022, 2023, 2024; for another year, import again"],
    ["target-choice", { taken: "2020年目标", targetYear: 2020, earlier: [], years: [], later: ["2030年目标值"], chosen: true }, "按选定的目标年份取“2020年目标”（2020 年）为规划目标，其后的“2030年目标值”不载入", "“2020年目标” (2020) taken as the plan's target, the target year chosen, the later “2030年目标值” not loaded"],
    ["target-relative", { target: "下降10%", up: false, amount: 10, per: "percent", baseline: "8.1", suggested: "7.29" }, "目标“下降10%”是相对基期值的变化，不是目标值，已按文字载入（待人工评估）；如规划的意思是不高于 7.29（8.1 × (1 − 10%)），可在生成的模板文件中把目标（target）改写为“≤7.29”，已载入，请核对", "if the plan means at most 7.29 (8.1 × (1 − 10%)), write the target as “≤7.29”"],
    ["target-level-rise", { target: "〔1〕", baseline: "77.3", total: "1", suggested: "78.3" }, "目标“〔1〕”是五年累计数，而基期值 77.3 是当年的水平：按累计目标核对时，每年应填当年的增加数（不是当年的数值），各年相加；如规划的意思是期末达到 78.3（77.3 + 1），可在生成的模板文件中把目标（target）改写为“≥78.3”，已载入，请核对", "if the plan means reaching 78.3 (77.3 + 1) by the end, write the target as “≥78.3”"],
    ["target-relative", { target: "提高2个百分点", up: true, amount: 2, per: "points", baseline: "85.5", suggested: "87.5" }, "不低于 87.5（85.5 + 2），可在生成的模板文件中把目标（target）改写为“≥87.5”", "at least 87.5 (85.5 + 2 points)"],
  ])("%s says its parameters", (code, params, zh, en) => {
    expect(unreadMessage({ code, params })).toContain(zh);
    expect(unreadMessage({ code, params }, "en")).toContain(en);
  });
});

// the pane says a line's state itself once its row was edited or dropped (已修改, 已删除): what the
// importer did, without its closing 已载入，请核对 / loaded, to check
describe("unreadChange: a to-check line's reason without its verdict", () => {
  const toCheck = (Object.keys(SAMPLES) as ImportCode[]).filter((c) => UNREAD_EFFECT[c] === "to-check");
  test.each(toCheck)("%s", (code) => {
    const u = { code, params: SAMPLES[code] };
    for (const lang of ["zh", "en"] as const) {
      const bare = unreadChange(u, lang);
      expect(bare.length).toBeGreaterThan(8);
      expect(unreadMessage(u, lang).startsWith(bare)).toBe(true);
      expect(bare).not.toMatch(/(已载入，请核对|to check|[，,;；：:])$/);
    }
  });

  test.each<[ImportCode, string, string]>([
    ["value-empty", "目标值（2025年）一格为空，按空白读取", "empty target cell, read as blank"],
    ["name-duplicate", "可能重复录入或名称少了区分（如城镇/农村）", "entered twice, or a distinction such as urban/rural missing from the name"],
    ["target-approximate-direction", "可在生成的模板文件中把目标（target）改写为“≤3”", "write the target as “≤3” in the template file written (its target)"],
    ["target-approximate-baseline-met", "可在生成的模板文件中把目标（target）改写为“≥63”", "write the target as “≥63” in the template file written (its target)"],
  ])("%s ends on what it says", (code, zh, en) => {
    const u = { code, params: SAMPLES[code] };
    expect([unreadChange(u, "zh").endsWith(zh), unreadChange(u, "en").endsWith(en)]).toEqual([true, true]);
  });
});

// which of a row's preview fields a line speaks of: an edit of that field answers it (the pane's 已修改)
describe("unreadFields: the preview fields a line speaks of", () => {
  test.each<[ImportCode, UnreadParams[ImportCode], readonly UnreadField[]]>([
    ["target-approximate-direction", SAMPLES["target-approximate-direction"], ["target", "direction"]],
    ["target-approximate-baseline-met", SAMPLES["target-approximate-baseline-met"], ["target", "direction"]],
    ["target-relative", SAMPLES["target-relative"], ["target"]],
    ["target-level-rise", SAMPLES["target-level-rise"], ["target"]],
    ["target-from-annual", SAMPLES["target-from-annual"], ["target"]],
    ["target-negative-total", SAMPLES["target-negative-total"], ["target", "name"]],
    ["baseline-words", SAMPLES["baseline-words"], ["baseline"]],
    ["direction-from-series", SAMPLES["direction-from-series"], ["target", "direction"]],
    ["direction-from-change", SAMPLES["direction-from-change"], ["direction"]],
    ["unit-from-value", SAMPLES["unit-from-value"], ["unit"]],
    ["name-mark", SAMPLES["name-mark"], ["name"]],
    ["name-duplicate", SAMPLES["name-duplicate"], ["name"]],
    // a cell's column says which field: the baseline's, the target's, the target year's own yearly column
    ["value-mark", { ...SAMPLES["value-mark"], column: { label: "2020年", kind: "baseline", year: 2020 } }, ["baseline"]],
    ["value-empty", { column: { label: "2025年", kind: "target", year: 2025 } }, ["target"]],
    ["value-empty", { column: { label: "2025年", kind: "yearly", year: 2025 } }, ["target"]],
    ["value-empty", { column: { label: "2023年", kind: "yearly", year: 2023 } }, []],
    ["dash-lookalike", { value: "一", column: { label: "单位", kind: "unit" } }, ["unit"]],
    // the whole row or the table: no one field answers it
    ["cell-breaks", SAMPLES["cell-breaks"], []],
    ["traditional", SAMPLES.traditional, []],
    ["yearly-no-target", SAMPLES["yearly-no-target"], []],
  ])("%s → %j", (code, params, fields) => {
    expect(unreadFields({ code, params }, 2025)).toEqual(fields);
  });
});

// where a line is, in one place for the CLI and the pane: a sheet's row is a row (named with its
// sheet when known), not a line of the text its cells' breaks made; a paste in the pane is the box's line
describe("unreadPlace: a line named by what the text was read from", () => {
  test.each<[string, TableSource, string, string]>([
    ["a range selected in Excel", { kind: "sheet", rows: [16], sheet: "Sheet1" }, "工作表「Sheet1」第 16 行", "sheet “Sheet1” row 16"],
    ["an .xlsx sheet (the CLI, named above the list)", { kind: "sheet", rows: [16] }, "第 16 行", "row 16"],
    ["a .docx table", { kind: "docx" }, "第 16 行", "row 16"],
    ["a web page's table", { kind: "html" }, "第 16 行", "row 16"],
    ["a text file", { kind: "paste" }, "第 16 行", "line 16"],
    ["the pane's box", { kind: "paste", box: true }, "粘贴文本第 16 行", "line 16 of the pasted text"],
  ])("%s", (_d, source, zh, en) => {
    expect([unreadPlace(16, source), unreadPlace(16, source, "en")]).toEqual([zh, en]);
  });

  const TABLE = "序号\t指标名称\t单位\t2020年\t2025年\t属性\n1\t孕产妇系统管理率\t%\t95%\t≥96%\t约束性\n2\t每千人口执业医师数\n3\t人均预期寿命\t岁\t79\t80\t预期性";
  test.each<[string, TableSource | undefined, "zh" | "en", string]>([
    ["a text file, zh", undefined, "zh", "\n第 3 行：只有指标名称"],
    ["a text file, en", undefined, "en", "\nline 3: a name with no baseline"],
    ["sheet rows from 14, zh", { kind: "sheet", rows: [14, 15, 16, 17] }, "zh", "\n第 16 行：只有指标名称"],
    ["sheet rows from 14, en", { kind: "sheet", rows: [14, 15, 16, 17] }, "en", "\nrow 16: a name with no baseline"],
    ["a named sheet, en", { kind: "sheet", rows: [14, 15, 16, 17], sheet: "指标" }, "en", "\nsheet “指标” row 16: a name with no baseline"],
  ])("formatUnread names the line by its source: %s", (_d, source, lang, says) => {
    expect(formatUnread(importTable(TABLE, { source }), lang)).toContain(says);
  });
});

// a reader of the English list sees the place, the reason and the cells, as the Chinese list shows them; the codes stay data
describe("formatUnread in English shows no issue codes", () => {
  const TABLE = "某县“十四五”主要指标\n序号\t指标名称\t2020年\t2025年目标\t属性\n1\t研发投入强度（%）\t2.1\t每年提高0.1个百分点以上\t预期性\n2\t每千人口执业医师数\n3\t人均预期寿命（岁）\t79\t80\t预期性";
  test.each<[string, TableSource | undefined, string[]]>([
    ["a paste: lines", undefined, [
      "2 lines read (2 indicators), 1 table line not read.",
      "line 3: the target “每年提高0.1个百分点以上” has a number but is no form the rules read",
      "line 4: a name with no baseline or target: not loaded: 2 | 每千人口执业医师数",
    ]],
    ["a sheet: rows", { kind: "sheet", rows: [5, 6, 7, 8, 9] }, [
      "2 rows read (2 indicators), 1 table row not read.",
      "row 7: the target “每年提高0.1个百分点以上” has a number but is no form the rules read",
      "row 8: a name with no baseline or target: not loaded: 2 | 每千人口执业医师数",
    ]],
  ])("%s", (_d, source, says) => {
    const r = importTable(TABLE, { source });
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.map((u) => u.code)).toEqual(["target-words", "name-only"]);
    const en = formatUnread(r, "en");
    for (const s of says) expect(en).toContain(s);
    expect(en).not.toMatch(/\[[a-z]+(-[a-z]+)*\]/);
  });
});

// a trial's 请核对 line dropped an empty cell, so the cells after it stood under the wrong heading
describe("unreadCells: a reported line's cells in place, an empty one shown", () => {
  test.each<[string, string, string, string]>([
    ["an empty baseline", "3\t甲率(%)\t\t≥2\t约束性", "3 | 甲率(%) | （空） | ≥2 | 约束性", "3 | 甲率(%) | (empty) | ≥2 | 约束性"],
    ["two empty cells", "3\t甲率(%)\t\t\t约束性", "3 | 甲率(%) | （空） | （空） | 约束性", "3 | 甲率(%) | (empty) | (empty) | 约束性"],
    ["an empty 序号 (a merged column)", "\t甲率(%)\t1\t2", "（空） | 甲率(%) | 1 | 2", "(empty) | 甲率(%) | 1 | 2"],
    ["empty cells after the last: dropped", "3\t甲率(%)\t1\t\t", "3 | 甲率(%) | 1", "3 | 甲率(%) | 1"],
    ["a spaced line: its edges' spaces are no cells", "  3  甲率(%)  1  2  ", "3 | 甲率(%) | 1 | 2", "3 | 甲率(%) | 1 | 2"],
  ])("%s", (_d, text, zh, en) => {
    expect([unreadCells(text), unreadCells(text, "en")]).toEqual([zh, en]);
  });

  test.each<["zh" | "en", string]>([
    ["zh", "：1 | 甲率(%) | （空） | ≥2 | 约束性"],
    ["en", ": 1 | 甲率(%) | (empty) | ≥2 | 约束性"],
  ])("formatUnread shows the empty baseline of a row to check (%s)", (lang, says) => {
    const r = importTable("某县“十四五”主要指标\n序号\t指标\t2020年\t2025年\t属性\n1\t甲率(%)\t\t≥2\t约束性");
    expect(r.ok && r.unread.map((u) => u.code)).toEqual(["value-empty", "baseline-missing"]);
    expect(formatUnread(r, lang).split("\n")[1]).toMatch(new RegExp(`${says.replace(/[()|]/g, "\\$&")}$`));
  });
});

// trial27b: "序号 written with the name (…): split into 序号 “1” and name …" in English, in the CLI and the pane's list:
// 序号 is the tool's word there, said "No." as the pane's column heads it (ENGLISH_TERMS); the table's own words stay
describe("unreadMessages: English says No., not 序号, in the tool's own words", () => {
  const occurrences = (s: string): number => s.split("序号").length - 1;
  test.each(Object.keys(SAMPLES) as ImportCode[])("%s", (code) => {
    const params = SAMPLES[code] as UnreadParams[ImportCode];
    expect(occurrences(unreadMessage({ code, params }, "en"))).toBeLessThanOrEqual(occurrences(JSON.stringify(params)));
  });
  test.each<[ImportCode, UnreadParams[ImportCode], string]>([
    ["number-glued", { cell: "1.国内生产总值（GDP）增长（%）", number: "1", name: "国内生产总值（GDP）增长（%）" }, "the row's number written with the name (“1.国内生产总值（GDP）增长（%）”): split into No. “1” and name “国内生产总值（GDP）增长（%）”"],
    ["number-gap", { number: "5", last: "3" }, "No. 5 does not follow 3"],
    ["no-number", { numberColumn: true, cells: 5, width: 5 }, "no number (No.): cannot tell"],
    ["no-number", { numberColumn: false, cells: 5, width: 6 }, "no number (No.): the table has no No. column and the other rows write theirs before the name, this one has none, and it has 5 cells where the header has 6"],
  ])("%s in English", (code, params, says) => {
    expect(unreadMessage({ code, params }, "en")).toContain(says);
  });
});

// a label the table already quotes (“十五五”展望) was quoted twice: 列““十五五”展望”
describe("a label in Chinese quotes is quoted once, its own quotes made single", () => {
  const table = ["某县“十四五”规划主要指标", "序号\t指标\t单位\t2020年\t2025年\t“十五五”展望\t属性", "1\t地区生产总值\t亿元\t300\t\t600\t预期性"].join("\n");
  test.each<["zh" | "en", ImportCode, string]>([
    ["zh", "column-unknown", "表头中的列“‘十五五’展望”无法识别"],
    ["zh", "target-in-unread-column", "未能识别的“‘十五五’展望”一列"],
    ["en", "column-unknown", "header column “‘十五五’展望” not recognised"],
  ])("%s %s", (lang, code, text) => {
    const r = importTable(table);
    if (!r.ok) throw new Error(r.message);
    const u = r.unread.find((x) => x.code === code);
    if (!u) throw new Error(`no ${code}`);
    expect(unreadMessage(u, lang)).toContain(text);
    expect(unreadMessage(u, lang)).not.toMatch(/““|””/);
  });
});
