import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import type { IndicatorTemplate } from "../../src/templates/TemplateSchema";

/**
 * trial40b: how each source is read into rows, on the trial's own files (test/fixtures/trial40b, made by the
 * trial with the docx package, LibreOffice and ExcelJS) and small pages written here. Each row failed on main:
 * a 续表 lost without a word (F14), a sheet's spacer columns shifting every row (F5), a 填报单位 line in the
 * title (F6), an article inside a layout table refused (F12), a browser's two-row header refused (F11), a
 * LibreOffice superscript glued into the name (F10), note lines marked ¹ and Word footnotes dropped (F1).
 */
const dir = mkdtempSync(join(tmpdir(), "import-40b-"));
const FIXTURES = join(__dirname, "..", "fixtures", "trial40b");
const template = (file: string): IndicatorTemplate => JSON.parse(readFileSync(file, "utf8")) as IndicatorTemplate;

interface Expect {
  count: number;
  title?: string;
  names?: string[];
  notes?: string[];
  rowNote?: [string, string];
  out?: RegExp[];
}

describe("trial40b: the trial's files read into all their rows", () => {
  test.each<[string, string, string[], Expect]>([
    ["F14 a Word table continued as 续表1 after a page break: both parts, said once", "续表.docx", [], {
      count: 18, names: ["人均预期寿命", "亿元GDP生产安全事故死亡率"], notes: ["注：〔〕内为五年累计数。"],
      out: [/^表格 2（“续表1”）与表格 1 列数相同，是它在下一页的接续：已把它的 8 行接在表格 1 之后读入（--table 1 也是这样）；如它是另一张表，请在它上方写上它自己的标题（如“表2 …”）后重新导入，表格 1 即单独读入。$/m, /来自 .*续表\.docx#表格1–2/],
    }],
    // a table named joins its 续表 too (a 续表 is the same table as printed), said, with how to undo it
    ["F14 --table 1: the table as printed, its 续表 joined and said", "续表.docx", ["--table", "1"], {
      count: 18, out: [/^表格 2（“续表1”）与表格 1 列数相同，是它在下一页的接续：已把它的 8 行接在表格 1 之后读入（--table 1 也是这样）/m, /来自 .*续表\.docx#表格1–2/],
    }],
    ["F14 in English", "续表.docx", ["--lang", "en"], { count: 18, out: [/^Table 2 \("续表1"\) has as many columns as table 1 and continues it on the next page: its 8 rows were read after table 1's \(so does --table 1\); if it is another table, write its own title above it \(such as "表2 …"\) and import again: table 1 is then read alone\.$/m] }],
    ["F5/F6 a statistics office's sheet with blank spacer columns and a 填报单位 line", "统计局附表3.xlsx", [], {
      count: 11, title: "石门县“十四五”农业农村现代化主要指标", names: ["粮食播种面积", "城乡居民收入比"],
    }],
    ["F12 a saved page whose article sits in a layout table", "政府网页2.html", [], { count: 7, names: ["地区生产总值"] }],
    ["F11 a browser's copy with the lower header row under the span only (F3: its full-width 序号 read too, all 5 rows)", "浏览器复制.txt", [], { count: 5 }],
    ["F10 a LibreOffice .docx: the raised 1 is a mark, its note line kept on the row", "生态规划.docx", [], {
      count: 12, names: ["城市生活污水集中收集率"],
      notes: ["注：〔〕内为五年累计数。", "¹城市生活污水集中收集率指城市生活污水集中收集处理量占生活污水产生量的比例。"],
      rowNote: ["城市生活污水集中收集率", "¹城市生活污水集中收集率指城市生活污水集中收集处理量占生活污水产生量的比例。"],
    }],
    ["F1 note lines marked ¹ ² under the table kept", "云溪县纲要表1.docx", [], {
      count: 18, notes: ["注：〔〕内为五年累计数。", "¹GDP增长率按可比价格计算。", "²单位GDP能源消耗降低以2020年为基数。"],
      rowNote: ["单位GDP能源消耗降低", "²单位GDP能源消耗降低以2020年为基数。"],
    }],
    ["F1 real Word footnotes kept, on the rows they mark", "脚注.docx", [], {
      count: 4, notes: ["注：〔〕内为五年累计数。", "[1]地区生产总值增长按可比价格计算。", "[2]能耗降低目标以省下达为准。"],
      rowNote: ["地区生产总值增长", "[1]地区生产总值增长按可比价格计算。"],
    }],
  ])("%s", async (_d, name, extra, want) => {
    const file = join(dir, name);
    copyFileSync(join(FIXTURES, name), file);
    const out = join(dir, `${name}.${extra.join("")}.json`);
    const r = await cli("import", file, ...extra, "--out", out);
    expect(r.err).toBe("");
    const t = template(out);
    expect(t.indicators.length).toBe(want.count);
    if (want.title !== undefined) expect(t.title).toBe(want.title);
    for (const n of want.names ?? []) expect(t.indicators.map((d) => d.name)).toContain(n);
    if (want.notes !== undefined) expect(t.planNotes).toEqual(want.notes);
    if (want.rowNote !== undefined) expect(t.indicators.find((d) => d.name === want.rowNote?.[0])?.note).toBe(want.rowNote[1]);
    for (const re of want.out ?? []) expect(r.out).toMatch(re);
  });
});

const HEADER = "<tr><td>序号</td><td>指标</td><td>单位</td><td>2020年</td><td>2025年</td><td>属性</td></tr>";
const rowsOf = (from: number, n: number): string => Array.from({ length: n }, (_, k) => `<tr><td>${from + k}</td><td>指标${from + k}号</td><td>%</td><td>${50 + k}</td><td>${60 + k}</td><td>预期性</td></tr>`).join("");
const page = (...parts: string[]): string => `<html><body>${parts.join("")}</body></html>`;

let pages = 0;

describe("trial40b F14/F12: the tables of a page or document as a reader sees them", () => {
  test.each<[string, string, string[], number, RegExp | null, RegExp | null]>([
    ["a table right after with the same header: joined", page("<p>某县“十四五”主要指标</p>", `<table>${HEADER}${rowsOf(1, 3)}</table>`, `<table>${HEADER}${rowsOf(4, 2)}</table>`), [], 5,
      /^表格 2（表头与表格 1 相同）与表格 1 列数相同，是它在下一页的接续：已把它的 2 行接在表格 1 之后读入（--table 1 也是这样）；如它是另一张表，请在它上方写上它自己的标题（如“表2 …”）后重新导入，表格 1 即单独读入。$/m, null],
    ["another table with its own title: not joined, named with --table", page("<p>某县“十四五”主要指标</p>", `<table>${HEADER}${rowsOf(1, 3)}</table>`, "<p>表2 重大项目</p>", "<table><tr><td>项目</td><td>投资</td></tr><tr><td>甲</td><td>5</td></tr></table>"), [], 3,
      null, /^文档中另有 1 张表格（表格 2）没有读入；如要导入其中一张，请加上 --table 序号（如 --table 2）重新导入。$/m],
    ["another table, in English", page("<p>某县“十四五”主要指标</p>", `<table>${HEADER}${rowsOf(1, 3)}</table>`, "<p>表2 重大项目</p>", "<table><tr><td>项目</td><td>投资</td></tr><tr><td>甲</td><td>5</td></tr></table>"), ["--lang", "en"], 3,
      null, /^The document has 1 other table \(table 2\) that was not read; to import it, import again with --table 2\.$/m],
    ["a 续表 without its header repeated: joined", page("<p>某县“十四五”主要指标</p>", `<table>${HEADER}${rowsOf(1, 3)}</table>`, "<p>续表</p>", `<table>${rowsOf(4, 2)}</table>`), [], 5,
      /已把它的 2 行接在表格 1 之后读入/, null],
    // the undo the joined line names: a title of its own above the second table, and --table 1 reads table 1 alone
    ["the same header under a title of its own, --table 1: table 1 alone", page("<p>某县“十四五”主要指标</p>", `<table>${HEADER}${rowsOf(1, 3)}</table>`, "<p>表2 某县“十四五”重点指标</p>", `<table>${HEADER}${rowsOf(4, 2)}</table>`), ["--table", "1"], 3,
      null, null],
  ])("%s", async (_d, html, extra, count, joined, left) => {
    const file = join(dir, `page-${++pages}.html`);
    writeFileSync(file, html);
    const out = `${file}.json`;
    const r = await cli("import", file, ...extra, "--out", out);
    expect(r.err).toBe("");
    expect(template(out).indicators.length).toBe(count);
    if (joined) expect(r.out).toMatch(joined);
    else expect(r.out).not.toMatch(/接续|continues it/);
    if (left) expect(r.out).toMatch(left);
    else expect(r.out).not.toMatch(/另有|other table/);
  });

  test("--table beyond the tables says what each table is", async () => {
    const file = join(dir, "layout.html");
    copyFileSync(join(FIXTURES, "政府网页2.html"), file);
    const r = await cli("import", file, "--table", "2", "--out", join(dir, "layout.json"));
    expect(r.err.trim()).toBe(`${file}：--table 应为 1–1，实际为 2（文档中的表格：1「表1  宁远县“十四五”时期经济社会发展主要指标」）`);
  });
});
