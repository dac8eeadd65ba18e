import * as docx from "docx";
import JSZip from "jszip";
import { reportDocx } from "../../src/cli/reportDocx";
import { titleLines } from "../../src/cli/titleLines";
import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * The Word report's layout (a deputy director's trial): no page numbers; "（5）安全保障" alone at the foot
 * of page 14, its lines on the next; the title broken "…主要指 / 标》2023 年…".
 */
describe("the report's title is set in lines that never break the plan's name", () => {
  test.each([
    ["several units, too wide for one line", "江海市 6 个填报单位《“十四五”时期经济社会发展主要指标》2023 年实施情况评估报告", ["江海市 6 个填报单位", "《“十四五”时期经济社会发展主要指标》", "2023 年实施情况评估报告"]],
    ["one county: its name joins the plan's", "青山县《“十四五”时期经济社会发展主要指标》2023 年实施情况评估报告", ["青山县《“十四五”时期经济社会发展主要指标》", "2023 年实施情况评估报告"]],
    ["short: one line", "海城区《某市交通规划》2023 年实施情况评估报告", ["海城区《某市交通规划》2023 年实施情况评估报告"]],
    ["no 《》: one line, left to wrap", "江海市六个填报单位“十四五”时期经济社会发展主要指标二〇二三年实施情况评估报告", ["江海市六个填报单位“十四五”时期经济社会发展主要指标二〇二三年实施情况评估报告"]],
  ])("%s", (_why, title, lines) => {
    expect(titleLines(title)).toEqual(lines);
  });
});

describe("the Word report's pages", () => {
  const row = (name: string, domain: string): RowFacts => ({ name, attribute: "预期性", unit: "%", baseline: "60", target: "65", values: { 2023: 62 }, domain });
  let doc = "", footers: string[] = [];
  beforeAll(async () => {
    const c = combineEvaluations([returnOf("青山县", [row("常住人口城镇化率", "经济发展"), row("森林覆盖率", "安全保障")], 2023)]);
    if (!c.ok) throw new Error("not combined");
    const zip = await JSZip.loadAsync(await reportDocx(docx, c.report, "江海市 6 个填报单位《“十四五”时期经济社会发展主要指标》2023 年实施情况评估报告"));
    doc = await zip.file("word/document.xml")?.async("string") ?? "";
    footers = await Promise.all(zip.file(/word\/footer\d*\.xml/).map((f) => f.async("string")));
  });
  // a paragraph's XML holding `text`
  const para = (text: string): string => doc.split("</w:p>").find((p) => p.replace(/<[^>]+>/g, "").includes(text)) ?? "";

  test.each([["一、总体评估"], ["三、分领域评估"], ["（2）安全保障"], ["（1）经济发展"]])("%s is kept with the paragraph after it", (text) => {
    expect(para(text)).toContain("<w:keepNext/>");
  });

  test("every page is numbered 第 N 页 / 共 M 页", () => {
    expect(footers.length).toBeGreaterThan(0);
    for (const f of footers) {
      expect(f).toMatch(/PAGE[\s\S]*NUMPAGES/);
      expect(f.replace(/<[^>]+>/g, "")).toMatch(/第 .*页 \/ 共 .*页/);
    }
  });

  test("the title is one paragraph broken where titleLines breaks it", () => {
    const title = para("江海市 6 个填报单位");
    expect(title.match(/<w:br\/>/g)?.length).toBe(2);
  });
});

/**
 * A grid too wide for a portrait page (gradeGridLayout) took a landscape section of its own, and the
 * portrait page before it held the title and 各填报单位评估结果汇总 alone (trial25b: six rows, the page
 * almost blank). The title and that table now open the grid's landscape section; a grid that fits
 * a portrait page keeps one portrait section with them; the units' sections are portrait after it.
 */
describe("the 各填报单位评估结果汇总 table shares its first page with the grid", () => {
  const row: RowFacts = { name: "常住人口城镇化率", attribute: "预期性", unit: "%", baseline: "60", target: "65", values: { 2021: 60.5, 2022: 61, 2023: 61.2 }, domain: "经济发展" };
  const UNITS = ["柯城区", "衢江区", "龙游县", "江山市", "常山县", "开化县", "衢州智造新城", "衢州经济技术开发区"];
  test.each([
    ["3 units: a portrait grid", 3, false],
    ["8 units: a landscape grid, the title and table on its first page", 8, true],
  ] as const)("%s", async (_why, n, landscape) => {
    const c = combineEvaluations(UNITS.slice(0, n).map((u) => returnOf(u, [row], 2023)));
    if (!c.ok) throw new Error("not combined");
    const zip = await JSZip.loadAsync(await reportDocx(docx, c.report, "衢州市《公共服务》2023 年实施情况评估报告"));
    const xml = await zip.file("word/document.xml")?.async("string") ?? "";
    // each section: its text, and whether its page is turned (its <w:sectPr> closes it)
    const sections = xml.split("</w:sectPr>").slice(0, -1).map((part) => {
      const at = part.lastIndexOf("<w:sectPr");
      return { text: part.slice(0, at).replace(/<[^>]+>/g, ""), landscape: /w:orient="landscape"/.test(part.slice(at)) };
    });
    const [first] = sections;
    for (const words of ["衢州市《公共服务》", "各填报单位评估结果汇总", "填报单位 × 指标评估等级"]) expect(first?.text).toContain(words);
    expect(first?.landscape).toBe(landscape);
    // the units' sections on portrait pages
    expect(sections.find((x) => x.text.includes("1. 柯城区"))?.landscape).toBe(false);
  });
});

/**
 * A landscape grid ends its section (the units' portrait pages follow), so a page it leaves nearly empty
 * stays so: 舟山 十四五's 48 indicators for 8 units filled the page under the county table and the next, and
 * left 4 rows and the note alone on a third (LibreOffice). The grid is now set whole under the county
 * table, whole on a page of its own (the page turned before its heading), or at 8 pt on exact 10 pt lines
 * where that saves its last page; else it runs on under its repeated header row. Its note stays with
 * its last row.
 */
describe("the landscape grid leaves no page nearly empty", () => {
  const UNITS = ["柯城区", "衢江区", "龙游县", "江山市", "常山县", "开化县", "衢州智造新城", "衢州经济技术开发区"];
  const rows = (n: number): RowFacts[] => Array.from({ length: n }, (_, k) => ({
    name: `指标${String(k + 1).padStart(2, "0")}常住人口城镇化率`, attribute: "预期性", unit: "%", baseline: "60", target: "65", values: { 2021: 60.5, 2022: 61, 2023: 60 + (k % 5) }, domain: "经济发展",
  }));
  test.each([
    // 5 rows, not 8, since the grid's note now says how its grades read as check's statuses too (two more lines; trial29c F14);
    // 3, not 5, since the units are said under the title (评估范围, one more paragraph of some two rows; trial39a F8)
    ["3 rows: under the county table, 9 pt", 3, { size: 18, exact: false, pageBreak: false }],
    ["16 rows: whole on a page of its own, 9 pt", 16, { size: 18, exact: false, pageBreak: true }],
    ["48 rows: 8 pt on exact 10 pt lines, two pages not three", 48, { size: 16, exact: true, pageBreak: false }],
    ["70 rows: 8 pt saves no page (three either way), it runs on at 9 pt", 70, { size: 18, exact: false, pageBreak: false }],
  ] as const)("%s", async (_why, n, expected) => {
    const c = combineEvaluations(UNITS.map((u) => returnOf(u, rows(n), 2023)));
    if (!c.ok) throw new Error("not combined");
    const zip = await JSZip.loadAsync(await reportDocx(docx, c.report, "衢州市《“十四五”衢州市公共服务提升主要指标目标表》2023 年实施情况评估报告"));
    const xml = await zip.file("word/document.xml")?.async("string") ?? "";
    // the grid: the table after the heading 填报单位 × 指标评估等级, and that heading's paragraph
    const at = xml.indexOf("填报单位 × 指标评估等级");
    const heading = xml.slice(xml.lastIndexOf("<w:p>", at) === -1 ? xml.lastIndexOf("<w:p ", at) : Math.max(xml.lastIndexOf("<w:p>", at), xml.lastIndexOf("<w:p ", at)), at);
    const grid = xml.slice(xml.indexOf("<w:tbl>", at), xml.indexOf("</w:tbl>", at));
    const trs = grid.split("</w:tr>").slice(0, -1);
    expect(trs).toHaveLength(n + 1);
    // the header row repeats on each page the grid runs onto
    expect(trs[0]).toContain("<w:tblHeader/>");
    expect(new Set(grid.match(/<w:sz w:val="\d+"\/>/g))).toEqual(new Set([`<w:sz w:val="${expected.size}"/>`]));
    expect(/w:lineRule="exact"/.test(grid)).toBe(expected.exact);
    expect(heading.includes("<w:pageBreakBefore/>")).toBe(expected.pageBreak);
    // no row is split over two pages, and the last one keeps the note with it
    expect(trs.slice(1).every((tr) => tr.includes("<w:cantSplit/>"))).toBe(true);
    expect(trs[n]).toContain("<w:keepNext/>");
  });
});

/**
 * trial47b F8: every 附表 row was kept whole on its page, so a row whose 说明 ran to ten lines in its narrow column (a 左右
 * target's baseline already in its band) moved to the next page and left half a page blank. A row taller than a few lines
 * (cellLines) may now break over a page; the others stay whole (a running total's lines never split from its year).
 */
describe("a tall 附表 row may break over a page", () => {
  const rows: RowFacts[] = [
    { name: "近岸海域水质优良（一、二类）比例", attribute: "预期性", unit: "%", baseline: "43.4", target: "45左右", values: { 2021: 41, 2022: 44.2, 2023: 47.9 }, domain: "环境治理" },
    { name: "森林覆盖率", attribute: "约束性", unit: "%", baseline: "61.15", target: "≥61.5", values: { 2021: 61.3, 2022: 61.38, 2023: 61.45 }, domain: "生态保护" },
  ];
  test.each([
    ["the baseline-in-band 说明, ten lines: may break", "近岸海域水质优良", false],
    ["a short row: kept whole", "森林覆盖率", true],
  ] as const)("%s", async (_why, name, whole) => {
    const c = combineEvaluations([returnOf("某某省生态环境厅", rows, 2023)]);
    if (!c.ok) throw new Error("not combined");
    const xml = await (await JSZip.loadAsync(await reportDocx(docx, c.report, "某某省生态环境厅《某某规划》2023 年实施情况评估报告"))).file("word/document.xml")?.async("string") ?? "";
    // the 附表's row of `name` (the 预警 and 分领域 sections are paragraphs, not rows)
    const row = xml.split(/<w:tr[ >]/).slice(1).map((r) => r.split("</w:tr>")[0] ?? "").find((r) => r.replace(/<[^>]+>/g, "").includes(name)) ?? "";
    expect(row).not.toBe("");
    expect(row.includes("<w:cantSplit/>")).toBe(whole);
  });
});
