import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import type { IndicatorTemplate } from "../../src/templates/TemplateSchema";
import { setNumFmt } from "../../src/hosts/xlsx/setNumFmt";

/**
 * `plan-returns import` from a table kept in Word or Excel (issue 15): a .docx made here as
 * minimal WordprocessingML with jszip (read by mammoth), and an .xlsx made with ExcelJS, with the
 * shapes offices keep: a title above the table, a cell with two paragraphs (parts), a vertically
 * merged category, a number typed as 95% (stored 0.95 in a percent style).
 */
const dir = mkdtempSync(join(tmpdir(), "import-files-"));
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const esc = (t: string): string => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const para = (t: string): string => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
/** a cell: its paragraphs, and `merge` for a vertically merged cell (restart / continue) */
const cell = (lines: string[], merge?: "restart" | "continue"): string =>
  `<w:tc><w:tcPr>${merge === undefined ? "" : merge === "restart" ? '<w:vMerge w:val="restart"/>' : "<w:vMerge/>"}</w:tcPr>${(lines.length ? lines : [""]).map(para).join("")}</w:tc>`;
const row = (cells: string[]): string => `<w:tr>${cells.join("")}</w:tr>`;

async function makeDocx(file: string): Promise<void> {
  const table = `<w:tbl>${[
    row([cell(["领域"]), cell(["序号"]), cell(["指标"]), cell(["2020年"]), cell(["2025年"]), cell(["属性"])]),
    row([cell(["教育"], "restart"), cell(["1"]), cell(["学前三年毛入园率(%)"]), cell(["95"]), cell(["98以上"]), cell(["预期性"])]),
    row([cell([], "continue"), cell(["2"]), cell(["标准班额比例(%)", "其中：小学", "初中"]), cell(["34.5", "78.3"]), cell(["80", "85"]), cell(["预期性"])]),
    row([cell(["卫生"]), cell(["3"]), cell(["每千人口医疗卫生机构床位数(张)"]), cell(["5.2"]), cell(["6"]), cell(["预期性"])]),
  ].join("")}</w:tbl>`;
  const body = `${para("前言：本规划的主要指标如下。")}${para("表1 某某县“十四五”社会事业发展主要指标")}${table}${para("注：〔〕内为五年累计数。")}`;
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

async function makeXlsx(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("说明").addRow(["本工作簿是某某市的规划指标"]);
  const ws = wb.addWorksheet("指标表");
  ws.addRow(["某某市“十四五”卫生健康发展主要指标"]);
  ws.addRow(["序号", "指标名称", "单位", "2020年", "2025年", "指标属性"]);
  ws.addRow([1, "人均预期寿命", "岁", 79.2, "80以上", "预期性"]);
  const r = ws.addRow([2, "孕产妇系统管理率", "%", 0.95, 0.96, "约束性"]);
  setNumFmt(r.getCell(4), "0%");
  setNumFmt(r.getCell(5), "0%");
  ws.addRow([3, "每千人口执业(助理)医师数", "人", 3.1, 3.6, "预期性"]);
  ws.addRow([4, "二级以上综合医院设老年医学科比例", "%", "", "≥60", "预期性"]);
  await wb.xlsx.writeFile(file);
}

const template = (file: string): IndicatorTemplate => JSON.parse(readFileSync(file, "utf8")) as IndicatorTemplate;

describe("plan-returns import from .docx and .xlsx", () => {
  test("a table of a .docx: title from the paragraph above, parts from a cell's paragraphs, a merged category", async () => {
    const docx = join(dir, "plan.docx");
    await makeDocx(docx);
    const out = join(dir, "from-docx.json");
    const r = await cli("import", docx, "--out", out);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const t = template(out);
    expect([t.title, t.region, t.baselineYear, t.targetYear, t.source.document]).toEqual(["某某县“十四五”社会事业发展主要指标", "某某县", 2020, 2025, "plan.docx"]);
    expect(t.indicators.map((d) => [d.domain, d.number, d.name, d.part ?? "", d.unit, d.baseline, d.target])).toEqual([
      ["教育", "1", "学前三年毛入园率(%)", "", "%", "95", "98以上"],
      // session 37 (trial37 F4): a part's name without the unit its parent's name ends in (import/rules/partName)
      ["教育", "2", "标准班额比例", "小学", "%", "34.5", "80"],
      ["教育", "2", "标准班额比例", "初中", "%", "78.3", "85"],
      ["卫生", "3", "每千人口医疗卫生机构床位数(张)", "", "张", "5.2", "6"],
    ]);
    // the table's own row (the title paragraph above is not one), and what the source is
    expect(r.out).toMatch(/^第 3 行：单元格内有换行（Word 文档的表格），各格中的几行已连成一行，并按分项拆成“小学”“初中” 2 行/m);
    expect(t.indicators[0]?.direction).toBe("up");
  });

  test("--table picks a table of the .docx; a table number out of range is one line, exit 2", async () => {
    const docx = join(dir, "plan2.docx");
    await makeDocx(docx);
    const bad = await cli("import", docx, "--table", "5", "--out", join(dir, "x.json"));
    expect([bad.code, bad.err.trim().split("\n").length]).toEqual([2, 1]);
    expect(bad.err).toMatch(/--table 应为 1–1/);
  });

  test("a sheet of an .xlsx: the sheet with the indicator header is found, a unit column, 95% read as 95%", async () => {
    const xlsx = join(dir, "table.xlsx");
    await makeXlsx(xlsx);
    const out = join(dir, "from-xlsx.json");
    const r = await cli("import", xlsx, "--out", out);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/来自 .*table\.xlsx#指标表/);
    const t = template(out);
    expect(t.title).toBe("某某市“十四五”卫生健康发展主要指标");
    expect(t.indicators.map((d) => [d.number, d.name, d.unit, d.baseline, d.target, d.attribute])).toEqual([
      ["1", "人均预期寿命", "岁", "79.2", "80以上", "预期性"],
      ["2", "孕产妇系统管理率", "%", "95%", "96%", "约束性"],
      ["3", "每千人口执业(助理)医师数", "人", "3.1", "3.6", "预期性"],
      ["4", "二级以上综合医院设老年医学科比例", "%", "", "≥60", "预期性"],
    ]);
    const named = await cli("import", xlsx, "--sheet", "没有这张表", "--out", join(dir, "y.json"));
    expect(named.code).toBe(2);
    expect(named.err).toMatch(/没有名为“没有这张表”的工作表（有：说明、指标表）/);
  });
});

// a trial user's sheet: cells with line breaks (a 其中 row kept in its main row's cells) made the
// messages name lines of the text the sheet became (第 20—23 行, 第 24 行), not the sheet's rows
describe("import of an .xlsx whose cells hold line breaks: the messages name the sheet's own rows", () => {
  async function makeBroken(file: string): Promise<void> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("主要指标");
    ws.addRow(["某县“十四五”教育事业发展主要指标"]);
    ws.addRow(["指标名称", "2020年\n基期值", "2025年", "属性"]);
    ws.addRow(["1.学前教育毛入园率(%)", "97%", "达到98%以上", "约束性"]);
    ws.addRow(["2.义务教育标准班额比例(%)\n其中:小学\n初中", "\n34.52%\n77.34%", "\n80%以上\n85%以上", "预期性"]);
    ws.addRow(["3.幼儿教师专科及以上学历比例(%)\n其中:本科及以上学历比例(%)", "97.74%\n49.85%", "100%\n50%", "预期性"]);
    ws.addRow(["4.粮食播种面积(万亩)", "52.3", "稳定在52万亩以上", "约束性"]);
    ws.addRow([]);
    ws.addRow(["注：本表数据来源于县教育局统计年报。"]);
    await wb.xlsx.writeFile(file);
  }

  test.each<[string, "zh" | "en", RegExp[]]>([
    ["zh", "zh", [/^第 4 行：单元格内有换行（工作表），各格中的几行已连成一行，并按分项拆成“小学”“初中” 2 行/m,
      /^第 5 行：单元格内有换行（工作表）/m, /^第 5 行：“其中：本科及以上学历比例\(%\)”是上一项指标/m]],
    ["en", "en", [/^row 4: line breaks inside cells \(a worksheet\): each cell's lines joined, split into 2 rows by part \(“小学”, “初中”\)/m, /^row 5: “[^”]*” is a 其中 item/m]],
  ])("%s", async (_d, lang, says) => {
    const xlsx = join(dir, `broken-${lang}.xlsx`);
    await makeBroken(xlsx);
    const out = join(dir, `broken-${lang}.json`);
    const r = await cli("import", xlsx, "--out", out, "--lang", lang);
    expect(r.code).toBe(0);
    for (const re of says) expect(r.out).toMatch(re);
    // nothing beyond the sheet's last row (8), no line range, no web page
    const named = [...r.out.matchAll(/^(?:第|row) (\d+)/gm)].map((m) => Number(m[1]));
    expect(Math.max(...named)).toBeLessThanOrEqual(8);
    expect(r.out).not.toMatch(/网页|web page|—\d|–\d/);
    const t = template(out);
    // the everyday floors are read as floors, by the same words as the engine
    expect(t.indicators.filter((d) => /^(达到|稳定在)/.test(d.target ?? "")).map((d) => [d.target, d.unit, d.direction])).toEqual([
      ["达到98%以上", "%", "up"], ["稳定在52万亩以上", "万亩", "up"],
    ]);
  });
});

describe("import --lang en: the importer's refusal in English", () => {
  test.each([
    ["zh", /没有找到指标表的表头/],
    ["en", /No indicator table header found.*Nothing was loaded\./],
  ])("--lang %s", async (lang, message) => {
    const file = join(dir, `no-table-${lang}.txt`);
    writeFileSync(file, "随便写的一段话，没有表格。\n");
    const r = await cli("import", file, "--lang", lang, "--out", join(dir, `no-table-${lang}.json`));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});

// real workbooks of other programs (apache/poi reordered_sheets.xlsx, DateFormatTests.xlsx): an empty first sheet was
// refused as 工作表是空的 while the next held a table, the other sheets searched were not said, and a sheet was told to
// have its columns 用 Tab 分隔或从表格中复制, which is a paste's advice
describe("import of a workbook whose sheets hold no indicator table says what was searched", () => {
  const NO_HEADER = "没有找到指标表的表头：表头应有“指标”或“指标名称”一列，以及年份列（如“2020年”“2025年 目标”）；项目清单、改革清单的表头应有“项目名称”或“改革名称”一列，以及“总投资”“建设起止年限”“牵头单位”等列。";
  const NO_HEADER_EN = "No indicator table header found: a header has an 指标 or 指标名称 column and year columns (such as 2020年, 2025年 目标); a project or reform list's has a 项目名称 or 改革名称 column and columns such as 总投资, 建设起止年限, 牵头单位.";
  test.each<[string, Array<[string, string[][]]>, string, string, string]>([
    ["a blank first sheet, then two sheets of figures", [["Sheet1", []], ["明细", [["日期", "数量"], ["2024-01-02", "5"]]], ["汇总", [["合计", "5"]]]], "明细",
      `${NO_HEADER}工作簿中有内容的 2 张工作表都不像指标表、项目清单或改革清单，没有载入任何内容。`,
      `${NO_HEADER_EN} None of the workbook's 2 sheets with contents looks like an indicator table, project list or reform list. Nothing was loaded.`],
    ["one sheet of figures", [["数据", [["日期", "数量"], ["2024-01-02", "5"]]]], "数据",
      `${NO_HEADER}工作表不像指标表、项目清单或改革清单，没有载入任何内容。`,
      `${NO_HEADER_EN} The worksheet does not look like an indicator table, project list or reform list. Nothing was loaded.`],
  ])("%s", async (name, sheets, named, zh, en) => {
    const wb = new ExcelJS.Workbook();
    for (const [sheet, rows] of sheets) wb.addWorksheet(sheet).addRows(rows);
    const file = join(dir, `${name}.xlsx`);
    await wb.xlsx.writeFile(file);
    for (const [lang, words] of [["zh", zh], ["en", en]] as const) {
      const r = await cli("import", file, "--lang", lang, "--out", join(dir, "searched.json"));
      expect([r.code, r.err]).toEqual([2, `${file}#${named}${lang === "en" ? ": " : "："}${words}\n`]);
    }
  });
});

describe("import --lang en: the file's own refusals in English too", () => {
  test.each([
    ["an old .xls", "old.xls", [], "old.xls: the old .xls format cannot be read; save it as .xlsx", "old.xls：旧版 .xls 格式读不了，请另存为 .xlsx"],
    ["a file that is not there", "none.txt", [], "none.txt: the file does not exist or cannot be read", "none.txt：文件不存在或无法读取"],
    ["--table beyond the page's tables", "two.html", ["--table", "3"], "two.html: --table should be 1–1, found 3", "two.html：--table 应为 1–1，实际为 3"],
    ["a page without a table", "none.html", [], "none.html: the document has no table", "none.html：文档中没有表格"],
    // SheetJS test_files' XML spreadsheets were read as a paste (粘贴的内容不像指标表), or, named .xlsx, 文本文件，如 CSV
    ["an Excel 2003 XML spreadsheet (.xml)", "表.xml", [], "表.xml: not an .xlsx file (it is an Excel 2003 XML spreadsheet (XML Spreadsheet 2003)): open it in Excel, WPS or LibreOffice and save it as .xlsx",
      "表.xml：不是 .xlsx 文件（是 Excel 2003 XML 表格（XML 电子表格 2003）），请在 Excel、WPS 或 LibreOffice 中打开后另存为 .xlsx"],
    ["a flat OpenDocument spreadsheet named .xlsx", "flat.xlsx", [], "flat.xlsx: not an .xlsx file (it is a flat OpenDocument spreadsheet (.fods)): open it in Excel, WPS or LibreOffice and save it as .xlsx",
      "flat.xlsx：不是 .xlsx 文件（是 OpenDocument 平面 XML 表格（.fods）），请在 Excel、WPS 或 LibreOffice 中打开后另存为 .xlsx"],
  ])("%s", async (_, name, extra, en, zh) => {
    const file = join(dir, name);
    if (name === "two.html") writeFileSync(file, "<table><tr><td>指标</td><td>目标</td></tr></table>");
    if (name === "none.html") writeFileSync(file, "<p>没有表格</p>");
    if (name === "old.xls") writeFileSync(file, "not really");
    if (name === "表.xml") writeFileSync(file, '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="指标"><Table><Row><Cell><Data ss:Type="String">指标</Data></Cell></Row></Table></Worksheet></Workbook>');
    if (name === "flat.xlsx") writeFileSync(file, `<?xml version="1.0" encoding="UTF-8"?>\n<office:document ${"xmlns:x=\"urn:x\" ".repeat(40)}office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body/></office:document>`);
    for (const [lang, line] of [["en", en], ["zh", zh]] as const) {
      const r = await cli("import", file, ...extra, "--lang", lang, "--out", join(dir, `refused-${lang}.json`));
      expect([r.code, r.err.trim().split("\n").length]).toEqual([2, 1]);
      expect(r.err).toContain(line.replace(/^[^:：]+/, file));
    }
  });
});

describe("import page.html: a web page saved as HTML", () => {
  test.each([[".html"], [".htm"]])("%s: its indicator table is read, not its source text", async (ext) => {
    const file = join(dir, `page${ext}`);
    writeFileSync(file, [
      "<html><head><title>某县</title></head><body><p>某县“十四五”农业农村现代化主要指标</p>",
      "<table><tr><td>项目名称</td><td>总投资</td></tr><tr><td>某路</td><td>3</td></tr></table>",
      "<table><tr><td>指标</td><td>2020年基期值</td><td>2025年目标值</td></tr>",
      "<tr><td>粮食综合生产能力（亿吨）</td><td>—</td><td>&gt;6.5</td></tr>",
      "<tr><td>农业科技进步贡献率（%）</td><td>60</td><td>64</td></tr></table></body></html>",
    ].join("\n"));
    const out = join(dir, `page${ext}.json`);
    const r = await cli("import", file, "--out", out);
    expect(r.code).toBe(0);
    const t = JSON.parse(readFileSync(out, "utf8")) as IndicatorTemplate;
    expect(t.indicators.map((d) => [d.name, d.baseline, d.target])).toEqual([
      ["粮食综合生产能力（亿吨）", "—", ">6.5"],
      ["农业科技进步贡献率（%）", "60", "64"],
    ]);
  });
});

describe("import page.html: a cell with paragraphs is one row of the table, named as such", () => {
  test("the table's row 3, a web page's table (the caption above is not a row)", async () => {
    const file = join(dir, "broken.html");
    writeFileSync(file, [
      "<html><body><p>附表</p><p>表2 某区“十四五”民生主要指标</p>",
      "<table><tr><td>序号</td><td>指标</td><td>2020年</td><td>2025年</td><td>属性</td></tr>",
      "<tr><td>1</td><td>养老机构护理型床位占比(%)</td><td>50</td><td>保持在55%以上</td><td>约束性</td></tr>",
      "<tr><td>2</td><td><p>标准班额比例(%)</p><p>其中：小学</p><p>初中</p></td><td><p>34.5</p><p>78.3</p></td><td><p>80</p><p>85</p></td><td>预期性</td></tr>",
      "<tr><td>3</td><td>粮食播种面积(亩)</td><td>52.3</td><td>稳定在52万亩以上</td><td>约束性</td></tr></table></body></html>",
    ].join("\n"));
    const out = join(dir, "broken.json");
    const r = await cli("import", file, "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^第 3 行：单元格内有换行（网页的表格），各格中的几行已连成一行，并按分项拆成“小学”“初中” 2 行/m);
    // a written unit unlike the name's is said, on the table's row 4
    expect(r.out).toMatch(/^第 4 行：数值中写明的单位“万亩”与指标单位“亩”不同/m);
    const t = JSON.parse(readFileSync(out, "utf8")) as IndicatorTemplate;
    expect(t.indicators.map((d) => [d.target, d.direction ?? ""])).toEqual([["保持在55%以上", "up"], ["80", ""], ["85", ""], ["稳定在52万亩以上", "up"]]);
  });
});

describe("a table that names no title or region: what is used instead is said, since it shows on every cover", () => {
  const table = "指标\t2020年\t2025年\t属性\n城镇调查失业率（%）\t4.8\t<5.5\t约束性\n研发经费投入强度（%）\t2.1\t2.5\t预期性\n";
  // trP's national table and trQ's 某县…（某县）: a placeholder word (未注明) went into every sheet's name; none is left blank, one in the title's bracket is taken and said
  test.each<[string, string[], string, RegExp | null, string]>([
    ["neither named (zh)", [], "", /表格中没有写明标题和地区，暂用标题「导入的指标表（2020—2025年）」（--title），会印在各填报表的「填报说明」表上；地区留空，不写进工作表名称和「填报说明」表（--region）/, ""],
    ["neither named (en)", ["--lang", "en"], "", /The table names no title or region; using title "导入的指标表（2020—2025年）" \(--title\), which shows on every return's 填报说明 sheet \(its cover\), and leaving the region blank, out of the sheets' names and the 填报说明 sheets \(--region\)/, ""],
    ["only the region given", ["--region", "某市"], "", /表格中没有写明标题，暂用标题「导入的指标表（2020—2025年）」（--title），会印在各填报表的「填报说明」表上/, "某市"],
    // and the plan's document: without it import says the covers' 来源 gives the table's title only (trial34 F6)
    ["all given: nothing to say", ["--region", "某市", "--title", "某市就业规划", "--document", "某市就业促进规划"], "", null, "某市"],
    ["a title without a place (zh)", [], "“十四五”公共服务规划主要指标\n", /^表格中没有写明地区，地区留空，不写进工作表名称和「填报说明」表；要写明地区，请加上 --region 重新导入。$/m, ""],
    ["a title without a place (en)", ["--lang", "en"], "“十四五”公共服务规划主要指标\n", /^The table names no region; the region is left blank, out of the sheets' names and the 填报说明 sheets \(the covers\): import again with --region to name it\.$/m, ""],
    ["a place in the title's bracket", [], "某县公共服务五年目标（某县）\n", /^地区取自标题：某县（如不是本规划的地区，请加上 --region 重新导入）。$/m, "某县"],
    ["a place at the title's start (en)", ["--lang", "en"], "衢州市“十四五”就业主要指标\n", /^Region taken from the title: 衢州市 \(if it is not the plan's, import again with --region\)\.$/m, "衢州市"],
  ])("%s", async (name, extra, title, said, region) => {
    const file = join(dir, `untitled-${name}.txt`);
    writeFileSync(file, title + table);
    const out = join(dir, `untitled-${name}.json`);
    const r = await cli("import", file, ...extra, "--out", out);
    expect(r.code).toBe(0);
    if (said) expect(r.out).toMatch(said);
    else expect(r.out).not.toMatch(/没有写明|names no|取自标题|taken from/);
    expect(r.out).not.toContain("未注明");
    const t = JSON.parse(readFileSync(out, "utf8")) as IndicatorTemplate;
    expect(t.region).toBe(region);
    expect(t.notes.join("")).not.toContain("未注明");
  });

  test("no region: the sheet's name is the table's title alone, no word standing in for the place", async () => {
    const file = join(dir, "national.txt");
    writeFileSync(file, "“十四五”公共服务规划主要指标\n" + table);
    const json = join(dir, "national.json");
    expect((await cli("import", file, "--out", json)).code).toBe(0);
    const xlsx = join(dir, "national.xlsx");
    expect((await cli("template", "--from", json, "--year", "2023", "--out", xlsx)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name).filter((n) => !n.startsWith("_"))).toEqual(["填报说明", "“十四五”公共服务规划主要指标"]);
  });
});

describe("import of a workbook this tool made: refused in one line, what it is and what to use", () => {
  test.each<[string, string, RegExp]>([
    ["zh", "a blank return", /这是本工具生成的填报工作簿（模板 zhoushan-2021-2025，2023 年度），不是规划的指标表，没有导入；下一年度的填报请用 rollover（plan-returns rollover .*--year 2024 --out "新文件\.xlsx"），要重做模板请导入规划原文的指标表，或用生成它的模板 JSON（template --from "模板\.json"）/],
    ["en", "a blank return", /this is a return made by plan-returns \(template zhoushan-2021-2025, year 2023\), not a plan's indicator table; nothing imported: for next year's return use rollover/],
  ])("--lang %s: %s", async (lang, _d, line) => {
    const file = join(dir, `return-${lang}.xlsx`);
    expect((await cli("template", "zhoushan-2021-2025", "--year", "2023", "--out", file, "--force")).code).toBe(0);
    const out = join(dir, `return-${lang}.json`);
    const r = await cli("import", file, "--lang", lang, "--out", out);
    expect([r.code, r.err.trim().split("\n").length, r.out]).toEqual([2, 1, ""]);
    expect(r.err).toMatch(line);
    expect(() => readFileSync(out)).toThrow();
  });
});
