import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import type { IndicatorTemplate } from "../../src/templates/TemplateSchema";

/**
 * Trial 25a: `import dazhou.html` (a page whose <title> is the plan's name, the table's caption
 * `“十四五”林业发展主要目标指标表` no place) left the region blank; so did the same plan pasted as text
 * with its name on the first line. The region is now taken from the plan's name and said in one line.
 */
const dir = mkdtempSync(join(tmpdir(), "import-plan-name-"));
const page = readFileSync(join(__dirname, "../fixtures/plans/dazhou-forestry-2021-2025.html"), "utf8");
// the same page with its plan's name as a heading, not as its <title>
const headed = page.replace(/<title>[^<]*<\/title>/, "").replace("<body>", "<body><h1>达州市林业发展“十四五”规划</h1>");
const TABLE = "类别\t序号\t指标名称\t2020年\t2025年\t属性\n生态建设\t1\t森林覆盖率(%)\t45.31\t46.3\t约束性\n\t2\t森林蓄积量(万立方米)\t4606.24\t5000\t约束性\n";
const pasted = `达州市林业发展“十四五”规划\n\n一、主要目标\n“十四五”林业发展主要目标指标表\n${TABLE}`;
const ZH = "地区取自规划名称「达州市林业发展“十四五”规划」：达州市（如不是本规划的地区，请加上 --region 重新导入）。";
const EN = "Region taken from the plan's name \"达州市林业发展“十四五”规划\": 达州市 (if it is not the plan's, import again with --region).";

describe("import: the region from the plan's name where the table's title names none", () => {
  test.each<[string, string, string, string[], string, string, string | null]>([
    ["an .html page with the plan's name as its <title>", "title.html", page, [], "达州市", "“十四五”林业发展主要目标指标表", ZH],
    ["an .html page with an <h1> plan's name and a <p> table title", "h1.html", headed, [], "达州市", "“十四五”林业发展主要目标指标表", ZH],
    ["an .html page, said in English", "title-en.html", page, ["--lang", "en"], "达州市", "“十四五”林业发展主要目标指标表", EN],
    ["pasted text: the plan's name, then the table's title", "pasted.txt", pasted, [], "达州市", "“十四五”林业发展主要目标指标表", ZH],
    ["--region wins over the plan's name", "given.txt", pasted, ["--region", "通川区"], "通川区", "“十四五”林业发展主要目标指标表", null],
    ["a title that names a place: said as before", "titled.txt", pasted.replace("“十四五”林业发展", "大竹县“十四五”林业发展"), [], "大竹县", "大竹县“十四五”林业发展主要目标指标表", "地区取自标题：大竹县（如不是本规划的地区，请加上 --region 重新导入）。"],
    ["a sentence above, no plan's name: the region left blank", "sentence.txt", `达州市林业发展“十四五”规划实施以来，成效显著。\n“十四五”林业发展主要目标指标表\n${TABLE}`, [], "", "“十四五”林业发展主要目标指标表", "表格中没有写明地区，地区留空，不写进工作表名称和「填报说明」表；要写明地区，请加上 --region 重新导入。"],
  ])("%s", async (_case, name, content, extra, region, title, said) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    const out = join(dir, `${name}.json`);
    const r = await cli("import", file, ...extra, "--out", out);
    expect(r.code).toBe(0);
    const t = JSON.parse(readFileSync(out, "utf8")) as IndicatorTemplate;
    expect([t.region, t.title]).toEqual([region, title]);
    const lines = r.out.split("\n").filter((l) => /地区|[Rr]egion/.test(l));
    expect(lines).toEqual(said === null ? [] : [said]);
  });

  test("the returns' sheets print the place before the table's own title", async () => {
    const file = join(dir, "sheet.html");
    writeFileSync(file, page);
    const json = join(dir, "sheet.json");
    expect((await cli("import", file, "--out", json)).code).toBe(0);
    const xlsx = join(dir, "sheet.xlsx");
    expect((await cli("template", "--from", json, "--year", "2023", "--out", xlsx)).code).toBe(0);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    // the tab named after the title drops its bare 表 (sheetName); the title row prints the title whole
    expect(wb.worksheets.map((w) => w.name)).toContain("达州市“十四五”林业发展主要目标指标");
    const titles = wb.worksheets.flatMap((w) => [1, 2, 3].map((r) => JSON.stringify(w.getCell(r, 1).value ?? "")));
    expect(titles.some((x) => x.includes("达州市“十四五”林业发展主要目标指标表"))).toBe(true);
  });
});
