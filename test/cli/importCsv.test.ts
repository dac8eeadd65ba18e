/**
 * A trial user's `import plan.csv` (a table with a 指标名称 header) was refused as “粘贴的内容不像一张
 * 指标表”: the .csv was read as pasted text, whose columns are tabs or spaces, never commas. It is
 * now read as Excel reads it (quoted cells with commas, doubled quotes and line breaks; UTF-8 with or
 * without a BOM, UTF-16, GBK as Excel's “CSV” saves on Chinese Windows), its rows named as Excel's;
 * a CSV that cannot be read is one line saying to save it as .xlsx or paste the table as text.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import type { IndicatorTemplate } from "../../src/templates/TemplateSchema";

const dir = mkdtempSync(join(tmpdir(), "import-csv-"));
/** The table of test/fixtures/tables/csv-gbk.csv in UTF-8: a title, a header cell with a line break, a quoted comma, doubled quotes. */
const GBK = readFileSync(join(__dirname, "../fixtures/tables/csv-gbk.csv"));
const TEXT = new TextDecoder("gb18030").decode(GBK);
const utf16le = (t: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]);

/** name, unit, baseline, target, attribute of each indicator, as written in the table (a unit cell "—" is no unit) */
const EXPECTED = [
  ["地表水达到或好于Ⅲ类水体比例", "%", "90", "≥95", "约束性"],
  ["PM2.5年均浓度", "微克/立方米", "32.0", "≤28", "约束性"],
  ["河长制工作, 湖长制工作", "", "—", "保持\"全省前列\"", "预期性"],
  ["森林覆盖率", "%", "45.2", "46左右", "约束性"],
];

describe("import a .csv", () => {
  test.each<[string, Buffer]>([
    ["UTF-8", Buffer.from(TEXT, "utf8")],
    ["UTF-8 with a BOM (Excel's CSV UTF-8)", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, "utf8")])],
    ["GBK (Excel's CSV on Chinese Windows)", GBK],
    ["UTF-16 with its BOM", utf16le(TEXT)],
    ["LF line ends", Buffer.from(TEXT.replace(/\r\n/g, "\n"), "utf8")],
  ])("%s: every indicator, cells as written, the title and period", async (name, bytes) => {
    const csv = join(dir, `${name}.csv`);
    const out = join(dir, `${name}.json`);
    writeFileSync(csv, bytes);
    const r = await cli("import", csv, "--out", out);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const t = JSON.parse(readFileSync(out, "utf8")) as IndicatorTemplate;
    expect([t.title, t.baselineYear, t.targetYear]).toEqual(["某某县“十四五”生态环境主要指标", 2020, 2025]);
    expect(t.indicators.map((d) => [d.name, d.unit, d.baseline, d.target, d.attribute])).toEqual(EXPECTED);
    // Excel's row 6 (the header's line break makes it the file's line 7)
    expect(r.out).toMatch(/^第 6 行：目标“46左右”/m);
  }, 30000);

  test.each<["zh" | "en", RegExp]>([
    ["zh", /^.*bad\.csv：第 2 行的引号（"）没有配对，从这里到文件末尾会读成一个格子，没有导入；请在该行补上或删去这个引号，或用 Excel 或 WPS 打开，另存为 \.xlsx 后再导入，或复制其中的指标表、粘贴为文本后导入$/],
    ["en", /^.*bad\.csv: the quote \("\) on line 2 is never closed, so the rest of the file would read as one cell; nothing imported: add or delete that quote, or open it in Excel or WPS and save it as \.xlsx, then import that, or copy its indicator table and import it as text$/],
  ])("a quote left open (%s): one line, exit 2, nothing written", async (lang, line) => {
    const csv = join(dir, "bad.csv");
    const out = join(dir, `bad-${lang}.json`);
    writeFileSync(csv, "指标名称,2020年,2025年\n\"森林覆盖率,45.2,46\n");
    const r = await cli("import", csv, "--out", out, "--lang", lang);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toEqual([expect.stringMatching(line)]);
    expect(() => readFileSync(out)).toThrow();
  });
});
