import { importedFixture } from "./importedFixture";
import { formatUnread, importTable } from "../../src/import";
import { importNotes } from "../../src/import/importNotes";
import { importNoteText } from "../../src/import/importNoteMessages";

/** trial40b (test/fixtures/tables/trial40b/README.md): what was left of its findings after session 40. */
const imported = importedFixture("trial40b");

describe("trial40b F9: a table of targets only names the rows without a baseline, before distributing", () => {
  // on main: only 各指标的基期值为空，已载入，请核对 (years-from-title); no row named, no advice to fill them in
  test.each<["zh" | "en", string]>([
    ["zh", "以下 9 项没有基期值（2020 年）：“1 人均预期寿命”、“2 孕产妇死亡率”"],
    ["zh", "“9 二级以上综合医院设置老年医学科比例”；没有基期值就无法计算序时进度，填报时未达到目标的每一年都按“滞后”评估并要求填写说明。请在生成的模板文件中为各项的基期值（baseline）补上 2020 年的数值后再下发，已载入，请核对"],
    ["en", "these 9 rows have no baseline (2020): “1 人均预期寿命”, “2 孕产妇死亡率”"],
    ["en", "fill in their 2020 values as the indicators' baseline in the template file written before the template is distributed; loaded, to check"],
  ])("无基期.txt (%s)", async (lang, said) => {
    const r = await imported("无基期.txt");
    const lines = r.unread.filter((u) => u.code === "baseline-missing");
    expect(lines.map((u) => u.line)).toEqual([3]);
    const text = formatUnread(r, lang).split("\n").filter((l) => l.includes(lang === "en" ? "no baseline (" : "没有基期值（")).join("\n");
    expect(text).toContain(said);
    // 10 儿童青少年总体近视率 (a target in words) needs no baseline
    expect(text).not.toContain("近视率");
  });

  test("a table whose baselines are all there says nothing of them", async () => {
    const r = await imported("十五五.txt");
    expect(r.unread.map((u) => u.code)).not.toContain("baseline-missing");
  });
});

describe("trial40b F13: an .xlsx number reads as its number format shows it", () => {
  // on main: 235.456789 (0.00) was read as stored while 0.583 (0.0%) read as shown, 58.3%
  test.each<[string, string]>([
    ["常住人口城镇化率", "58.3%"],
    ["地区生产总值", "235.46"],
    ["森林覆盖率", "61.5"],
  ])("百分比格式.xlsx: %s baseline %s", async (name, baseline) => {
    const r = await imported("百分比格式.xlsx");
    if (r.template.kind !== "indicators") throw new Error(r.template.kind);
    expect(r.template.indicators.find((d) => d.name === name)?.baseline).toBe(baseline);
  });
});

describe("trial40b F20: a PDF copy's header repeated on the next page is said as such, no row lost", () => {
  // on main: 第 7 行：这一行不是表格行（其后还有表格行，继续读），未载入 — counted as a row not loaded (exit 4)
  test.each<["zh" | "en", string]>([
    ["zh", "第 7 行：重复的表头（表格跨页），已跳过，没有漏读表格行。"],
    ["en", "Row 7: the table's header repeated (a new page), skipped; no row was lost."],
  ])("PDF跨页.txt (%s)", async (lang, said) => {
    const r = await imported("PDF跨页.txt");
    expect(r.unread.map((u) => u.code)).not.toContain("not-a-row");
    expect([r.stats.rowsNotLoaded, r.stats.notLoaded, r.template.indicators.length]).toEqual([0, 0, 7]);
    expect(importNotes(r, "cli").map((n) => importNoteText(n, lang))).toContain(said);
  });

  test.each<["zh" | "en", string]>([
    ["zh", "“来源”只写表名「表1 梅岭区“十四五”时期经济社会发展主要指标」"],
    ["en", "gives the table's title \"表1 梅岭区“十四五”时期经济社会发展主要指标\" only"],
  ])("the 来源 without --document names the table's title (%s)", async (lang, said) => {
    // on main: 「表1」
    const r = await imported("PDF跨页.txt");
    expect(importNotes(r, "cli").map((n) => importNoteText(n, lang)).join("\n")).toContain(said);
  });
});

describe("a 备注 调增 states the rise, as 调减 states the fall (§3a rule 2a, directionWords)", () => {
  // on main: 调增 was no direction word, the row listed as read up from its numbers alone (direction-series-up)
  test.each<[string, string[]]>([["调增", []], ["", ["1 有机肥施用量"]]])("备注 “%s”", (remark, listed) => {
    const text = ["某县“十四五”农业主要指标", "序号\t指标名称\t单位\t2020年\t2025年\t属性\t备注", `1\t有机肥施用量\t万吨\t3.5\t3.8\t预期性\t${remark}`].join("\n");
    const r = importTable(text, {});
    if (!r.ok) throw new Error(r.message);
    const said = r.unread.filter((u) => u.code === "direction-series-up").map((u) => (u.params as { rows: readonly string[] }).rows);
    expect(said.flat()).toEqual(listed);
  });
});

describe("bare year columns with no period named: the first is the baseline, the five-year reading said", () => {
  // on main: a 2024–2030 plan, said only as 3 target years; nothing said of 2025 as a five-year plan's base
  test.each<["zh" | "en", string]>([
    ["zh", "取第一个年份列“2024年”为基期，规划期为 2024—2030 年，其后各年份列为年度目标；如这是以 2025 年为基期的五年规划（“2024年”是基期前的实际数），请加 --baseline-year 2025 重新导入（或在标题中写明规划期，如“十五五”），已载入，请核对"],
    ["en", "the first year column “2024年” taken as the baseline, a 2024–2030 plan, the later year columns yearly targets; if this is a five-year plan based on 2025 (“2024年” the actual before the base), import again with --baseline-year 2025"],
  ])("十五五无标题.txt (%s)", async (lang, said) => {
    const r = await imported("十五五无标题.txt");
    if (r.template.kind !== "indicators") throw new Error(r.template.kind);
    expect([r.template.baselineYear, r.template.targetYear]).toEqual([2024, 2030]);
    expect(r.unread.filter((u) => u.code === "baseline-first-year").map((u) => (lang === "en" ? u.reasonEn : u.reason)).join("\n")).toContain(said);
  });

  test.each<[string, string]>([
    ["the title names 十五五 (base 2025 read)", "十五五.txt"],
    ["no later column is a five-year base (2020年 | 2025年)", "方向.txt"],
  ])("not said: %s", async (_why, file) => {
    const r = await imported(file);
    expect(r.unread.map((u) => u.code)).not.toContain("baseline-first-year");
  });
});
