import path from "path";
import { importTable } from "../../src/import";
import { readTableFile } from "../../src/cli/readTableFile";
import type { IndicatorDef } from "../../src/templates/TemplateSchema";

/**
 * A trial's real web and yearbook tables (trial28c; test/fixtures/tables/trial28c), read as the CLI
 * reads the files (readTableFile), then importTable:
 * - 专栏1 “十三五”生态环境保护主要指标 from a forum page, which writes every decimal point and sub-group
 *   number with 。 (`1。空气质量`, `76。7`): the first indicator of each sub-group was dropped as 没有序号
 *   and the others lost their category;
 * - the same table as Chromium copies it from the page (merged cells on their first row only, an empty cell
 *   left out where the page has none: `名称 | 70。8 | >80 | 预期性`): the shifted row was dropped;
 * - 越城年鉴 “十三五”规划主要指标完成情况 (`2020 年目标值 | 2020 年预计值 | 完成情况`): refused for a baseline year 2020
 *   not before the target year, where it has no baseline column at all.
 */
const TABLES = path.join(__dirname, "../fixtures/tables/trial28c");

async function read(file: string): Promise<ReturnType<typeof importTable>> {
  const t = await readTableFile(path.join(TABLES, file));
  if (!t.ok) throw new Error(t.message);
  return importTable(t.text, { source: t.source });
}

describe("trial28c: a 完成情况 table is refused for what it is", () => {
  test.each<[string, number]>([
    ["yuecheng-13th-completion.txt", 3],
    ["yuecheng-13th-completion-tabs.txt", 1],
  ])("%s: no baseline column, its 预计值 and 完成情况 results", async (file, line) => {
    const r = await read(file);
    if (r.ok) throw new Error("loaded");
    expect(r.code).toBe("completion-table");
    expect(r.params).toEqual({ line, results: ["2020年预计值", "完成情况"] });
    expect(r.message).toBe(`第 ${line} 行的表头没有基期值一列：“2020年预计值”“完成情况”是完成结果（预计、完成、实际），不是基期值。这像是规划的完成情况表，不是规划的指标表：请粘贴规划原文中的主要指标表（有基期值和目标值两列）。没有载入任何内容。`);
    expect(r.messageEn).toContain("This looks like a completion table (完成情况表), not a plan's indicator table");
  });
});

/** number | domain | name | baseline | target | 属性 */
const row = (d: IndicatorDef): string => [d.number, d.domain, d.name, d.baseline, d.target ?? "", d.attribute ?? ""].join(" | ");
const AIR = "生态环境质量·空气质量";
const WATER = "生态环境质量·水环境质量";
const ECO = [
  `1.1 | ${AIR} | 地级及以上城市空气质量优良天数比率(%) | 76.7 | >80 | 约束性`,
  `1.2 | ${AIR} | 细颗粒物未达标地级及以上城市浓度下降(%) | - | 〔18〕 | 约束性`,
  `1.3 | ${AIR} | 地级及以上城市重度及以上污染天数比例下降(%) | - | 〔25〕 | 预期性`,
  `2.1 | ${WATER} | 地表水质量达到或好于Ⅲ类水体比例(%) | 66 | >70 | 约束性`,
  `2.2 | ${WATER} | 地表水质量劣Ⅴ类水体比例(%) | 9.7 | <5 | 约束性`,
  `2.3 | ${WATER} | 重要江河湖泊水功能区水质达标率(%) | 70.8 | >80 | 预期性`,
  `2.4 | ${WATER} | 地下水质量极差比例(%) | 15.74 | 15左右 | 预期性`,
  `2.5 | ${WATER} | 近岸海域水质优良(一、二类)比例(%) | 70.5 | 70左右 | 预期性`,
];
// the browser's copy keeps the footnote marks 2 and 3 in two names (no note below it names them: said, not taken off)
const MARKED = ECO.map((r) => r.replace("地级及以上城市空气", "地级及以上城市2空气").replace("地表水质量达到", "地表水质量3达到"));

describe("trial28c: 专栏1 with 。 for the dot, every indicator under its sub-group", () => {
  test.each<[string, string[], string[]]>([
    ["icbw-eco-13th-cleaned-tabs.txt", ECO, ["group-category"]],
    ["icbw-eco-13th-cleaned-tabs-asciidot.txt", ECO, ["group-category"]],
    ["icbw-eco-13th-browser-copy.txt", MARKED, ["group-category", "spanned-rows", "attribute-early"]],
  ])("%s", async (file, rows, codes) => {
    const r = await read(file);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map(row)).toEqual(rows);
    expect(r.unread.filter((u) => u.effect === "not-loaded").map((u) => `${u.line}: ${u.reason}`)).toEqual([]);
    expect(r.unread.map((u) => u.code)).toEqual(expect.arrayContaining(codes));
  });

  test("the browser copy's row without its 累计 cell is loaded, said as a line to check", async () => {
    const r = await read("icbw-eco-13th-browser-copy.txt");
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.filter((u) => u.code === "attribute-early" || u.code === "spanned-rows").map((u) => [u.line, u.code, u.effect])).toEqual([
      [4, "spanned-rows", "to-check"],
      [8, "attribute-early", "to-check"],
    ]);
    expect(r.unread.find((u) => u.code === "attribute-early")?.reason).toBe("这一行比表头少一格，“预期性”落在属性之前的累计值一列：按右对齐读取，“预期性”是属性，缺的一格是属性之前的累计值，按空白读取，已载入，请核对");
  });
});
