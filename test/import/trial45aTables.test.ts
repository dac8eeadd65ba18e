import { importTable, type ImportResult } from "../../src/import";
import type { TableSource } from "../../src/import/TableSource";
import type { IndicatorDef } from "../../src/templates/TemplateSchema";

/**
 * trial45a: 专栏1 “十三五”生态环境保护主要指标 imported from text, .xlsx and .docx gave three templates. Its section
 * rows (`生态环境质量` spanning the table) were glued to the 领域 cell below (生态环境质量空气质量 on the first row
 * only, 空气质量 on the rest: F4, and 生态保护修复生态保护修复); a sheet's 领域 cell `主要污染物排放总量减少（%）` was
 * taken as a domain, its rows left with no unit (F3); a name merged across the header's two 指标 columns refused
 * the row for a cell too many (F1). Each table is written here as its reader gives it (readTableFile: a sheet's
 * rows, a document table's cells, tab text), with the rows it came from.
 */
type Shape = "sheet" | "docx" | "paste";

const sourceOf = (kind: Shape, lines: number): TableSource => ({ kind, rows: Array.from({ length: lines }, (_, i) => i + 1) });

const imported = (kind: Shape, lines: readonly string[]): Extract<ImportResult, { ok: true }> => {
  const r = importTable(lines.join("\n"), { source: sourceOf(kind, lines.length) });
  if (!r.ok) throw new Error(r.message);
  return r;
};

const row = (d: IndicatorDef): string => [d.domain, d.name, d.part ?? "", d.unit, d.baseline, d.target ?? "", d.attribute ?? ""].join("|");

const TITLE = "专栏1 “十三五”生态环境保护主要指标";

/** The sheet the trial made (make_inputs.py): 领域 cells merged down, section rows merged across, no 序号. */
const SHEET = [
  TITLE,
  "领域\t指标\t2015年\t2020年\t[累计]\t属性",
  "生态环境质量",
  "空气质量\t地级及以上城市空气质量优良天数比率（%）\t76.7\t>80\t-\t约束性",
  "\t细颗粒物未达标地级及以上城市浓度下降（%）\t-\t-\t[18]\t约束性",
  "水环境质量\t地表水质量劣Ⅴ类水体比例（%）\t9.7\t<5\t-\t约束性",
  "\t重点生态功能区所属县域生态环境状况指数\t60.4\t>60.4\t-\t预期性",
  "污染物排放总量",
  "主要污染物排放总量减少（%）\t化学需氧量\t-\t-\t[10]\t约束性",
  "\t氨氮\t-\t-\t[10]\t约束性",
  "生态保护修复",
  "生态保护修复\t全国自然岸线保有率（%）\t-\t≥35\t-\t预期性",
  "\t新增水土流失治理面积（万平方公里）\t-\t-\t[27]\t预期性",
];

/** The web page saved as .docx: 指标 over two columns, numbered sub-groups, 7.–10. names merged across both columns. */
const DOCX = [
  TITLE,
  "指标\t\t2015年\t2020年\t〔累计〕\t属性",
  "生态环境质量",
  "1.空气质量\t地级及以上城市空气质量优良天数比率（%）\t76.7\t>80\t-\t约束性",
  "\t细颗粒物未达标地级及以上城市浓度下降（%）\t-\t-\t〔18〕\t约束性",
  "2.水环境质量\t地表水质量劣Ⅴ类水体比例（%）\t9.7\t<5\t-\t约束性",
  "\t重点生态功能区所属县域生态环境状况指数\t60.4\t>60.4\t-\t预期性",
  "污染物排放总量",
  "3.主要污染物排放总量减少（%）\t化学需氧量\t-\t-\t〔10〕\t约束性",
  "\t氨氮\t-\t-\t〔10〕\t约束性",
  "生态保护修复",
  "4.全国自然岸线保有率（%）\t\t-\t≥35\t-\t预期性",
  "5.新增水土流失治理面积（万平方公里）\t\t-\t-\t〔27〕\t预期性",
];

/** The page copied from a browser (paste.txt): merged cells on their first row only, the merged names' second cell empty. */
const PASTE = [
  TITLE,
  "指标\t\t2015年\t2020年\t〔累计〕\t属性",
  "生态环境质量",
  "1.空气质量\t地级及以上城市空气质量优良天数比率（%）\t76.7\t>80\t-\t约束性",
  "细颗粒物未达标地级及以上城市浓度下降（%）\t-\t-\t〔18〕\t约束性",
  "2.水环境质量\t地表水质量劣Ⅴ类水体比例（%）\t9.7\t<5\t-\t约束性",
  "重点生态功能区所属县域生态环境状况指数\t60.4\t>60.4\t-\t预期性",
  "污染物排放总量",
  "3.主要污染物排放总量减少（%）\t化学需氧量\t-\t-\t〔10〕\t约束性",
  "氨氮\t-\t-\t〔10〕\t约束性",
  "生态保护修复",
  "4.全国自然岸线保有率（%）\t\t-\t≥35\t-\t预期性",
  "5.新增水土流失治理面积（万平方公里）\t\t-\t-\t〔27〕\t预期性",
];

const AIR = "生态环境质量·空气质量";
const WATER = "生态环境质量·水环境质量";
/** (the sheet writes its totals in [ ], the page in 〔 〕: as written) */
const EXPECTED = (open: string, close: string): string[] => [
  `${AIR}|地级及以上城市空气质量优良天数比率（%）||%|76.7|>80|约束性`,
  `${AIR}|细颗粒物未达标地级及以上城市浓度下降（%）||%|-|${open}18${close}|约束性`,
  `${WATER}|地表水质量劣Ⅴ类水体比例（%）||%|9.7|<5|约束性`,
  `${WATER}|重点生态功能区所属县域生态环境状况指数|||60.4|>60.4|预期性`,
  `污染物排放总量|主要污染物排放总量减少|化学需氧量|%|-|${open}10${close}|约束性`,
  `污染物排放总量|主要污染物排放总量减少|氨氮|%|-|${open}10${close}|约束性`,
  "生态保护修复|全国自然岸线保有率（%）||%|-|≥35|预期性",
  `生态保护修复|新增水土流失治理面积（万平方公里）||万平方公里|-|${open}27${close}|预期性`,
];

describe("trial45a: the same table from a sheet, a document and a paste gives the same template", () => {
  test.each<[Shape, readonly string[], string[]]>([
    ["sheet", SHEET, EXPECTED("[", "]")],
    ["docx", DOCX, EXPECTED("〔", "〕")],
    ["paste", PASTE, EXPECTED("〔", "〕")],
  ])("%s: every row, each domain one name, the parts' unit the row above's", (kind, lines, expected) => {
    const r = imported(kind, lines);
    expect(r.template.indicators.map(row)).toEqual(expected);
    expect(r.unread.filter((u) => u.effect === "not-loaded")).toEqual([]);
  });

  test.each<[string, Shape, readonly string[], string, string]>([
    // F4: the section row is said once where it meets a domain cell, as the level above it
    ["F4, a sheet: the section row said as the level above", "sheet", SHEET, "domain-section", "第 3 行单独成行的“生态环境质量”是其下领域“空气质量”的上一级，不与它连成一个名称：领域记为“生态环境质量·空气质量”"],
    ["F4, a document, in English", "docx", DOCX, "domain-section", "“生态环境质量” on row 3 of its own is the level above the domain “空气质量” below it, not part of its name"],
    // F3: a 领域 cell with a unit and no number is an indicator over its parts; no 序号 to name
    ["F3, a sheet: the parts' 领域 cell with a unit said as their indicator, with no 序号", "sheet", SHEET, "group-parts", "“主要污染物排放总量减少（%）”名称带单位，读作一项指标，其下各行（“化学需氧量”等）是它的分项，单位沿用"],
    // F1: a name over the header's two 指标 columns, said once
    ["F1, a document: the merged name said once", "docx", DOCX, "name-merged", "名称“4.全国自然岸线保有率（%）”一格跨过表头“指标”下的 2 列（与表头相同），其后的 1 个空格不是单独的列"],
    ["F1, a paste, in English", "paste", PASTE, "name-merged", "the name “4.全国自然岸线保有率（%）” is in a cell spanning 2 columns under the header's 指标 label, as the label does: the 1 blank cell after it is no column"],
  ])("%s", (_d, kind, lines, code, words) => {
    const said = imported(kind, lines).unread.filter((u) => u.code === code);
    expect(said).toHaveLength(1);
    expect(`${said[0]?.reason ?? ""} ${said[0]?.reasonEn ?? ""}`).toContain(words);
  });

  test.each<[Shape, readonly string[]]>([["sheet", SHEET], ["docx", DOCX], ["paste", PASTE]])("%s: no domain said joined, no part left without a unit (the 指数 has none)", (kind, lines) => {
    const r = imported(kind, lines);
    expect(r.unread.filter((u) => u.code === "domain-joined")).toEqual([]);
    expect(r.unread.filter((u) => u.code === "unit-none").map((u) => u.text)).toEqual([expect.stringContaining("重点生态功能区所属县域生态环境状况指数")]);
  });
});

describe("trial45a: other tables of the same kinds", () => {
  const domains = (r: Extract<ImportResult, { ok: true }>): string[] => r.template.indicators.map((d) => `${d.domain}|${d.name}${d.part === undefined ? "" : `：${d.part}`}|${d.unit}`);

  test.each<[string, Shape, string[], string[]]>([
    [
      "a sheet with a 序号 column, section rows over merged 领域 cells (two levels), a 其中 row",
      "sheet",
      [
        "某市“十四五”主要指标",
        "领域\t序号\t指标\t单位\t2020年\t2025年\t属性",
        "经济发展",
        "创新\t1\t研发经费投入强度\t%\t2.1\t2.5\t预期性",
        "\t2\t每万人高价值发明专利拥有量\t件\t5\t8\t预期性",
        "开放\t3\t实际利用外资\t亿美元\t10\t12\t预期性",
        "民生福祉",
        "教育\t4\t劳动年龄人口平均受教育年限\t年\t10.5\t11\t约束性",
        "\t\t其中：新增劳动力平均受教育年限\t年\t13.5\t14\t约束性",
      ],
      [
        "经济发展·创新|研发经费投入强度|%", "经济发展·创新|每万人高价值发明专利拥有量|件", "经济发展·开放|实际利用外资|亿美元",
        "民生福祉·教育|劳动年龄人口平均受教育年限|年", "民生福祉·教育|劳动年龄人口平均受教育年限：新增劳动力平均受教育年限|年",
      ],
    ],
    [
      "a sheet without 序号 whose 领域 cells with a unit stand over parts, and one without a unit over indicators",
      "sheet",
      [
        "某县生态环境指标",
        "领域\t指标\t2020年\t2025年\t属性",
        "能源消耗降低（%）\t单位地区生产总值能耗\t-\t[13.5]\t约束性",
        "\t单位地区生产总值二氧化碳排放\t-\t[18]\t约束性",
        "生态环境\t森林覆盖率（%）\t61\t62\t约束性",
        "\t城市空气质量优良天数比率（%）\t92\t93\t约束性",
      ],
      [
        "未分类|能源消耗降低：单位地区生产总值能耗|%", "未分类|能源消耗降低：单位地区生产总值二氧化碳排放|%",
        "生态环境|森林覆盖率（%）|%", "生态环境|城市空气质量优良天数比率（%）|%",
      ],
    ],
    [
      "a document table whose 指标 spans 领域 and name, numbered rows' names merged over both under a section row",
      "docx",
      [
        "某县“十四五”公共服务指标",
        "指标\t\t2020年\t2025年\t属性",
        "1.幼有善育\t每千人口拥有3岁以下婴幼儿托位数（个）\t2\t4.5\t预期性",
        "\t普惠性幼儿园覆盖率（%）\t85\t90\t约束性",
        "健康",
        "2.人均预期寿命（岁）\t\t80\t81\t预期性",
        "3.孕产妇死亡率（1/10万）\t\t10\t≤9.5\t预期性",
      ],
      ["幼有善育|每千人口拥有3岁以下婴幼儿托位数（个）|个", "幼有善育|普惠性幼儿园覆盖率（%）|%", "健康|人均预期寿命（岁）|岁", "健康|孕产妇死亡率（1/10万）|1/10万"],
    ],
    [
      "a PDF's paste, a 领域 wrapped over lines of its own, its cell blank below: one domain for all its rows",
      "paste",
      [
        "示例市“十四五”指标表",
        "领域\t指标\t2020年\t2025年\t属性",
        "幼儿",
        "照护",
        "服务\t每千人口托位数（个）\t2.02\t4.5\t预期性",
        "\t托育机构覆盖率（%）\t40\t≥50\t预期性",
      ],
      ["幼儿照护服务|每千人口托位数（个）|个", "幼儿照护服务|托育机构覆盖率（%）|%"],
    ],
  ])("%s", (_d, kind, lines, expected) => {
    const r = imported(kind, lines);
    expect(domains(r)).toEqual(expected);
    expect(r.stats.rowsNotLoaded).toBe(0);
  });
});
