import { importedFixture } from "./importedFixture";
import { alignSpannedRows } from "../../src/import/rules/spannedRows";
import type { IndicatorDef } from "../../src/templates/TemplateSchema";

/**
 * trial43c F1: a web page's plan table with a 序号 column, a blank header cell after 指标 and 领域 cells spanning rows
 * (`序号 | 指标 | | 单位 | …` over `1 | 经济发展 | 名称 | …` and `2 | 名称 | …`) loaded 6 of 7 rows and read 领域 as part of
 * the name; it is read as the same table without the 序号 column is.
 */
const imported = importedFixture("trial43c");
const key = (d: IndicatorDef): string => [d.domain ?? "", d.name, d.part ?? "", d.unit, d.baseline ?? "", d.target ?? "", d.attribute ?? ""].join("|");

describe("trial43c F1: a 序号 column before a header's blank after 指标 over rows a 领域 cell short", () => {
  test.each<[string, string]>([
    ["numbered-domain-spans.txt", "1,2,3,4,5,6,7"],
    ["domain-spans.txt", ",,,,,,"],
  ])("%s: 7 rows with their 领域, as the table without 序号 reads them", async (file, numbers) => {
    const r = await imported(file);
    const plain = await imported("domain-spans.txt");
    expect(r.template.indicators.map(key)).toEqual(plain.template.indicators.map(key));
    expect(r.template.indicators.map((d) => d.domain)).toEqual(["经济发展", "经济发展", "经济发展", "社会民生", "社会民生", "绿色发展", "绿色发展"]);
    expect(r.template.indicators.map((d) => d.number).join(",")).toBe(numbers);
    expect(r.stats.rowsNotLoaded).toBe(0);
    expect(r.unread.map((u) => u.code)).not.toContain("row-shifted");
  });

  test("the 序号 table says its blank after 指标 is no column (zh, en)", async () => {
    const r = await imported("numbered-domain-spans.txt");
    const said = r.unread.find((u) => u.code === "spanned-rows");
    expect(said?.params).toMatchObject({ headerBlanks: 1, categories: 1, rows: 4 });
    expect(said?.reason).toContain("表头“指标”后的 1 个空格不是单独的列");
    expect(said?.reasonEn).toContain("the 1 blank cell after the header's 指标 taken as no column of its own");
  });
});

describe("trial43c F1: alignSpannedRows with a 序号 label before 指标", () => {
  const HEADER = "序号\t指标\t\t单位\t2023年\t2024年目标\t属性";
  test.each<[string, string[], string[] | null]>([
    ["a 领域 cell left out of the rows it spans", [HEADER, "1\t经济发展\t甲率\t%\t1\t2\t预期性", "2\t乙数\t亿元\t3\t4\t预期性"],
      ["序号||指标|单位|2023年|2024年目标|属性", "1|经济发展|甲率|%|1|2|预期性", "2||乙数|亿元|3|4|预期性"]],
    ["an Excel copy keeping the blank cells: left as it is", [HEADER, "1\t经济发展\t甲率\t%\t1\t2\t预期性", "2\t\t乙数\t亿元\t3\t4\t预期性"], null],
    ["no blank after 指标: left as it is", ["序号\t指标\t单位\t2023年\t2024年目标\t属性", "1\t甲率\t%\t1\t2\t预期性", "2\t乙数\t亿元\t3\t4\t预期性"], null],
  ])("%s", (_d, lines, expected) => {
    const r = alignSpannedRows(lines.map((l) => l.split("\t")), 0);
    expect(r === null ? null : r.grid.map((c) => c.join("|"))).toEqual(expected);
  });
});
