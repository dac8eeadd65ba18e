import path from "path";
import { importedTableFile } from "../support/importedTableFile";
import type { IndicatorDef } from "../../src/templates/TemplateSchema";

/**
 * Two real plan tables a fresh-user trial imported and lost rows of (test/fixtures/tables):
 * - 十三五 生态环境保护 专栏1, three levels under one merged 指标 label (领域 | `1.空气质量` | 指标 …),
 *   pasted as text and saved as a web page (rowspans, `<sup>2</sup>` footnote marks): 15 of 23 were
 *   dropped as 没有序号 and `4.生态状况` read as an indicator with parts;
 * - a county's 十四五 教育 table as .xlsx (made by edu-2021-2025-merged.mkxlsx.py) whose 序号 and 属性
 *   cells are merged down over the 其中 rows: every 其中 row was dropped and the parent loaded with
 *   blank values; the same table pasted as text loads 18.
 * Read as the CLI reads the files (readTableFile), then importTable.
 */
const TABLES = path.join(__dirname, "../fixtures/tables");

const imported = (file: string): ReturnType<typeof importedTableFile> => importedTableFile(TABLES, file);

const row = (d: IndicatorDef): string[] => [d.number, d.domain, d.name, d.part ?? "", d.unit, d.baseline, d.target ?? "", d.attribute ?? "", d.note ?? ""];

describe("the trial's tables load every row", () => {
  test.each<[string, number]>([
    ["eco-2016-2020-three-levels.txt", 23],
    ["eco-2016-2020-three-levels.html", 23],
    ["edu-2021-2025-merged.txt", 18],
    ["edu-2021-2025-merged.xlsx", 18],
  ])("%s: %i indicators, no row left out", async (file, indicators) => {
    const r = await imported(file);
    expect(r.template.indicators).toHaveLength(indicators);
    expect(r.stats.rowsNotLoaded).toBe(0);
    expect(r.unread.filter((u) => u.effect === "not-loaded")).toEqual([]);
  });
});

const N2 = "2.空气质量评价覆盖全国338个城市（含地、州、盟所在地及部分省辖县级市，不含三沙和儋州）。";
const N5 = "5.在重点地区、重点行业推进挥发性有机物总量控制，全国排放总量下降10%以上。";

describe("十三五 生态环境保护 专栏1: 领域 | numbered sub-group | 指标", () => {
  // [file, id, number, domain, name, part, unit, baseline, target, attribute, note]
  test.each<[string, string, string[]]>([
    ["a sub-group without a unit is a category, numbered from it", "r01-2", ["1.2", "生态环境质量·空气质量", "细颗粒物未达标地级及以上城市浓度下降（%）", "", "%", "-", "〔18〕", "约束性", ""]],
    ["4.生态状况 is a category: 森林覆盖率 an indicator with its unit", "r04-1", ["4.1", "生态环境质量·生态状况", "森林覆盖率（%）", "", "%", "21.66", "23.04", "约束性", "累计：〔1.38〕"]],
    ["森林蓄积量 keeps its unit", "r04-2", ["4.2", "生态环境质量·生态状况", "森林蓄积量（亿立方米）", "", "亿立方米", "151", "165", "约束性", "累计：〔14〕"]],
    ["a row without a unit under a category", "r04-5", ["4.5", "生态环境质量·生态状况", "重点生态功能区所属县域生态环境状况指数", "", "", "60.4", ">60.4", "预期性", ""]],
    ["a sub-group with a unit is one indicator, its rows parts with its unit", "r05-2", ["5", "污染物排放总量", "主要污染物排放总量减少", "氨氮", "%", "-", "〔10〕", "约束性", ""]],
    ["under 6.: a part's glued footnote number taken off where note 5 names it", "r06-1", ["6", "污染物排放总量", "区域性污染物排放总量减少", "重点地区重点行业挥发性有机物", "%", "-", "〔10〕", "预期性", N5]],
    ["an empty sub-group cell under 生态保护修复: an indicator of that 领域", "r-1", ["", "生态保护修复", "新增水土流失治理面积（万平方公里）", "", "万平方公里", "-", "〔27〕", "预期性", ""]],
  ])("%s", async (_d, id, expected) => {
    for (const file of ["eco-2016-2020-three-levels.txt", "eco-2016-2020-three-levels.html"]) {
      const d = (await imported(file)).template.indicators.find((x) => x.id === id);
      expect(d && row(d)).toEqual(expected);
    }
  });

  test.each<[string, string, string, string]>([
    // a digit glued mid-name in pasted text whose numbered note names the words beside it is a mark, as a web page's <sup>
    ["eco-2016-2020-three-levels.txt", "r01-1", "地级及以上城市空气质量优良天数比率（%）", N2],
    ["eco-2016-2020-three-levels.html", "r01-1", "地级及以上城市空气质量优良天数比率（%）", N2],
    // trial45a F2: the paste's 15.74 is 15.7⁴, its note 4 (为2013年数据) on no name: read 15.7, said (value-glued-mark)
    ["eco-2016-2020-three-levels.txt", "r02-4", "15.7", "15.74：4.为2013年数据。"],
    ["eco-2016-2020-three-levels.html", "r02-4", "15.7", "15.7⁴：4.为2013年数据。"],
  ])("%s %s: footnote marks", async (file, id, nameOrBaseline, note) => {
    const d = (await imported(file)).template.indicators.find((x) => x.id === id);
    expect([d?.name, d?.baseline]).toContain(nameOrBaseline);
    expect(d?.note ?? "").toBe(note);
  });

  test("each numbered sub-group is said: a category once, an indicator with parts each time", async () => {
    const r = await imported("eco-2016-2020-three-levels.txt");
    expect(r.unread.filter((u) => u.code.startsWith("group-")).map((u) => [u.code, u.line])).toEqual([["group-category", 3], ["group-parts", 18], ["group-parts", 22]]);
  });
});

describe("十四五 教育 table: 序号 and 属性 merged down over the 其中 rows (.xlsx)", () => {
  // (values compared apart: the sheet writes 12.3以上 where the text has 12.3年以上, and 小学's 0.3452 unformatted)
  test("the .xlsx loads the same indicators as the text (id, number, domain, name, part, unit, attribute)", async () => {
    const key = (d: IndicatorDef): string[] => [d.id, d.number, d.domain, d.name, d.part ?? "", d.unit, d.attribute ?? ""];
    const text = (await imported("edu-2021-2025-merged.txt")).template.indicators.map(key);
    const xlsx = (await imported("edu-2021-2025-merged.xlsx")).template.indicators.map(key);
    expect(xlsx).toEqual(text);
  });

  test.each<[string, string, number]>([
    ["the parent without values is the parts' parent", "parts-parent", 12],
    ["the empty merged 属性 takes the row above's", "attribute-merged", 13],
  ])("%s (%s, sheet row %i)", async (_d, code, sheetRow) => {
    const r = await imported("edu-2021-2025-merged.xlsx");
    expect(r.unread.filter((u) => u.code === code).map((u) => u.line)).toEqual([sheetRow]);
    expect(r.unread.filter((u) => u.code === "value-empty")).toEqual([]);
  });
});
