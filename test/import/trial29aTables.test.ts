import path from "path";
import { importTable, type ImportResult } from "../../src/import";
import { readTableFile } from "../../src/cli/readTableFile";
import type { IndicatorDef } from "../../src/templates/TemplateSchema";
import type { UnreadParams } from "../../src/import/unreadMessages";

/**
 * A trial's real plan tables the product had not seen (trial29a; test/fixtures/tables/trial29a), read as
 * the CLI reads the files (readTableFile), then importTable:
 * - 全国农业现代化规划（2016—2020）专栏1 pasted from its web page, whose header cells hold `<br>` (`2015<br>基期值`):
 *   a browser copies each as a line break, so the header comes in 2 to 5 lines (F2);
 * - a county 十四五 table with the common two-row merged header, `“十四五”目标` merged over `2025年 | 年均增长〔累计〕`
 *   (F1): on main the header read as 4 columns, 7 of 9 rows were refused and the loaded ones shifted (unit 216.5);
 * - 国务院“十四五”推进农业农村现代化规划 主要指标 pasted from a web page, whose `年均增(5年累计)` column writes a total
 *   `(6)` in round brackets (F6), and whose names a line wrap cut with a space (`合格 率`).
 */
const TABLES = path.join(__dirname, "../fixtures/tables/trial29a");

async function read(file: string): Promise<Extract<ImportResult, { ok: true }>> {
  const t = await readTableFile(path.join(TABLES, file));
  if (!t.ok) throw new Error(t.message);
  const r = importTable(t.text, { source: t.source });
  if (!r.ok) throw new Error(r.message);
  return r;
}

const row = (d: IndicatorDef): string[] => [d.domain, d.number, d.name, d.unit, d.baseline, d.target ?? "", d.attribute ?? "", d.note ?? ""];

describe("trial29a F2: a pasted web table whose header cells hold a line break", () => {
  // on main: 1–2 broken cells were refused as 基期年份 2015 不早于目标年份 2015; all broken joined 3 of 5 lines and loaded nothing
  test.each<[string, number]>([
    ["agri13-pasted-0brk.txt", 0],
    ["agri13-pasted-1brk.txt", 2],
    ["agri13-pasted-2brk.txt", 3],
    ["agri13-pasted-3brk.txt", 4],
    ["agri13-pasted.txt", 5],
  ])("%s: the 16 indicators of the .html, the header joined from %i lines", async (file, lines) => {
    const html = await read("agri13.html");
    const r = await read(file);
    expect(r.template.indicators.map(row)).toEqual(html.template.indicators.map(row));
    expect(r.template.indicators).toHaveLength(16);
    expect([r.template.baselineYear, r.template.targetYear]).toEqual([2015, 2020]);
    const joined = r.unread.find((u) => u.code === "header-joined")?.params as UnreadParams["header-joined"] | undefined;
    expect(joined?.lines.length ?? 0).toBe(lines);
    if (joined) expect(joined.header).toBe("类别 | 指  标 | 2015基期值 | 2020目标值 | 年均增速〔累计〕 | 指标属性");
    expect(r.stats.rowsNotLoaded).toBe(0);
  });
});

const TITLE = "云溪县“十四五”时期经济社会发展主要指标";
const ROWS = ["经济发展\t地区生产总值\t亿元\t216.5\t300\t7左右\t预期性", "\t常住人口城镇化率\t%\t48.3\t55\t〔6.7〕\t预期性"];

describe("trial29a F1: a two-row header whose first row has a group cell over two columns", () => {
  // county14-2row.xlsx's own categories are blank under 民生福祉 (its merged A9:A12 hold no value): compared without them
  test.each<[string, (d: IndicatorDef) => string[]]>([
    ["county14-2row-seq.xlsx", (d) => row({ ...d, number: "" })],
    ["county14-2row.xlsx", (d) => row({ ...d, domain: "" })],
  ])("%s reads as the one-row header does: 9 rows, none shifted", async (file, shown) => {
    const one = await read("county14-1row.xlsx");
    const two = await read(file);
    expect(two.template.indicators.map(shown)).toEqual(one.template.indicators.map(shown));
    expect(two.template.indicators).toHaveLength(9);
    expect(two.stats.rowsNotLoaded).toBe(0);
    expect([two.template.baselineYear, two.template.targetYear]).toEqual([2020, 2025]);
  });

  test.each<[string, string[]]>([
    ["tab text with the group's blank cell", ["类别\t指标\t单位\t2020年\t“十四五”目标\t\t属性", "\t\t\t\t2025年\t年均增长〔累计〕\t"]],
    ["a web page's colspan (read as the .html's rows are)", ["类别\t指标\t单位\t2020年\t“十四五”目标\t\t属性", "\t\t\t\t2025年\t年均增长〔累计〕"]],
  ])("%s: read together", (_d, header) => {
    const r = importTable([TITLE, ...header, ...ROWS].join("\n"));
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((d) => [d.name, d.unit, d.baseline, d.target, d.note ?? ""])).toEqual([
      ["地区生产总值", "亿元", "216.5", "300", "年均增长：7左右"],
      ["常住人口城镇化率", "%", "48.3", "55", "累计：〔6.7〕"],
    ]);
  });

  test("a group cell no line below names, over columns the rows fill: one line, nothing loaded", () => {
    const r = importTable([TITLE, "类别\t指标\t单位\t2020年\t“十四五”目标\t\t属性", ...ROWS].join("\n"));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([r.code, r.params]).toEqual(["header-group", { line: 2, label: "“十四五”目标", columns: 2 }]);
    expect(r.message.split("\n")).toHaveLength(1);
    expect(r.message).toMatch(/跨 2 列.*没有载入任何内容。$/);
  });

  // what was written on main: never a unit that is a figure (the target then sits in the baseline)
  test.each<[string, string]>([
    ["a row a column off its header", "1\t地区生产总值\t216.5\t300\t7左右\t预期性"],
    ["a figure where the unit stands", "1\t地区生产总值\t216.5\t300\t〔83.5〕\t预期性"],
  ])("%s: not loaded, said as shifted", (_d, line) => {
    const r = importTable([TITLE, "序号\t指标\t单位\t2020年\t2025年\t属性", line, "2\t常住人口城镇化率\t%\t48.3\t55\t预期性"].join("\n"));
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((d) => d.unit)).toEqual(["%"]);
    expect(r.unread.filter((u) => u.code === "row-shifted").map((u) => u.line)).toEqual([3]);
  });
});

describe("trial29a F6: `(6)` under 年均增(5年累计), the target less the baseline", () => {
  test("is the five-year total, not a yearly average", async () => {
    const r = await read("agri14.txt");
    const d = r.template.indicators.find((x) => x.baseline === "54");
    expect([d?.target, d?.note]).toEqual(["60", "累计：(6)"]);
    const said = r.unread.find((u) => u.line === 11 && u.code === "target-and-cumulative");
    expect(said?.reason).toContain("是五年累计数");
    expect(said?.reason).not.toContain("每年的平均数");
    expect(said?.reasonEn).toContain("five-year total");
  });
});

describe("trial29a: names as the plan writes them", () => {
  test.each<[string, string, string, string]>([
    ["agri14.txt", "97.8", "农产品质量安全例行监测合格率(%)", "%"],
    ["agri14.txt", "60.4", "乡村义务教育学校专任教师本科以上学历比例(%)", "%"],
    ["agri14.txt", "54", "乡镇(街道)范围具备综合功能的养老服务机构覆盖率(%)", "%"],
    ["agri13.html", "100", "小麦稻谷自给率（%）", "%"],
    ["agri13-pasted.txt", "100", "小麦稻谷自给率（%）", "%"],
  ])("%s, baseline %s: %s, unit %s", async (file, baseline, name, unit) => {
    const r = await read(file);
    const d = r.template.indicators.find((x) => x.baseline === baseline);
    expect([d?.name, d?.unit]).toEqual([name, unit]);
  });
});
